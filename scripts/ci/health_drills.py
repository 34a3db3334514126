"""Fault drills: each health check catches its fault on the small demo world, and nothing else fails.

    python scripts/ci/health_drills.py --duckdb built.duckdb [--drills stopped_sync,renamed_column,...]
    python scripts/ci/health_drills.py --postgres "host=... dbname=movement_360"

The warehouse must hold the small world, already built (`dbt build`). Each drill breaks the raw data the
way a vendor's sync breaks, rebuilds the health history (a run at a fixed time, after 21 steady daily runs
written by the integration project's macro m360_drill_history, because the demo world is too sparse for
real daily volumes; the clean drills share one such past), runs every test of the health and monitoring
models with the health checks at severity error, and requires exactly the expected checks to fail, each
with a row naming the broken table. Then it puts the raw data back.

| drill            | fault                                                     | must fail                         |
|------------------|-----------------------------------------------------------|-----------------------------------|
| stopped_sync     | VAN contacts-contacts received nothing for three days     | health_freshness, health_volume   |
| renamed_column   | Hustle renamed `leads.email`                              | health_schema_drift               |
| blank_usernames  | VAN contacts-contacts synced one day's usernames blank    | health_blank_canvasser_usernames  |
| redelivery       | Spoke sent its whole `message` table again                | health_redelivery                 |

Prints one line per drill and exits 1 when any drill failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "integration_tests"
RUN_AT = "2026-11-09 12:00:00"
HEALTH_MODELS = ["fct_source_row_counts", "fct_source_column_issues", "fct_source_health_history"]
TESTED_MODELS = ["fct_source_health_history", "fct_tool_daily_quality"]
BACKUP_SCHEMA = "m360_drill_backup"
# The drills' own dbt target folder (one per warehouse): their run results are read back, and no other
# step's are disturbed.
TARGETS = PROJECT / "target"
# The same vars for every dbt command (a change of vars makes dbt parse the whole project again): the
# history's run time, the checks at severity error, the quality checks looking back far enough to see the
# drill's day, which has 4 attempts in the small world (the default smallest day checked is 5).
VARS = json.dumps({
    "movement_360__health_run_at": RUN_AT,
    "movement_360__health_severity": "error",
    "movement_360__health_quality_recent_days": 15,
    "movement_360__health_quality_min_rows": 3,
})


class Warehouse:
    """The raw tables of the drill warehouse, through DuckDB or psycopg2."""

    def __init__(self, duckdb_path: str | None, dsn: str | None) -> None:
        self.duckdb_path = duckdb_path
        self.dsn = dsn
        self.target = TARGETS / ("health_drills_duckdb" if duckdb_path else "health_drills_postgres")

    def execute(self, sql: str) -> list[tuple]:
        if self.duckdb_path:
            import duckdb

            with duckdb.connect(self.duckdb_path) as connection:
                cursor = connection.execute(sql)
                return cursor.fetchall() if cursor.description else []
        import psycopg2

        with psycopg2.connect(self.dsn) as connection, connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def dbt_env(self) -> dict[str, str]:
        env = dict(os.environ, DBT_PROFILES_DIR=str(PROJECT), DBT_TARGET_PATH=str(self.target),
                   M360_THREADS=os.environ.get("M360_THREADS", "1"))
        if self.duckdb_path:
            env.update(M360_TARGET="duckdb", M360_DUCKDB_PATH=self.duckdb_path)
        else:
            env.update(M360_TARGET="postgres")
        return env

    def history(self) -> str:
        """The health history the drills' own dbt built, named by its manifest: other projects in the same
        database (the conformance step's, on PostgreSQL) hold tables of the same name in other schemas."""
        manifest_path = self.target / "manifest.json"
        if not manifest_path.is_file():
            raise SystemExit(f"no dbt manifest at {manifest_path}: the drill ran no dbt command")
        nodes = json.loads(manifest_path.read_text())["nodes"].values()
        schemas = [node["schema"] for node in nodes
                   if node["resource_type"] == "model" and node["name"] == "fct_source_health_history"]
        if len(schemas) != 1:
            raise SystemExit(f"fct_source_health_history found {len(schemas)} times in {manifest_path}")
        return f'"{schemas[0]}".fct_source_health_history'

    def backup(self, table: str) -> None:
        name = table.replace(".", "__")
        self.execute(f"create schema if not exists {BACKUP_SCHEMA}")
        self.execute(f"drop table if exists {BACKUP_SCHEMA}.{name}")
        self.execute(f"create table {BACKUP_SCHEMA}.{name} as select * from {table}")

    def restore(self, table: str) -> None:
        name = table.replace(".", "__")
        self.execute(f"delete from {table}")
        self.execute(f"insert into {table} select * from {BACKUP_SCHEMA}.{name}")
        self.execute(f"drop table {BACKUP_SCHEMA}.{name}")


@dataclass
class Drill:
    """A fault, how to undo it, and the checks that must catch it (and only they)."""

    name: str
    expected: frozenset[str]
    table: str
    # Written into the history's steady past: tables that stopped, and for how many runs.
    stopped_tables: list[str] = field(default_factory=list)
    fault_before_reference: bool = False
    # Models to rebuild after the fault besides the health history (the quality fact's inputs).
    rebuild: list[str] = field(default_factory=list)
    break_it: Callable[[Warehouse], None] = lambda warehouse: None
    mend_it: Callable[[Warehouse], None] = lambda warehouse: None


def _stop_sync(warehouse: Warehouse) -> None:
    warehouse.backup("tmc_van.aya_contactscontacts_mym")
    warehouse.execute(
        "delete from tmc_van.aya_contactscontacts_mym where cast(datemodified as timestamp) > "
        "(select max(cast(datemodified as timestamp)) from tmc_van.aya_contactscontacts_mym) - interval '3 days'"
    )


def _blank_usernames(warehouse: Warehouse) -> None:
    """Blank the usernames of the busiest of the table's last 15 days of canvassing."""
    warehouse.backup("tmc_van.aya_contactscontacts_mym")
    rows = warehouse.execute(
        "select cast(datecanvassed as date) as day, count(*) from tmc_van.aya_contactscontacts_mym "
        "where cast(datecanvassed as date) > (select max(cast(datecanvassed as date)) - 15 "
        "from tmc_van.aya_contactscontacts_mym) group by 1 order by 2 desc, 1 desc limit 1"
    )
    day = rows[0][0]
    print(f"   blanking the usernames of {day}")
    warehouse.execute(
        f"update tmc_van.aya_contactscontacts_mym set username = '' where cast(datecanvassed as date) = '{day}'"
    )


def _redeliver(warehouse: Warehouse) -> None:
    warehouse.backup("spoke.message")
    warehouse.execute("insert into spoke.message select * from spoke.message")


DRILLS = [
    Drill(
        name="stopped_sync",
        expected=frozenset({"health_freshness", "health_volume"}),
        table="aya_contactscontacts_mym",
        stopped_tables=["aya_contactscontacts_mym"],
        fault_before_reference=True,
        break_it=_stop_sync,
        mend_it=lambda warehouse: warehouse.restore("tmc_van.aya_contactscontacts_mym"),
    ),
    Drill(
        name="renamed_column",
        expected=frozenset({"health_schema_drift"}),
        table="leads",
        break_it=lambda warehouse: warehouse.execute("alter table hustle.leads rename column email to email_addr_v2"),
        mend_it=lambda warehouse: warehouse.execute("alter table hustle.leads rename column email_addr_v2 to email"),
    ),
    Drill(
        name="redelivery",
        expected=frozenset({"health_redelivery"}),
        table="message",
        break_it=_redeliver,
        mend_it=lambda warehouse: warehouse.restore("spoke.message"),
    ),
    Drill(
        name="blank_usernames",
        expected=frozenset({"health_blank_canvasser_usernames"}),
        table="aya_contactscontacts_mym",
        rebuild=["stg_van__contacts_contacts+,+fct_tool_daily_quality"],
        break_it=_blank_usernames,
        mend_it=lambda warehouse: warehouse.restore("tmc_van.aya_contactscontacts_mym"),
    ),
]


def dbt(warehouse: Warehouse, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run dbt in the integration project with the drills' vars; the output is shown when it fails."""
    result = subprocess.run(
        ["dbt", *args, "--vars", VARS],
        cwd=PROJECT, env=warehouse.dbt_env(), capture_output=True, text=True, check=False,
    )
    if check and result.returncode != 0:
        print(result.stdout[-4000:])
        raise RuntimeError(f"dbt {' '.join(args[:3])} failed")
    return result


def build_history(warehouse: Warehouse, full_refresh: bool = False) -> None:
    """One run of the health models at RUN_AT (its run id is dbt's invocation id)."""
    dbt(warehouse, "run", "--select", *HEALTH_MODELS, *(["--full-refresh"] if full_refresh else []))


def steady_past(warehouse: Warehouse, stopped_tables: list[str]) -> None:
    """A fresh history: one run at RUN_AT, turned into 21 steady daily runs before RUN_AT."""
    build_history(warehouse, full_refresh=True)
    args = {"days": 21, "stopped_tables": stopped_tables, "stopped_days": 3}
    dbt(warehouse, "run-operation", "m360_drill_history", "--args", json.dumps(args))


def failed_tests(run_results: dict) -> dict[str, str]:
    """Short test name -> status, for every test that did not pass."""
    failed = {}
    for result in run_results["results"]:
        if result["status"] != "pass":
            failed[result["unique_id"].split(".")[2]] = result["status"]
    return failed


def failing_rows(warehouse: Warehouse, run_results: dict, manifest: dict) -> list[str]:
    """The problem column of each failing health check, re-run from its compiled SQL."""
    problems = []
    for result in run_results["results"]:
        if result["status"] == "pass":
            continue
        sql = result.get("compiled_code") or manifest["nodes"][result["unique_id"]].get("compiled_code")
        if not sql:
            continue
        try:
            rows = warehouse.execute(f"select problem from ({sql}) as failures")
        except Exception as error:
            problems.append(f"{result['unique_id']}: {result['status']} ({type(error).__name__})")
            continue
        problems += [str(row[0]) for row in rows]
    return problems


def run_drill(warehouse: Warehouse, drill: Drill, past_ready: bool) -> list[str]:
    """Break, rebuild, test, mend. Returns what went wrong (empty when the drill passed).

    A drill whose fault the steady past must show (a stopped sync) writes its own past after breaking the
    data; the others share one past of the clean data (past_ready), and their run is removed after them.
    """
    if drill.fault_before_reference:
        drill.break_it(warehouse)
    elif not past_ready:
        steady_past(warehouse, [])
    try:
        if drill.fault_before_reference:
            steady_past(warehouse, drill.stopped_tables)
        else:
            drill.break_it(warehouse)
        build_history(warehouse)
        for selector in drill.rebuild:
            dbt(warehouse, "run", "--select", selector)
        dbt(warehouse, "test", "--select", *TESTED_MODELS, check=False)
        run_results = json.loads((warehouse.target / "run_results.json").read_text())
        manifest = json.loads((warehouse.target / "manifest.json").read_text())
        problems = failing_rows(warehouse, run_results, manifest)
    finally:
        drill.mend_it(warehouse)
        for selector in drill.rebuild:
            dbt(warehouse, "run", "--select", selector)
        warehouse.execute(f"delete from {warehouse.history()} where run_at = cast('{RUN_AT}' as timestamp)")
    failed = failed_tests(run_results)
    for problem in problems:
        print("   " + problem)
    wrong = []
    if set(failed) != drill.expected:
        missed = sorted(drill.expected - set(failed))
        extra = sorted(set(failed) - drill.expected)
        wrong.append(f"expected to fail: {sorted(drill.expected)}; missed: {missed}; also failed: {extra}")
    if not any(drill.table in problem for problem in problems):
        wrong.append(f"no failing row names the table {drill.table}")
    if not run_results["results"]:
        wrong.append("no test ran")
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--duckdb", help="the built DuckDB warehouse (changed, then put back)")
    where.add_argument("--postgres", help="libpq connection string of the built PostgreSQL warehouse")
    parser.add_argument("--drills", default=",".join(drill.name for drill in DRILLS))
    args = parser.parse_args(argv)
    warehouse = Warehouse(args.duckdb, args.postgres)
    chosen = [drill for drill in DRILLS if drill.name in args.drills.split(",")]
    failures = 0
    past_ready = False
    for drill in chosen:
        print(f"== drill {drill.name}: must fail {', '.join(sorted(drill.expected))}", flush=True)
        wrong = run_drill(warehouse, drill, past_ready)
        past_ready = not drill.fault_before_reference
        print(f"-- {drill.name}: {'ok' if not wrong else 'FAILED: ' + '; '.join(wrong)}", flush=True)
        failures += bool(wrong)
    # Leave the history as one plain run over the mended data.
    build_history(warehouse, full_refresh=True)
    print(f"{len(chosen) - failures} drills passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
