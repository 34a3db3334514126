"""The demo's headline and one-screen health summary (scripts/m360_demo/headline.py) on a tiny warehouse."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from m360_demo import headline


def _warehouse(path: Path) -> Path:
    database = path / "built.duckdb"
    with duckdb.connect(str(database)) as connection:
        connection.execute("create schema main_m360_marts")
        connection.execute("""create table main_m360_marts.fct_source_row_counts as
            select 'van' as source_name, 'stg_van__contacts' as staging_model,
                   10 as raw_rows, 8 as kept_rows, 1 as duplicate_rows, 1 as suppressed_rows""")
        connection.execute("""create table main_m360_marts.fct_source_health_history as
            select * from (values
                ('van', 'staged', 0, 0, timestamp '2026-11-01 10:00', timestamp '2026-11-02 06:00'),
                ('van', 'missing_optional_table', 0, 0, null, timestamp '2026-11-02 06:00'),
                ('spoke', 'staged', 2, 3, timestamp '2026-10-31 09:00', timestamp '2026-11-02 06:00'),
                ('spoke', 'staged', 0, 0, timestamp '2026-10-01 09:00', timestamp '2026-10-02 06:00')
            ) as t(tool, table_status, missing_columns, values_not_converted, last_loaded_at, run_at)""")
        connection.execute("""create table main_m360_marts.fct_tool_daily_quality as
            select 'spoke' as tool, 4 as attempts, 4 as attempts_with_canvasser,
                   1 as attempts_blank_canvasser_username, 0 as attempts_unattributed,
                   10 as person_records, 5 as records_linked_to_van""")
    return database


def test_health_summary_shows_the_newest_run_per_tool(tmp_path: Path) -> None:
    lines = headline.headline(_warehouse(tmp_path))
    spoke = next(line for line in lines if line.startswith("spoke "))
    van = next(line for line in lines if line.startswith("van ") and "2026-11-01" in line)
    # Only the newest run counts: spoke has one table then, with 2 columns missing and 3 values not converted.
    assert spoke.split()[:5] == ["spoke", "1", "0", "2", "3"]
    assert spoke.split()[-3:] == ["25%", "0%", "50%"]
    # VAN: two tables, one absent; no quality figures.
    assert van.split()[:3] == ["van", "2", "1"]
    assert van.split()[-3:] == ["-", "-", "-"]


def test_check_lines_name_the_failing_health_checks(tmp_path: Path) -> None:
    results = tmp_path / "run_results.json"
    results.write_text(json.dumps({"results": [
        {"unique_id": "test.movement_360.health_freshness.abc", "status": "warn", "failures": 2},
        {"unique_id": "test.movement_360.health_volume.def", "status": "pass", "failures": 0},
        {"unique_id": "test.movement_360.unique_dim_people_person_id.123", "status": "fail", "failures": 1},
    ]}))
    assert headline.check_lines(results) == [
        "health checks: 1 of 2 pass; health_freshness (warn, 2 rows)  (docs/health.md)"
    ]
    assert headline.check_lines(tmp_path / "missing.json") == []
