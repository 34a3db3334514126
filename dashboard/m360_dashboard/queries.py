"""The SQL behind every page: one function per chart, aggregated in the warehouse.

Each function takes the warehouse's dialect and a `rel(name)` that qualifies a mart's name, and returns the
SQL text. Only aggregates leave the warehouse, except `member_timeline` (the opt-in person page). `PAGES` lists
which queries each page runs; the benchmark (`benchmarks/dashboard_load.py`) and the exposures
(`models/exposures/_dashboard__exposures.yml`) follow it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Rel = Callable[[str], str]

# The health mart is being renamed; the dashboard reads whichever exists (newest name first).
HEALTH_MART_NAMES = ("fct_source_row_counts", "health_source_row_counts")
PERSON_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


def week(dialect: str, column: str) -> str:
    """The Monday starting the week of a date column."""
    if dialect == "bigquery":
        return f"date_trunc({column}, isoweek)"
    return f"cast(date_trunc('week', {column}) as date)"


def _sums(columns: list[str]) -> str:
    return ",\n    ".join(f"sum({c}) as {c}" for c in columns)


PROGRAM_MEASURES = [
    "attempts",
    "contacts",
    "people_attempted",
    "people_contacted",
    "volunteers_active",
    "shifts_completed",
    "new_people_reached",
]


def programs_weekly(dialect: str, rel: Rel) -> str:
    """Program x week: attempts, contacts, people, volunteers, shifts, new people (fct_program_daily)."""
    return f"""
select
    {week(dialect, "activity_date")} as week_start,
    program,
    {_sums(PROGRAM_MEASURES)}
from {rel("fct_program_daily")}
group by 1, 2
order by 1, 2"""


def programs_by_organizer(dialect: str, rel: Rel) -> str:
    """Organizer x team x program totals (fct_program_daily)."""
    return f"""
select
    coalesce(organizer_name, '(no organizer)') as organizer_name,
    coalesce(team, '(no team)') as team,
    program,
    {_sums(PROGRAM_MEASURES[:4])}
from {rel("fct_program_daily")}
group by 1, 2, 3
order by 1, 2, 3"""


def programs_by_turf(dialect: str, rel: Rel) -> str:
    """House district x program totals (fct_program_daily)."""
    return f"""
select
    coalesce(house_district, '(unknown)') as house_district,
    program,
    {_sums(PROGRAM_MEASURES[:4])}
from {rel("fct_program_daily")}
group by 1, 2
order by 1, 2"""


def program_overlap(dialect: str, rel: Rel) -> str:
    """People two programs both touched, summed over orgs (fct_program_overlap)."""
    return f"""
select
    program,
    other_program,
    sum(people_in_both) as people_in_both,
    sum(people_touched) as people_touched
from {rel("fct_program_overlap")}
group by 1, 2
order by 1, 2"""


def journey_sankey(dialect: str, rel: Rel) -> str:
    """Sankey edges of both trajectories (fct_journey_sankey_edges)."""
    return f"""
select trajectory, step, source_node, target_node, source_label, target_label, people
from {rel("fct_journey_sankey_edges")}
order by trajectory, step, people desc"""


def members_by_stage(dialect: str, rel: Rel) -> str:
    """Members per ladder stage and status (dim_members, counted in the warehouse)."""
    return f"""
select
    coalesce(ladder_stage, '(none)') as ladder_stage,
    coalesce(ladder_stage_order, 0) as ladder_stage_order,
    member_status,
    count(*) as members
from {rel("dim_members")}
group by 1, 2, 3
order by 2, 3"""


def ladder_moves_weekly(dialect: str, rel: Rel) -> str:
    """Moves up the ladder per week and stage reached (fct_ladder_transitions, counted in the warehouse)."""
    return f"""
select
    {week(dialect, "transitioned_on")} as week_start,
    to_stage,
    to_stage_order,
    count(*) as moves
from {rel("fct_ladder_transitions")}
group by 1, 2, 3
order by 1, 3"""


def canvasser_leaderboard(dialect: str, rel: Rel) -> str:
    """The 25 canvassers with most attempts (fct_canvasser_activity_daily); names that are e-mail addresses hidden."""
    return f"""
select
    canvasser_id,
    -- a tool's account name can be an e-mail address: it never leaves the warehouse
    max(case when canvasser_name like '%@%' then null else canvasser_name end) as canvasser_name,
    sum(attempts) as attempts,
    sum(contacts) as contacts,
    sum(shifts_attended) as shifts_attended,
    count(distinct activity_date) as days_active
from {rel("fct_canvasser_activity_daily")}
group by 1
order by 3 desc, 1
limit 25"""


def attribution_mix(dialect: str, rel: Rel) -> str:
    """Attempts and contacts per program and attribution method (fct_outreach_attempts, counted in the warehouse)."""
    return f"""
select
    program,
    attribution_method,
    count(*) as attempts,
    sum(case when is_contact then 1 else 0 end) as contacts
from {rel("fct_outreach_attempts")}
group by 1, 2
order by 1, 2"""


def source_row_counts(dialect: str, rel: Rel, health_mart: str) -> str:
    """The sync health mart, columns it has had from the start."""
    return f"""
select
    source_name,
    staging_model,
    org_id,
    source_schema,
    source_table,
    raw_rows,
    duplicate_rows,
    suppressed_rows,
    kept_rows,
    last_loaded_at,
    measured_at
from {rel(health_mart)}
order by source_name, staging_model, source_table"""


def member_timeline(dialect: str, rel: Rel, person_id: str) -> str:
    """One person's actions in time order (fct_person_actions): person-level, opt-in only."""
    if not PERSON_ID_PATTERN.match(person_id):
        raise ValueError("not a person_id")
    return f"""
select occurred_at, action_category, action_type, program, source_system, event_or_form_name, role, detail
from {rel("fct_person_actions")}
where person_id = '{person_id}'
order by occurred_at, action_number"""


def find_health_mart(tables: list[str]) -> str | None:
    """The health mart's current name among the marts schema's tables (either name), or None."""
    lowered = {t.lower(): t for t in tables}
    return next((lowered[name] for name in HEALTH_MART_NAMES if name in lowered), None)


# The aggregate queries of each page, in drawing order (the health page's query needs the mart's name).
PAGES: dict[str, list[Callable[[str, Rel], str]]] = {
    "programs": [programs_weekly, programs_by_organizer, programs_by_turf, program_overlap],
    "journey": [journey_sankey, members_by_stage, ladder_moves_weekly],
    "canvassers": [canvasser_leaderboard, attribution_mix],
    "sync_health": [],
}
