#!/usr/bin/env bash
# The whole movement_360 test suite, from a fresh clone:
#   lint (ruff, sqlfluff), pytest, dbt build of the integration project on DuckDB (several var
#   scenarios) and on a real PostgreSQL server, a BigQuery compile parsed with sqlglot, and a dbt
#   build on the BigQuery emulator. Ends with one line "N passed, M failed".
#   M360_SKIP="bigquery_emulator sql_lint" scripts/test.sh   skips named steps (local use only).
set -uo pipefail
source "$(dirname "$0")/lib.sh"

work=$M360_ROOT/.ci-work
logs=$work/logs
rm -rf "$work"
mkdir -p "$logs"
passed=0
failed=0
failed_steps=()

step() {
    local name=$1
    shift
    if [[ " ${M360_SKIP:-} " == *" $name "* ]]; then
        echo "-- skip $name"
        return 0
    fi
    local started=$SECONDS
    printf -- '-- %-40s' "$name"
    if "$@" >"$logs/$name.log" 2>&1; then
        passed=$((passed + 1))
        echo "ok    ($((SECONDS - started)) s)"
    else
        failed=$((failed + 1))
        failed_steps+=("$name")
        echo "FAIL  ($((SECONDS - started)) s)  log: .ci-work/logs/$name.log"
        tail -n 40 "$logs/$name.log" | sed 's/^/     | /'
    fi
}

if ! ensure_venv > "$logs/venv.log" 2>&1; then
    cat "$logs/venv.log"
    echo "0 passed, 1 failed"
    exit 1
fi

data=$work/data/small
duck=$work/hub.duckdb
plain_duck=$work/plain.duckdb

generate() { python -m m360_demo generate --size small --out "$data"; }
load_duckdb() {
    python -m m360_demo load --data "$data" --duckdb "$duck" &&
        python -m m360_demo load --data "$data" --duckdb "$plain_duck" --layout plain
}
duck_build() { M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt build "$@"; }
deps() { m360_dbt deps; }

# All tools on, VAN in two schemas (prefixed MyCampaign, CamelCase MyVoters) unioned. A copy of the
# build is kept for the cross-warehouse comparison (later steps change the warehouse).
build_duckdb_hub() { duck_build && cp "$duck" "$work/hub_built.duckdb"; }
# The simplest install: one schema per tool named after it, no prefixes, default vars; the
# older VAN sync there lacks contactscontacts.contentid, which must stage as null with a warning.
build_duckdb_plain() {
    M360_TARGET=duckdb M360_DUCKDB_PATH=$plain_duck m360_dbt build \
        --vars '{movement_360__van_sources: [], movement_360__van_schema: van}' | tee "$work/plain_build.log" &&
        grep -q "column(s) contentid missing from .*contactscontacts_mym.*staged as null" "$work/plain_build.log"
}
# Each tool disabled in turn: what reads across tools (the health mart, the identity layer and
# their tests) still builds and passes, and the disabled tool stages nothing
# (assert_staged_tools_match_enabled_flags).
# Staging models never read another tool's models.
build_duckdb_each_tool_disabled() {
    local tool tools
    # The tools come from the package's tool registry (macros/registry/m360_tool_registry.sql).
    tools=$(M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt run-operation m360_print_tools --quiet) || return 1
    [ -n "$tools" ] || { echo "the tool registry listed no tools"; return 1; }
    for tool in $tools; do
        echo "== without $tool"
        duck_build --select "fct_source_row_counts+" "int_identity__record_values+" "int_preferences__opt_outs+" \
            --vars "{movement_360__${tool}_enabled: false}" || return 1
    done
}
# The Action Network API shape instead of the SQL mirror, through the identity layer.
build_duckdb_an_api() {
    duck_build --select movement_360.staging.action_network fct_source_row_counts \
        int_action_network_api__person_records "int_identity__record_values+" \
        --vars '{movement_360__action_network_shape: api}'
}
# A toy tool added the way docs/adding-a-tool.md says (integration_tests/models/toy_tool: a staging
# model, two adapters, one registry entry in a var) reaches the crosswalk and the preferences.
build_duckdb_toy_tool() {
    duck_build --select movement_360_integration_tests.toy_tool "int_identity__record_values+" "int_preferences__opt_outs+" \
        assert_toy_tool_reaches_people_and_preferences \
        --vars '{movement_360__toy_enabled: true, movement_360__extra_tools: [{tool: toy, contracts: [person_records, opt_outs], person_tables: [[stg_toy__contacts, contact_key, contacts, contact_key]]}]}'
}
# BigQuery sorts NULLs first ascending and last descending, DuckDB and PostgreSQL do not: the same
# build with DuckDB sorting the BigQuery way must give the same rows (every nullable sort key says
# NULLS FIRST or LAST), which the BigQuery emulator cannot show for the identity layer. The health
# marts are built there in statements of at most 100,000 characters (m360_chunked_table), so the same
# comparison shows the union cut into statements gives the rows of the union built whole.
build_duckdb_bigquery_null_order() {
    local nulls_duck=$work/bigquery_nulls.duckdb
    python -m m360_demo load --data "$data" --duckdb "$nulls_duck" &&
        M360_TARGET=duckdb_bigquery_nulls M360_DUCKDB_PATH=$nulls_duck m360_dbt build --exclude-resource-type unit_test \
            --vars '{movement_360__max_statement_chars: 100000}' | tee "$work/bigquery_nulls_build.log" &&
        grep -q "fct_source_row_counts built in [0-9]* statement(s)" "$work/bigquery_nulls_build.log" &&
        python "$M360_ROOT/scripts/ci/equivalence.py" --duckdb "$work/hub_built.duckdb" --other-duckdb "$nulls_duck"
}
# A hub's build over 4 groups: the health marts' union would pass BigQuery's 1,024K-character query
# limit as one statement; it is built in shorter ones, and every group's figures are the single group's.
health_hub_scale() { python "$M360_ROOT/scripts/ci/health_hub_scale.py" --duckdb "$work/hub_built.duckdb" --groups 4; }
# person_id survives reruns, unrelated records and full refreshes; merges keep the older id.
identity_stability() { python "$M360_ROOT/scripts/ci/identity_stability.py" --duckdb "$duck"; }

