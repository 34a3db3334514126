"""Load a generated demo folder into raw schemas of DuckDB or PostgreSQL.

Tables are placed and named the way data hubs land them, so the package's
source resolution is exercised on every build:

layout "hub" (default):
  VAN MyCampaign tables  -> schema tmc_van, prefix aya_, suffix _mym  (aya_contactscontacts_mym)
  VAN lookups            -> schema tmc_van, prefix tsm_tmc_           (tsm_tmc_results)
  VAN MyVoters tables    -> schema van_myvoters, CamelCase            (TSM_OneAZ_ContactsContacts_VF)
                            plus CamelCase copies of the shared lookups (re-delivered rows the
                            package must collapse)
  every other tool       -> schema named after the tool, table names as the vendor syncs them
layout "plain": every tool in a schema named after it, VAN tables unprefixed (mode suffix kept),
  and playing an older sync: the columns in OLDER_SYNC_LACKS are dropped after loading (vendors add
  columns over time; the package must stage such a column as null, with a warning).
"""

from __future__ import annotations

import csv
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .generate import NULL, read_schema

LAYOUTS = ("hub", "plain")

DUCKDB_TYPES = {"varchar": "varchar", "integer": "integer", "bigint": "bigint", "numeric": "decimal(18, 4)",
                "boolean": "boolean", "timestamp": "timestamp", "date": "date"}
POSTGRES_TYPES = {**DUCKDB_TYPES, "varchar": "text", "numeric": "numeric(18, 4)"}


# (tool, generated table) -> columns an older sync does not have yet (layout "plain" only).
OLDER_SYNC_LACKS: dict[tuple[str, str], tuple[str, ...]] = {("van", "contactscontacts_mym"): ("contentid",)}


@dataclass(frozen=True)
class Placement:
    """Where one generated table lands: schema, table identifier and column names."""

    schema: str
    identifier: str
    columns: list[tuple[str, str]]
    dropped: tuple[str, ...] = ()


def _camel(name: str, words: dict[str, str]) -> str:
    return words.get(name, name[:1].upper() + name[1:])


