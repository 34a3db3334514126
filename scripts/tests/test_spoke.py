"""Spoke demo generator: deterministic, shaped like the source yml, quirks and ground truth present."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import datetime

import pytest
from m360_demo.spec import ToolOutput
from m360_demo.tools import spoke
from m360_demo.world import World

E164 = re.compile(r"^\+1\d{10}$")


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return spoke.emit(world)


def rows(output: ToolOutput, name: str) -> list[dict]:
    table = next(t for t in output.tables if t.name == name)
    return table.as_dicts()


def test_contacts_are_per_campaign_and_redelivered(world: World, output: ToolOutput) -> None:
    contacts = rows(output, "campaign_contact")
    versions = Counter(row["id"] for row in contacts)
    assert any(count > 1 for count in versions.values()), "no re-delivered contacts"
    latest: dict[int, dict] = {}
    for row in contacts:
        if row["id"] not in latest or row["updated_at"] > latest[row["id"]]["updated_at"]:
            latest[row["id"]] = row
    redelivered = [i for i, count in versions.items() if count > 1]
    statuses = {row["message_status"] for row in contacts if row["id"] in redelivered}
    assert "needsMessage" in statuses and len(statuses) > 1
    assert all(E164.match(row["cell"]) for row in contacts)
    assert all(row["external_id"] is not None for row in contacts), "Spoke's external_id is '' when absent, never null"
    assert any(row["external_id"] == "" for row in latest.values())
    assert any("VanID" in json.loads(row["custom_fields"]) for row in latest.values())
    assert all(isinstance(row["updated_at"], datetime) and row["updated_at"].tzinfo is None for row in contacts)
    # The same human loaded into several campaigns (mostly never texted there).
    records = [r for r in output.person_records if r[0] == "campaign_contact"]
    per_human = Counter(human for _, _, human in records)
    assert any(count > 1 for count in per_human.values())
    assert any(row["message_status"] == "needsMessage" and row["assignment_id"] is None for row in latest.values())
    # Names as loaded from VAN lists differ from the humans' own names sometimes.
    by_id = {int(record_id): human for _, record_id, human in records}
    differing = sum(1 for row in latest.values() if row["first_name"] != world.human(by_id[row["id"]]).first_name)
    assert 0 < differing < len(latest) / 2


def test_opt_outs_by_cell_and_flag_on_contacts(world: World, output: ToolOutput) -> None:
    opt_outs = rows(output, "opt_out")
    cells = Counter(row["cell"] for row in opt_outs)
    assert all(E164.match(cell) for cell in cells)
    assert any(count > 1 for count in cells.values()), "no cell opted out twice"
    assert any(row["assignment_id"] is None for row in opt_outs), "no imported opt-outs"
    assert {row["organization_id"] for row in opt_outs} <= {1, 2}
    latest: dict[int, dict] = {}
    for row in rows(output, "campaign_contact"):
        if row["id"] not in latest or row["updated_at"] > latest[row["id"]]["updated_at"]:
            latest[row["id"]] = row
    opted = {row["cell"] for row in latest.values() if row["is_opted_out"]}
    assert opted and opted <= set(cells), "a contact flagged opted out has no opt-out of its cell"
    # A reversed opt-out is gone from opt_out but shows on an earlier delivery of the contact.
    contacts = rows(output, "campaign_contact")
    assert any(row["is_opted_out"] and not latest[row["id"]]["is_opted_out"] for row in contacts)
    opted_humans = {c.human_id for c in world.conversations_for("spoke") if c.result == "opted_out"}
    contact_human = {int(r[1]): r[2] for r in output.person_records if r[0] == "campaign_contact"}
    latest_opted = {contact_human[row["id"]] for row in latest.values() if row["is_opted_out"]}
    assert opted_humans <= latest_opted


def test_deleted_steps_and_responses(output: ToolOutput) -> None:
    steps = rows(output, "interaction_step")
    assert any(row["is_deleted"] for row in steps)
    live = {row["id"] for row in steps if not row["is_deleted"]}
    responses = rows(output, "question_response")
    assert responses and all(row["interaction_step_id"] in live for row in responses)
    assert {row["value"] for row in responses} <= {"Yes", "No", "Undecided"}


def test_messages_and_attempt_truth(world: World, output: ToolOutput) -> None:
    messages = rows(output, "message")
    users = {int(r[1]): r[2] for r in output.person_records if r[0] == "user"}
    inbound = [row for row in messages if row["is_from_contact"]]
    assert inbound and all(row["user_id"] is None for row in inbound)
    assert any(row["error_code"] == 30006 for row in messages), "no landline failures"
    conversations = world.conversations_for("spoke")
    assert len(output.attempts) == len(conversations)
    first_out: dict[int, dict] = {}
    for row in sorted(messages, key=lambda r: (r["created_at"], r["id"])):
        if not row["is_from_contact"]:
            first_out.setdefault(row["campaign_contact_id"], row)
    by_id = {row["id"]: row for row in messages}
    for table, message_id, sender, channel in output.attempts:
        row = by_id[int(message_id)]
        assert (table, channel) == ("message", "text")
        assert first_out[row["campaign_contact_id"]]["id"] == row["id"]
        assert users[row["user_id"]] == sender
    assert {sender for _, _, sender, _ in output.attempts} == {c.sender_human_id for c in conversations}


def test_users_are_texters_with_duplicate_accounts(output: ToolOutput) -> None:
    users = rows(output, "user")
    records = [r for r in output.person_records if r[0] == "user"]
    assert len(records) == len(users) == len({row["id"] for row in users})
    per_human = Counter(human for _, _, human in records)
    assert any(count > 1 for count in per_human.values()), "no volunteer with two accounts"
    assert all(row["email"] for row in users)
    assert sum(1 for row in users if row["is_superadmin"]) == 1
    # Every message's texter and every assignment's user exists.
    ids = {row["id"] for row in users}
    assert {row["user_id"] for row in rows(output, "assignment")} <= ids
    used = defaultdict(set)
    for row in rows(output, "message"):
        if row["user_id"] is not None:
            used[row["user_id"]].add(row["assignment_id"])
    assert set(used) <= ids
