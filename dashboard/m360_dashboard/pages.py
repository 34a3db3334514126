"""The dashboard's pages: each draws its charts from one or more queries of `queries`.

Every chart goes through `_chart`, which shows a clear message instead of a chart when its query fails or
returns no rows, so an empty or broken chart is visible (and the browser test catches it).
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from m360_dashboard import charts, queries
from m360_dashboard.warehouse import Warehouse, connect

TRUE_WORDS = {"1", "true", "yes", "on"}


def person_pages_enabled() -> bool:
    """Person-level pages are off unless whoever runs the dashboard sets M360_DASHBOARD_PERSON_PAGES=true."""
    return os.environ.get("M360_DASHBOARD_PERSON_PAGES", "").strip().lower() in TRUE_WORDS


@st.cache_resource(show_spinner=False)
def warehouse() -> Warehouse:
    """One connection setting per server process."""
    return connect()


@st.cache_data(ttl=600, show_spinner=False)
def run(sql: str) -> pd.DataFrame:
    """A query's result, cached ten minutes."""
    return warehouse().query(sql)


def fetch(query: Callable[[str, queries.Rel], str]) -> pd.DataFrame:
    """Run one of the aggregate queries on the warehouse."""
    wh = warehouse()
    return run(query(wh.dialect, wh.relation))


def _chart(title: str, load: Callable[[], pd.DataFrame], draw: Callable[[pd.DataFrame], go.Figure]) -> pd.DataFrame:
    """Load, then draw, or say why not; returns the data (empty on failure)."""
    try:
        frame = load()
    except Exception as error:  # the message, not a traceback, for the reader
        st.error(f"{title}: the query failed ({type(error).__name__}: {error})")
        return pd.DataFrame()
    if frame.empty:
        st.warning(f"{title}: no rows yet.")
        return frame
    st.plotly_chart(draw(frame), use_container_width=True)
    return frame


def _program_filter(frame: pd.DataFrame) -> pd.DataFrame:
    """Sidebar filters of the weekly program data: programs, and how many of the latest weeks."""
    programs = sorted(frame["program"].dropna().unique())
    chosen = st.sidebar.multiselect("Programs", programs, default=programs)
    weeks = sorted(frame["week_start"].dropna().unique())
    if len(weeks) > 4:
        shown = st.sidebar.slider("Latest weeks shown", 4, len(weeks), min(26, len(weeks)))
        frame = frame[frame["week_start"] >= weeks[-shown]]
    return frame[frame["program"].isin(chosen)]


def programs_page() -> None:
    """Every program side by side: weekly volume and contact rate, organizers, turfs, overlap."""
    st.title("Programs")
    st.caption("From fct_program_daily and fct_program_overlap. Counts of people are summed over days.")
    weekly = fetch(queries.programs_weekly)
    if not weekly.empty:
        weekly = _program_filter(weekly)
        attempts, contacts = weekly["attempts"].sum(), weekly["contacts"].sum()
        cols = st.columns(4)
        cols[0].metric("Attempts", f"{attempts:,.0f}")
        cols[1].metric("Contacts", f"{contacts:,.0f}")
        cols[2].metric("Contact rate", f"{contacts / attempts:.1%}" if attempts else "-")
        cols[3].metric("New people reached", f"{weekly['new_people_reached'].sum():,.0f}")
    left, right = st.columns(2)
    with left:
        _chart("Attempts by week", lambda: weekly, lambda f: charts.weekly_bars(f, "attempts", "Attempts by week"))
        _chart(
            "Volunteers active by week",
            lambda: weekly,
            lambda f: charts.weekly_bars(f, "volunteers_active", "Volunteers active (summed over days) by week"),
        )
    with right:
        _chart("Contact rate by week", lambda: weekly, charts.weekly_contact_rate)
        _chart(
            "People contacted by week",
            lambda: weekly,
            lambda f: charts.weekly_bars(f, "people_contacted", "People contacted (summed over days) by week"),
        )
    left, right = st.columns(2)
    with left:
        _chart(
            "Organizers",
            lambda: fetch(queries.programs_by_organizer),
            lambda f: charts.grouped_bars(f, "organizer_name", "attempts", "Attempts by organizer"),
        )
    with right:
        _chart(
            "Turfs",
            lambda: fetch(queries.programs_by_turf),
            lambda f: charts.grouped_bars(f, "house_district", "attempts", "Attempts by turf (house district)"),
        )
    _chart("Program overlap", lambda: fetch(queries.program_overlap), charts.overlap_heatmap)


