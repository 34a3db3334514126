#!/usr/bin/env bash
# Build the movement_360 demo: venv, synthetic data, DuckDB warehouse, dbt build.
#   scripts/demo.sh            (size "demo", about 6,000 people)
#   M360_DEMO_SIZE=small scripts/demo.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

size=${M360_DEMO_SIZE:-demo}
data=$M360_ROOT/data/generated/$size
warehouse=$M360_ROOT/integration_tests/movement_360_demo.duckdb

ensure_venv
echo "== generating synthetic $size data"
python -m m360_demo generate --size "$size" --out "$data"
echo "== loading it into $warehouse (raw schemas named the way hubs name them)"
rm -f "$warehouse" "$warehouse.wal"
python -m m360_demo load --data "$data" --duckdb "$warehouse"
export M360_TARGET=duckdb M360_DUCKDB_PATH=$warehouse
echo "== dbt build"
m360_dbt deps --quiet
m360_dbt build --fail-fast
python -m m360_demo.headline --duckdb "$warehouse" --run-results "$M360_ROOT/integration_tests/target/run_results.json"
echo
echo "== open the dashboard on this warehouse: scripts/dashboard.sh   (then http://127.0.0.1:8501)"
