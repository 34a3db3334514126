"""The dashboard reads the dbt profile the way dbt does."""

from __future__ import annotations

from pathlib import Path

import pytest
from m360_dashboard import warehouse

PROFILE = """
proj:
  target: "{{ env_var('T_TARGET', 'local') }}"
  outputs:
    local:
      type: duckdb
      path: "{{ env_var('T_PATH', 'demo.duckdb') }}"
      threads: "{{ env_var('T_THREADS', '2') | int }}"
    pg:
      type: postgres
      host: 127.0.0.1
      port: "{{ env_var('T_PORT', '5432') | int }}"
      schema: analytics
    snow:
      type: snowflake
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "dbt_project.yml").write_text("name: x\nprofile: proj\n")
    (tmp_path / "profiles.yml").write_text(PROFILE)
    for name in ("DBT_PROFILES_DIR", "DBT_TARGET", "DBT_PROFILE", "M360_MARTS_SCHEMA", "T_TARGET", "T_PORT"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_env_vars_and_filters_render(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_PATH", "/data/w.duckdb")
    target = warehouse.load_target(project)
    assert target.type == "duckdb"
    assert target.settings["path"] == "/data/w.duckdb"
    assert target.settings["threads"] == 2
    assert target.marts_schema == "main_m360_marts"


def test_target_from_dbt_target_and_schema(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBT_TARGET", "pg")
    monkeypatch.setenv("T_PORT", "54334")
    target = warehouse.load_target(project)
    assert (target.type, target.settings["port"]) == ("postgres", 54334)
    assert target.marts_schema == "analytics_m360_marts"
    monkeypatch.setenv("M360_MARTS_SCHEMA", "custom_marts")
    assert target.marts_schema == "custom_marts"
    assert warehouse.Warehouse(target).relation("dim_members") == '"custom_marts"."dim_members"'


def test_profile_default_target_from_env(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_TARGET", "pg")
    assert warehouse.load_target(project).type == "postgres"


def test_unsupported_warehouse_and_missing_target(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBT_TARGET", "snow")
    with pytest.raises(warehouse.WarehouseError, match="not supported"):
        warehouse.load_target(project)
    monkeypatch.setenv("DBT_TARGET", "nope")
    with pytest.raises(warehouse.WarehouseError, match="not an output"):
        warehouse.load_target(project)


def test_bigquery_relation_and_schema() -> None:
    target = warehouse.Target("bigquery", {"project": "p", "dataset": "d"}, Path("."))
    assert warehouse.Warehouse(target).relation("fct_program_daily") == "`p.d_m360_marts.fct_program_daily`"


def test_missing_duckdb_file_is_a_clear_error(tmp_path: Path) -> None:
    target = warehouse.Target("duckdb", {"path": "absent.duckdb"}, tmp_path)
    with pytest.raises(warehouse.WarehouseError, match="does not exist"):
        warehouse.Warehouse(target).query("select 1")
