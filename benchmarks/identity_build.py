"""Benchmark: the identity layer (adapters, matching, clustering, people marts), then attribution, then the
journey, program and contact-preference marts, on DuckDB.

Needs a warehouse whose staging layer is built, as benchmarks/staging_build.py leaves it:
    .venv/bin/python benchmarks/staging_build.py --size large --threads 2
    .venv/bin/python benchmarks/identity_build.py --size large --threads 2
Runs `dbt run` of the identity models and of the people marts in a fresh process and reports
its wall time and peak memory (max RSS; DuckDB runs inside the dbt process), then the sizes
of what it built. Writes benchmarks/results/identity_build_<size>.json (not committed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from staging_build import ROOT, run_phase

# The tools' adapters (views), the identity models and the people marts; then attribution, then the journey,
# program and contact-preference marts.
IDENTITY_SELECTION = ["int_*__person_records", "movement_360.intermediate.identity", "movement_360.marts.people",
                      "movement_360.reports",
                      "--exclude", "dim_person_contact_preferences", "dim_contact_point_opt_outs"]
ATTRIBUTION_SELECTION = ["demo_config", "m360_van_integration_users", "int_*__outreach_attempts", "int_*__canvassers",
                         "int_*__volunteer_shifts",
                         "movement_360.intermediate.attribution", "fct_outreach_attempts",
                         "fct_canvasser_activity_daily"]
JOURNEY_SELECTION = ["m360_engagement_ladder", "int_*__actions", "movement_360.intermediate.journey",
                     "movement_360.marts.journey",
                     "fct_person_program_touches", "fct_program_overlap", "fct_program_daily",
                     "int_*__opt_outs", "movement_360.intermediate.preferences", "dim_person_contact_preferences",
                     "dim_contact_point_opt_outs"]

SIZES_SQL = {
    "person_records": "select count(*) from main_m360_intermediate.int_identity__person_records",
    "value_sets": "select count(*) from main_m360_intermediate.int_identity__record_values",
    "candidate_pairs": "select count(*) from main_m360_reports.rpt_people_match_evidence",
    "accepted_pairs": "select count(*) from main_m360_reports.rpt_people_match_evidence where is_accepted",
    "edges": "select count(*) from main_m360_intermediate.int_identity__edges",
    "people": "select count(*) from main_m360_marts.dim_people",
    "oversized_blocks": "select count(*) from main_m360_reports.rpt_people_oversized_blocks",
    "outreach_attempts": "select count(*) from main_m360_intermediate.int_attribution__attempts",
    "fct_outreach_attempts": "select count(*) from main_m360_marts.fct_outreach_attempts",
    "fct_person_actions": "select count(*) from main_m360_marts.fct_person_actions",
    "fct_program_daily": "select count(*) from main_m360_marts.fct_program_daily",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="large", choices=["small", "demo", "half", "large"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--work", type=Path, default=ROOT / ".bench-work")
    parser.add_argument("--match-weights", choices=["auto", "frozen", "learned"], default="frozen",
                        help="movement_360__identity_match_weights: learned runs the EM too")
    parser.add_argument("--identity-only", action="store_true", help="leave out attribution and the journey marts")
    args = parser.parse_args()

    warehouse = args.work / args.size / "bench.duckdb"
    if not warehouse.exists():
        raise SystemExit(f"{warehouse} is missing: run benchmarks/staging_build.py --size {args.size} first")
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
           "DBT_PROFILES_DIR": str(ROOT / "integration_tests"), "M360_TARGET": "duckdb",
           "M360_DUCKDB_PATH": str(warehouse), "M360_THREADS": str(args.threads)}
    dbt = str(Path(sys.executable).with_name("dbt"))
    integration = ROOT / "integration_tests"
    # Every phase gets the same vars: a change of vars makes dbt re-parse the whole project, which would be
    # timed as identity work.
    variables = ["--vars", json.dumps({"movement_360__identity_match_weights": args.match_weights})]
    phases = [
        run_phase("dbt_seed", [dbt, "seed", "--select", "m360_identity_must_link", "m360_identity_cannot_link",
                               "m360_identity_match_weights", "m360_nicknames", "m360_van_integration_users",
                               "m360_canvasser_roster", "m360_turf_rules", "m360_engagement_ladder", *variables], env,
                  integration),
        run_phase("dbt_run_identity", [dbt, "run", "--select", *IDENTITY_SELECTION, *variables], env, integration),
        run_phase("dbt_run_identity_again", [dbt, "run", "--select", *IDENTITY_SELECTION, *variables], env,
                  integration),
    ]
    if not args.identity_only:
        phases += [
            # Canvasser attribution on top: turf rules and roster, the outreach facts.
            run_phase("dbt_run_attribution", [dbt, "run", "--select", *ATTRIBUTION_SELECTION], env, integration),
            # The journey, program and contact-preference marts on top of both.
            run_phase("dbt_run_journey", [dbt, "run", "--select", *JOURNEY_SELECTION, *variables], env, integration),
        ]
    queries = {name: sql for name, sql in SIZES_SQL.items()
               if not args.identity_only or name not in ("outreach_attempts", "fct_outreach_attempts",
                                                         "fct_person_actions", "fct_program_daily")}
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        sizes = {name: connection.execute(sql).fetchone()[0] for name, sql in queries.items()}
    report = {"size": args.size, "threads": args.threads, "match_weights": args.match_weights, "sizes": sizes,
              "phases": phases}
    out = ROOT / "benchmarks" / "results" / f"identity_build_{args.size}_{args.match_weights}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"{args.size}: identity layer on DuckDB, {args.threads} threads")
    for name, value in sizes.items():
        print(f"  {name:<18}{value:>12,}")
    for phase in phases:
        print(f"  {phase['phase']:<24}{phase['seconds']:>8} s{phase['peak_rss_mib']:>10} MiB peak")


if __name__ == "__main__":
    main()
