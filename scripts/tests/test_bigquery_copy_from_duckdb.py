"""copy_from_duckdb.py: DuckDB types and values as the emulator takes them, and model relations."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ci" / "bigquery"))

import copy_from_duckdb


def test_every_type_of_a_built_table_maps() -> None:
    con = duckdb.connect()
    result = con.execute("""
        select 'a' as text_col, 1 as int_col, 2::bigint as big_col, 1.5::double as float_col,
               1.25::decimal(18, 3) as numeric_col, true as bool_col, date '2026-01-02' as date_col,
               timestamp '2026-01-02 03:04:05' as ts_col, now() as tstz_col""")
    types = [copy_from_duckdb.bigquery_type(str(column[1])) for column in result.description]
    assert types == ["STRING", "INT64", "INT64", "FLOAT64", "NUMERIC", "BOOL", "DATE", "TIMESTAMP", "TIMESTAMP"]


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="no BigQuery type"):
        copy_from_duckdb.bigquery_type("BLOB")


def test_values_become_json() -> None:
    row = [dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4, 5), decimal.Decimal("1.250"), None, 3, "x"]
    encoded = json.dumps([copy_from_duckdb.json_value(value) for value in row])
    assert json.loads(encoded) == ["2026-01-02", "2026-01-02T03:04:05", "1.250", None, 3, "x"]


def test_relations_come_from_the_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"nodes": {
        "model.p.a": {"name": "a", "resource_type": "model", "database": "proj", "schema": "ds", "alias": "a_alias"},
        "test.p.a": {"name": "a", "resource_type": "test", "database": "x", "schema": "y", "alias": "z"},
    }}))
    assert copy_from_duckdb.model_relations(manifest, ["a"]) == {"a": ("proj", "ds", "a_alias")}
    with pytest.raises(SystemExit, match="not in the manifest: b"):
        copy_from_duckdb.model_relations(manifest, ["a", "b"])
