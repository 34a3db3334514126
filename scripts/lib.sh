# Shared shell helpers for demo.sh and test.sh (sourced, not run).
# shellcheck shell=bash

M360_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
M360_VENV=${M360_VENV:-$M360_ROOT/.venv}
export DBT_SEND_ANONYMOUS_USAGE_STATS=false
export DBT_PROFILES_DIR=$M360_ROOT/integration_tests
export PYTHONPATH=$M360_ROOT/scripts${PYTHONPATH:+:$PYTHONPATH}

# Create the virtualenv and install the pinned requirements when they changed.
ensure_venv() {
    local stamp=$M360_VENV/.requirements.sha256
    local wanted
    wanted=$(sha256sum "$M360_ROOT/requirements.txt" | cut -d' ' -f1)
    if [ ! -x "$M360_VENV/bin/python" ]; then
        echo "== creating virtualenv $M360_VENV"
        python3 -m venv "$M360_VENV"
    fi
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        echo "== installing requirements (about a minute, once)"
        "$M360_VENV/bin/pip" install --quiet --disable-pip-version-check -r "$M360_ROOT/requirements.txt"
        echo "$wanted" > "$stamp"
    fi
    export PATH=$M360_VENV/bin:$PATH
}

# dbt in the integration-test project (which installs the package with local: ../).
m360_dbt() {
    (cd "$M360_ROOT/integration_tests" && dbt "$@")
}
