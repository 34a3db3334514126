"""The cross-warehouse equivalence check: canonical values and order-independent fingerprints."""

import datetime as dt
import decimal
import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ci"))

from equivalence import canonical, compare, fingerprint


def test_canonical_is_the_same_whichever_driver_returned_the_value() -> None:
    assert canonical(None) == "\\N"
    assert canonical(True) == "t" and canonical(False) == "f"
    assert canonical(5) == canonical(5.0) == canonical(decimal.Decimal("5.000000"))
    # a four-byte float (DuckDB) and an eight-byte one (PostgreSQL) of the same ratio agree
    assert canonical(0.3333333432674408) == canonical(1 / 3)
    assert canonical(decimal.Decimal("12.500000")) == canonical(12.5)
    utc = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    eastern = utc.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    assert canonical(eastern) == canonical(dt.datetime(2026, 3, 1, 12, 0)) == "2026-03-01 12:00:00"
    assert canonical(dt.date(2026, 3, 1)) == "2026-03-01"


def test_fingerprint_ignores_row_order_but_not_values_or_multiplicity() -> None:
    rows = [("a", 1), ("b", 2), ("c", None)]
    assert fingerprint(rows) == fingerprint(list(reversed(rows)))
    assert fingerprint(rows) != fingerprint([("a", 1), ("b", 3), ("c", None)])
    assert fingerprint(rows) != fingerprint([*rows, ("a", 1)])
    assert fingerprint([]) == (0, 0)


def _warehouse(rows: list[tuple[str, int]], extra_table: bool = False) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute("create schema main_m360_marts")
    connection.execute("create table main_m360_marts.facts (key varchar, amount integer)")
    connection.executemany("insert into main_m360_marts.facts values (?, ?)", rows)
    if extra_table:
        connection.execute("create table main_m360_marts.extra (key varchar)")
    return connection


def test_compare_finds_changed_rows_and_relations_built_on_one_side_only() -> None:
    same = compare(_warehouse([("a", 1), ("b", 2)]).cursor(), _warehouse([("b", 2), ("a", 1)]).cursor())
    assert same == []
    changed = compare(_warehouse([("a", 1), ("b", 2)]).cursor(), _warehouse([("a", 1), ("b", 9)]).cursor())
    assert changed == ["m360_marts.facts: DuckDB 2 rows, PostgreSQL 2 rows, fingerprints differ"]
    one_side = compare(_warehouse([("a", 1)], extra_table=True).cursor(), _warehouse([("a", 1)]).cursor())
    assert one_side == ["m360_marts.extra: built only on DuckDB"]