# The clustering loop fails loudly when its pass cap is too small (the 10,000-node chains need 14),
# leaves the table already built as it was (its test still passes) and drops its work tables.
cluster_pass_cap() {
    local log=$work/cluster_pass_cap.log
    if M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt run --select identity_chain_components \
        --vars '{movement_360__identity_max_cluster_passes: 2}' >"$log" 2>&1; then
        cat "$log"
        echo "identity_chain_components was built with a cap of 2 passes"
        return 1
    fi
    cat "$log"
    grep -q "identity_chain_components: labels still changing after 2 passes" "$log" || return 1
    python - "$duck" <<'PY' || return 1
import sys, duckdb
left = duckdb.connect(sys.argv[1], read_only=True).sql(
    "select table_name from information_schema.tables"
    " where table_name like 'identity_chain_components%' and table_name <> 'identity_chain_components'").fetchall()
print("work tables left:", left)
sys.exit(1 if left else 0)
PY
    duck_build --select assert_chain_components_converged
}

# Fault drills (scripts/ci/health_drills.py, docs/health.md): a stopped sync, a renamed column, blank
# usernames and a re-delivered table, each caught by its own health check and nothing else. On a copy of
# the hub build (DuckDB), and on the PostgreSQL build, whose raw data the drills put back as they found it.
health_drills_duckdb() {
    cp "$work/hub_built.duckdb" "$work/drills.duckdb" &&
        python "$M360_ROOT/scripts/ci/health_drills.py" --duckdb "$work/drills.duckdb"
}
health_drills_postgres() { M360_PG_PORT=${M360_PG_PORT:-54329} python "$M360_ROOT/scripts/ci/health_drills.py" --postgres "$pg_dsn"; }

# elementary-data as an optional layer (monitoring/, README): its anomaly tests on a few marts of a copy of
# the hub build, and `edr report` written offline and naming them (scripts/ci/elementary_report.sh).
elementary_report() { bash "$M360_ROOT/scripts/ci/elementary_report.sh" "$work/hub_built.duckdb" "$work/elementary"; }

