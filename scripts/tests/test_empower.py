"""Empower demo tables: camelCase columns, epoch milliseconds, relational truth."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from m360_demo.spec import Table, ToolOutput
from m360_demo.tools import empower
from m360_demo.tools.mobilize import to_utc
from m360_demo.world import World


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return empower.emit(world)


def table(output: ToolOutput, name: str) -> Table:
    return next(t for t in output.tables if t.name == name)


def rows(output: ToolOutput, name: str) -> list[dict]:
    found = table(output, name)
    return found.as_dicts()


def test_vendor_names_camel_case_and_epoch_ms(output: ToolOutput) -> None:
    assert {t.name for t in output.tables} == {"profiles", "outreachEntries", "ctaResults", "ctas"}
    profiles = table(output, "profiles")
    assert {"eid", "parentEid", "vanId", "myCampaignVanId", "firstName", "createdMts"} <= set(profiles.column_names)
    assert table(output, "outreachEntries").column_names[:3] == ["organizerEid", "targetEid", "outreachContactMode"]
    for t in output.tables:
        for name, kind in t.columns:
            if name.endswith("Mts"):
                assert kind == "bigint", name
                values = [row[t.column_names.index(name)] for row in t.rows]
                assert all(v is None or 1_700_000_000_000 < v < 1_900_000_000_000 for v in values), name


def test_outreach_times_are_utc_epoch_ms(world: World, output: ToolOutput) -> None:
    conversation = world.conversations_for("empower")[0]
    expected = int(to_utc(conversation.started_at).replace(tzinfo=UTC).timestamp())
    first = rows(output, "outreachEntries")[0]
    assert first["outreachCreatedMts"] // 1000 == expected
    assert datetime.fromtimestamp(first["outreachCreatedMts"] / 1000, UTC).year == conversation.started_at.year


def test_outreach_key_and_attempt_truth(world: World, output: ToolOutput) -> None:
    entries = rows(output, "outreachEntries")
    keys = Counter(f"{r['organizerEid']}|{r['targetEid']}|{r['outreachCreatedMts']}" for r in entries)
    assert any(count > 1 for count in keys.values())  # identical re-deliveries
    attempts = {attempt_id: (canvasser, channel) for _, attempt_id, canvasser, channel in output.attempts}
    assert set(attempts) == set(keys)
    assert len(attempts) == len(output.attempts)
    conversations = world.conversations_for("empower")
    assert len(attempts) > len(conversations)  # follow-ups to unanswered outreach
    senders = {c.sender_human_id for c in conversations}
    assert all(channel == "relational" and canvasser in senders for canvasser, channel in attempts.values())
    eid_human = {eid: human for _, eid, human in output.person_records}
    for entry in entries:
        assert eid_human[entry["organizerEid"]] in senders
    assert {e["outreachDidGetResponse"] for e in entries} == {True, False}


def test_profiles_truth_tree_and_van_ids(world: World, output: ToolOutput) -> None:
    profiles = rows(output, "profiles")
    eid_human = {eid: human for _, eid, human in output.person_records}
    assert len(eid_human) == len(output.person_records)
    assert {p["eid"] for p in profiles} == set(eid_human)
    assert len(profiles) > len(eid_human)  # re-delivered profiles
    for profile in profiles:
        human = world.human(eid_human[profile["eid"]])
        assert profile["parentEid"] is None or profile["parentEid"] in eid_human
        assert profile["vanId"] in (None, human.van_id_myv)
        assert profile["myCampaignVanId"] in (None, human.van_id_myc)
    targets = {c.human_id for c in world.conversations_for("empower")}
    assert targets <= set(eid_human.values())
    humans_with_two = [h for h, n in Counter(eid_human.values()).items() if n > 1]
    assert all(h in targets for h in humans_with_two)


def test_cta_results_and_ctas(output: ToolOutput) -> None:
    cta_ids = {c["id"] for c in rows(output, "ctas")}
    results = rows(output, "ctaResults")
    assert results and all(r["ctaId"] in cta_ids for r in results)
    assert {r["outreachCurrentCtaId"] for r in rows(output, "outreachEntries")} <= cta_ids
    pairs = Counter((r["profileEid"], r["ctaId"]) for r in results)
    assert any(count > 1 for count in pairs.values())  # answers re-delivered as they were filled in
