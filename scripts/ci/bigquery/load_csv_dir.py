"""Load a directory of CSV files into the local BigQuery emulator.

Layout: ``<dir>/<dataset>/<table>.csv``, each with a header row. Every value is
text; an empty field is NULL. Each dataset is created if missing; each table is
dropped and reloaded with a load job. Column types are inferred cheaply from the
values: INT64, FLOAT64, BOOL, DATE, TIMESTAMP, else STRING (``--all-strings``
turns inference off). Numbers with a leading zero (``007``) stay STRING.

Runs with the google-cloud-bigquery client that dbt-bigquery installs (e.g.
/work/venv/bin/python); the emulator's own venv does not have it. It talks only
to a loopback endpoint, with anonymous credentials.

Usage:
    python load_csv_dir.py DIR [--project P] [--endpoint URL] [--all-strings]

--project defaults to env M360_BQ_PROJECT or movement-360-demo; --endpoint to
env M360_BQ_API_ENDPOINT or http://127.0.0.1:9050.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlparse

from google.api_core.client_options import ClientOptions
from google.auth.credentials import AnonymousCredentials
from google.cloud import bigquery

DEFAULT_ENDPOINT = os.environ.get("M360_BQ_API_ENDPOINT", "http://127.0.0.1:9050")
DEFAULT_PROJECT = os.environ.get("M360_BQ_PROJECT", "movement-360-demo")
TIMEOUT_S = 60.0
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
INT_RE = re.compile(r"^-?(0|[1-9][0-9]*)$")
FLOAT_RE = re.compile(r"^-?((0|[1-9][0-9]*)(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$")
BOOL_VALUES = {"true", "false"}
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
TIMESTAMP_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"( ?(Z|UTC|[+-][0-9]{2}(:?[0-9]{2})?))?$"
)
INT64_MAX = 2**63 - 1


def _is_int(value: str) -> bool:
    return bool(INT_RE.match(value)) and abs(int(value)) <= INT64_MAX


def infer_type(values: Iterable[str]) -> str:
    """Return the narrowest BigQuery type all non-empty values fit, else STRING."""
    checks = {
        "INT64": _is_int,
        "FLOAT64": lambda v: bool(FLOAT_RE.match(v)),
        "BOOL": lambda v: v.lower() in BOOL_VALUES,
        "DATE": lambda v: bool(DATE_RE.match(v)),
        "TIMESTAMP": lambda v: bool(TIMESTAMP_RE.match(v)),
    }
    candidates = list(checks)
    seen = False
    for value in values:
        if value == "":
            continue
        seen = True
        candidates = [name for name in candidates if checks[name](value)]
        if not candidates:
            return "STRING"
    return candidates[0] if seen and candidates else "STRING"


def read_schema(path: Path, all_strings: bool) -> list[bigquery.SchemaField]:
    """Read ``path``'s header and values and return its BigQuery schema."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise ValueError(f"{path}: empty file, no header row") from None
        bad = [name for name in header if not NAME_RE.match(name)]
        if bad or len(set(header)) != len(header):
            raise ValueError(
                f"{path}: invalid or duplicate column names: {bad or header}"
            )
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if len(row) != len(header):
            got, want = len(row), len(header)
            raise ValueError(f"{path}: record {number} has {got} fields, not {want}")
    fields = []
    for index, name in enumerate(header):
        kind = "STRING" if all_strings else infer_type(row[index] for row in rows)
        fields.append(bigquery.SchemaField(name, kind, mode="NULLABLE"))
    return fields


def make_client(project: str, endpoint: str) -> bigquery.Client:
    """Return a BigQuery client for the emulator at ``endpoint`` (loopback only)."""
    host = urlparse(endpoint).hostname or ""
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise ValueError(f"refusing non-loopback endpoint {endpoint!r}")
    return bigquery.Client(
        project=project,
        credentials=AnonymousCredentials(),
        client_options=ClientOptions(api_endpoint=endpoint),
    )


def load_file(
    client: bigquery.Client, path: Path, dataset: str, all_strings: bool
) -> int:
    """Replace table ``dataset.<file stem>`` with ``path``'s rows; return the count."""
    table_id = f"{client.project}.{dataset}.{path.stem}"
    schema = read_schema(path, all_strings)
    config = bigquery.LoadJobConfig(
        source_format=bigquery.SourceFormat.CSV,
        skip_leading_rows=1,
        schema=schema,
        write_disposition=bigquery.WriteDisposition.WRITE_TRUNCATE,
        create_disposition=bigquery.CreateDisposition.CREATE_IF_NEEDED,
        allow_quoted_newlines=True,
        null_marker="",
    )
    # The emulator keeps an existing table's schema on WRITE_TRUNCATE: drop it first.
    client.delete_table(table_id, not_found_ok=True, timeout=TIMEOUT_S)
    with path.open("rb") as handle:
        job = client.load_table_from_file(
            handle, table_id, job_config=config, timeout=TIMEOUT_S
        )
    job.result(timeout=TIMEOUT_S)
    return int(job.output_rows or 0)


def main(argv: list[str] | None = None) -> int:
    """Load every <dir>/<dataset>/<table>.csv; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--project", default=DEFAULT_PROJECT)
    parser.add_argument("--endpoint", default=DEFAULT_ENDPOINT)
    parser.add_argument(
        "--all-strings", action="store_true", help="make every column STRING"
    )
    args = parser.parse_args(argv)

    files = sorted(args.directory.glob("*/*.csv"))
    if not files:
        print(f"no <dataset>/<table>.csv files under {args.directory}", file=sys.stderr)
        return 2
    client = make_client(args.project, args.endpoint)
    for dataset in sorted({path.parent.name for path in files}):
        if not NAME_RE.match(dataset):
            print(f"invalid dataset name {dataset!r}", file=sys.stderr)
            return 2
        client.create_dataset(
            f"{client.project}.{dataset}", exists_ok=True, timeout=TIMEOUT_S
        )
    for path in files:
        rows = load_file(client, path, path.parent.name, args.all_strings)
        print(
            f"loaded {rows} rows into {client.project}.{path.parent.name}.{path.stem}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
