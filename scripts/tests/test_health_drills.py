"""The fault drills' bookkeeping (scripts/ci/health_drills.py), without a warehouse."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ci"))

import health_drills


def test_failed_tests_lists_every_test_that_did_not_pass_by_name() -> None:
    run_results = {"results": [
        {"unique_id": "test.movement_360.health_freshness.1a2b", "status": "fail"},
        {"unique_id": "test.movement_360.health_volume.3c4d", "status": "pass"},
        {"unique_id": "test.movement_360.unique_fct_tool_daily_quality_tool_daily_quality_key.5e6f", "status": "error"},
        {"unique_id": "test.movement_360.health_redelivery.7a8b", "status": "warn"},
    ]}
    assert health_drills.failed_tests(run_results) == {
        "health_freshness": "fail",
        "unique_fct_tool_daily_quality_tool_daily_quality_key": "error",
        "health_redelivery": "warn",
    }


def test_every_drill_expects_a_health_check_and_names_its_table() -> None:
    names = [drill.name for drill in health_drills.DRILLS]
    assert names == ["stopped_sync", "renamed_column", "redelivery", "blank_usernames"]
    for drill in health_drills.DRILLS:
        assert drill.expected and all(check.startswith("health_") for check in drill.expected)
        assert drill.table
    # Only the stopped sync must be written into the steady past; the others share a clean one.
    assert [d.name for d in health_drills.DRILLS if d.fault_before_reference] == ["stopped_sync"]


def test_the_checks_run_at_severity_error_with_one_set_of_vars() -> None:
    assert '"movement_360__health_severity": "error"' in health_drills.VARS
    assert health_drills.RUN_AT in health_drills.VARS


def test_the_history_is_the_one_the_drills_own_dbt_built(tmp_path: Path, monkeypatch) -> None:
    # On PostgreSQL the conformance step builds its own fct_source_health_history in the same database;
    # the drills must delete their run from theirs, named by their manifest, not by the catalogue.
    warehouse = health_drills.Warehouse(duckdb_path=None, dsn="host=nowhere")
    monkeypatch.setattr(warehouse, "target", tmp_path)
    monkeypatch.setattr(warehouse, "execute", lambda sql: [("conf_plain_m360_marts",), ("movement_360_m360_marts",)])
    nodes = {
        "model.movement_360.fct_source_health_history": {
            "resource_type": "model", "name": "fct_source_health_history", "schema": "movement_360_m360_marts"},
        "test.movement_360.health_volume.1a2b": {
            "resource_type": "test", "name": "fct_source_health_history", "schema": "movement_360_dbt_test"},
    }
    (tmp_path / "manifest.json").write_text(health_drills.json.dumps({"nodes": nodes}))
    assert warehouse.history() == '"movement_360_m360_marts".fct_source_health_history'
