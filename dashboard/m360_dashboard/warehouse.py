"""Connect to the warehouse the dbt project builds into, through the dbt profile itself.

The dashboard reads `profiles.yml` the way dbt does (the profile named in the project's `dbt_project.yml`,
its default target unless `DBT_TARGET` names another, `env_var()` rendered), so a group points the dashboard
at its own warehouse by pointing dbt at it. Settings (environment variables):

- `M360_DBT_PROJECT_DIR`: the dbt project whose profile to use (default: the package's `integration_tests/`).
- `DBT_PROFILES_DIR`: where `profiles.yml` is (default: the project directory, then `~/.dbt`).
- `DBT_TARGET`: the target (default: the profile's `target`).
- `M360_MARTS_SCHEMA`: the schema (BigQuery dataset) holding the marts (default `<target schema>_m360_marts`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PROJECT_DIR = ROOT / "integration_tests"
SUPPORTED = ("duckdb", "postgres", "bigquery")


class WarehouseError(RuntimeError):
    """The profile cannot be read or names a warehouse the dashboard does not support."""


def _env_var(name: str, default: str | None = None) -> str:
    """dbt's env_var(): the variable's value, else the default, else an error."""
    if name in os.environ:
        return os.environ[name]
    if default is not None:
        return default
    raise WarehouseError(f"env var {name} is required by the profile and not set")


def render_profile_text(text: str) -> dict[str, Any]:
    """Render the Jinja in a profiles.yml (env_var, filters) value by value, as dbt does, and parse it."""
    raw = yaml.safe_load(text) or {}
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    env.globals["env_var"] = _env_var

    def render(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: render(item) for key, item in value.items()}
        if isinstance(value, list):
            return [render(item) for item in value]
        if isinstance(value, str) and ("{{" in value or "{%" in value):
            rendered = env.from_string(value).render()
            try:
                return yaml.safe_load(rendered) if rendered.strip() else rendered
            except yaml.YAMLError:
                return rendered
        return value

    return render(raw)


@dataclass(frozen=True)
class Target:
    """One output of a dbt profile, rendered."""

    type: str
    settings: dict[str, Any]
    project_dir: Path

    @property
    def schema(self) -> str:
        """The target's schema (BigQuery: dataset); DuckDB's default is main."""
        if self.type == "bigquery":
            return str(self.settings.get("dataset") or self.settings.get("schema"))
        return str(self.settings.get("schema") or "main")

    @property
    def marts_schema(self) -> str:
        """Where the package's marts are built: `<schema>_m360_marts` unless overridden."""
        return os.environ.get("M360_MARTS_SCHEMA") or f"{self.schema}_m360_marts"


def load_target(project_dir: Path | None = None) -> Target:
    """The dbt target the dashboard reads, from the project's profile."""
    project_dir = Path(project_dir or os.environ.get("M360_DBT_PROJECT_DIR") or DEFAULT_PROJECT_DIR).resolve()
    project = yaml.safe_load((project_dir / "dbt_project.yml").read_text())
    profile_name = os.environ.get("DBT_PROFILE") or project.get("profile")
    candidates = [Path(os.environ["DBT_PROFILES_DIR"])] if os.environ.get("DBT_PROFILES_DIR") else []
    candidates += [project_dir, Path.home() / ".dbt"]
    path = next((c / "profiles.yml" for c in candidates if (c / "profiles.yml").is_file()), None)
    if path is None:
        raise WarehouseError("no profiles.yml found (set DBT_PROFILES_DIR)")
    profiles = render_profile_text(path.read_text())
    if profile_name not in profiles:
        raise WarehouseError(f"profile {profile_name!r} is not in {path}")
    profile = profiles[profile_name]
    target_name = os.environ.get("DBT_TARGET") or profile.get("target")
    outputs = profile.get("outputs", {})
    if target_name not in outputs:
        raise WarehouseError(f"target {target_name!r} is not an output of profile {profile_name!r}")
    settings = outputs[target_name]
    if settings.get("type") not in SUPPORTED:
        raise WarehouseError(f"warehouse type {settings.get('type')!r} is not supported ({', '.join(SUPPORTED)})")
    return Target(type=settings["type"], settings=settings, project_dir=project_dir)


