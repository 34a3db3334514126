#!/usr/bin/env bash
# Conformance: install the package from a fresh consumer project (README vars only, no source
# overrides, no disabled models) on raw tables with exactly the columns real syncs have
# (../shared/reference/conformance/make_raw.py, laid out by scripts/ci/conformance_raw.py),
# run the full `dbt build` with every tool enabled, and check that every staging model and every
# mart built and that the health mart shows the missing optional tables, the values that did not
# convert and the missing columns.
#
#   bash scripts/ci/conformance.sh WORK_DIR duckdb "plain tmc camel ngp"
#   M360_PG_PORT=54331 bash scripts/ci/conformance.sh WORK_DIR postgres "tmc"   # server running
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

work=${1:?work dir}
warehouse=${2:-duckdb}
layouts=${3:-plain tmc camel ngp}
make_raw=${M360_CONFORMANCE_DIR:-$M360_ROOT/../shared/reference/conformance}/make_raw.py
[ -f "$make_raw" ] || { echo "no $make_raw"; exit 1; }
mkdir -p "$work"
summary=$work/summary.jsonl

# The vars a group would set from the README for one layout.
layout_vars() {
    local layout=$1 tool prefix='' van_schema=raw_ngpvan
    case $layout in
        tmc) prefix=tsm_tmc_ ;;
        camel) prefix=TSM_Org_ ;;
        ngp) van_schema=ngp ;;
    esac
    echo "  movement_360__org_id: conf"
    for tool in van mobilize action_network spoke scale_to_win thrutext hustle thrutalk empower; do
        echo "  movement_360__${tool}_enabled: true"
        [ -n "$prefix" ] && echo "  movement_360__${tool}_prefix: $prefix"
    done
    echo "  movement_360__van_schema: $van_schema"
    for tool in action_network spoke scale_to_win thrutext hustle thrutalk empower; do
        echo "  movement_360__${tool}_schema: raw_$tool"
    done
    # Mobilize twice: its SQL mirror and its API through Airbyte, two connections of one group.
    echo "  movement_360__mobilize_sources:"
    echo "    - {schema: raw_mobilize, org_id: conf}"
    echo "    - {schema: raw_mobilize_airbyte, org_id: conf_airbyte}"
    [ "$layout" = tmc ] && echo "  movement_360__van_org_suffixes: [sm]"
    # A pass-through column (carried into stg_van__contacts as text; conformance_check.py looks for it).
    [ "$layout" = plain ] && echo "  movement_360__van_contacts_pass_through_columns: [{name: cdname, alias: congressional_district}]"
    return 0
}

consumer_project() {
    local dir=$1 layout=$2
    mkdir -p "$dir"
    cat > "$dir/dbt_project.yml" <<EOF
name: m360_conformance
version: "0.1.0"
config-version: 2
profile: m360_conformance
flags:
  send_anonymous_usage_stats: false
vars:
$(layout_vars "$layout")
EOF
    cat > "$dir/packages.yml" <<EOF
packages:
  - local: $M360_ROOT
EOF
    if [ "$warehouse" = postgres ]; then
        cat > "$dir/profiles.yml" <<EOF
m360_conformance:
  target: postgres
  outputs:
    postgres: {type: postgres, host: 127.0.0.1, port: ${M360_PG_PORT:-54329}, user: postgres, password: "", dbname: movement_360, schema: conf_$layout, threads: 2}
EOF
    else
        cat > "$dir/profiles.yml" <<EOF
m360_conformance:
  target: duckdb
  outputs:
    duckdb: {type: duckdb, path: "$work/layout_$layout.duckdb", threads: 2}
EOF
    fi
}

status=0
for layout in $layouts; do
    echo "== $layout on $warehouse"
    dir=$work/$warehouse-$layout
    consumer_project "$dir" "$layout"
    pg_dsn="host=127.0.0.1 port=${M360_PG_PORT:-54329} user=postgres dbname=movement_360"
    if [ "$warehouse" = postgres ]; then
        python "$M360_ROOT/scripts/ci/conformance_raw.py" --make-raw "$make_raw" --layout "$layout" --pg "$pg_dsn"
        check_target=(--pg "$pg_dsn" --pg-schema "conf_$layout")
    else
        python "$M360_ROOT/scripts/ci/conformance_raw.py" --make-raw "$make_raw" --layout "$layout" --duckdb "$work/layout_$layout.duckdb"
        check_target=(--duckdb "$work/layout_$layout.duckdb")
    fi
    (cd "$dir" && DBT_PROFILES_DIR=$dir dbt deps >/dev/null &&
        DBT_PROFILES_DIR=$dir dbt build --exclude-resource-type unit_test > "$work/$warehouse-$layout.log" 2>&1) ||
        echo "   dbt build reported errors (log: $work/$warehouse-$layout.log)"
    grep -E "^.{0,20}Done\. PASS" "$work/$warehouse-$layout.log" || true
    python "$M360_ROOT/scripts/ci/conformance_check.py" --project "$dir" --layout "$layout" \
        "${check_target[@]}" --summary "$summary" || status=1
done
exit $status
