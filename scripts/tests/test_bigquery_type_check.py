"""The BigQuery type check: flags the operand pairs BigQuery will not coerce, and nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ci" / "bigquery"))
import type_check

UPSTREAM = """
select
    cast(occurred_text as timestamp) as occurred_at,
    cast(day_text as date) as occurred_on,
    cast(window_text as int64) as window_days,
    cast(label as string) as label
from `p`.`raw`.`events`
"""


def manifest(downstream_sql: str) -> dict:
    def model(name: str, sql: str, parents: list[str]) -> dict:
        return {"resource_type": "model", "compiled_code": sql, "relation_name": f"`p`.`m`.`{name}`",
                "depends_on": {"nodes": parents}, "config": {"materialized": "table"}, "columns": {}}

    return {"nodes": {
        "model.pkg.upstream": model("upstream", UPSTREAM, []),
        "model.pkg.downstream": model("downstream", downstream_sql, ["model.pkg.upstream"]),
    }}


def findings(sql: str) -> list[tuple[str, str, str]]:
    found, figures, not_checked = type_check.check_manifest(manifest(sql))
    assert figures["models"] == 2 and not not_checked
    return [(finding.where, finding.left, finding.right) for finding in found]


@pytest.mark.parametrize("sql, expected", [
    # the bug BigQuery found at run time: dbt.dateadd returns a DATETIME
    ("select u.occurred_at > datetime_add(cast(u.occurred_at as datetime), interval -1 * u.window_days day) as x "
     "from `p`.`m`.`upstream` as u", [("comparison", "TIMESTAMP", "DATETIME")]),
    ("select u.label = u.window_days as x from `p`.`m`.`upstream` as u", [("comparison", "STRING", "INT64")]),
    ("select coalesce(u.label, u.window_days) as x from `p`.`m`.`upstream` as u", [("coalesce", "STRING", "INT64")]),
    ("select occurred_at as x from `p`.`m`.`upstream` union all "
     "select cast(occurred_at as datetime) from `p`.`m`.`upstream`", [("union column", "TIMESTAMP", "DATETIME")]),
    ("select u.occurred_at between u.occurred_on and u.occurred_at as x from `p`.`m`.`upstream` as u",
     [("between", "TIMESTAMP", "DATE")]),
])
def test_flags_what_bigquery_rejects(sql: str, expected: list[tuple[str, str, str]]) -> None:
    assert findings(sql) == expected


@pytest.mark.parametrize("sql", [
    # the fix: the DATETIME cast back to TIMESTAMP
    "select u.occurred_at > cast(datetime_add(cast(u.occurred_at as datetime), interval -1 * u.window_days day) "
    "as timestamp) as x from `p`.`m`.`upstream` as u",
    # a string literal coerces to a date or time type; DATE coerces to DATETIME; NULL takes any type
    "select u.occurred_at > '2026-01-01' as x from `p`.`m`.`upstream` as u",
    "select cast(u.occurred_on as datetime) >= u.occurred_on as x from `p`.`m`.`upstream` as u",
    "select case when u.label is null then null else u.label end as x from `p`.`m`.`upstream` as u",
    # numbers of different widths agree
    "select u.window_days > 1.5 as x from `p`.`m`.`upstream` as u",
    # a column whose type cannot be inferred is skipped, not guessed
    "select r.anything = u.window_days as x from `p`.`m`.`upstream` as u cross join `p`.`raw`.`other` as r",
])
def test_accepts_what_bigquery_coerces(sql: str) -> None:
    assert findings(sql) == []


def test_downstream_types_come_from_upstream_output() -> None:
    # occurred_at is TIMESTAMP only because the upstream model's output was typed first
    found = findings("select d.occurred_at = d.occurred_on as x from `p`.`m`.`upstream` as d")
    assert found == [("comparison", "TIMESTAMP", "DATE")]
