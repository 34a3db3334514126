#!/usr/bin/env bash
# dbt build of the integration project on the local BigQuery emulator (a smoke test of BigQuery SQL).
#   emulator_build.sh DATA_DIR
# Sets up the emulator's own venv (once), starts it on loopback, loads DATA_DIR (a generated demo
# folder, layout "hub"), builds, and always stops it. Needs scripts/lib.sh's environment (venv on PATH).
set -euo pipefail
data=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
endpoint=http://127.0.0.1:${BQEMU_REST_PORT:-9050}
export M360_BQ_PROJECT=${M360_BQ_PROJECT:-movement-360-demo}

bash "$here/emulator.sh" setup
bash "$here/emulator.sh" start
trap 'bash "$here/emulator.sh" stop >/dev/null 2>&1 || true' EXIT
python -m m360_demo load --data "$data" --bigquery "$endpoint" --project "$M360_BQ_PROJECT"
cd "$root/integration_tests"
# Skipped on the emulator only (listed in the README): fct_source_row_counts, the identity layer and
# their tests. The emulator's SQL translator loses a subquery alias in the health model's union of ~90
# per-table counts, and a view's alias when the identity union reads the adapters' views over staging
# views; the same per-table SQL runs on the emulator in every staging model's m360_rows_accounted_for
# test, and the clustering loop runs there on the 10,000-node chains (identity_chain_components).
# fct_source_column_issues (the second health mart, a union over every source table like the first)
# and dim_dates (the semantic layer's time spine) fail to build on the emulator and are left out too;
# both are compiled for BigQuery and parsed in bigquery_compile. Their emulator errors are not yet
# understood (see the closing note of 2026-12-06). int_preferences__opt_outs, now a union of the tools'
# opt-outs adapters rather than a reader of the identity layer, meets the same lost-alias bug as the
# identity union ("Referenced table ranked not found") and is left out with what reads it.
# The health history (fct_source_health_history, a child of both health marts) and the monitoring marts
# (fct_tool_daily_quality, fct_vendor_scorecard, children of the identity layer and the history) go with
# their parents, and the health checks with them; all are compiled and parsed in bigquery_compile.
# The dedupe's last tie-breaker (a hash of the whole row) is left out here: the emulator's translator
# fails with "Catalog ... does not exist" on it for the widest staging views (VAN contacts, Mobilize
# events and participations); the same SQL is compiled for BigQuery and parsed in bigquery_compile.
M360_TARGET=bigquery_emulator M360_BQ_API_ENDPOINT=$endpoint \
    dbt build --exclude "fct_source_row_counts+" "fct_source_column_issues+" "dim_dates+" "int_identity__record_values+" \
        "int_preferences__opt_outs+" \
    --vars '{movement_360__dedupe_row_hash: false}'

