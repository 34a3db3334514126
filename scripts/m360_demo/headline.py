"""Print a few headline figures of a built demo warehouse (counts only, no personal data)."""

from __future__ import annotations

import argparse
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
    return lines


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
    args = parser.parse_args()
    print(f"\nmovement_360 demo warehouse: {args.duckdb}")
    for line in headline(args.duckdb):
        print("  " + line)
    print("  Explore: duckdb " + str(args.duckdb) + "  (schemas main_m360_staging, main_m360_marts)")


if __name__ == "__main__":
    main()
