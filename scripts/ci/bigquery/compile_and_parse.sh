#!/usr/bin/env bash
# Offline BigQuery check: `dbt compile` against the bigquery_sa target with a fake key, then parse
# every compiled .sql with sqlglot's BigQuery dialect.
#
# Usage: compile_and_parse.sh PROJECT_DIR PROFILES_DIR [extra dbt compile args...]
#
# Environment (all optional):
#   DBT                    dbt executable          (default: dbt on PATH)
#   PYTHON                 python with sqlglot and cryptography
#                                                  (default: python3 on PATH)
#   M360_BQ_KEYFILE        where the fake key is written and what the bigquery_sa profile
#                          reads (default: ${TMPDIR:-/tmp}/movement_360_fake_sa.json)
#   M360_BQ_PROJECT        project id put in the fake key (default movement-360-demo)
#   COMPILE_TIMEOUT        seconds before dbt compile is killed (default 300)
#   DBT_TARGET_PATH        dbt's artifacts folder, relative to PROJECT_DIR (default target)
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 PROJECT_DIR PROFILES_DIR [extra dbt compile args...]" >&2
  exit 2
fi
PROJECT_DIR="$(cd "$1" && pwd)"
PROFILES_DIR="$(cd "$2" && pwd)"
shift 2

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -z "${DBT:-}" ]]; then
  DBT=dbt
fi
if [[ -z "${PYTHON:-}" ]]; then
  PYTHON=python3
fi
export M360_BQ_KEYFILE="${M360_BQ_KEYFILE:-${TMPDIR:-/tmp}/movement_360_fake_sa.json}"
export DBT_SEND_ANONYMOUS_USAGE_STATS=false
COMPILE_TIMEOUT="${COMPILE_TIMEOUT:-300}"

"$PYTHON" "$HERE/make_fake_key.py" "$M360_BQ_KEYFILE" "${M360_BQ_PROJECT:-movement-360-demo}"

cd "$PROJECT_DIR"
# Only local packages install offline; deps for them is quick and harmless. Skipped when they are
# installed already: test.sh runs this beside other dbt commands that read dbt_packages/.
if [[ (-f packages.yml || -f dependencies.yml) && -z "$(ls -A dbt_packages 2>/dev/null)" ]]; then
  timeout 120 "$DBT" deps --profiles-dir "$PROFILES_DIR" --target bigquery_sa
fi
# DBT_TARGET_PATH (dbt's own variable) keeps this run's artifacts apart from a concurrent dbt command's.
target_dir=${DBT_TARGET_PATH:-target}
rm -rf "$target_dir/compiled"

# Without --no-populate-cache/--no-introspect dbt tries to fetch tokens and retries for minutes;
# the package's own introspection is switched off through its var.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
rc=0
timeout --kill-after=10 "$COMPILE_TIMEOUT" "$DBT" compile \
  --profiles-dir "$PROFILES_DIR" --target bigquery_sa \
  --no-populate-cache --no-introspect \
  --vars '{movement_360__introspect: false}' \
  "$@" 2>&1 | tee "$log" || rc=$?
if [[ $rc -eq 124 || $rc -eq 137 ]]; then
  echo "dbt compile timed out after ${COMPILE_TIMEOUT}s (is something trying to reach BigQuery?)" >&2
  exit 1
elif [[ $rc -ne 0 ]]; then
  if grep -q "connection never acquired" "$log"; then
    echo "hint: a model queried the warehouse at compile time (e.g. is_incremental()," \
      "run_query, get_relation): guard it with var('movement_360__introspect', true)" >&2
  fi
  echo "dbt compile failed (exit $rc)" >&2
  exit "$rc"
fi

"$PYTHON" "$HERE/parse_compiled.py" "$target_dir/compiled"
"$PYTHON" "$HERE/type_check.py" "$target_dir/manifest.json"
