"""The frozen identity weights are written in three places that must say the same: the shipped seed
m360_identity_match_weights, the defaults of m360_identity_settings (used for a level the seed lacks) and
the weights the scoring's unit tests feed in (so those tests pin the scores the package ships with)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
LEVELS_MACRO = ROOT / "macros" / "identity" / "m360_match_weights.sql"


def seed_weights() -> dict[str, float]:
    with (ROOT / "seeds" / "m360_identity_match_weights.csv").open(newline="") as handle:
        return {f"{row['field_name']}_{row['comparison_level']}": float(row["match_weight"])
                for row in csv.DictReader(handle)}


def settings_weights(names: set[str]) -> dict[str, float]:
    text = (ROOT / "macros" / "identity" / "m360_identity_settings.sql").read_text()
    values = dict(re.findall(r"'(\w+)':\s*(-?\d+(?:\.\d+)?)", text))
    return {name: float(values[name]) for name in names if name in values}


def unit_test_weights() -> dict[str, float]:
    tests = yaml.safe_load((ROOT / "models" / "intermediate" / "identity" / "_identity__unit_tests.yml").read_text())
    for test in tests["unit_tests"]:
        for given in test["given"]:
            if given["input"] == "ref('int_identity__match_weights')":
                return {f"{row['field_name']}_{row['comparison_level']}": float(row["match_weight"])
                        for row in given["rows"]}
    raise AssertionError("no unit test feeds int_identity__match_weights")


def test_every_level_has_a_seeded_weight() -> None:
    levels = dict(re.findall(r"'(\w+)': \[([^\]]*)\]", LEVELS_MACRO.read_text()))
    expected = {field + "_" + level.strip(" '") for field, listed in levels.items() for level in listed.split(",")}
    assert expected and set(seed_weights()) == expected


def test_settings_defaults_equal_the_seed() -> None:
    seed = seed_weights()
    assert settings_weights(set(seed)) == seed


def test_unit_tests_score_with_the_shipped_weights() -> None:
    assert unit_test_weights() == seed_weights()
