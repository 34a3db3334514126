"""The semantic layer's metrics agree with the marts: `mf query` on a built warehouse, compared with SQL.

    python scripts/ci/metricflow_check.py [--project-dir integration_tests]

Runs a few MetricFlow queries (dbt-metricflow's `mf`, in the dbt project, on its current target) covering
every metric, a ratio, a filtered metric, categorical dimensions and a time grain, then computes the same
figures straight from the marts through the dashboard's warehouse connection and fails on any difference.
`dbt parse` must have written target/semantic_manifest.json first.
"""

from __future__ import annotations

import argparse
import csv
import math
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "dashboard"))

from m360_dashboard.queries import week  # noqa: E402
from m360_dashboard.warehouse import Warehouse, connect  # noqa: E402


@dataclass(frozen=True)
class Check:
    """One mf query and the SQL that must give the same rows (group-by key first, then the metrics)."""

    metrics: list[str]
    group_by: str
    sql: str


def year(dialect: str, column: str) -> str:
    """The year of a date or timestamp column, as an integer."""
    return f"extract(year from {column})"


def checks(wh: Warehouse) -> list[Check]:
    """The comparisons, in the warehouse's dialect."""
    r, d = wh.relation, wh.dialect
    contact = "case when is_contact then person_id end"
    return [
        Check(
            ["attempts", "contacts", "contact_rate"],
            "program_activity__program",
            f"select program, sum(attempts), sum(contacts), 1.0 * sum(contacts) / nullif(sum(attempts), 0)"
            f" from {r('fct_program_daily')} group by 1",
        ),
        Check(
            ["people_reached"],
            "attempt__tool",
            f"select source_system, count(distinct {contact}) from {r('fct_outreach_attempts')}"
            f" group by 1 having count(distinct {contact}) > 0",
        ),
        Check(
            ["members"],
            "person__ladder_stage",
            f"select coalesce(ladder_stage, '(none)'), count(*) from {r('dim_members')} group by 1",
        ),
        Check(
            ["opt_outs"],
            "contact_point_opt_out__channel",
            f"select channel, count(*) from {r('dim_contact_point_opt_outs')} group by 1",
        ),
        Check(
            ["active_volunteers", "shifts_attended"],
            "metric_time__week",
            f"select {week(d, 'activity_date')}, count(distinct canvasser_id), sum(shifts_attended)"
            f" from {r('fct_canvasser_activity_daily')} group by 1",
        ),
        Check(
            ["ladder_moves"],
            "metric_time__year",
            f"select {year(d, 'transitioned_on')}, count(*) from {r('fct_ladder_transitions')} group by 1",
        ),
        Check(
            ["new_people"],
            "metric_time__month",
            f"select {year(d, 'activity_date')} * 100 + extract(month from activity_date), sum(new_people_reached)"
            f" from {r('fct_program_daily')} group by 1",
        ),
    ]


def normal_key(value: object, group_by: str) -> str:
    """Group-by values as comparable text (time grains reduced to the date, year or year-month)."""
    text = "" if value is None else str(value)
    if group_by == "metric_time__year":
        return text[:4]
    if group_by == "metric_time__month":
        return text[:7].replace("-", "") if "-" in text else text[:6]
    if group_by.startswith("metric_time"):
        return text[:10]
    return text


def run_mf(check: Check, project_dir: Path) -> dict[str, list[float]]:
    """mf query's rows, keyed by the group-by value."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.csv"
        command = ["mf", "query", "--metrics", ",".join(check.metrics), "--group-by", check.group_by]
        subprocess.run([*command, "--csv", str(out), "--quiet"], cwd=project_dir, check=True)
        with out.open() as f:
            rows = list(csv.DictReader(f))
    return {
        normal_key(row[check.group_by], check.group_by): [float(row[m] or "nan") for m in check.metrics] for row in rows
    }


def run_sql(check: Check, wh: Warehouse) -> dict[str, list[float]]:
    """The marts' rows for the same comparison."""
    frame = wh.query(check.sql)
    return {
        normal_key(row[0] if not isinstance(row[0], float) else int(row[0]), check.group_by): [
            float("nan") if v is None else float(v) for v in row[1:]
        ]
        for row in frame.itertuples(index=False)
    }


def differences(check: Check, mf: dict[str, list[float]], sql: dict[str, list[float]]) -> list[str]:
    """What differs between the two results."""
    found = []
    if set(mf) != set(sql):
        found.append(f"{check.metrics} by {check.group_by}: keys differ ({len(mf)} from mf, {len(sql)} from SQL)")
    for key in sorted(set(mf) & set(sql)):
        for metric, a, b in zip(check.metrics, mf[key], sql[key], strict=True):
            same = (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
            if not same:
                found.append(f"{metric} at {check.group_by}={key}: mf {a}, marts {b}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Run every check; 0 when mf and the marts agree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project-dir", type=Path, default=ROOT / "integration_tests")
    args = parser.parse_args(argv)
    wh = connect(args.project_dir)
    plan = checks(wh)
    # All mf runs first: DuckDB lets one process write a file, and dbt opens it read-write.
    from_mf = [run_mf(check, args.project_dir) for check in plan]
    problems: list[str] = []
    for check, mf in zip(plan, from_mf, strict=True):
        found = differences(check, mf, run_sql(check, wh))
        print(f"{'ok' if not found else 'FAIL':<5} {','.join(check.metrics)} by {check.group_by} ({len(mf)} rows)")
        problems += found
    for problem in problems[:40]:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
