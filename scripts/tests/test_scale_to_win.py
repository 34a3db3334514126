"""Scale to Win demo generator: deterministic, plural Spoke-like tables, its own quirks, ground truth present."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from m360_demo.spec import ToolOutput
from m360_demo.tools import scale_to_win
from m360_demo.world import World

E164 = re.compile(r"^\+1\d{10}$")


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return scale_to_win.emit(world)


def rows(output: ToolOutput, name: str) -> list[dict]:
    table = next(t for t in output.tables if t.name == name)
    return table.as_dicts()


def latest(table_rows: list[dict]) -> dict[int, dict]:
    kept: dict[int, dict] = {}
    for row in table_rows:
        if row["id"] not in kept or row["updated_at"] > kept[row["id"]]["updated_at"]:
            kept[row["id"]] = row
    return kept


def test_redelivered_rows(output: ToolOutput) -> None:
    for name in ("campaign_contacts", "opt_outs", "assignments"):
        counts = Counter(row["id"] for row in rows(output, name))
        assert any(count > 1 for count in counts.values()), f"no re-delivered {name}"
    contacts = rows(output, "campaign_contacts")
    assert all(E164.match(row["cell"]) for row in contacts)
    kept = latest(contacts)
    assert {row["carrier_data_number_type"] for row in kept.values()} >= {"mobile", "landline", None}
    assert any(row["external_id"] == "" for row in kept.values())


def test_opt_outs_sync_to_van_and_soft_delete(world: World, output: ToolOutput) -> None:
    opt_outs = rows(output, "opt_outs")
    kept = latest(opt_outs)
    assert any(row["deleted_at"] is not None for row in kept.values()), "no removed opt-out"
    results = {row["van_sync_result"] for row in kept.values()}
    assert "success" in results and None in results
    assert any(r and r.startswith(("error", "skipped")) for r in results)
    assert all(E164.match(row["cell"]) for row in opt_outs)
    contact_human = {int(r[1]): r[2] for r in output.person_records if r[0] == "campaign_contacts"}
    opted = {contact_human[row["id"]] for row in latest(rows(output, "campaign_contacts")).values()
             if row["is_opted_out"]}
    assert {c.human_id for c in world.conversations_for("scale_to_win") if c.result == "opted_out"} <= opted
    live_cells = {row["cell"] for row in kept.values() if row["deleted_at"] is None}
    flagged = {row["cell"] for row in latest(rows(output, "campaign_contacts")).values() if row["is_opted_out"]}
    assert flagged <= live_cells


def test_deleted_steps_and_tags(output: ToolOutput) -> None:
    assert any(row["is_deleted"] for row in rows(output, "interaction_steps"))
    tags = rows(output, "campaign_contacts_tags")
    contact_ids = {row["id"] for row in rows(output, "campaign_contacts")}
    assert tags and all(row["campaign_contact_id"] in contact_ids for row in tags)
    assert scale_to_win.TAG_SUPPORTER in {row["tag_id"] for row in tags}


def test_truth(world: World, output: ToolOutput) -> None:
    conversations = world.conversations_for("scale_to_win")
    assert len(output.attempts) == len(conversations)
    users = {int(r[1]): r[2] for r in output.person_records if r[0] == "users"}
    assert len(users) == len(rows(output, "users"))
    messages = {row["id"]: row for row in rows(output, "messages")}
    assert all(row["user_id"] is None for row in messages.values() if row["is_from_contact"])
    for table, message_id, sender, channel in output.attempts:
        row = messages[int(message_id)]
        assert (table, channel) == ("messages", "text")
        assert not row["is_from_contact"] and users[row["user_id"]] == sender
    contacts = {r[1] for r in output.person_records if r[0] == "campaign_contacts"}
    assert contacts == {str(row["id"]) for row in rows(output, "campaign_contacts")}
