"""Order-independent fingerprints of every table and view the package built in a DuckDB warehouse.

Used to show that a refactor changed no output: run it before and after, then diff the two files.
Each relation gets its row count and the sum of a hash of each row, with the columns taken in name
order and as text, so a changed column order or integer width does not count as a change but any
changed value does. Only
counts and hashes are printed, never values.

    python scripts/ci/model_fingerprints.py --duckdb warehouse.duckdb > before.tsv
"""

from __future__ import annotations

import argparse
import sys

import duckdb

SCHEMA_MARKER = "_m360_"


def fingerprints(path: str, exclude_columns: set[str]) -> list[tuple[str, str, int, int]]:
    """(schema suffix, relation, rows, row-hash sum) for every relation of the package's schemas."""
    con = duckdb.connect(path, read_only=True)
    relations = con.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_schema like ? order by 1, 2",
        [f"%{SCHEMA_MARKER}%"],
    ).fetchall()
    out = []
    for schema, table in relations:
        columns = [
            name
            for (name,) in con.execute(
                "select column_name from information_schema.columns "
                "where table_schema = ? and table_name = ? order by column_name",
                [schema, table],
            ).fetchall()
            if name not in exclude_columns
        ]
        packed = ", ".join(f'"{c}" := cast("{c}" as varchar)' for c in columns)
        rows, total = con.execute(
            f'select count(*), coalesce(sum(hash(struct_pack({packed}))::hugeint), 0) '
            f'from "{schema}"."{table}"'
        ).fetchone()
        out.append((schema[schema.index(SCHEMA_MARKER) :], table, int(rows), int(total)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckdb", required=True, help="warehouse file (opened read-only)")
    parser.add_argument(
        "--exclude-column",
        action="append",
        default=["measured_at", "first_issued_at", "retired_at"],
        help="columns left out of the hash (run timestamps); repeatable",
    )
    args = parser.parse_args(argv)
    for schema, table, rows, total in fingerprints(args.duckdb, set(args.exclude_column)):
        sys.stdout.write(f"{schema}\t{table}\t{rows}\t{total}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
