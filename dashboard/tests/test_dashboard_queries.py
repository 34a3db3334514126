"""Every page query runs on a small DuckDB holding the marts' columns; the charts draw from the results."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml
from m360_dashboard import charts, queries, warehouse

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = "main_m360_marts"
TABLES = {
    "fct_program_daily": """
        select * from (values
            (date '2026-03-02', 'door', 'Ana', 'North', '001', 10, 4, 9, 4, 2, 0, 3),
            (date '2026-03-03', 'phone', null, null, null, 5, 1, 5, 1, 1, 0, 1),
            (date '2026-03-10', 'events', 'Ana', 'North', '002', 3, 2, 3, 2, 0, 2, 1)
        ) as t(activity_date, program, organizer_name, team, house_district, attempts, contacts, people_attempted,
               people_contacted, volunteers_active, shifts_completed, new_people_reached)""",
    "fct_program_overlap": """
        select * from (values ('door', 'door', 9, 9), ('door', 'phone', 2, 9), ('phone', 'phone', 5, 5),
            ('phone', 'door', 2, 5)) as t(program, other_program, people_in_both, people_touched)""",
    "fct_journey_sankey_edges": """
        select * from (values ('ladder', 1, 'supporter', 'volunteer', '1: supporter', '2: volunteer', 4),
            ('event_sequence', 1, 'canvass', 'rally', '1: canvass', '2: rally', 2))
        as t(trajectory, step, source_node, target_node, source_label, target_label, people)""",
    "dim_members": """
        select * from (values ('p1', 'supporter', 1, 'active'), ('p2', 'volunteer', 2, 'lapsed'),
            ('p3', null, null, 'never_active')) as t(person_id, ladder_stage, ladder_stage_order, member_status)""",
    "fct_ladder_transitions": """
        select * from (values (date '2026-03-02', 'supporter', 1), (date '2026-03-09', 'volunteer', 2))
        as t(transitioned_on, to_stage, to_stage_order)""",
    "fct_canvasser_activity_daily": """
        select * from (values ('c1', 'Canvasser One', date '2026-03-02', 1, 10, 4),
            ('c1', 'Canvasser One', date '2026-03-03', 0, 5, 1), ('c2', 'c2@example.org', date '2026-03-02', 0, 2, 0))
        as t(canvasser_id, canvasser_name, activity_date, shifts_attended, attempts, contacts)""",
    "fct_outreach_attempts": """
        select * from (values ('door', 'roster', true), ('door', 'source_tool', false), ('phone', 'turf_rule', true))
        as t(program, attribution_method, is_contact)""",
    "health_source_row_counts": """
        select * from (values ('van', 'stg_van__contacts', 'default', 'van', 'contacts_mym', 10, 2, 1, 7,
            timestamp '2026-03-01 10:00', timestamp '2026-03-02 10:00'),
            ('spoke', 'stg_spoke__message', 'default', 'spoke', 'message', 0, 0, 0, 0, null,
            timestamp '2026-03-02 10:00'))
        as t(source_name, staging_model, org_id, source_schema, source_table, raw_rows, duplicate_rows,
             suppressed_rows, kept_rows, last_loaded_at, measured_at)""",
    "fct_person_actions": """
        select * from (values ('p1', timestamp '2026-03-02 10:00', 'action', 'event_attended', 'events', 'mobilize',
            'Rally', 'attendee', 'attended', 1))
        as t(person_id, occurred_at, action_category, action_type, program, source_system, event_or_form_name,
             role, detail, action_number)""",
}


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> warehouse.Warehouse:
    path = tmp_path_factory.mktemp("marts") / "marts.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(f"create schema {SCHEMA}")
        for name, sql in TABLES.items():
            con.execute(f"create table {SCHEMA}.{name} as {sql}")
    return warehouse.Warehouse(warehouse.Target("duckdb", {"path": str(path)}, path.parent))


def test_every_page_query_returns_rows(wh: warehouse.Warehouse) -> None:
    for page, page_queries in queries.PAGES.items():
        for query in page_queries:
            frame = wh.query(query(wh.dialect, wh.relation))
            assert not frame.empty, (page, query.__name__)


def test_weekly_rollup_and_totals(wh: warehouse.Warehouse) -> None:
    weekly = wh.query(queries.programs_weekly(wh.dialect, wh.relation))
    assert weekly["attempts"].sum() == 18
    assert sorted(weekly["week_start"].astype(str).unique()) == ["2026-03-02", "2026-03-09"]
    organizers = wh.query(queries.programs_by_organizer(wh.dialect, wh.relation))
    assert "(no organizer)" in set(organizers["organizer_name"])


def test_health_mart_found_under_either_name(wh: warehouse.Warehouse) -> None:
    assert queries.find_health_mart(wh.list_tables()) == "health_source_row_counts"
    assert queries.find_health_mart(["fct_source_row_counts", "health_source_row_counts"]) == "fct_source_row_counts"
    assert queries.find_health_mart(["FCT_SOURCE_ROW_COUNTS"]) == "FCT_SOURCE_ROW_COUNTS"
    assert queries.find_health_mart(["dim_people"]) is None
    frame = wh.query(queries.source_row_counts(wh.dialect, wh.relation, "health_source_row_counts"))
    assert charts.health_bars(frame).data


def test_leaderboard_hides_names_that_are_email_addresses(wh: warehouse.Warehouse) -> None:
    frame = wh.query(queries.canvasser_leaderboard(wh.dialect, wh.relation))
    assert frame.set_index("canvasser_id")["canvasser_name"].isna().to_dict() == {"c1": False, "c2": True}
    assert "canvasser c2" in list(charts.leaderboard(frame).data[0].y)


def test_member_timeline_only_takes_an_id(wh: warehouse.Warehouse) -> None:
    frame = wh.query(queries.member_timeline(wh.dialect, wh.relation, "p1"))
    assert len(frame) == 1
    with pytest.raises(ValueError):
        queries.member_timeline(wh.dialect, wh.relation, "x' or '1'='1")


def test_week_per_dialect() -> None:
    assert queries.week("bigquery", "d") == "date_trunc(d, isoweek)"
    assert queries.week("postgres", "d") == "cast(date_trunc('week', d) as date)"


def test_charts_draw_data(wh: warehouse.Warehouse) -> None:
    def q(query: queries.Rel) -> object:
        return wh.query(query(wh.dialect, wh.relation))

    weekly = q(queries.programs_weekly)
    figures = [
        charts.weekly_bars(weekly, "attempts", "t"),
        charts.weekly_contact_rate(weekly),
        charts.grouped_bars(q(queries.programs_by_turf), "house_district", "attempts", "t"),
        charts.overlap_heatmap(q(queries.program_overlap)),
        charts.sankey(q(queries.journey_sankey), "t"),
        charts.stage_status_bars(q(queries.members_by_stage)),
        charts.status_donut(q(queries.members_by_stage)),
        charts.ladder_moves(q(queries.ladder_moves_weekly)),
        charts.leaderboard(q(queries.canvasser_leaderboard)),
        charts.attribution_mix(q(queries.attribution_mix)),
    ]
    for figure in figures:
        assert figure.data, figure.layout.title.text


def test_exposures_name_the_marts_each_page_reads() -> None:
    """models/exposures/_dashboard__exposures.yml lists exactly the marts the page queries read."""
    exposures = yaml.safe_load((ROOT / "models/exposures/_dashboard__exposures.yml").read_text())["exposures"]
    declared = {e["name"]: {d.split("'")[1] for d in e["depends_on"]} for e in exposures}
    for page, page_queries in queries.PAGES.items():
        read: set[str] = set()
        for query in page_queries:
            query("duckdb", lambda name, read=read: read.add(name) or name)
        if page == "sync_health":
            # the health mart under its current name, whichever that is
            assert len(declared["dashboard_sync_health"]) == 1
            assert declared["dashboard_sync_health"] <= set(queries.HEALTH_MART_NAMES)
            continue
        assert declared[f"dashboard_{page}"] == read, page
    assert declared["dashboard_member_timeline"] == {"fct_person_actions"}
