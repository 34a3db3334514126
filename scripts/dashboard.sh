#!/usr/bin/env bash
# Open the program dashboard (dashboard/, docs/dashboard.md) on the warehouse of the dbt profile's target.
#   scripts/dashboard.sh                      the demo warehouse scripts/demo.sh built, on http://127.0.0.1:8501
#   M360_TARGET=postgres M360_PG_HOST=... scripts/dashboard.sh     any target of integration_tests/profiles.yml
#   M360_DBT_PROJECT_DIR=~/my_project DBT_PROFILES_DIR=~/.dbt scripts/dashboard.sh   a group's own project
#   M360_DASHBOARD_PORT=8502, M360_DASHBOARD_ADDRESS=0.0.0.0 (behind your own proxy only),
#   M360_DASHBOARD_PERSON_PAGES=true (adds the person-level member timeline; off by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ensure_venv
export M360_TARGET=${M360_TARGET:-duckdb}
if [ "$M360_TARGET" = duckdb ] && [ -z "${M360_DUCKDB_PATH:-}" ] && [ -z "${M360_DBT_PROJECT_DIR:-}" ]; then
    export M360_DUCKDB_PATH=$M360_ROOT/integration_tests/movement_360_demo.duckdb
    [ -f "$M360_DUCKDB_PATH" ] || { echo "no demo warehouse yet: run scripts/demo.sh first" >&2; exit 1; }
fi
cd "$M360_ROOT/dashboard"
echo "== movement_360 dashboard on http://${M360_DASHBOARD_ADDRESS:-127.0.0.1}:${M360_DASHBOARD_PORT:-8501} (Ctrl-C stops it)"
exec streamlit run app.py --server.address "${M360_DASHBOARD_ADDRESS:-127.0.0.1}" --server.port "${M360_DASHBOARD_PORT:-8501}"
