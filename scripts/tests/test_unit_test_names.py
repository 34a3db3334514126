"""Every dbt unit test's name fits PostgreSQL's 63-character identifier limit.

dbt names the relation it builds for a unit test after the test. PostgreSQL refuses a longer identifier at run
time, and DuckDB accepts it, so a long name passes the DuckDB build and fails only on PostgreSQL.
"""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_IDENTIFIER_LIMIT = 63


def unit_test_names() -> list[tuple[str, str]]:
    names = []
    for path in sorted((ROOT / "models").rglob("*.yml")):
        document = yaml.safe_load(path.read_text()) or {}
        for unit_test in document.get("unit_tests") or []:
            names.append((str(path.relative_to(ROOT)), unit_test["name"]))
    return names


def test_the_project_has_unit_tests() -> None:
    assert len(unit_test_names()) > 50


def test_unit_test_names_fit_postgres() -> None:
    too_long = [(path, name, len(name)) for path, name in unit_test_names() if len(name) > POSTGRES_IDENTIFIER_LIMIT]
    assert not too_long, too_long
