"""Check a conformance build: every staging model and every mart of the package built.

Reads a dbt project's ``target/manifest.json`` and ``target/run_results.json`` after
``dbt build`` and prints, per tool, staging models built / enabled and marts built / enabled.
Also checks that the health mart reports what the layout is known to hold (missing optional
tables, values that did not convert, missing columns) when a warehouse connection is given.
Exits non-zero when any staging model or mart did not build.

    python scripts/ci/conformance_check.py --project DIR --layout tmc [--duckdb FILE | --pg DSN --pg-schema S]
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def model_results(project: str) -> tuple[dict[str, dict], dict[str, str]]:
    """Enabled models of the movement_360 package, and the status of each that ran."""
    with open(os.path.join(project, "target", "manifest.json")) as handle:
        manifest = json.load(handle)
    with open(os.path.join(project, "target", "run_results.json")) as handle:
        results = json.load(handle)
    models = {
        uid: node for uid, node in manifest["nodes"].items()
        if node["resource_type"] == "model" and node["package_name"] == "movement_360"
    }
    status = {result["unique_id"]: result["status"] for result in results["results"]}
    return models, status


def group_of(node: dict) -> tuple[str, str] | None:
    """('staging', tool) or ('marts', area) of a model, from its path; None for intermediate models."""
    parts = node["original_file_path"].split("/")
    if parts[1] == "staging":
        return "staging", parts[2]
    if parts[1] == "marts":
        return "marts", parts[2]
    return None


def summarise(models: dict[str, dict], status: dict[str, str]) -> tuple[dict, list[str]]:
    """Built / total per (layer, group), and the models that did not build."""
    counts: dict[tuple[str, str], list[int]] = {}
    failed = []
    for uid, node in sorted(models.items()):
        group = group_of(node)
        if group is None:
            continue
        built = status.get(uid) == "success"
        entry = counts.setdefault(group, [0, 0])
        entry[0] += int(built)
        entry[1] += 1
        if not built:
            failed.append(f"{node['name']}: {status.get(uid, 'not run')}")
    return counts, failed


def health_facts(args: argparse.Namespace) -> dict[str, int]:
    """Counts the health mart holds: missing optional tables, non-converted values, missing columns."""
    queries = {
        "missing optional tables": "select count(*) from {s}.fct_source_row_counts"
                                   " where table_status = 'missing_optional_table'",
        "values not converted": "select coalesce(sum(values_not_converted), 0) from {s}.fct_source_column_issues",
        "missing columns": "select count(*) from {s}.fct_source_column_issues where issue = 'missing_column'",
    }
    if args.layout == "plain":
        # The plain layout carries VAN contacts.cdname through as a pass-through column (the
        # fixture marks every contact suppressed, so the column is checked, not its values).
        queries["pass-through column"] = ("select count(*) from information_schema.columns where table_schema = '{s}'"
                                          " and table_name = 'stg_van__contacts'"
                                          " and column_name = 'congressional_district'")
    if args.duckdb:
        import duckdb

        connection = duckdb.connect(args.duckdb, read_only=True)
        return {name: int(connection.execute(sql.format(s="main_m360_staging" if "pass-through" in name
                                                              else "main_m360_marts")).fetchone()[0])
                for name, sql in queries.items()}
    if args.pg:
        import psycopg2

        connection = psycopg2.connect(args.pg)
        cursor = connection.cursor()
        facts = {}
        for name, sql in queries.items():
            layer = "staging" if "pass-through" in name else "marts"
            cursor.execute(sql.format(s=f"{args.pg_schema}_m360_{layer}"))
            facts[name] = int(cursor.fetchone()[0])
        return facts
    return {}


def main() -> int:
    """Print the conformance summary of one layout; non-zero exit on any model not built."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", required=True)
    parser.add_argument("--layout", required=True)
    parser.add_argument("--duckdb")
    parser.add_argument("--pg")
    parser.add_argument("--pg-schema", default="conformance")
    parser.add_argument("--summary", help="append a JSON line with the counts to this file")
    args = parser.parse_args()
    models, status = model_results(args.project)
    counts, failed = summarise(models, status)
    for (layer, group), (built, total) in sorted(counts.items()):
        print(f"{args.layout:8} {layer:8} {group:20} {built:3} / {total:3}")
    facts = health_facts(args)
    for name, value in facts.items():
        print(f"{args.layout:8} health   {name:28} {value}")
    if args.summary:
        with open(args.summary, "a") as handle:
            handle.write(json.dumps({"layout": args.layout, "warehouse": "postgres" if args.pg else "duckdb",
                                     "counts": {f"{k[0]}/{k[1]}": v for k, v in counts.items()},
                                     "health": facts}) + "\n")
    problems = list(failed)
    if not any(layer == "marts" for layer, _ in counts):
        problems.append("no mart is enabled")
    for name, value in facts.items():
        if value == 0:
            problems.append(f"health mart shows no {name}")
    for problem in problems:
        print(f"NOT OK: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