def placements(tool: str, table: str, columns: list[tuple[str, str]], layout: str) -> Iterator[Placement]:
    """Every place one generated table is loaded to under a layout."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    if tool != "van" or layout == "plain":
        dropped = OLDER_SYNC_LACKS.get((tool, table), ()) if layout == "plain" else ()
        yield Placement(tool, table, columns, dropped)
        return
    van = importlib.import_module(".tools.van", __package__)
    activity = importlib.import_module(".tools.van_activity", __package__)
    table_words: dict[str, str] = {**activity.CAMEL_TABLES_ACTIVITY, **van.CAMEL_TABLES}
    column_words: dict[str, str] = {**activity.CAMEL_COLUMNS_ACTIVITY, **van.CAMEL_COLUMNS}
    camel_columns = [(_camel(name, column_words), kind) for name, kind in columns]
    base, _, suffix = table.rpartition("_")
    if suffix == "vf":
        yield Placement("van_myvoters", f"TSM_OneAZ_{_camel(base, table_words)}_VF", camel_columns)
    elif suffix == "mym":
        yield Placement("tmc_van", f"aya_{table}", columns)
    else:
        yield Placement("tmc_van", f"tsm_tmc_{table}", columns)
        if table in van.MYVOTERS_LOOKUPS:
            yield Placement("van_myvoters", f"TSM_OneAZ_{_camel(table, table_words)}", camel_columns)


def _tables(data: Path) -> Iterator[tuple[str, str, list[tuple[str, str]], Path]]:
    for folder in sorted((data / "raw").iterdir()):
        if not folder.is_dir():
            continue
        for table, columns in sorted(read_schema(folder).items()):
            yield folder.name, table, columns, folder / f"{table}.csv"


def load_duckdb(data: Path, database: Path, layout: str = "hub") -> int:
    """Load every table into a DuckDB file; returns the number of tables created."""
    import duckdb

    created = 0
    with duckdb.connect(str(database)) as connection:
        for tool, table, columns, csv_path in _tables(data):
            for place in placements(tool, table, columns, layout):
                connection.execute(f'create schema if not exists "{place.schema}"')
                column_sql = ", ".join(f'"{name}" {DUCKDB_TYPES[kind]}' for name, kind in place.columns)
                target = f'"{place.schema}"."{place.identifier}"'
                connection.execute(f"create or replace table {target} ({column_sql})")
                connection.execute(
                    f"copy {target} from '{csv_path}' (format csv, header true, nullstr '{NULL}', quote '\"')")
                for column in place.dropped:
                    connection.execute(f'alter table {target} drop column "{column}"')
                created += 1
    return created


def load_postgres(data: Path, dsn: str, layout: str = "hub") -> int:
    """Load every table into PostgreSQL (COPY); returns the number of tables created."""
    import psycopg2

    created = 0
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        for tool, table, columns, csv_path in _tables(data):
            for place in placements(tool, table, columns, layout):
                cursor.execute(f'create schema if not exists "{place.schema}"')
                target = f'"{place.schema}"."{place.identifier}"'
                cursor.execute(f"drop table if exists {target} cascade")
                column_sql = ", ".join(f'"{name}" {POSTGRES_TYPES[kind]}' for name, kind in place.columns)
                cursor.execute(f"create table {target} ({column_sql})")
                with csv_path.open(encoding="utf-8") as handle:
                    cursor.copy_expert(f"copy {target} from stdin with (format csv, header true, null '{NULL}')",
                                       handle)
                for column in place.dropped:
                    cursor.execute(f'alter table {target} drop column "{column}"')
                created += 1
    return created


BIGQUERY_TYPES = {"varchar": "STRING", "integer": "INT64", "bigint": "INT64", "numeric": "NUMERIC",
                  "boolean": "BOOL", "timestamp": "TIMESTAMP", "date": "DATE"}


def bigquery_emulator_client(endpoint: str, project: str):
    """A BigQuery client for a local endpoint (the emulator in CI), anonymous; refuses non-loopback endpoints."""
    from urllib.parse import urlparse

    from google.api_core.client_options import ClientOptions
    from google.auth.credentials import AnonymousCredentials
    from google.cloud import bigquery

    if urlparse(endpoint).hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise ValueError(f"refusing a non-loopback endpoint: {endpoint}")
    return bigquery.Client(project=project, credentials=AnonymousCredentials(),
                           client_options=ClientOptions(api_endpoint=endpoint))


def replace_bigquery_table(client, table_id: str, columns: list[tuple[str, str]], rows: list[dict],
                           datasets_made: set[str]) -> None:
    """Drop and create table_id (`project.dataset.table`; its dataset made unless in datasets_made) with columns
    (name, BigQuery type), then insert rows. Rows are streamed as JSON rather than loaded from CSV: a null
    stays null in every type (the emulator ignores CSV null markers for non-text columns) and an empty
    string stays empty; the table is dropped first because the emulator keeps an old schema on
    WRITE_TRUNCATE."""
    from google.api_core.retry import Retry
    from google.cloud import bigquery

    retry = Retry(deadline=60)
    dataset_id = table_id.rsplit(".", 1)[0]
    if dataset_id not in datasets_made:
        client.create_dataset(dataset_id, exists_ok=True, retry=retry, timeout=60)
        datasets_made.add(dataset_id)
    client.delete_table(table_id, not_found_ok=True, retry=retry, timeout=60)
    schema = [bigquery.SchemaField(name, kind) for name, kind in columns]
    created = client.create_table(bigquery.Table(table_id, schema=schema), retry=retry, timeout=60)
    for start in range(0, len(rows), 5_000):
        errors = client.insert_rows_json(created, rows[start:start + 5_000], retry=retry, timeout=120)
        if errors:
            raise RuntimeError(f"{table_id}: {errors[:3]}")


def load_bigquery(data: Path, endpoint: str, project: str, layout: str = "hub") -> int:
    """Load every table into a BigQuery API endpoint (the local emulator in CI); loopback only.

    Tables get the declared types. Returns the number of tables created.
    """
    client = bigquery_emulator_client(endpoint, project)
    datasets_made: set[str] = set()
    created = 0
    for tool, table, columns, csv_path in _tables(data):
        for place in placements(tool, table, columns, layout):
            names = [name for name, _ in place.columns]
            with csv_path.open(encoding="utf-8", newline="") as handle:
                reader = csv.reader(handle)
                next(reader)
                rows = [{name: (None if value == NULL else value) for name, value in zip(names, row, strict=True)}
                        for row in reader]
            replace_bigquery_table(client, f"{project}.{place.schema}.{place.identifier}",
                                   [(name, BIGQUERY_TYPES[kind]) for name, kind in place.columns], rows, datasets_made)
            created += 1
    return created
