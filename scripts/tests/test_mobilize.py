"""Mobilize demo tables: deterministic, with the vendor's quirks and complete ground truth."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime

import pytest
from m360_demo.spec import COLUMN_TYPES, Table, ToolOutput
from m360_demo.tools import mobilize
from m360_demo.world import World

TABLES = {"participations", "events", "timeslots", "users", "organizations", "sms_opt_ins", "event_tags",
          "van_persons", "van_signups", "van_events", "van_shifts"}


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return mobilize.emit(world)


def table(output: ToolOutput, name: str) -> list[dict]:
    found: Table = next(t for t in output.tables if t.name == name)
    return found.as_dicts()


def latest(rows: list[dict], key: str = "id", by: str = "modified_date") -> dict[int, dict]:
    kept: dict[int, dict] = {}
    for row in rows:
        if row[key] not in kept or row[by] > kept[row[key]][by]:
            kept[row[key]] = row
    return kept


def test_deterministic_and_typed(world: World, output: ToolOutput) -> None:
    again = mobilize.emit(world)
    assert [(t.name, t.columns, t.rows) for t in again.tables] == [(t.name, t.columns, t.rows) for t in output.tables]
    assert again.person_records == output.person_records
    assert {t.name for t in output.tables} == TABLES
    for t in output.tables:
        assert t.rows, t.name
        assert all(kind in COLUMN_TYPES for _, kind in t.columns)


def test_redelivered_participations_change_status_or_attendance(output: ToolOutput) -> None:
    by_id: dict[int, list[dict]] = defaultdict(list)
    for row in table(output, "participations"):
        by_id[row["id"]].append(row)
    redelivered = [rows for rows in by_id.values() if len(rows) > 1]
    assert redelivered
    for rows in redelivered:
        rows.sort(key=lambda row: row["modified_date"])
        first, last = rows[0], rows[-1]
        assert first["modified_date"] < last["modified_date"]
        assert (first["status"], first["attended"]) != (last["status"], last["attended"])
        # What was typed at signup does not change between deliveries.
        assert first["email_at_signup"] == last["email_at_signup"]
        assert first["given_name_at_signup"] == last["given_name_at_signup"]


def test_attended_is_three_valued_and_status_vocabulary(output: ToolOutput) -> None:
    kept = latest(table(output, "participations")).values()
    assert {row["attended"] for row in kept} == {True, False, None}
    assert {row["status"] for row in kept} <= {"REGISTERED", "CONFIRMED", "CANCELLED", None}
    assert all(row["attended"] is None for row in kept if row["status"] == "CANCELLED")


def test_cross_firewall_participations_have_no_event(output: ToolOutput) -> None:
    partners = {partner_id for partner_id, _, _ in mobilize.PARTNERS}
    masked = [row for row in table(output, "participations") if row["event_id"] is None]
    assert masked
    assert all(row["timeslot_id"] is None and row["organization_id"] in partners for row in masked)


def test_profile_and_signup_values_differ_sometimes(output: ToolOutput) -> None:
    rows = table(output, "participations")
    assert any(row["email_at_signup"] != row["user__email_address"] for row in rows)
    assert any(row["given_name_at_signup"] != row["user__given_name"] for row in rows)
    phones = {row["user__phone_number"] for row in rows if row["user__phone_number"]}
    assert any(re.fullmatch(r"\d{10}", phone) for phone in phones)
    assert any(not re.fullmatch(r"\d{10}", phone) for phone in phones)
    assert all(len(phone) <= 15 for phone in phones)


def test_timestamps_are_utc(world: World, output: ToolOutput) -> None:
    signup = next(s for s in world.signups if s.via_mobilize)
    first = table(output, "participations")[0]
    assert isinstance(first["created_date"], datetime)
    offset = (first["created_date"] - signup.signed_up_at).total_seconds() / 3600
    assert offset in (4, 5)  # America/New_York is UTC-4 in summer, UTC-5 in winter


def test_deleted_events_timeslots_and_tags(output: ToolOutput) -> None:
    for name in ("events", "timeslots", "event_tags"):
        rows = table(output, name)
        deleted = [row for row in latest(rows).values() if row["deleted_date"] is not None]
        assert deleted, name
    events = table(output, "events")
    deleted_ids = {row["id"] for row in latest(events).values() if row["deleted_date"] is not None}
    # Delivered first live, then deleted: the latest delivery decides.
    assert any(row["deleted_date"] is None for row in events if row["id"] in deleted_ids)
    participation_events = {row["event_id"] for row in table(output, "participations")}
    assert not deleted_ids & participation_events


def test_van_crosswalk_uses_world_ids(world: World, output: ToolOutput) -> None:
    on_van = {event.event_id for event in world.events if event.on_mobilize and event.on_van}
    assert {row["van_id"] for row in table(output, "van_events")} == on_van
    assert {row["van_event_van_id"] for row in table(output, "van_shifts")} == on_van
    user_human = {user_id: human for _, user_id, human in output.person_records}
    persons = latest(table(output, "van_persons"))
    assert persons
    participations = latest(table(output, "participations"))
    for row in persons.values():
        assert row["committee_id"] == mobilize.COMMITTEE_ID
    for row in table(output, "van_signups"):
        if row["signup_type"] == "PARTICIPATION":
            human = world.human(user_human[str(row["participation_id"])])
            assert row["van_person_van_id"] == human.van_id_myc
            assert participations[row["participation_id"]]["user_id"] == row["user_id"]
    assert {row["signup_type"] for row in table(output, "van_signups")} == {"PARTICIPATION", "EVENT_OWNER"}
    # A VAN merge re-delivered some links with the surviving vanid.
    assert len(table(output, "van_persons")) > len(persons)


def test_users_opt_ins_and_organizations(output: ToolOutput) -> None:
    users = latest(table(output, "users"))
    assert {row["membership__permission_tier"] for row in users.values()} <= {"ADMIN", "ORGANIZER", "TRUSTED_HOST",
                                                                             "HOST"}
    assert "ADMIN" in {row["membership__permission_tier"] for row in users.values()}
    statuses = {row["sms_opt_in_status"] for row in latest(table(output, "sms_opt_ins")).values()}
    assert statuses == {"OPT_IN", "OPT_OUT", "UNSPECIFIED"}
    organizations = table(output, "organizations")
    assert [row["committee_id"] for row in organizations if row["id"] == mobilize.ORG_ID] == [mobilize.COMMITTEE_ID]


def test_truth_covers_every_participation_and_user(world: World, output: ToolOutput) -> None:
    recorded = defaultdict(dict)
    for table_name, record_id, human_id in output.person_records:
        assert record_id not in recorded[table_name]
        recorded[table_name][record_id] = human_id
    participations = latest(table(output, "participations"))
    assert set(recorded["participations"]) == {str(i) for i in participations}
    assert set(recorded["users"]) == {str(i) for i in latest(table(output, "users"))}
    for participation_id, row in participations.items():
        human = world.human(recorded["participations"][str(participation_id)])
        assert row["user__postal_code"].startswith(human.zip5)
