"""Do DuckDB and PostgreSQL build the same rows? Compare every relation the package built on both.

The two warehouses are built from the same raw data with the same vars (scripts/test.sh). For every
relation of the package's schemas (`<schema>_m360_staging`, `_intermediate`, `_marts`, `_reports`,
`_seeds`) found in both, rows are read, each value is written in one canonical text form (floats to
six significant digits, since DuckDB's `float` is four bytes and PostgreSQL's eight; times in UTC
without zone), and the multiset of rows is fingerprinted by the count and the sum of each row's
MD5. Column order does not count; a changed value, a missing or extra row does. Run timestamps and
run-time relations (the health history's run columns, the vendor scorecard) are left out. Only counts and
hashes are printed, never values.

    python scripts/ci/equivalence.py --duckdb built.duckdb --postgres "host=... dbname=movement_360"
    python scripts/ci/equivalence.py --duckdb built.duckdb --other-duckdb built_with_bigquery_nulls.duckdb
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import hashlib
import re
import sys
from collections.abc import Iterable, Sequence

RUN_TIME_COLUMNS = frozenset({
    "measured_at", "first_issued_at", "retired_at",
    # The health history records when and as which run it was measured; its key includes the run id.
    "run_id", "run_at", "run_on", "source_health_history_key",
    # The raw tables' column types as each warehouse names them (varchar vs character varying).
    "column_signature",
})
# Relations made of run-time figures: the vendor scorecard counts runs and sync delays against the
# clock of each build's own runs.
RUN_TIME_RELATIONS = frozenset({"fct_vendor_scorecard"})
SCHEMA_LAYER = re.compile(r"_(m360_(?:staging|intermediate|marts|reports|seeds))$")
MODULUS = 2**64


def canonical(value: object) -> str:
    """One text form per value, the same whichever driver returned it."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format(value, ".6g")
    if isinstance(value, decimal.Decimal):
        return format(float(value), ".6g") if value != value.to_integral_value() else str(int(value))
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)


def fingerprint(rows: Iterable[Sequence[object]]) -> tuple[int, int]:
    """(row count, sum of row MD5s modulo 2**64): independent of row order."""
    count = 0
    total = 0
    for row in rows:
        text = "\x1f".join(canonical(value) for value in row)
        total = (total + int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")) % MODULUS
        count += 1
    return count, total


def relations(cursor, schema_like: str) -> dict[tuple[str, str], list[str]]:
    """(layer, relation) -> columns in name order, for the package's schemas."""
    cursor.execute(
        "select table_schema, table_name, column_name from information_schema.columns "
        "where table_schema like %s order by table_schema, table_name, column_name"
        if "psycopg2" in type(cursor).__module__
        else "select table_schema, table_name, column_name from information_schema.columns "
        "where table_schema like ? order by table_schema, table_name, column_name",
        [schema_like],
    )
    found: dict[tuple[str, str], list[str]] = {}
    for schema, table, column in cursor.fetchall():
        layer = SCHEMA_LAYER.search(schema)
        if layer is None or table in RUN_TIME_RELATIONS:
            continue
        found.setdefault((layer.group(1), table), [])
        if column not in RUN_TIME_COLUMNS:
            found[(layer.group(1), table)].append(column)
    return found


def schema_of(cursor, layer: str, schema_like: str) -> str:
    cursor.execute(
        "select distinct table_schema from information_schema.tables where table_schema like "
        + ("%s" if "psycopg2" in type(cursor).__module__ else "?"),
        [schema_like],
    )
    for (schema,) in cursor.fetchall():
        if schema.endswith("_" + layer):
            return schema
    raise LookupError(layer)


def table_fingerprint(cursor, schema: str, table: str, columns: list[str]) -> tuple[int, int]:
    select_list = ", ".join(f'"{column}"' for column in columns)
    cursor.execute(f'select {select_list} from "{schema}"."{table}"')
    return fingerprint(iter(cursor.fetchall()))


def compare(duck_cursor, pg_cursor, names: tuple[str, str] = ("DuckDB", "PostgreSQL")) -> list[str]:
    """Differences between the two builds, one line each (empty when they agree)."""
    duck = relations(duck_cursor, "%m360_%")
    pg = relations(pg_cursor, "%m360_%")
    problems = []
    for key in sorted(set(duck) ^ set(pg)):
        side = names[0] if key in duck else names[1]
        problems.append(f"{key[0]}.{key[1]}: built only on {side}")
    for layer, table in sorted(set(duck) & set(pg)):
        if duck[(layer, table)] != pg[(layer, table)]:
            problems.append(f"{layer}.{table}: columns differ")
            continue
        columns = duck[(layer, table)]
        left = table_fingerprint(duck_cursor, schema_of(duck_cursor, layer, "%m360_%"), table, columns)
        right = table_fingerprint(pg_cursor, schema_of(pg_cursor, layer, "%m360_%"), table, columns)
        if left != right:
            problems.append(
                f"{layer}.{table}: {names[0]} {left[0]:,} rows, {names[1]} {right[0]:,} rows, fingerprints differ"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckdb", required=True, help="the DuckDB build (opened read-only)")
    other = parser.add_mutually_exclusive_group(required=True)
    other.add_argument("--postgres", help="libpq connection string of the PostgreSQL build")
    other.add_argument("--other-duckdb", help="a second DuckDB build (e.g. with BigQuery's NULL order)")
    args = parser.parse_args(argv)

    import duckdb

    duck_connection = duckdb.connect(args.duckdb, read_only=True)
    if args.postgres:
        import psycopg2

        pg_connection = psycopg2.connect(args.postgres)
    else:
        pg_connection = duckdb.connect(args.other_duckdb, read_only=True)
    try:
        built_on_both = set(relations(duck_connection.cursor(), "%m360_%")) & set(
            relations(pg_connection.cursor(), "%m360_%")
        )
        names = ("DuckDB", "PostgreSQL") if args.postgres else ("DuckDB", "DuckDB with BigQuery's NULL order")
        problems = compare(duck_connection.cursor(), pg_connection.cursor(), names)
    finally:
        pg_connection.close()
        duck_connection.close()
    for problem in problems:
        print("DIFFERENT " + problem)
    print(f"{len(built_on_both)} relations built on both compared, {len(problems)} differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
