"""Hustle demo tables: string ids, integer phones, redaction, JSON VAN ids, deleted agents, and the truth."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from m360_demo.spec import ToolOutput
from m360_demo.tools import hustle
from m360_demo.world import World


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return hustle.emit(world)


def _rows(output: ToolOutput, name: str) -> list[dict]:
    table = next(t for t in output.tables if t.name == name)
    return table.as_dicts()


def test_ids_are_strings_phone_is_an_integer(output: ToolOutput) -> None:
    leads = _rows(output, "leads")
    assert all(isinstance(r["id"], str) for r in leads)
    phones = [r["phone_number"] for r in leads if r["phone_number"] is not None]
    assert phones and all(isinstance(p, int) for p in phones)
    assert {len(str(p)) for p in phones} == {10, 11}


def test_redacted_leads_keep_their_row(output: ToolOutput) -> None:
    leads = _rows(output, "leads")
    latest: dict[str, dict] = {}
    for row in leads:
        if row["id"] not in latest or row["updated_at"] > latest[row["id"]]["updated_at"]:
            latest[row["id"]] = row
    redacted = [r for r in latest.values() if r["pii_redacted_at"]]
    assert redacted
    assert all(r["first_name"] is None and r["phone_number"] is None for r in redacted)
    recorded = {record_id for table, record_id, _ in output.person_records if table == "leads"}
    assert {r["id"] for r in redacted} <= recorded
    redacted_messages = [m for m in _rows(output, "messages") if m["pii_redacted_at"]]
    assert redacted_messages and all(m["message"] is None for m in redacted_messages)


def test_changed_rows_delivered_again(output: ToolOutput) -> None:
    for name in ("leads", "messages", "lead_externals"):
        rows = _rows(output, name)
        key = ("lead_id", "integration_id") if name == "lead_externals" else ("id",)
        counts = Counter(tuple(r[k] for k in key) for r in rows)
        assert any(n > 1 for n in counts.values()), f"expected re-delivered rows in {name}"


def test_identifiers_json_holds_the_van_id(world: World, output: ToolOutput) -> None:
    human_of = {record_id: human for table, record_id, human in output.person_records if table == "leads"}
    seen_types = set()
    for row in _rows(output, "lead_externals"):
        parsed = json.loads(row["identifiers"])
        if "van_id" in parsed:
            seen_types.add(type(parsed["van_id"]))
            human = world.human(human_of[row["lead_id"]])
            assert str(parsed["van_id"]) == str(human.van_id_myv or human.van_id_myc)
    assert seen_types == {str, int}


def test_agents_of_users_some_deleted(output: ToolOutput) -> None:
    users = {r["id"] for r in _rows(output, "users")}
    agents = _rows(output, "agents")
    assert {a["user_id"] for a in agents} == users
    assert any(a["deleted_at"] for a in agents)
    live = {a["id"] for a in agents if not a["deleted_at"]}
    assert all(m["agent_id"] in live for m in _rows(output, "messages") if m["direction"] == "outbound")


def test_truth(world: World, output: ToolOutput) -> None:
    conversations = world.conversations_for("hustle")
    tables = Counter(table for table, _, _ in output.person_records)
    assert tables["leads"] > len(conversations), "some humans were imported twice"
    assert tables["users"] == len({c.sender_human_id for c in conversations})
    messages = {r["id"]: r for r in _rows(output, "messages")}
    assert len(output.attempts) == len(conversations)
    for table, message_id, sender, channel in output.attempts:
        assert (table, channel, messages[message_id]["direction"]) == ("messages", "text", "outbound")
        assert sender is not None
    survey_answers = [a for a in _rows(output, "actions") if a["type"] == "survey_response"]
    assert survey_answers and all(a["survey_response_id"] for a in survey_answers)