@dataclass
class Warehouse:
    """Runs read-only queries on the target and returns DataFrames."""

    target: Target
    _duckdb: Any = field(default=None, repr=False)
    _bigquery: Any = field(default=None, repr=False)

    @property
    def dialect(self) -> str:
        """duckdb, postgres or bigquery."""
        return self.target.type

    def relation(self, name: str) -> str:
        """The quoted, fully qualified name of a mart."""
        if self.dialect == "bigquery":
            project = self.target.settings.get("project") or self.target.settings.get("database")
            return f"`{project}.{self.target.marts_schema}.{name}`"
        return f'"{self.target.marts_schema}"."{name}"'

    def query(self, sql: str) -> pd.DataFrame:
        """Run a query; numeric columns come back as floats or ints, never Decimal."""
        runner: dict[str, Callable[[str], pd.DataFrame]] = {
            "duckdb": self._query_duckdb,
            "postgres": self._query_postgres,
            "bigquery": self._query_bigquery,
        }
        frame = runner[self.dialect](sql)
        for column in frame.columns:
            if frame[column].dtype == object and len(frame) and _is_decimal_column(frame[column]):
                frame[column] = pd.to_numeric(frame[column])
        return frame

    def list_tables(self) -> list[str]:
        """Tables and views of the marts schema."""
        schema = self.target.marts_schema.replace("'", "''")
        if self.dialect == "bigquery":
            project = self.target.settings.get("project") or self.target.settings.get("database")
            sql = f"select table_name from `{project}.{self.target.marts_schema}.INFORMATION_SCHEMA.TABLES`"
        else:
            sql = f"select table_name from information_schema.tables where table_schema = '{schema}'"
        return sorted(self.query(sql)["table_name"].tolist())

    def _query_duckdb(self, sql: str) -> pd.DataFrame:
        import duckdb

        if self._duckdb is None:
            path = Path(str(self.target.settings.get("path", "")))
            if not path.is_absolute():
                path = self.target.project_dir / path
            if not path.is_file():
                raise WarehouseError(f"DuckDB file {path} does not exist (build the project first)")
            self._duckdb = duckdb.connect(str(path), read_only=True)
        return self._duckdb.cursor().execute(sql).df()

    def _query_postgres(self, sql: str) -> pd.DataFrame:
        import psycopg2

        s = self.target.settings
        with (
            psycopg2.connect(
                host=s.get("host"),
                port=int(s.get("port", 5432)),
                user=s.get("user"),
                password=s.get("password") or s.get("pass") or None,
                dbname=s.get("dbname") or s.get("database"),
                sslmode=s.get("sslmode") or "prefer",
            ) as connection,
            connection.cursor() as cursor,
        ):
            cursor.execute("set transaction read only")
            cursor.execute(sql)
            columns = [d[0] for d in cursor.description]
            return pd.DataFrame(cursor.fetchall(), columns=columns)

    def _query_bigquery(self, sql: str) -> pd.DataFrame:
        from google.cloud import bigquery

        if self._bigquery is None:
            s = self.target.settings
            project = s.get("project") or s.get("database")
            if s.get("method") == "service-account" and s.get("keyfile"):
                self._bigquery = bigquery.Client.from_service_account_json(s["keyfile"], project=project)
            else:
                self._bigquery = bigquery.Client(project=project, location=s.get("location"))
        rows = self._bigquery.query(sql).result()
        return pd.DataFrame([dict(row.items()) for row in rows], columns=[f.name for f in rows.schema])


def _is_decimal_column(series: pd.Series) -> bool:
    from decimal import Decimal

    first = series.dropna()
    return bool(len(first)) and isinstance(first.iloc[0], Decimal)


def connect(project_dir: Path | None = None) -> Warehouse:
    """The warehouse of the dbt project's current target."""
    return Warehouse(load_target(project_dir))
