"""Print a few headline figures of a built demo warehouse (counts only, no personal data)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb


def headline(database: Path) -> list[str]:
    """Figures from fct_source_row_counts: per tool, raw rows and what staging kept and dropped."""
    import duckdb

    with duckdb.connect(str(database), read_only=True) as connection:
        schema = connection.execute(
            "select table_schema from information_schema.tables "
            "where table_name = 'fct_source_row_counts' limit 1").fetchone()
        if schema is None:
            return ["fct_source_row_counts was not built"]
        rows = connection.execute(f"""
            select source_name, count(distinct staging_model), sum(raw_rows), sum(kept_rows),
                   sum(duplicate_rows), sum(suppressed_rows)
            from "{schema[0]}".fct_source_row_counts
            group by source_name order by source_name""").fetchall()
        marts = schema[0]
        lines = [f"{'tool':<22}{'models':>8}{'raw rows':>12}{'kept':>12}{'re-delivered':>14}{'suppressed':>12}"]
        for tool, models, raw, kept, duplicates, suppressed in rows:
            lines.append(f"{tool:<22}{models:>8}{raw:>12,}{kept:>12,}{duplicates:>14,}{suppressed:>12,}")
        lines += people_lines(connection, marts)
        lines += health_lines(connection, marts)
    return lines


def health_lines(connection: duckdb.DuckDBPyConnection, marts: str) -> list[str]:
    """The sync health of the newest run, per tool: tables, columns missing, values that did not convert,
    newest load time, and the data-quality shares of the tool's attempts and records."""
    built = {name for (name,) in connection.execute(
        "select table_name from information_schema.tables where table_schema = ?", [marts]).fetchall()}
    if "fct_source_health_history" not in built:
        return []
    rows = connection.execute(f"""
        with newest as (
            select * from "{marts}".fct_source_health_history
            where run_at = (select max(run_at) from "{marts}".fct_source_health_history)
        )
        select tool, count(*), sum(case when table_status = 'staged' then 0 else 1 end), sum(missing_columns),
               sum(values_not_converted), max(last_loaded_at)
        from newest group by tool order by tool""").fetchall()
    quality = {}
    if "fct_tool_daily_quality" in built:
        quality = {tool: (blank, unattributed, van) for tool, blank, unattributed, van in connection.execute(f"""
            select tool,
                   sum(attempts_blank_canvasser_username) / nullif(sum(attempts_with_canvasser), 0),
                   sum(attempts_unattributed) / nullif(sum(attempts), 0),
                   sum(records_linked_to_van) / nullif(sum(person_records), 0)
            from "{marts}".fct_tool_daily_quality group by tool""").fetchall()}
    lines = ["", "sync health (newest run of fct_source_health_history; shares from fct_tool_daily_quality):",
             f"{'tool':<16}{'tables':>7}{'absent':>7}{'cols missing':>13}{'not converted':>14}"
             f"{'newest load':>18}{'blank user':>11}{'uncredited':>11}{'with VAN':>9}"]
    for tool, tables, absent, missing, failed, newest in rows:
        blank, unattributed, van = quality.get(tool, (None, None, None))
        lines.append(
            f"{tool:<16}{tables:>7}{absent:>7}{missing:>13}{failed:>14}"
            f"{newest.strftime('%Y-%m-%d %H:%M') if newest else '-':>18}"
            f"{_share(blank):>11}{_share(unattributed):>11}{_share(van):>9}")
    return lines


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def check_lines(run_results: Path) -> list[str]:
    """The health checks of the last dbt command (target/run_results.json): each one's status."""
    if not run_results.exists():
        return []
    results = json.loads(run_results.read_text())["results"]
    checks = sorted(
        (result["unique_id"].split(".")[2], result["status"], result.get("failures") or 0)
        for result in results
        if result["unique_id"].split(".")[2].startswith("health_")
    )
    if not checks:
        return []
    failing = [f"{name} ({status}, {failures} rows)" for name, status, failures in checks if status != "pass"]
    return [f"health checks: {len(checks) - len(failing)} of {len(checks)} pass"
            + (("; " + ", ".join(failing)) if failing else "")
            + "  (docs/health.md)"]


def people_lines(connection: duckdb.DuckDBPyConnection, marts: str) -> list[str]:
    """Identity, attribution and journey figures, when those marts were built."""
    built = {name for (name,) in connection.execute(
        "select table_name from information_schema.tables where table_schema = ?", [marts]).fetchall()}
    lines: list[str] = []
    if "dim_people_crosswalk" in built:
        records, people = connection.execute(
            f'select count(*), count(distinct person_id) from "{marts}".dim_people_crosswalk').fetchone()
        lines.append(f"identity: {records:,} person records from every tool -> {people:,} people")
    if "fct_outreach_attempts" in built:
        methods = connection.execute(
            f'select attribution_method, count(*) from "{marts}".fct_outreach_attempts group by 1 order by 2 desc'
        ).fetchall()
        total = sum(count for _, count in methods)
        lines.append(f"outreach: {total:,} attempts, credited by " + ", ".join(f"{m} {c:,}" for m, c in methods))
    if "dim_members" in built:
        stages = connection.execute(
            f"""select coalesce(ladder_stage, 'no stage'), count(*) from "{marts}".dim_members
                group by 1 order by min(coalesce(ladder_stage_order, 0))""").fetchall()
        lines.append("members by ladder stage: " + ", ".join(f"{stage} {count:,}" for stage, count in stages))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duckdb", type=Path, required=True)
    parser.add_argument("--run-results", type=Path, help="target/run_results.json of the build, for the health checks")
    args = parser.parse_args()
    print(f"\nmovement_360 demo warehouse: {args.duckdb}")
    for line in headline(args.duckdb) + (check_lines(args.run_results) if args.run_results else []):
        print("  " + line)
    print("  Explore: duckdb " + str(args.duckdb) + "  (schemas main_m360_staging, main_m360_marts)")


if __name__ == "__main__":
    main()
