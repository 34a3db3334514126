"""Copy built models from a DuckDB file into the BigQuery emulator, under the names dbt gives them there.

    copy_from_duckdb.py --duckdb FILE --manifest target/manifest.json MODEL [MODEL ...]

The emulator cannot build the identity layer (its SQL translator loses a view's alias in the identity
union), yet the monitoring marts and their health checks read it. This puts the DuckDB build's tables
(built with BigQuery's NULL order, so the rows BigQuery would produce) where the emulator's dbt run
expects those models, so the marts and the checks that read them run on the emulator's SQL. The
relation of each model (project, dataset, table) comes from the emulator run's manifest; the table is
found in DuckDB by its name, and written as the demo loader writes its tables (m360_demo.load).
Loopback endpoints only. Needs scripts/ on PYTHONPATH (scripts/lib.sh sets it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import json
import os
from pathlib import Path

import duckdb
from m360_demo.load import bigquery_emulator_client, replace_bigquery_table

BIGQUERY_TYPES = {
    "VARCHAR": "STRING", "BOOLEAN": "BOOL", "DATE": "DATE", "DOUBLE": "FLOAT64", "FLOAT": "FLOAT64",
    "TINYINT": "INT64", "SMALLINT": "INT64", "INTEGER": "INT64", "BIGINT": "INT64", "HUGEINT": "INT64",
    "UBIGINT": "INT64", "UINTEGER": "INT64", "TIMESTAMP": "TIMESTAMP", "TIMESTAMP WITH TIME ZONE": "TIMESTAMP",
}


def bigquery_type(duckdb_type: str) -> str:
    if duckdb_type.startswith("DECIMAL"):
        return "NUMERIC"
    if duckdb_type not in BIGQUERY_TYPES:
        raise ValueError(f"no BigQuery type for DuckDB type {duckdb_type}")
    return BIGQUERY_TYPES[duckdb_type]


def json_value(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def model_relations(manifest: Path, models: list[str]) -> dict[str, tuple[str, str, str]]:
    nodes = json.loads(manifest.read_text())["nodes"].values()
    found = {node["name"]: (node["database"], node["schema"], node["alias"])
             for node in nodes if node["resource_type"] == "model" and node["name"] in models}
    missing = sorted(set(models) - set(found))
    if missing:
        raise SystemExit(f"not in the manifest: {', '.join(missing)}")
    return found


def duckdb_table(con: duckdb.DuckDBPyConnection, name: str) -> str:
    schemas = [row[0] for row in con.execute(
        "select table_schema from information_schema.tables where table_name = ?", [name]).fetchall()]
    if len(schemas) != 1:
        raise SystemExit(f"{name}: expected one table in the DuckDB file, found {len(schemas)}")
    return f'"{schemas[0]}"."{name}"'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", required=True, type=Path)
    parser.add_argument("--manifest", required=True, type=Path)
    parser.add_argument("--endpoint", default=os.environ.get("M360_BQ_API_ENDPOINT", "http://127.0.0.1:9050"))
    parser.add_argument("models", nargs="+")
    args = parser.parse_args()

    relations = model_relations(args.manifest, args.models)
    con = duckdb.connect(str(args.duckdb), read_only=True)
    # One client serves every model: a table id names its own project.
    client = bigquery_emulator_client(args.endpoint, next(iter(relations.values()))[0])
    datasets_made: set[str] = set()
    for model, (project, dataset, table) in relations.items():
        result = con.execute(f"select * from {duckdb_table(con, model)}")
        columns = [(column[0], bigquery_type(str(column[1]))) for column in result.description]
        rows = [{name: json_value(value) for (name, _), value in zip(columns, row, strict=True)}
                for row in result.fetchall()]
        replace_bigquery_table(client, f"{project}.{dataset}.{table}", columns, rows, datasets_made)
        print(f"copied {model}: {len(rows)} rows to {dataset}.{table}")


if __name__ == "__main__":
    main()
