"""The health marts at a hub's scale: many groups in one build, statements still short enough for BigQuery.

A hub runs one build over many groups (each tool's `movement_360__<tool>_sources` lists one
connection per group, each with its own org_id). The health marts union one select per real
table, so their SQL grows with the number of groups; BigQuery refuses a query over 1,024K
characters. This check lists every enabled tool's connections of the integration project
--groups times over (the same raw tables under org ids g01, g02, ...), rebuilds the two health
marts on a copy of a built DuckDB warehouse with the package's default statement limit, and
fails unless:
  - the union as one statement would pass BigQuery's limit (so the check is at a scale that matters),
  - each mart was built in statements none longer than the limit (more than one where the whole is longer);
  - every group's row counts and column issues equal those of the original single-group build.

    python scripts/ci/health_hub_scale.py --duckdb .ci-work/hub_built.duckdb --groups 4
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "integration_tests"
BIGQUERY_QUERY_CHARS = 1024 * 1024
DEFAULT_LIMIT = 500_000
MARTS = ("fct_source_row_counts", "fct_source_column_issues")
BUILT = re.compile(r"movement_360: (\w+) built in (\d+) statement\(s\) from (\d+) branches, "
                   r"the longest (\d+) characters \(one statement would have (\d+)\)")
COMPARED = {
    "fct_source_row_counts": ("staging_model, source_schema, source_table, table_status, raw_rows, duplicate_rows, "
                              "suppressed_rows, kept_rows, last_loaded_at, columns_present, column_signature"),
    "fct_source_column_issues": ("staging_model, source_schema, source_table, column_name, raw_column, issue, "
                                 "values_present, values_not_converted"),
}


def hub_vars(groups: int) -> dict:
    """Every enabled tool's connections of the integration project, once per group."""
    project_vars = yaml.safe_load((PROJECT / "dbt_project.yml").read_text())["vars"]
    tools = [name[len("movement_360__"):-len("_enabled")] for name, on in project_vars.items()
             if name.endswith("_enabled") and on is True]
    hub = {}
    for tool in tools:
        connections = project_vars.get(f"movement_360__{tool}_sources") or [{"schema": tool}]
        hub[f"movement_360__{tool}_sources"] = [
            {**connection, "org_id": f"g{group:02d}"} for group in range(1, groups + 1) for connection in connections]
    return hub


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", required=True, help="a built warehouse (copied, not changed)")
    parser.add_argument("--groups", type=int, default=8)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        warehouse = Path(work) / "hub_scale.duckdb"
        shutil.copy(args.duckdb, warehouse)
        with duckdb.connect(str(warehouse), read_only=True) as con:
            schema = con.sql("select table_schema from information_schema.tables"
                             " where table_name = 'fct_source_row_counts'").fetchall()[0][0]
            before = {mart: con.sql(f"select {COMPARED[mart]} from {schema}.{mart}").fetchall() for mart in MARTS}
        env = {**os.environ, "M360_TARGET": "duckdb", "M360_DUCKDB_PATH": str(warehouse),
               "DBT_PROFILES_DIR": str(PROJECT)}
        dbt = str(Path(sys.executable).with_name("dbt"))
        run = subprocess.run([dbt, "run", "--select", *MARTS, "--vars", json.dumps(hub_vars(args.groups))],
                             cwd=PROJECT, env=env, capture_output=True, text=True)
        print(run.stdout[-4000:])
        if run.returncode != 0:
            print(run.stderr[-2000:])
            return 1

        failures = []
        built = {match[0]: tuple(int(value) for value in match[1:]) for match in BUILT.findall(run.stdout)}
        for mart in MARTS:
            if mart not in built:
                failures.append(f"{mart}: no statement count logged")
                continue
            statements, branches, longest, whole = built[mart]
            print(f"{mart}: {branches} branches; as one statement {whole:,} characters; "
                  f"built in {statements} statements, the longest {longest:,}")
            if mart == "fct_source_row_counts" and whole <= BIGQUERY_QUERY_CHARS:
                failures.append(f"{mart}: {whole:,} characters as one statement: too few groups to test the limit")
            if longest > DEFAULT_LIMIT or (whole > DEFAULT_LIMIT and statements < 2):
                failures.append(f"{mart}: {statements} statements, the longest {longest:,} characters")

        with duckdb.connect(str(warehouse), read_only=True) as con:
            for mart in MARTS:
                for group in range(1, args.groups + 1):
                    rows = con.sql(f"select {COMPARED[mart]} from {schema}.{mart}"
                                   f" where org_id = 'g{group:02d}'").fetchall()
                    if sorted(rows, key=repr) != sorted(before[mart], key=repr):
                        failures.append(f"{mart}: group g{group:02d} has {len(rows)} rows, not the "
                                        f"{len(before[mart])} of the single-group build (or other figures)")
                        break
        for failure in failures:
            print("FAIL", failure)
        if not failures:
            print(f"ok: {args.groups} groups, every group's health figures equal the single-group build's")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
