"""Tests of the conformance layouts (scripts/ci/conformance_raw.py)."""

from __future__ import annotations

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("conformance_raw", os.path.join(HERE, "..", "ci", "conformance_raw.py"))
conformance_raw = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conformance_raw)


def plan() -> list:
    """A tiny plain-named plan: VAN contacts with a date of birth, addressdelta, a lookup, and a Spoke table."""
    return [
        ("raw_ngpvan", "contacts", [("vanid", "integer"), ("dob", "date")],
         [(1, "1980-01-02"), (2, None), (3, "1990-03-04")]),
        ("raw_ngpvan", "addressdelta", [("contactsaddressid", "integer"), ("address", "varchar")], [(1, "1 Main St")]),
        ("raw_ngpvan", "results", [("resultid", "integer")], [(1,)]),
        ("raw_spoke", "campaign_contact", [("id", "bigint")], [(1,)]),
    ]


def names(layout: str) -> list[tuple[str, str]]:
    """(schema, table) of each table of the plan in one layout."""
    return [(schema, table) for schema, table, _, _ in conformance_raw.relayout(plan(), layout, str.title)]


def test_tmc_layout_uses_tmc_names_mode_and_org_suffixes() -> None:
    assert names("tmc") == [
        ("raw_ngpvan", "tsm_tmc_contacts_mym"),
        ("raw_ngpvan", "tsm_tmc_contactsaddresses_mym"),
        ("raw_ngpvan", "tsm_tmc_results_sm"),
        ("raw_spoke", "tsm_tmc_campaign_contact"),
    ]


def test_tmc_addresses_have_address_lines() -> None:
    addresses = conformance_raw.relayout(plan(), "tmc", str.title)[1]
    assert [name for name, _ in addresses[2]] == ["contactsaddressid", "addressline1", "addressline2"]
    assert addresses[3] == [(1, "1 Main St", None)]


def test_ngp_layout_moves_van_to_schema_ngp() -> None:
    assert names("ngp")[:3] == [("ngp", "contacts"), ("ngp", "addressdelta"), ("ngp", "results")]
    assert names("ngp")[3] == ("raw_spoke", "campaign_contact")


def test_camel_layout_suffixes_every_van_table() -> None:
    assert names("camel")[2] == ("raw_ngpvan", "TSM_Org_Results_VF")
    assert names("camel")[3] == ("raw_spoke", "TSM_Org_Campaign_Contact")


def test_values_that_do_not_convert_are_planted_in_text() -> None:
    contacts = conformance_raw.relayout(plan(), "plain", str.title)[0]
    assert contacts[2][1] == ("dob", "varchar")
    assert [row[1] for row in contacts[3]] == ["1963-02-29", "", "1990-03-04"]
