#!/usr/bin/env bash
# elementary-data as an optional layer (monitoring/, README "Monitoring with elementary"): on a copy of a
# built warehouse, install elementary beside the marts, run its anomaly tests on a few marts, write the
# `edr report` HTML offline and check that it names those tests.
#   scripts/ci/elementary_report.sh BUILT_DUCKDB WORK_DIR
# The edr CLI (elementary-data[duckdb]==0.25.1, which brings its own dbt) lives in its own venv,
# $M360_EDR_VENV (default .venv-edr), created once: its pins are not the package's. The dbt packages
# come from $M360_DBT_VENDOR (default: shared/vendor/dbt-packages beside the repository) when the archives are
# there, from dbt Hub otherwise; `edr report` gets the same versions in its internal project.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

built=$1
work=$(mkdir -p "$2" && cd "$2" && pwd)
project=$M360_ROOT/monitoring
vendor=${M360_DBT_VENDOR:-$(cd "$M360_ROOT/.." && pwd)/shared/vendor/dbt-packages}
venv=${M360_EDR_VENV:-$M360_ROOT/.venv-edr}
ELEMENTARY_VERSION=0.25.1
elementary_archive=$vendor/elementary-$ELEMENTARY_VERSION.tar.gz
utils_archive=$vendor/dbt_utils-1.4.1.tar.gz
edr_utils_archive=$vendor/dbt_utils-0.8.6.tar.gz

if [ ! -x "$venv/bin/edr" ]; then
    python3 -m venv "$venv"
    # dbt pinned to the versions the package is tested with (pip would otherwise pick a newer dbt-core
    # whose build downloads from GitHub).
    "$venv/bin/pip" install --quiet --disable-pip-version-check "elementary-data[duckdb]==$ELEMENTARY_VERSION" \
        "dbt-core==1.11.16" "dbt-duckdb==1.11.1"
fi

# Unpack one archive (a single top folder) into DIR/NAME without its own packages.yml, which would send
# dbt deps to dbt Hub.
unpack() {
    local archive=$1 dir=$2 name=$3
    rm -rf "${dir:?}/$name"
    mkdir -p "$dir"
    tar -xzf "$archive" -C "$dir"
    rm -f "$dir/$name/packages.yml" "$dir/$name/package-lock.yml"
}

if [ -f "$elementary_archive" ] && [ -f "$utils_archive" ]; then
    unpack "$elementary_archive" "$project/vendor" elementary
    unpack "$utils_archive" "$project/vendor" dbt_utils
    cat > "$project/packages.yml" <<EOF
# Written by scripts/ci/elementary_report.sh from $vendor (do not edit).
packages:
  - local: vendor/elementary
  - local: vendor/dbt_utils
EOF
else
    rm -rf "$project/vendor"
    cat > "$project/packages.yml" <<EOF
# Written by scripts/ci/elementary_report.sh: no archives in $vendor, so dbt Hub (do not edit).
packages:
  - package: elementary-data/elementary
    version: $ELEMENTARY_VERSION
EOF
fi
rm -f "$project/package-lock.yml"

database=$work/elementary.duckdb
cp "$built" "$database"
# The project's profile, and the `elementary` profile edr reads (the schema elementary's models build in).
cat > "$work/profiles.yml" <<EOF
movement_360_integration_tests:
  target: duckdb
  outputs:
    duckdb: {type: duckdb, path: "$database", threads: 1}
elementary:
  target: duckdb
  outputs:
    duckdb: {type: duckdb, path: "$database", schema: main_elementary, threads: 1}
EOF
export DBT_PROFILES_DIR=$work
export PATH=$venv/bin:$PATH
cd "$project"
dbt deps
dbt run --select elementary
# The anomaly tests warn rather than fail (their config): the step checks that they ran and are reported.
dbt test

# edr report runs dbt in its own internal project and fetches its packages only when they are missing.
internal=$("$venv/bin/python" -c "import elementary, os; print(os.path.join(os.path.dirname(elementary.__file__), 'monitor', 'dbt_project'))")
if [ -f "$elementary_archive" ] && [ -f "$edr_utils_archive" ]; then
    unpack "$elementary_archive" "$internal/dbt_packages" elementary
    unpack "$edr_utils_archive" "$internal/dbt_packages" dbt_utils
fi
report=$work/elementary_report.html
rm -f "$report"
# No usage statistics (they would fail without internet anyway).
mkdir -p "$work/edr_config"
echo "anonymous_usage_tracking: false" > "$work/edr_config/config.yml"
edr report --project-dir "$project" --profiles-dir "$DBT_PROFILES_DIR" --profile-target duckdb \
    --config-dir "$work/edr_config" --target-path "$work/edr_target" --file-path "$report" --open-browser false
[ -s "$report" ] || { echo "edr report wrote no HTML"; exit 1; }
echo "report: $report ($(wc -c < "$report") bytes)"
"$venv/bin/python" - "$report" <<'PY'
"""The report names each elementary test of monitoring/ (its data may be embedded base64-encoded)."""
import base64, re, sys
html = open(sys.argv[1], encoding="utf-8", errors="replace").read()
texts = [html]
for blob in re.findall(r"[A-Za-z0-9+/=]{200,}", html):
    try:
        texts.append(base64.b64decode(blob).decode("utf-8", errors="replace"))
    except ValueError:
        pass
wanted = ["elementary_outreach_attempts_volume", "elementary_program_daily_volume",
          "elementary_tool_daily_quality_schema_changes"]
missing = [name for name in wanted if not any(name in text for text in texts)]
print("report names:", ", ".join(name for name in wanted if name not in missing))
sys.exit(f"report does not name: {missing}" if missing else 0)
PY
