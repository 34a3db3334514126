"""Benchmark: generate, load and build the staging layer of a demo warehouse on DuckDB.

Reports wall time and peak memory (max RSS of the child process) of each phase:
    .venv/bin/python benchmarks/staging_build.py --size large --threads 2
Writes the figures as JSON to benchmarks/results/staging_build_<size>.json (not committed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_phase(name: str, command: list[str], env: dict[str, str], cwd: Path) -> dict[str, float | str]:
    """Run one phase in a fresh process; its max RSS is read from a wrapper's getrusage."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "code = subprocess.call(sys.argv[1:])\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", wrapper, *command], env=env, cwd=cwd,
                            capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.stdout.write(result.stdout[-4000:])
        sys.stderr.write(result.stderr[-4000:])
        raise SystemExit(f"phase {name} failed")
    peak_kib = int(result.stderr.strip().splitlines()[-1])
    return {"phase": name, "seconds": round(seconds, 1), "peak_rss_mib": round(peak_kib / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="large", choices=["small", "demo", "half", "large"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--work", type=Path, default=ROOT / ".bench-work")
    args = parser.parse_args()

    data = args.work / args.size / "data"
    warehouse = args.work / args.size / "bench.duckdb"
    warehouse.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
           "DBT_PROFILES_DIR": str(ROOT / "integration_tests"), "M360_TARGET": "duckdb",
           "M360_DUCKDB_PATH": str(warehouse), "M360_THREADS": str(args.threads)}
    python = sys.executable
    dbt = str(Path(python).with_name("dbt"))
    phases = [
        run_phase("generate", [python, "-m", "m360_demo", "generate", "--size", args.size, "--out", str(data)],
                  env, ROOT),
        run_phase("load_duckdb", [python, "-m", "m360_demo", "load", "--data", str(data), "--duckdb", str(warehouse)],
                  env, ROOT),
        run_phase("dbt_deps", [dbt, "deps", "--quiet"], env, ROOT / "integration_tests"),
        run_phase("dbt_run_staging", [dbt, "run", "--select", "movement_360.staging", "fct_source_row_counts"],
                  env, ROOT / "integration_tests"),
        run_phase("dbt_test_staging",
                  [dbt, "test", "--select", "movement_360.staging", "--indirect-selection", "cautious"], env,
                  ROOT / "integration_tests"),
    ]
    manifest = json.loads((data / "MANIFEST.json").read_text())
    raw_rows = sum(sum(tables.values()) for tables in manifest["tables"].values())
    report = {"size": args.size, "threads": args.threads, "humans": manifest["humans"], "raw_rows": raw_rows,
              "phases": phases}
    out = ROOT / "benchmarks" / "results" / f"staging_build_{args.size}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"{args.size}: {manifest['humans']:,} humans, {raw_rows:,} raw rows, {args.threads} threads")
    for phase in phases:
        print(f"  {phase['phase']:<18}{phase['seconds']:>8} s{phase['peak_rss_mib']:>10} MiB peak")


if __name__ == "__main__":
    main()
