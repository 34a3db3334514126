"""Print a few headline figures of a built demo warehouse (counts only, no personal data)."""

from __future__ import annotations

import argparse
from pathlib import Path


def headline(database: Path) -> list[str]:
    """Figures from health_source_row_counts: per tool, raw rows and what staging kept and dropped."""
    import duckdb

    with duckdb.connect(str(database), read_only=True) as connection:
        schema = connection.execute(
            "select table_schema from information_schema.tables "
            "where table_name = 'health_source_row_counts' limit 1").fetchone()
        if schema is None:
            return ["health_source_row_counts was not built"]
        rows = connection.execute(f"""
            select source_name, count(distinct staging_model), sum(raw_rows), sum(kept_rows),
                   sum(duplicate_rows), sum(suppressed_rows)
            from "{schema[0]}".health_source_row_counts
            group by source_name order by source_name""").fetchall()
    lines = [f"{'tool':<22}{'models':>8}{'raw rows':>12}{'kept':>12}{'re-delivered':>14}{'suppressed':>12}"]
    for tool, models, raw, kept, duplicates, suppressed in rows:
        lines.append(f"{tool:<22}{models:>8}{raw:>12,}{kept:>12,}{duplicates:>14,}{suppressed:>12,}")
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
