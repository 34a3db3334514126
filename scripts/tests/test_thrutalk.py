"""ThruTalk demo dials: deterministic, Eastern dial times, no dial id, re-delivered rows, and the truth."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from m360_demo.spec import ToolOutput
from m360_demo.tools import thrutalk
from m360_demo.world import World


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return thrutalk.emit(world)


def _rows(output: ToolOutput) -> list[dict]:
    table = output.tables[0]
    return table.as_dicts()


def _key(row: dict) -> str:
    return thrutalk.dial_key(row["campaign"], row["contact_phone"], row["time_dialed_est"])


def test_dial_times_are_naive_eastern(world: World, output: ToolOutput) -> None:
    conversations = world.conversations_for("thrutalk")
    dialled = {key: human for _, key, human in output.person_records}
    offsets = set()
    for conversation, (_, key, _, _) in zip(conversations, output.attempts, strict=False):
        local = datetime.strptime(key.rsplit("|", 1)[1], "%Y-%m-%d %H:%M:%S")
        offsets.add(round((conversation.started_at - local).total_seconds() / 3600))
        assert dialled[key] == conversation.human_id
    assert offsets == {4, 5}, "EDT in summer, EST in winter"


def test_no_id_but_natural_key_unique_and_redelivered_rows(output: ToolOutput) -> None:
    rows = _rows(output)
    assert "id" not in rows[0]
    counts = Counter(_key(r) for r in rows)
    repeated = [k for k, n in counts.items() if n > 1]
    assert repeated, "expected dials delivered again in the next day's file"
    assert len({tuple(r.values()) for r in rows}) == len(counts), "copies are identical"
    assert all(isinstance(r["time_dialed_est"], str) for r in rows)


def test_truth_one_record_and_attempt_per_dial(world: World, output: ToolOutput) -> None:
    keys = {_key(r) for r in _rows(output)}
    assert {key for _, key, _ in output.person_records} == keys
    senders = {c.human_id: c.sender_human_id for c in world.conversations_for("thrutalk")}
    humans = {key: human for _, key, human in output.person_records}
    for table, key, sender, channel in output.attempts:
        assert (table, channel) == ("daily_campaign_dials", "dial")
        assert sender == senders[humans[key]]


def test_caller_fields_messy_but_present(output: ToolOutput) -> None:
    rows = _rows(output)
    assert any(r["caller_email"] is None for r in rows)
    assert all(r["caller_first_name"] for r in rows)
    assert len({r["contact_phone"][:2] for r in rows}) > 1, "several phone formats"
