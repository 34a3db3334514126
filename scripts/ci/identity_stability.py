"""Stability of person_id on DuckDB, against a warehouse the integration project has just built.

    python scripts/ci/identity_stability.py --duckdb .ci-work/hub.duckdb

Checks, each with a dbt run of the identity layer (the hub build must have run first):
  1. a rerun over the same data gives every record the same person_id;
  2. a run that adds unrelated records (a custom people list of strangers) and a must-link override joining two
     people leaves every other record's person_id alone, gives the two people the older anchor's id, and maps the
     retired id to the survivor in dim_person_id_history;
  3. a full refresh of that run reproduces the same person_ids.
Prints counts only (no personal data). Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
CROSSWALK = "main_m360_marts.dim_people_crosswalk"
HISTORY = "main_m360_marts.dim_person_id_history"
IDENTITY = ["movement_360.staging.custom", "movement_360.intermediate", "movement_360.marts.people",
            "identity_test_must_link"]

STRANGERS = [
    ("stranger-1", "Zephyrine", "Quillfeather", "zq.stability@example.org", "2155550100", "19001"),
    ("stranger-2", "Octavius", "Brambleworth", "ob.stability@example.org", None, "19002"),
    ("stranger-3", "Philippa", "Marchbanks", None, None, "19003"),
]


def dbt_run(database: Path, extra_vars: dict[str, object], *flags: str) -> None:
    env = {**os.environ, "M360_TARGET": "duckdb", "M360_DUCKDB_PATH": str(database)}
    command = ["dbt", "run", "--select", *IDENTITY, "--vars", json.dumps(extra_vars), *flags]
    result = subprocess.run(command, cwd=ROOT / "integration_tests", env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout[-3000:])
        raise SystemExit(f"dbt run failed: {' '.join(command)}")


def snapshot(database: Path) -> dict[str, str]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return dict(connection.execute(f"select person_record_key, person_id from {CROSSWALK}").fetchall())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", type=Path, required=True)
    args = parser.parse_args()
    failures: list[str] = []

    def check(ok: bool, message: str) -> None:
        print(("ok    " if ok else "FAIL  ") + message)
        if not ok:
            failures.append(message)

    baseline = snapshot(args.duckdb)
    dbt_run(args.duckdb, {})
    rerun = snapshot(args.duckdb)
    check(rerun == baseline, f"rerun: {len(rerun):,} records keep their person_id")

    # Two people of several records each, and their anchors: the older anchor's id must survive.
    with duckdb.connect(str(args.duckdb), read_only=True) as connection:
        people = connection.execute(f"""
            select person_id, person_record_key, record_created_at
            from {CROSSWALK}
            where is_anchor_record and records_in_person > 1 and record_created_at is not null
            order by record_created_at, person_record_key""").fetchall()
    older, newer = people[0], people[-1]
    with duckdb.connect(str(args.duckdb)) as connection:
        connection.execute("create schema if not exists custom")
        connection.execute("""create or replace table custom.person_records (
            record_id varchar, list_name varchar, first_name varchar, middle_name varchar, last_name varchar,
            email varchar, phone varchar, address_line_1 varchar, city varchar, state_code varchar,
            postal_code varchar, birth_date varchar, updated_at timestamp)""")
        connection.executemany(
            "insert into custom.person_records values (?, 'stability', ?, null, ?, ?, ?, null, null, null, ?, null, "
            "timestamp '2026-11-30 12:00:00')", STRANGERS)
    merge_vars = {"movement_360__custom_enabled": True, "movement_360__custom_schema": "custom",
                  "movement_360__identity_must_link_seed": "identity_test_must_link",
                  "m360_test_must_link_left": newer[1], "m360_test_must_link_right": older[1]}
    dbt_run(args.duckdb, merge_vars)
    merged = snapshot(args.duckdb)
    joined = {key for key, person in baseline.items() if person in (older[0], newer[0])}
    untouched = [key for key in baseline if key not in joined]
    check(all(merged[key] == baseline[key] for key in untouched),
          f"unrelated records: {len(untouched):,} records outside the merge keep their person_id")
    check(all(merged[key] == older[0] for key in joined),
          f"merge: the {len(joined)} records of both people take the older anchor's person_id")
    check(len(merged) == len(baseline) + len(STRANGERS), f"new records: {len(STRANGERS)} strangers added")
    with duckdb.connect(str(args.duckdb), read_only=True) as connection:
        retired = connection.execute(f"select current_person_id, id_status from {HISTORY} where person_id = ?",
                                     [newer[0]]).fetchone()
    check(retired == (older[0], "merged"), "history: the retired person_id maps to the survivor")

    dbt_run(args.duckdb, merge_vars, "--full-refresh")
    check(snapshot(args.duckdb) == merged, "full refresh: the same data gives the same person_ids")

    with duckdb.connect(str(args.duckdb)) as connection:
        connection.execute("drop schema custom cascade")
    dbt_run(args.duckdb, {})
    check(snapshot(args.duckdb) == baseline, "back to the original data: the original person_ids return")
    if failures:
        raise SystemExit(f"{len(failures)} identity stability check(s) failed")


if __name__ == "__main__":
    main()
