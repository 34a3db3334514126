"""ThruText demo exports: deterministic, shaped like the source yml, with the vendor's quirks and the truth."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from m360_demo.spec import ToolOutput
from m360_demo.tools import thrutext
from m360_demo.world import World


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return thrutext.emit(world)


def _rows(output: ToolOutput, name: str) -> list[dict]:
    table = next(t for t in output.tables if t.name == name)
    return table.as_dicts()


def test_redelivered_messages_are_identical_copies(output: ToolOutput) -> None:
    rows = _rows(output, "daily_messages")
    counts = Counter(r["message_id"] for r in rows)
    repeated = [m for m, n in counts.items() if n > 1]
    assert repeated, "expected messages delivered again in the next day's file"
    for message_id in repeated:
        copies = {tuple(r.items()) for r in rows if r["message_id"] == message_id}
        assert len(copies) == 1


def test_timestamps_are_text_in_utc_some_blank(world: World, output: ToolOutput) -> None:
    rows = _rows(output, "daily_messages")
    assert all(isinstance(r["timestamp"], str) for r in rows)
    assert any(r["timestamp"] == "" and r["message_error"] for r in rows), "expected a failed send with no time"
    first_sent = {c.conversation_id: c.started_at for c in world.conversations_for("thrutext")}
    for row in rows:
        if row["timestamp"] and row["message_direction"] == "outgoing":
            started = first_sent[int(row["conversation_id"])]
            assert row["timestamp"] >= started.strftime("%Y-%m-%d %H:%M:%S")
    assert all("T" in r["timestamp"] for r in _rows(output, "opt_outs"))


def test_incoming_messages_have_no_sender(output: ToolOutput) -> None:
    incoming = [r for r in _rows(output, "daily_messages") if r["message_direction"] == "incoming"]
    assert incoming and all(r["sender_email"] is None for r in incoming)
    assert {r["message_direction"] for r in _rows(output, "daily_messages")} == {"incoming", "outgoing"}


def test_van_id_only_sometimes(world: World, output: ToolOutput) -> None:
    rows = _rows(output, "daily_messages")
    with_van = [r for r in rows if r["van_id"]]
    assert 0 < len(with_van) < len(rows)
    human_of = {record_id: human for _, record_id, human in output.person_records}
    for row in with_van:
        human = world.human(human_of[row["contact_id"]])
        assert row["van_id"] == str(human.van_id_myv or human.van_id_myc)


def test_edited_survey_answers_come_again_later(output: ToolOutput) -> None:
    rows = _rows(output, "daily_surveys")
    by_key: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        by_key.setdefault((row["conversation_id"], row["survey_id"]), []).append(row)
    edited = [versions for versions in by_key.values() if len(versions) > 1]
    assert edited
    for versions in edited:
        assert versions[0]["updated_at"] < versions[-1]["updated_at"]
        assert versions[0]["sync_status"] == "pending"


def test_truth_one_contact_record_and_one_attempt_per_conversation(world: World, output: ToolOutput) -> None:
    conversations = world.conversations_for("thrutext")
    messages = {r["message_id"]: r for r in _rows(output, "daily_messages")}
    assert len(output.person_records) == len(conversations) == len(output.attempts)
    contacts = {r["contact_id"] for r in messages.values()}
    assert {record_id for _, record_id, _ in output.person_records} == contacts
    senders = {str(c.conversation_id): c.sender_human_id for c in conversations}
    for table, attempt_id, sender, channel in output.attempts:
        message = messages[attempt_id]
        assert (table, channel, message["message_direction"]) == ("daily_messages", "text", "outgoing")
        assert sender == senders[message["conversation_id"]]
    json.dumps(output.attempts)