# The EM of the match weights fails the model loudly when it does not converge, and keeps the weights built before.
em_iteration_cap() {
    local log=$work/em_iteration_cap.log
    if M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt run --select int_identity__match_weights \
        --vars '{movement_360__identity_match_weights: learned, movement_360__identity_settings: {em_max_iterations: 1, em_min_pairs: 1}}' >"$log" 2>&1; then
        cat "$log"
        echo "int_identity__match_weights was built with a cap of 1 EM iteration"
        return 1
    fi
    cat "$log"
    grep -q "int_identity__match_weights: the EM estimate of m has not converged after 1 iterations" "$log" || return 1
    python - "$duck" <<'PY'
import sys, duckdb
rows = duckdb.connect(sys.argv[1], read_only=True).execute(
    "select count(*) from information_schema.tables where table_name = 'int_identity__match_weights'").fetchall()[0][0]
print("int_identity__match_weights tables:", rows)
sys.exit(0 if rows == 1 else 1)
PY
}

start_postgres() { bash "$M360_ROOT/scripts/ci/postgres.sh" start; }
pg_dsn="host=127.0.0.1 port=${M360_PG_PORT:-54329} user=postgres dbname=movement_360"
load_postgres() { python -m m360_demo load --data "$data" --postgres "$pg_dsn"; }
pg_dbt() { M360_TARGET=postgres M360_PG_PORT=${M360_PG_PORT:-54329} m360_dbt "$@"; }
# postgres.sh installs fuzzystrmatch: names must be compared by its levenshtein there.
build_postgres() {
    pg_dbt run-operation m360_print_edit_distance | tee "$work/pg_edit_distance.log" &&
        grep -q "edit_distance: .*levenshtein" "$work/pg_edit_distance.log" && pg_dbt build
}
# Without the extension the portable heuristic compares names (and the comparator test expects it).
postgres_without_fuzzystrmatch() {
    local psql
    psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql
    "$psql" "$pg_dsn" -qc "drop extension fuzzystrmatch" &&
        pg_dbt run-operation m360_print_edit_distance | tee "$work/pg_portable.log" &&
        grep -q "^portable" "$work/pg_portable.log" &&
        pg_dbt test --select assert_name_similarity_levels assert_id_slip_levels
    local status=$?
    "$psql" "$pg_dsn" -qc "create extension if not exists fuzzystrmatch"
    return $status
}
# The same raw data and vars on DuckDB and PostgreSQL give the same rows in every relation.
warehouses_equivalent() { python "$M360_ROOT/scripts/ci/equivalence.py" --duckdb "$work/hub_built.duckdb" --postgres "$pg_dsn"; }

# Conformance: a fresh consumer project on raw tables with exactly the columns real syncs have,
# in four hub layouts (scripts/ci/conformance.sh); every staging model and every mart must build.
conformance_duckdb() { bash "$M360_ROOT/scripts/ci/conformance.sh" "$work/conformance" duckdb "plain tmc camel ngp"; }
conformance_postgres() {
    M360_PG_PORT=${M360_PG_PORT:-54329} bash "$M360_ROOT/scripts/ci/conformance.sh" "$work/conformance" postgres "tmc"
}

python_lint() { ruff check --line-length 120 "$M360_ROOT/scripts" "$M360_ROOT/benchmarks" "$M360_ROOT/dashboard"; }
python_tests() { python -m pytest -q "$M360_ROOT/scripts/tests" "$M360_ROOT/dashboard/tests"; }
sql_lint() { (cd "$M360_ROOT" && sqlfluff lint models --processes 2); }
# One-way layers: no model of the package reads a later layer (rules in scripts/ci/check_layers.py).
check_layers() {
    M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt parse --target-path "$work/layers_target" &&
        python "$M360_ROOT/scripts/ci/check_layers.py" --manifest "$work/layers_target/manifest.json"
}
# dbt_project_evaluator on the package, from its own project (integration_tests/evaluator, docs/evaluator.md).
evaluator() { M360_EVALUATOR_DUCKDB=$work/evaluator.duckdb bash "$M360_ROOT/scripts/ci/evaluator.sh"; }
# The dashboard in headless Chromium (Debian's package, installed when missing): every page draws every
# chart with data; screenshots in .ci-work/screenshots/<warehouse>/ (dashboard/browser_check.py).
ensure_chromium() {
    command -v chromium >/dev/null && return 0
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
}
dashboard_browser_duckdb() {
    ensure_chromium && M360_TARGET=duckdb M360_DUCKDB_PATH=$duck python "$M360_ROOT/dashboard/browser_check.py" --out "$work/screenshots/duckdb"
}
dashboard_browser_postgres() {
    ensure_chromium && M360_TARGET=postgres M360_PG_PORT=${M360_PG_PORT:-54329} \
        python "$M360_ROOT/dashboard/browser_check.py" --out "$work/screenshots/postgres"
}
# The semantic layer's metrics (mf query) agree with the marts, on the hub build (whose dbt build wrote
# integration_tests/target/semantic_manifest.json).
# MetricFlow reads the semantic manifest in target/, which names the relations of the last dbt command's
# target: parse against the hub warehouse first (an earlier step may have built another file).
semantic_layer() {
    M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt parse --quiet &&
        M360_TARGET=duckdb M360_DUCKDB_PATH=$duck python "$M360_ROOT/scripts/ci/metricflow_check.py"
}
docs_generate() { M360_TARGET=duckdb M360_DUCKDB_PATH=$duck m360_dbt docs generate --target-path "$work/docs_target"; }
bigquery_compile() {
    M360_BQ_KEYFILE=$work/fake_service_account.json \
        bash "$M360_ROOT/scripts/ci/bigquery/compile_and_parse.sh" "$M360_ROOT/integration_tests" "$M360_ROOT/integration_tests"
}
bigquery_emulator() { bash "$M360_ROOT/scripts/ci/bigquery/emulator_build.sh" "$data" "$work/bigquery_nulls.duckdb"; }

