#!/usr/bin/env bash
# Local BigQuery emulator (PyPI `bqemulator`: BigQuery REST API over DuckDB) for offline CI.
#
# Usage: emulator.sh {setup|start|stop|status}
#
# Environment (all optional):
#   BQEMU_VENV        venv for the emulator          (default <repo>/.venv-bqemu)
#   BQEMU_PROJECT     default project id             (default $M360_BQ_PROJECT or movement-360-demo;
#                     the emulator serves any project id a request names)
#   BQEMU_REST_PORT   REST port                      (default 9050)
#   BQEMU_GRPC_PORT   gRPC port                      (default 9060)
#   BQEMU_STATE_DIR   pid file + log                 (default /tmp/bqemu)
#   BQEMU_START_TIMEOUT seconds to wait for it       (default 60)
#   PYTHON            interpreter used to build the venv (default python3)
#
# The emulator only ever listens on 127.0.0.1.
set -euo pipefail

VENV="${BQEMU_VENV:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/.venv-bqemu}"
PROJECT="${BQEMU_PROJECT:-${M360_BQ_PROJECT:-movement-360-demo}}"
REST_PORT="${BQEMU_REST_PORT:-9050}"
GRPC_PORT="${BQEMU_GRPC_PORT:-9060}"
STATE_DIR="${BQEMU_STATE_DIR:-/tmp/bqemu}"
START_TIMEOUT="${BQEMU_START_TIMEOUT:-60}"
PYTHON="${PYTHON:-python3}"
DUCKDB_VERSION="1.5.5"
PID_FILE="$STATE_DIR/bqemulator.pid"
LOG_FILE="$STATE_DIR/bqemulator.log"
HOST="127.0.0.1"

die() { echo "emulator.sh: $*" >&2; exit 1; }

answers() {
  # An HTTP answer from the REST port counts as "up"; each probe is bounded (2 s).
  "$VENV/bin/python" - "http://$HOST:$REST_PORT/bigquery/v2/projects/$PROJECT/datasets" \
    >/dev/null 2>&1 <<'EOF2'
import sys
import urllib.error
import urllib.request

try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass
EOF2
}

cmd_setup() {
  if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
  fi
  # The grep drops this machine's noisy "Location ... is ignored" warnings from local indexes.
  # Extensions the emulator LOADs (spatial: required; avro: Avro load jobs) come from PyPI
  # wheels, so DuckDB never tries to download them.
  timeout 900 "$VENV/bin/pip" install --quiet \
    bqemulator "duckdb==$DUCKDB_VERSION" numpy \
    "duckdb-extension-spatial==$DUCKDB_VERSION" "duckdb-extension-avro==$DUCKDB_VERSION" \
    2>&1 | { grep -v "^WARNING: Location '" || true; }
  local dest="$HOME/.duckdb/extensions/v$DUCKDB_VERSION/linux_amd64"
  mkdir -p "$dest"
  local name ext
  for name in spatial avro; do
    ext="$("$VENV/bin/python" - "$name" <<'EOF2'
import importlib.metadata as md
import sys

name = sys.argv[1]
dist = md.distribution(f"duckdb-extension-{name}")
hits = [f for f in (dist.files or []) if str(f).endswith(f"{name}.duckdb_extension")]
print(dist.locate_file(hits[0]) if hits else "")
EOF2
)"
    [[ -n "$ext" && -f "$ext" ]] || die "$name.duckdb_extension not found in duckdb-extension-$name"
    # Never rewrite the file in place: a running emulator has it mapped and would crash.
    # Skip when identical, else copy beside it and rename over it (a new inode).
    if ! cmp -s "$ext" "$dest/$name.duckdb_extension"; then
      cp "$ext" "$dest/.$name.duckdb_extension.tmp.$$"
      mv -f "$dest/.$name.duckdb_extension.tmp.$$" "$dest/$name.duckdb_extension"
    fi
  done
  echo "setup done: venv=$VENV extensions in $dest"
}

cmd_start() {
  [[ -x "$VENV/bin/bqemulator" ]] || die "no $VENV/bin/bqemulator: run '$0 setup' first"
  mkdir -p "$STATE_DIR"
  if [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo "already running (pid $(cat "$PID_FILE"))"
    return 0
  fi
  if answers; then
    die "something already answers on $HOST:$REST_PORT (not started by this script)"
  fi
  # setsid: own process group, so stop can end the emulator and any children it spawned.
  setsid "$VENV/bin/bqemulator" start \
    --rest-host "$HOST" --grpc-host "$HOST" --rest-port "$REST_PORT" --grpc-port "$GRPC_PORT" --project "$PROJECT" \
    >"$LOG_FILE" 2>&1 < /dev/null &
  echo $! >"$PID_FILE"
  local pid deadline
  pid="$(cat "$PID_FILE")"
  deadline=$((SECONDS + START_TIMEOUT))
  until answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 30 "$LOG_FILE" >&2 || true
      die "emulator exited during startup (log: $LOG_FILE)"
    fi
    if (( SECONDS >= deadline )); then
      tail -n 30 "$LOG_FILE" >&2 || true
      cmd_stop >/dev/null 2>&1 || true
      die "emulator did not answer on http://$HOST:$REST_PORT within ${START_TIMEOUT}s (log: $LOG_FILE)"
    fi
    sleep 0.5
  done
  echo "emulator up: http://$HOST:$REST_PORT project=$PROJECT pid=$pid"
}

cmd_stop() {
  if [[ ! -f "$PID_FILE" ]]; then
    echo "not running (no pid file)"
    return 0
  fi
  local pid
  pid="$(cat "$PID_FILE")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$PID_FILE"
  echo "emulator stopped"
}

cmd_status() {
  if [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null && answers; then
    echo "running (pid $(cat "$PID_FILE")) on http://$HOST:$REST_PORT"
  else
    echo "not running"
    return 1
  fi
}

case "${1:-}" in
  setup) cmd_setup ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 {setup|start|stop|status}" >&2; exit 2 ;;
esac