def journey_page() -> None:
    """The member journey: Sankey, ladder stages and status, moves over time."""
    st.title("Member journey")
    st.caption("From fct_journey_sankey_edges, dim_members and fct_ladder_transitions (counted in the warehouse).")
    trajectory = st.radio(
        "Trajectory",
        ["ladder", "event_sequence"],
        horizontal=True,
        format_func=lambda t: {"ladder": "Ladder stages", "event_sequence": "Events attended"}[t],
    )
    edges = fetch(queries.journey_sankey)
    _chart(
        "Journey",
        lambda: edges[edges["trajectory"] == trajectory] if not edges.empty else edges,
        lambda f: charts.sankey(f, f"Member journey: {trajectory.replace('_', ' ')}"),
    )
    left, right = st.columns([2, 1])
    stages = fetch(queries.members_by_stage)
    with left:
        _chart("Members by stage", lambda: stages, charts.stage_status_bars)
    with right:
        _chart("Member status", lambda: stages, charts.status_donut)
    _chart("Ladder moves", lambda: fetch(queries.ladder_moves_weekly), charts.ladder_moves)


def canvassers_page() -> None:
    """Who is knocking and calling, and where each attempt's credit came from."""
    st.title("Canvassers")
    st.caption(
        "From fct_canvasser_activity_daily and fct_outreach_attempts (counted in the warehouse). Credit from "
        "roster or turf_rule came from the group's own lists, not from the tool that logged the attempt."
    )
    _chart("Leaderboard", lambda: fetch(queries.canvasser_leaderboard), charts.leaderboard)
    mix = _chart("Attribution method mix", lambda: fetch(queries.attribution_mix), charts.attribution_mix)
    if not mix.empty:
        by_rule = mix[mix["attribution_method"].isin(["roster", "turf_rule"])]["attempts"].sum()
        st.metric("Attempts credited by roster or turf rules", f"{by_rule / mix['attempts'].sum():.1%}")


def sync_health_page() -> None:
    """Rows each sync delivered and kept, and how fresh each table is."""
    st.title("Sync health")
    wh = warehouse()
    mart = queries.find_health_mart(wh.list_tables())
    if mart is None:
        st.error(f"No health mart ({' or '.join(queries.HEALTH_MART_NAMES)}) in {wh.target.marts_schema}.")
        return
    st.caption(f"From {mart}. Vendor scorecard: not built yet.")
    frame = _chart(
        "Rows by sync", lambda: run(queries.source_row_counts(wh.dialect, wh.relation, mart)), charts.health_bars
    )
    if frame.empty:
        return
    empty = frame[frame["raw_rows"].fillna(0) == 0]
    cols = st.columns(3)
    cols[0].metric("Synced tables", f"{len(frame):,}")
    cols[1].metric("Empty tables", f"{len(empty):,}")
    cols[2].metric("Rows kept", f"{frame['kept_rows'].sum():,.0f}")
    st.subheader("Tables, emptiest and stalest first")
    table = frame.assign(kept_share=charts.rate(frame["kept_rows"], frame["raw_rows"]))
    table = table.sort_values(["raw_rows", "last_loaded_at"], na_position="first")
    st.dataframe(
        table[["source_name", "source_table", "org_id", "raw_rows", "kept_rows", "kept_share", "last_loaded_at"]],
        hide_index=True,
        use_container_width=True,
    )


def member_timeline_page() -> None:
    """One person's actions in time order: person-level data, shown only when turned on."""
    st.title("Member timeline")
    st.warning("Person-level data: turned on by M360_DASHBOARD_PERSON_PAGES for this server.")
    person_id = st.text_input("person_id (from dim_people)").strip()
    if not person_id:
        return
    if not queries.PERSON_ID_PATTERN.match(person_id):
        st.error("That is not a person_id.")
        return
    wh = warehouse()
    frame = run(queries.member_timeline(wh.dialect, wh.relation, person_id))
    if frame.empty:
        st.info("No actions for that person_id.")
        return
    st.dataframe(frame, hide_index=True, use_container_width=True)