# Steps that only read what earlier steps finished run beside the later ones, in a subshell with its own
# dbt target and log folders (DBT_TARGET_PATH, DBT_LOG_PATH); collect_background waits for them and counts
# their results. The BigQuery emulator mostly waits on HTTP round trips, one model at a time, so on two
# cores running it beside the DuckDB and PostgreSQL steps saves most of its quarter hour.
background_pid=
background_steps() {
    echo "-- started in the background: $*"
    (
        passed=0 failed=0 failed_steps=()
        export DBT_TARGET_PATH=$work/background_target DBT_LOG_PATH=$work/background_logs
        local name
        for name in "$@"; do step "$name" "$name"; done
        echo "$passed $failed ${failed_steps[*]}" > "$work/background.counts"
    ) > "$work/background.out" 2>&1 &
    background_pid=$!
}
collect_background() {
    [ -n "$background_pid" ] || return 0
    wait "$background_pid"
    cat "$work/background.out"
    local bg_passed bg_failed bg_failed_steps
    read -r bg_passed bg_failed bg_failed_steps < "$work/background.counts" ||
        { bg_passed=0 bg_failed=1 bg_failed_steps=background_steps; }
    passed=$((passed + bg_passed))
    failed=$((failed + bg_failed))
    [ -z "$bg_failed_steps" ] || failed_steps+=($bg_failed_steps)
}

step python_lint python_lint
step python_tests python_tests
step generate_small generate
step load_duckdb load_duckdb
step dbt_deps deps
step sql_lint sql_lint
step check_layers check_layers
step dbt_project_evaluator evaluator
step dbt_build_duckdb_hub build_duckdb_hub
step dbt_build_duckdb_bigquery_null_order build_duckdb_bigquery_null_order
# Both read only the generated data and the build above; each step's function has the step's name.
background_steps bigquery_compile bigquery_emulator
step health_hub_scale health_hub_scale
step dashboard_browser_duckdb dashboard_browser_duckdb
step semantic_layer_duckdb semantic_layer
step dbt_docs_generate docs_generate
step health_drills_duckdb health_drills_duckdb
step elementary_report elementary_report
step identity_stability identity_stability
step cluster_pass_cap cluster_pass_cap
step em_iteration_cap em_iteration_cap
step dbt_build_duckdb_plain build_duckdb_plain
step dbt_build_duckdb_each_tool_disabled build_duckdb_each_tool_disabled
step dbt_build_duckdb_action_network_api build_duckdb_an_api
step dbt_build_duckdb_toy_tool build_duckdb_toy_tool
step conformance_duckdb conformance_duckdb
step postgres_start start_postgres
step postgres_load load_postgres
step dbt_build_postgres build_postgres
step duckdb_postgres_equivalent warehouses_equivalent
step conformance_postgres conformance_postgres
step dashboard_browser_postgres dashboard_browser_postgres
step postgres_without_fuzzystrmatch postgres_without_fuzzystrmatch
step health_drills_postgres health_drills_postgres
bash "$M360_ROOT/scripts/ci/postgres.sh" stop >/dev/null 2>&1
collect_background

echo
if [ "$failed" -gt 0 ]; then
    echo "failed steps: ${failed_steps[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
