"""VAN activity emitter: deterministic, VAN-shaped, with VAN's sync quirks and the ground truth."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

import pytest
from m360_demo.spec import ToolOutput
from m360_demo.tools import van_activity
from m360_demo.world import World

PER_PERSON = {"contactssurveyresponses", "contactsactivistcodes", "contactsonlineforms", "contactscodes",
              "contactscontributions", "eventsignups", "eventsignupsstatuses"}
LOOKUPS = {"activistcodes", "surveyquestions", "surveyresponses", "events", "eventstatuses", "onlineforms"}


@pytest.fixture(scope="module")
def output(world: World) -> ToolOutput:
    return van_activity.emit(world)


def rows(output: ToolOutput, name: str) -> list[dict[str, Any]]:
    table = next(t for t in output.tables if t.name == name)
    return table.as_dicts()


def latest(records: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    """The newest delivery per key, as the staging models keep it."""
    kept: dict[Any, dict[str, Any]] = {}
    for record in records:
        old = kept.get(record[key])
        if old is None or record["datemodified"] > old["datemodified"]:
            kept[record[key]] = record
    return kept


def test_tables_are_named_like_the_sync(output: ToolOutput) -> None:
    names = {t.name for t in output.tables}
    assert LOOKUPS <= names
    assert {f"{base}_mym" for base in PER_PERSON} <= names
    assert "contactssurveyresponses_vf" in names
    for table in output.tables:
        base, _, suffix = table.name.rpartition("_")
        if table.name in LOOKUPS:
            continue
        assert base in PER_PERSON and suffix in ("mym", "vf"), table.name
        assert table.rows, f"{table.name} is empty"


def test_only_members_are_referenced_in_mycampaign(world: World, output: ToolOutput) -> None:
    members = {h.van_id_myc for h in world.humans if h.van_id_myc is not None}
    voters = {h.van_id_myv for h in world.humans if h.van_id_myv is not None}
    for table in output.tables:
        if "vanid" not in table.column_names:
            continue
        ids = {r["vanid"] for r in rows(output, table.name)}
        assert ids <= (voters if table.name.endswith("_vf") else members), table.name


def test_signups_point_at_their_latest_status(output: ToolOutput) -> None:
    statuses = latest(rows(output, "eventsignupsstatuses_mym"), "eventsignupseventstatusid")
    history: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for status in statuses.values():
        history[status["eventsignupid"]].append(status)
    signups = latest(rows(output, "eventsignups_mym"), "eventsignupid")
    assert len(signups) == len(history)
    for signup_id, signup in signups.items():
        # The documented rule: latest datecreated, ties going to the higher status id.
        current = max(history[signup_id], key=lambda s: (s["datecreated"], s["eventsignupseventstatusid"]))
        assert signup["currenteventsignupseventstatusid"] == current["eventsignupseventstatusid"]
    assert max(len(h) for h in history.values()) >= 3
    names = Counter(s["eventstatusname"] for s in statuses.values())
    assert {"Scheduled", "Confirmed", "Completed", "No Show", "Cancelled"} <= set(names)
    ties = [h for h in history.values() if len({s["datecreated"] for s in h}) < len(h)]
    assert ties, "expected walk-ins entered as two statuses in the same second"


def test_vendor_quirks_are_present(output: ToolOutput) -> None:
    for name, key in [("events", "eventid"), ("eventsignups_mym", "eventsignupid"),
                      ("eventsignupsstatuses_mym", "eventsignupseventstatusid"),
                      ("contactsactivistcodes_mym", "contactsactivistcodeid"),
                      ("contactsonlineforms_mym", "contactsonlineformid"),
                      ("contactscontributions_mym", "contactscontributionid")]:
        records = rows(output, name)
        counts = Counter(r[key] for r in records)
        assert max(counts.values()) >= 2, f"{name}: expected re-delivered rows"
        newest = latest(records, key)
        for record in records:
            if counts[record[key]] > 1 and record is not newest[record[key]]:
                assert record["datemodified"] < newest[record[key]]["datemodified"], name
    assert any(r["datesuppressed"] for r in rows(output, "events"))
    assert any(r["datesuppressed"] for r in rows(output, "eventsignups_mym"))
    assert any(len(r["eventname"]) > 12 and len(r["eventshortname"]) == 12 for r in rows(output, "events"))
    responses = rows(output, "contactssurveyresponses_mym") + rows(output, "contactssurveyresponses_vf")
    assert any(r["contactscontactid"] is None for r in responses), "expected bulk uploads"
    assert any(r["contactscontactid"] is not None for r in responses), "expected integration responses"
    assert any(r["username"] in ("", None) and r["inputtypeid"] == van_activity.INPUT_API for r in responses)
    mym_ids = {r["contactssurveyresponseid"] for r in rows(output, "contactssurveyresponses_mym")}
    vf_ids = {r["contactssurveyresponseid"] for r in rows(output, "contactssurveyresponses_vf")}
    assert mym_ids & vf_ids, "ids are unique only within a database mode"
    refunds = [r for r in rows(output, "contactscontributions_mym") if r["datecanceled"]]
    assert refunds and any(r["contactsrecurringcontributionid"] for r in rows(output, "contactscontributions_mym"))


def test_online_forms_hold_identity_as_typed(world: World, output: ToolOutput) -> None:
    forms = rows(output, "contactsonlineforms_mym")
    truth = {record_id: human_id for table, record_id, human_id in output.person_records}
    assert {table for table, _, _ in output.person_records} == {"contactsonlineforms_mym"}
    assert set(truth) == {str(r["contactsonlineformid"]) for r in forms}
    assert len(output.person_records) == len(truth)
    members = {h.van_id_myc for h in world.humans if h.van_id_myc is not None}
    renamed = emails_changed = spouse_filed = 0
    for form in forms:
        human = world.human(truth[str(form["contactsonlineformid"])])
        assert form["vanid"] in members
        renamed += form["submittedfirstname"] != human.first_name
        emails_changed += bool(form["submittedhomeemail"]) and form["submittedhomeemail"] != human.email
        spouse_filed += form["vanid"] != human.van_id_myc
    assert renamed and emails_changed and spouse_filed
    assert any(f["submittedmobilephone"] and not f["submittedmobilephone"].isdigit() for f in forms)
    assert any(f["submittedhomephone"] == "" for f in forms), "expected blank strings, not only nulls"


def test_times_are_naive_local_and_exist(output: ToolOutput) -> None:
    for table in output.tables:
        for row in table.rows:
            for value in row:
                if isinstance(value, datetime):
                    assert value.tzinfo is None
                    spring_forward = value.month == 3 and value.weekday() == 6 and 8 <= value.day <= 14
                    assert not (spring_forward and value.hour == 2), f"{table.name}: {value} does not exist"


def test_columns_have_declared_types(output: ToolOutput) -> None:
    python_types = {"integer": int, "bigint": int, "varchar": str, "timestamp": datetime}
    for table in output.tables:
        for index, (column, kind) in enumerate(table.columns):
            expected = python_types.get(kind)
            if expected is None:
                continue
            for row in table.rows:
                value = row[index]
                assert value is None or isinstance(value, expected), f"{table.name}.{column}: {value!r}"
