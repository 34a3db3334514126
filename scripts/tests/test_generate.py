"""The demo generator core: deterministic output, a plausible world, hub-style placement."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from m360_demo.generate import format_value, generate
from m360_demo.load import placements
from m360_demo.world import build_world


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_and_size_give_byte_identical_output(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", seed=7, size="small")
    second = generate(tmp_path / "b", seed=7, size="small")
    assert first == second
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert len(_digest(tmp_path / "a")) > 3


def test_another_seed_gives_other_people(tmp_path: Path) -> None:
    one = build_world(seed=1, size="small")
    two = build_world(seed=2, size="small")
    assert [h.last_name for h in one.humans[:50]] != [h.last_name for h in two.humans[:50]]


def test_world_has_the_messiness_identity_must_survive() -> None:
    world = build_world(seed=360, size="small")
    households = Counter(h.household_id for h in world.humans)
    assert max(households.values()) >= 3
    juniors = [h for h in world.humans if h.suffix == "Jr"]
    assert juniors, "expected juniors: same name and address as a parent, another dob"
    for junior in juniors:
        parents = [h for h in world.humans if h.household_id == junior.household_id
                   and h.first_name == junior.first_name and h is not junior]
        assert parents and all(p.dob != junior.dob for p in parents)
    shared_landlines = Counter(h.landline for h in world.humans if h.landline)
    assert max(shared_landlines.values()) >= 2
    assert any(h.email is None for h in world.humans)
    assert all(h.van_id_myv for h in world.humans if h.is_voter)


def test_every_conversation_has_a_sender_other_than_the_target() -> None:
    world = build_world(seed=360, size="small")
    assert world.conversations
    for conversation in world.conversations:
        assert conversation.sender_human_id != conversation.human_id
        assert world.human(conversation.sender_human_id).is_volunteer


def test_format_value_is_stable() -> None:
    assert format_value(None) == "\\N"
    assert format_value(True) == "true"
    assert format_value(datetime(2026, 5, 1, 9, 3, 7)) == "2026-05-01 09:03:07"
    assert format_value(date(2026, 5, 1)) == "2026-05-01"
    assert format_value(12.5) == "12.5000"
    assert format_value("") == ""


@pytest.mark.parametrize(("table", "expected"), [
    ("contactscontacts_mym", [("tmc_van", "aya_contactscontacts_mym")]),
    ("results", [("tmc_van", "tsm_tmc_results"), ("van_myvoters", "TSM_OneAZ_Results")]),
    ("contactscontacts_vf", [("van_myvoters", "TSM_OneAZ_ContactsContacts_VF")]),
])
def test_hub_layout_names_van_tables_like_hubs_do(table: str, expected: list[tuple[str, str]]) -> None:
    columns = [("vanid", "bigint"), ("datecanvassed", "timestamp")]
    placed = list(placements("van", table, columns, "hub"))
    assert [(p.schema, p.identifier) for p in placed] == expected
    if expected[0][0] == "van_myvoters":
        assert placed[0].columns[0][0] == "VanID"


def test_plain_layout_keeps_vendor_names() -> None:
    placed = list(placements("spoke", "campaign_contact", [("id", "bigint")], "plain"))
    assert [(p.schema, p.identifier, p.dropped) for p in placed] == [("spoke", "campaign_contact", ())]


def test_plain_layout_plays_an_older_sync_lacking_a_column() -> None:
    placed = list(placements("van", "contactscontacts_mym", [("contentid", "integer")], "plain"))
    assert [(p.schema, p.identifier, p.dropped) for p in placed] == [("van", "contactscontacts_mym", ("contentid",))]
    hub = list(placements("van", "contactscontacts_mym", [("contentid", "integer")], "hub"))
    assert all(not p.dropped for p in hub)
