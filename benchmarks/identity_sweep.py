"""Benchmark: identity quality across demo worlds with other corruption rates, by weights mode.

    .venv/bin/python benchmarks/identity_sweep.py [--size demo] [--worlds typos households ...] [--threads 2]

Each world is generated with its own seed and `--rates` (none equals the demo world, and no setting is
tuned to any of them), loaded into its own DuckDB file, built up to `dim_people_crosswalk` with the
first of --modes (default frozen, then learned) and scored against the generator's truth by identity_quality.py;
then the identity models are rebuilt with each further mode of `movement_360__identity_match_weights` and
scored again (auto, the package's default, weighs as frozen where the candidate pairs look like households). Prints
one row per world and mode: precision, recall, F1, the recall ceiling, recall relative to it and the
household over-merge (human pairs). Work files under --work (default .bench-work/sweep); --json writes the
figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# name: (seed, generate arguments, extra dbt vars). 'demo' is scripts/demo.sh's world; the others have seeds
# and rates of their own.
WORLDS: dict[str, tuple[int, list[str], dict[str, object]]] = {
    "demo": (360, [], {}),
    "typos": (101, ["--rates", "nickname=2", "typo=3"], {}),
    "households": (102, ["--rates", "landline=0.7", "shared_email=0.4", "missing_email=0.2"], {}),
    "nameless": (103, ["--rates", "nameless_text=0.4"], {}),
    "no_voter_file": (104, ["--rates", "voter=0"], {}),
    "all_voter_file": (105, ["--rates", "voter=1"], {}),
    "no_van": (106, ["--tools", "mobilize", "action_network", "action_network_api", "spoke", "scale_to_win",
                     "thrutext", "hustle", "thrutalk", "empower"], {"movement_360__van_enabled": False}),
    # Every hard rate at once, in the shape of the independent holdout issue 10 describes: VAN, Mobilize,
    # Action Network and one texting tool, no voter file, more nicknames and typos, family mailboxes and
    # landlines, nameless texting contacts, movers. Added after the frozen weights were set (never tuned on).
    "compound": (107, ["--tools", "van", "mobilize", "action_network", "spoke", "--rates", "voter=0", "nickname=2",
                       "typo=3", "landline=0.7", "shared_email=0.4", "missing_email=0.2", "nameless_text=0.4",
                       "moved=0.2"],
                 {f"movement_360__{tool}_enabled": False
                  for tool in ("scale_to_win", "thrutext", "hustle", "thrutalk", "empower")}),
}


def run(command: list[str], env: dict[str, str], cwd: Path) -> None:
    """Run a command, failing the benchmark when it fails."""
    print(f"$ {' '.join(command)}", flush=True)
    if subprocess.run(command, env=env, cwd=cwd).returncode != 0:
        sys.exit(f"failed: {' '.join(command)}")


def score(python: str, warehouse: Path, truth: Path, out: Path, env: dict[str, str]) -> dict[str, Any]:
    """identity_quality.py on a built warehouse; returns its figures."""
    run([python, str(ROOT / "benchmarks" / "identity_quality.py"), "--duckdb", str(warehouse), "--truth", str(truth),
         "--json", str(out)], env, ROOT)
    return json.loads(out.read_text())


def summary(report: dict[str, Any]) -> dict[str, float | None]:
    """The sweep's figures from an identity_quality.py report."""
    pairwise, ceiling, household = report["pairwise"], report["recall_ceiling"], report["household"]
    return {"precision": pairwise["precision"], "recall": pairwise["recall"], "f1": pairwise["f1"],
            "ceiling": ceiling.get("ceiling"), "recall_of_ceiling": ceiling.get("recall_relative_to_ceiling"),
            "household_over_merge": household["human_pair_over_merge_rate"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="demo", choices=["small", "demo", "half", "large"])
    parser.add_argument("--worlds", nargs="+", choices=list(WORLDS), default=list(WORLDS))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--work", type=Path, default=ROOT / ".bench-work" / "sweep")
    parser.add_argument("--modes", nargs="+", choices=["auto", "frozen", "learned"], default=["frozen", "learned"],
                        help="weights to score (a mode after the first rebuilds only the identity models; auto, the "
                             "package's default, is frozen where the candidate pairs look like households)")
    parser.add_argument("--settings", type=json.loads, default={},
                        help="movement_360__identity_settings for every build, as JSON")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args()
    python = sys.executable
    dbt = str(Path(python).with_name("dbt"))
    results: list[dict[str, Any]] = []
    for name in args.worlds:
        seed, generate_args, extra_vars = WORLDS[name]
        folder = (args.work / f"{name}_{args.size}").resolve()
        data, warehouse = folder / "data", folder / "world.duckdb"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
               "DBT_PROFILES_DIR": str(ROOT / "integration_tests"), "M360_TARGET": "duckdb",
               "M360_DUCKDB_PATH": str(warehouse), "M360_THREADS": str(args.threads)}
        if not (data / "truth").is_dir():
            run([python, "-m", "m360_demo", "generate", "--size", args.size, "--seed", str(seed), "--out", str(data),
                 *generate_args], env, ROOT)
        warehouse.unlink(missing_ok=True)
        run([python, "-m", "m360_demo", "load", "--data", str(data), "--duckdb", str(warehouse)], env, ROOT)
        tests = ROOT / "integration_tests"
        run([dbt, "deps", "--quiet"], env, tests)
        built = False  # whether this fresh warehouse has had a full build yet
        for mode in args.modes:
            variables = json.dumps({**extra_vars, "movement_360__identity_match_weights": mode,
                                    **({"movement_360__identity_settings": args.settings} if args.settings else {})})
            selection = (["+dim_people_crosswalk", "+int_identity__known_links"] if not built
                         else ["int_identity__comparison_vectors+,+dim_people_crosswalk"])
            run([dbt, "seed", "--quiet", "--vars", variables], env, tests)
            run([dbt, "run", "--quiet", "--select", *selection, "--vars", variables], env, tests)
            built = True
            report = score(python, warehouse, data / "truth", folder / f"quality_{mode}.json", env)
            results.append({"world": name, "seed": seed, "size": args.size, "mode": mode, **summary(report)})
    print(f"\n{'world':<16}{'weights':<9}{'precision':>10}{'recall':>8}{'F1':>8}{'ceiling':>9}"
          f"{'of ceiling':>11}{'over-merge':>11}")
    for row in results:
        print(f"{row['world']:<16}{row['mode']:<9}{row['precision']:>10.4f}{row['recall']:>8.4f}{row['f1']:>8.4f}"
              f"{row['ceiling'] or 0:>9.4f}{row['recall_of_ceiling'] or 0:>11.4f}{row['household_over_merge']:>11.4f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"worlds": results}, indent=1) + "\n")


if __name__ == "__main__":
    main()
