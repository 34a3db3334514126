"""Rates of the demo world (--rates): defaults change nothing, each rate moves what it names."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from m360_demo import rates
from m360_demo.generate import generate
from m360_demo.world import as_seen_by, build_world


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_parse_reads_names_and_refuses_unknown_or_out_of_range() -> None:
    parsed = rates.parse(["voter=0", "nickname=2.5", "nameless_text=0.3"])
    assert (parsed.voter, parsed.nickname, parsed.nameless_text) == (0.0, 2.5, 0.3)
    assert parsed.landline == rates.DEFAULT.landline
    assert rates.parse(None) == rates.DEFAULT
    for bad in (["colour=1"], ["voter"], ["voter=1.5"], ["typo=-1"]):
        with pytest.raises(ValueError):
            rates.parse(bad)


def test_default_rates_give_the_same_bytes_as_no_rates(tmp_path: Path) -> None:
    plain = generate(tmp_path / "plain", seed=11, size="small")
    explicit = generate(tmp_path / "explicit", seed=11, size="small", world_rates=rates.parse([]))
    assert plain == explicit and "rates" not in plain
    assert _files(tmp_path / "plain") == _files(tmp_path / "explicit")


def test_household_and_voter_rates_move_the_world() -> None:
    with rates.use(rates.parse(["voter=0", "landline=0", "missing_email=1"])):
        bare = build_world(seed=5, size="small")
    assert not any(h.is_voter for h in bare.humans)
    assert not any(h.landline for h in bare.humans)
    assert not any(h.email for h in bare.humans)
    with rates.use(rates.parse(["voter=1", "landline=1"])):
        full = build_world(seed=5, size="small")
    adults = [h for h in full.humans if h.dob.year < 2008]
    assert adults and all(h.is_voter for h in adults)
    assert all(h.landline for h in full.humans)
    assert rates.current() == rates.DEFAULT


def test_nameless_texting_and_the_manifest(tmp_path: Path) -> None:
    manifest = generate(tmp_path / "w", seed=5, size="small", tools=["thrutext"],
                        world_rates=rates.parse(["nameless_text=1"]))
    assert manifest["rates"] == {"nameless_text": 1.0}
    folder = tmp_path / "w" / "raw" / "thrutext"
    rows = [row for path in folder.rglob("daily_messages*.csv") for row in csv.DictReader(path.open())]
    names = [row[column] for row in rows for column in ("contact_first_name", "contact_last_name")]
    assert names and all(name in ("", "\\N") for name in names)


def test_movers_keep_one_previous_address_that_some_tools_hold() -> None:
    with rates.use(rates.parse(["moved=1"])):
        world = build_world(seed=5, size="small")
        van, mobilize = as_seen_by(world, "van"), as_seen_by(world, "mobilize")
    today = {h.human_id: (h.street_no, h.street_name, h.zip5) for h in world.humans}
    seen_van = {h.human_id: (h.street_no, h.street_name, h.zip5) for h in van.humans}
    seen_mobilize = {h.human_id: (h.street_no, h.street_name, h.zip5) for h in mobilize.humans}
    old_in_van = {i for i in today if seen_van[i] != today[i]}
    old_in_mobilize = {i for i in today if seen_mobilize[i] != today[i]}
    # About half of the people per tool (every one moved), drawn per tool, and one old address per person.
    assert 0.4 < len(old_in_van) / len(today) < 0.6
    assert old_in_van != old_in_mobilize
    assert all(seen_van[i] == seen_mobilize[i] for i in old_in_van & old_in_mobilize)
    assert [h.first_name for h in van.humans] == [h.first_name for h in world.humans]
    with rates.use(rates.parse(["moved=0"])):
        assert as_seen_by(world, "van") is world
