"""Benchmark: how long each dashboard page takes to load its data and build its charts on a warehouse.

    .venv/bin/python benchmarks/dashboard_load.py --duckdb .bench-work/large/bench.duckdb [--browser]
    M360_TARGET=postgres M360_PG_PORT=54329 .venv/bin/python benchmarks/dashboard_load.py

Runs every aggregate query of every page (dashboard/m360_dashboard/queries.py, PAGES, plus the health page's)
on the warehouse of the dbt profile's current target, as the dashboard does, and builds the page's plotly
figures from the results; reports per page the seconds of the first (cold) load and the best of --repeat,
and the rows each query returned. With --browser it also runs dashboard/browser_check.py against the same
warehouse, which prints the seconds each page took to draw in headless Chromium. Writes
benchmarks/results/dashboard_load.json. Only aggregates leave the warehouse: the person-level page is not
measured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "dashboard"))

from m360_dashboard import charts, queries  # noqa: E402
from m360_dashboard.warehouse import Warehouse, connect  # noqa: E402

# The figures each query feeds, as the pages draw them.
FIGURES: dict[str, list[Callable[[pd.DataFrame], object]]] = {
    "programs_weekly": [
        lambda f: charts.weekly_bars(f, "attempts", ""),
        charts.weekly_contact_rate,
        lambda f: charts.weekly_bars(f, "volunteers_active", ""),
        lambda f: charts.weekly_bars(f, "people_contacted", ""),
    ],
    "programs_by_organizer": [lambda f: charts.grouped_bars(f, "organizer_name", "attempts", "")],
    "programs_by_turf": [lambda f: charts.grouped_bars(f, "house_district", "attempts", "")],
    "program_overlap": [charts.overlap_heatmap],
    "journey_sankey": [lambda f: charts.sankey(f[f["trajectory"] == "ladder"], "")],
    "members_by_stage": [charts.stage_status_bars, charts.status_donut],
    "ladder_moves_weekly": [charts.ladder_moves],
    "canvasser_leaderboard": [charts.leaderboard],
    "attribution_mix": [charts.attribution_mix],
    "source_row_counts": [charts.health_bars],
}
MART_SIZES = ["fct_program_daily", "fct_outreach_attempts", "dim_members", "fct_ladder_transitions"]


def page_plan(wh: Warehouse) -> dict[str, list[tuple[str, Callable[[], str]]]]:
    """Each page's queries as (name, SQL builder), the health page's against whichever health mart exists."""
    plan: dict[str, list[tuple[str, Callable[[], str]]]] = {
        page: [(q.__name__, lambda q=q: q(wh.dialect, wh.relation)) for q in page_queries]
        for page, page_queries in queries.PAGES.items()
    }

    def health_sql() -> str:
        mart = queries.find_health_mart(wh.list_tables())
        if mart is None:
            raise RuntimeError("no health mart")
        return queries.source_row_counts(wh.dialect, wh.relation, mart)

    plan["sync_health"] = [("source_row_counts", health_sql)]
    return plan


def load_page(steps: list[tuple[str, Callable[[], str]]], wh: Warehouse) -> tuple[float, dict[str, int]]:
    """Seconds to run a page's queries and build its figures; rows per query."""
    rows: dict[str, int] = {}
    started = time.perf_counter()
    for name, sql in steps:
        frame = wh.query(sql())
        rows[name] = len(frame)
        for figure in FIGURES.get(name, []):
            figure(frame)
    return time.perf_counter() - started, rows


def main(argv: list[str] | None = None) -> int:
    """Measure and print; 0 unless a query fails."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", type=Path, help="a DuckDB warehouse (else the profile's current target)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time the pages in headless Chromium")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "dashboard_load.json")
    args = parser.parse_args(argv)
    if args.duckdb:
        os.environ["M360_TARGET"] = "duckdb"
        os.environ["M360_DUCKDB_PATH"] = str(args.duckdb.resolve())
    wh = connect()
    sizes = {m: int(wh.query(f"select count(*) as n from {wh.relation(m)}")["n"].iloc[0]) for m in MART_SIZES}
    print(
        f"warehouse: {wh.dialect}, marts in {wh.target.marts_schema}; "
        + ", ".join(f"{k} {v:,}" for k, v in sizes.items())
    )
    results = {}
    for page, steps in page_plan(wh).items():
        timings = []
        rows: dict[str, int] = {}
        for _ in range(max(1, args.repeat)):
            seconds, rows = load_page(steps, wh)
            timings.append(seconds)
        results[page] = {"first_s": round(timings[0], 3), "best_s": round(min(timings), 3), "rows": rows}
        print(f"{page:<12} first {timings[0]:6.2f} s   best {min(timings):6.2f} s   rows {rows}")
    browser = None
    if args.browser:
        out = ROOT / ".bench-work" / "dashboard_screenshots"
        done = subprocess.run(
            [sys.executable, str(ROOT / "dashboard" / "browser_check.py"), "--out", str(out)],
            capture_output=True,
            text=True,
        )
        browser = done.stdout
        print("headless Chromium, seconds until each page drew every chart:")
        print(done.stdout, done.stderr[-2000:], sep="")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"mart_rows": sizes, "pages": results, "browser": browser}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
