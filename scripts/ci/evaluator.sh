#!/usr/bin/env bash
# dbt_project_evaluator on the movement_360 package, in its own test project (integration_tests/evaluator/,
# docs/evaluator.md). The package itself depends on nothing; only this project installs dbt packages.
#
#   scripts/ci/evaluator.sh packages   write integration_tests/evaluator/packages.yml only
#   scripts/ci/evaluator.sh [build]    packages.yml, dbt deps, then dbt build of the evaluator: fails when a
#                                      rule has a violation not listed in seeds/dbt_project_evaluator_exceptions.csv
#   scripts/ci/evaluator.sh report     every rule's rows in the last build's warehouse, with counts
#                                      (after exceptions; M360_EVALUATOR_SEVERITY=warn build first to see all)
#
# packages.yml: movement_360 with local: ../../; dbt_project_evaluator 1.3.2 and dbt_utils 1.4.1 unpacked from
# $M360_DBT_VENDOR (default: shared/vendor/dbt-packages beside the repository) into the project's vendor/
# folder, their own packages.yml removed, when both archives are there; from dbt Hub otherwise.
# The warehouse is a DuckDB file, $M360_EVALUATOR_DUCKDB (default: the project's evaluator.duckdb); the
# evaluator reads only dbt's graph, so it needs no data.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -x "$M360_VENV/bin/dbt" ]; then
    export PATH=$M360_VENV/bin:$PATH
fi

EVALUATOR_VERSION=1.3.2
UTILS_VERSION=1.4.1
project=$M360_ROOT/integration_tests/evaluator
vendor=${M360_DBT_VENDOR:-$(cd "$M360_ROOT/.." && pwd)/shared/vendor/dbt-packages}
database=${M360_EVALUATOR_DUCKDB:-$project/evaluator.duckdb}

write_packages() {
    local evaluator_archive=$vendor/dbt_project_evaluator-$EVALUATOR_VERSION.tar.gz
    local utils_archive=$vendor/dbt_utils-$UTILS_VERSION.tar.gz
    if [ -f "$evaluator_archive" ] && [ -f "$utils_archive" ]; then
        rm -rf "$project/vendor"
        mkdir -p "$project/vendor"
        tar -xzf "$evaluator_archive" -C "$project/vendor"
        tar -xzf "$utils_archive" -C "$project/vendor"
        # Their own packages.yml would send dbt deps to dbt Hub for dbt_utils.
        rm -f "$project"/vendor/*/packages.yml "$project"/vendor/*/package-lock.yml
        cat > "$project/packages.yml" <<EOF
# Written by scripts/ci/evaluator.sh from $vendor (do not edit).
packages:
  - local: ../../
  - local: vendor/dbt_project_evaluator
  - local: vendor/dbt_utils
EOF
        echo "packages.yml: local archives from $vendor"
    else
        cat > "$project/packages.yml" <<EOF
# Written by scripts/ci/evaluator.sh: no archives in $vendor, so dbt Hub (do not edit).
packages:
  - local: ../../
  - package: dbt-labs/dbt_project_evaluator
    version: $EVALUATOR_VERSION
  - package: dbt-labs/dbt_utils
    version: $UTILS_VERSION
EOF
        rm -rf "$project/vendor"
        echo "packages.yml: dbt Hub (no archives in $vendor)"
    fi
    rm -f "$project/package-lock.yml"
}

evaluator_dbt() {
    (cd "$project" && M360_TARGET=duckdb M360_DUCKDB_PATH=$database M360_THREADS=${M360_THREADS:-2} dbt "$@")
}

build() {
    write_packages
    evaluator_dbt deps
    evaluator_dbt build --select package:dbt_project_evaluator dbt_project_evaluator_exceptions
}

report() {
    python - "$database" <<'EOF'
import sys

import duckdb

connection = duckdb.connect(sys.argv[1], read_only=True)
tables = connection.execute(
    "select table_schema, table_name from information_schema.tables "
    "where table_name like 'fct\\_%' escape '\\' and table_schema like '%evaluator' order by table_name"
).fetchall()
total = 0
for schema, table in tables:
    relation = f'"{schema}"."{table}"'
    columns = [row[0] for row in connection.execute(f"describe {relation}").fetchall()]
    rows = connection.execute(f"select * from {relation}").fetchall()
    if table in ("fct_documentation_coverage", "fct_test_coverage"):
        print(f"== {table} (coverage, not a list)")
        for row in rows:
            print("   " + ", ".join(f"{c}={v}" for c, v in zip(columns, row, strict=True)))
        continue
    total += len(rows)
    print(f"== {table}: {len(rows)}  ({' | '.join(columns)})")
    for row in rows:
        print("   " + " | ".join("" if v is None else str(v) for v in row))
print(f"{total} violation rows in all")
EOF
}

case ${1:-build} in
    packages) write_packages ;;
    build) build ;;
    report) report ;;
    *) echo "usage: $0 [packages|build|report]" >&2; exit 2 ;;
esac
