#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the test suite.
#   postgres.sh start   install (Debian package) if missing, init and start; prints the port
#   postgres.sh stop    stop it and remove its data
# initdb and pg_ctl refuse to run as root, so they run as the postgres user.
set -euo pipefail

port=${M360_PG_PORT:-54329}
state=${M360_PG_STATE:-/tmp/movement_360_pg_$port}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_if_missing() {
    if [ -z "$(find_bin)" ]; then
        echo "== installing PostgreSQL (Debian package)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
    fi
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    install_if_missing
    local bin
    bin=$(find_bin)
    stop_quietly
    mkdir -p "$state"
    [ "$(id -u)" = 0 ] && chown postgres "$state"
    as_postgres "$bin/initdb" -D "$state/data" -U postgres --auth=trust -E UTF8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$state/data" -l "$state/log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $state -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    # A linguistic collation, as most real servers have (en_US): text sorts 'adam' before 'Zoe'
    # there, unlike DuckDB and BigQuery, and the equivalence step must see that difference.
    # M360_PG_ICU_LOCALE= (empty) keeps the server's default collation.
    local icu_locale=${M360_PG_ICU_LOCALE-en-US}
    local collation=""
    [ -n "$icu_locale" ] && collation="template template0 encoding 'UTF8' locale_provider icu icu_locale '$icu_locale' locale 'C.UTF-8'"
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "create database movement_360 $collation" >/dev/null
    # Edit distance for the identity layer's name comparator (contrib, shipped with Debian's postgresql).
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d movement_360 \
        -qc "create extension if not exists fuzzystrmatch" >/dev/null
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_quietly() {
    local bin
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -f "$state/data/postmaster.pid" ]; then
        as_postgres "$bin/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$state"
}

case "${1:-}" in
    start) start ;;
    stop) stop_quietly ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
