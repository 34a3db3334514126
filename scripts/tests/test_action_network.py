"""Action Network demo generators (SQL mirror and API shapes): determinism, quirks, ground truth."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

import pytest
from m360_demo.spec import Table, ToolOutput
from m360_demo.tools import action_network, action_network_api
from m360_demo.world import World

TEXT_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{6})?$")


@pytest.fixture(scope="module")
def mirror(world: World) -> ToolOutput:
    return action_network.emit(world)


@pytest.fixture(scope="module")
def api(world: World) -> ToolOutput:
    return action_network_api.emit(world)


def tables(output: ToolOutput) -> dict[str, Table]:
    return {table.name: table for table in output.tables}


def rows(table: Table) -> list[dict[str, object]]:
    return table.as_dicts()


def test_mirror_sync_quirks(mirror: ToolOutput) -> None:
    by_name = tables(mirror)
    users = rows(by_name["users"])
    # Text dates: mostly one layout, some ISO 'T' or with microseconds; blanks and nulls for missing values.
    created = [u["created_at"] for u in users]
    assert all(isinstance(value, str) and TEXT_TIME.match(value) for value in created)
    assert any("T" in value for value in created)
    confirmed = [u["confirmed_at"] for u in users]
    assert "" in confirmed and None in confirmed
    # Flags as bigint 0/1.
    assert {u["is_super_admin"] for u in users} <= {0, 1}
    assert {r["recurring"] for r in rows(by_name["donations"])} == {0, 1}
    assert {t["hidden"] for t in rows(by_name["tags"])} == {0, 1}
    # Re-delivered rows: same id, later updated_at on the later copy.
    for name in ("users", "core_fields", "signatures", "user_tags"):
        counts = Counter(r["id"] for r in rows(by_name[name]))
        assert any(n > 1 for n in counts.values()), name
    versions: dict[int, list[datetime]] = {}
    for user in users:
        versions.setdefault(user["id"], []).append(user["updated_at"])
    assert all(len(set(v)) == len(v) for v in versions.values())
    # Deleted users keep their row; blank deleted_at is not a deletion.
    deleted = {u["id"] for u in users if u["deleted_at"]}
    assert deleted and any(u["deleted_at"] == "" for u in users)
    # Several core_fields rows for some users; submitted phones in several formats.
    assert any(n > 1 for n in Counter(r["user_id"] for r in rows(by_name["core_fields"])).values())
    phones = {r["phone"] for r in rows(by_name["signatures"]) if r["phone"]}
    assert any(p.startswith("(") for p in phones) and any(p.startswith("+1") for p in phones)
    # rsvps carry no attended flag.
    assert "attended" not in by_name["rsvps"].column_names


def test_mirror_merges(mirror: ToolOutput) -> None:
    by_name = tables(mirror)
    users = rows(by_name["users"])
    latest = {u["id"]: u for u in sorted(users, key=lambda u: u["updated_at"])}
    truth = {record_id: human for table, record_id, human in mirror.person_records if table == "users"}
    logs = rows(by_name["user_merge_logs"])
    assert logs
    for log in logs:
        removed = latest[log["removed_user_id"]]
        kept = latest[log["merged_user_id"]]
        assert removed["deleted_at"], "a merged-away user is emitted with deleted_at set"
        assert removed["email"] == log["removed_user_email"] != log["merged_user_email"] == kept["email"]
        assert truth[str(log["removed_user_id"])] == truth[str(log["merged_user_id"])]


def test_mirror_truth(world: World, mirror: ToolOutput) -> None:
    by_name = tables(mirror)
    recorded = Counter(table for table, _, _ in mirror.person_records)
    for name in ("users", "signatures", "answers", "rsvps", "donations"):
        ids = {str(r["id"]) for r in rows(by_name[name])}
        assert ids and recorded[name] == len(ids), name
        assert {record for table, record, _ in mirror.person_records if table == name} == ids
    truth = {(table, record): human for table, record, human in mirror.person_records}
    for user in rows(by_name["users"]):
        human = world.human(truth[("users", str(user["id"]))])
        assert human.email is not None
    # A large share of humans with an email is on the list.
    on_list = {human for table, _, human in mirror.person_records if table == "users"}
    with_email = [h for h in world.humans if h.email]
    assert len(on_list) > 0.4 * len(with_email)
    assert mirror.attempts == []


def test_api_shape(world: World, mirror: ToolOutput, api: ToolOutput) -> None:
    by_name = tables(api)
    people = rows(by_name["people"])
    assert all(p["identifier"].startswith("action_network:") for p in people)
    assert any(n > 1 for n in Counter(p["identifier"] for p in people).values()), "re-delivered people"
    identifiers = {p["identifier"] for p in people}
    for child in ("people_email_addresses", "people_phone_numbers", "people_postal_addresses"):
        assert {r["person_identifier"] for r in rows(by_name[child])} <= identifiers
    emails = rows(by_name["people_email_addresses"])
    assert {e["status"] for e in emails} <= set(action_network_api.EMAIL_STATUSES)
    assert {"subscribed", "unsubscribed"} <= {e["status"] for e in emails}
    assert any(not e["is_primary"] for e in emails)
    numbers = [r["number"] for r in rows(by_name["people_phone_numbers"])]
    assert numbers and all(re.fullmatch(r"1\d{10}", n) for n in numbers)
    assert any(r["attended"] is None for r in rows(by_name["attendances"]))
    # Same humans as the mirror (live main users), with the mirror's uuids.
    truth = {record: human for table, record, human in api.person_records if table == "people"}
    assert set(truth) == identifiers
    mirror_users = {r["id"]: r for r in rows(tables(mirror)["users"])}
    mirror_humans = {human for table, record, human in mirror.person_records
                     if table == "users" and not mirror_users[int(record)]["deleted_at"]}
    assert mirror_humans <= set(truth.values())
    uuids = {u["uuid"] for u in mirror_users.values()}
    assert {i.removeprefix("action_network:") for i in identifiers} <= uuids
    for action in ("taggings", "attendances", "signatures", "submissions", "donations"):
        assert {r["person_identifier"] for r in rows(by_name[action])} <= identifiers, action
