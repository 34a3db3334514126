"""The one-way layer check (scripts/ci/check_layers.py) on small fake manifests."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ci"))

import check_layers

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layers"


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def edges(violations: list[check_layers.Violation]) -> set[tuple[str, str | None]]:
    return {(v.model.name, v.parent.name if v.parent else None) for v in violations}


def model(name: str, path: str, parents: list[str], package: str = "movement_360") -> dict:
    return {
        "name": name,
        "resource_type": "model",
        "package_name": package,
        "original_file_path": path,
        "depends_on": {"macros": [], "nodes": parents},
    }


def test_passing_manifest_has_no_violation() -> None:
    violations, models, edge_count = check_layers.check(load("manifest_pass.json"))
    assert violations == []
    # Eight enabled models and two disabled ones of the package; the group project's models are not checked.
    assert models == 10
    assert edge_count == 18


def test_passing_manifest_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_layers.main(["--manifest", str(FIXTURES / "manifest_pass.json")]) == 0
    assert capsys.readouterr().out.startswith("ok: 10 models of movement_360")


def test_failing_manifest_lists_every_offending_edge() -> None:
    violations, _, _ = check_layers.check(load("manifest_fail.json"))
    assert edges(violations) == {
        ("int_identity__edges", "people_crosswalk"),  # intermediate -> mart
        ("int_people__from_report", "rpt_people_summary"),  # intermediate -> report
        ("int_van__from_source", "van.contacts"),  # intermediate -> source
        ("int_spoke__disabled_reads_mart", "dim_people"),  # a disabled model is checked through its refs
        ("fct_outreach", "stg_van__contacts"),  # mart -> staging
        ("fct_outreach", "van.contacts"),  # mart -> source
        ("dim_people_reported", "rpt_people_summary"),  # mart -> report
        ("rpt_from_staging", "stg_van__contacts"),  # report -> staging
        ("stg_spoke__contacts_joined", "stg_van__contacts"),  # staging -> another tool's staging
        ("stg_spoke__contacts_joined", "van.contacts"),  # staging -> another tool's source
        ("misc_helper", None),  # a model in no layer folder
    }


def test_failing_manifest_exits_one_and_prints_one_line_per_edge(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_layers.main(["--manifest", str(FIXTURES / "manifest_fail.json")]) == 1
    lines = capsys.readouterr().out.splitlines()
    violations = [line for line in lines if line.startswith("LAYER VIOLATION: ")]
    assert len(violations) == 11
    assert (
        "LAYER VIOLATION: intermediate model int_identity__edges "
        "(models/intermediate/identity/int_identity__edges.sql) reads marts model people_crosswalk "
        "(models/marts/people/people_crosswalk.sql): intermediate may read only staging, intermediate, seeds"
    ) in violations
    assert lines[-1].startswith("11 layer violation(s) in 9 model(s) of movement_360")


def test_staging_reading_its_own_tools_staging_fails() -> None:
    data = load("manifest_pass.json")
    data["nodes"]["model.movement_360.stg_van__contacts_latest"] = model(
        "stg_van__contacts_latest",
        "models/staging/van/stg_van__contacts_latest.sql",
        ["model.movement_360.stg_van__contacts"],
    )
    violations, _, _ = check_layers.check(data)
    assert [v.reason for v in violations] == ["staging may read only sources, seeds"]


@pytest.mark.parametrize(
    ("path", "layer"),
    [
        ("models/staging/van/stg_van__contacts.sql", "staging"),
        ("models/staging/action_network/api/stg_action_network_api__people.sql", "staging"),
        ("models/intermediate/identity/int_identity__edges.sql", "intermediate"),
        ("models/marts/people/dim_people.sql", "marts"),
        ("models/reports/identity/rpt_people_match_evidence.sql", "reports"),
        ("models/marts/health/fct_source_row_counts.sql", "health"),
        ("models/marts/monitoring/fct_vendor_scorecard.sql", "monitoring"),
        ("models/stg_loose.sql", None),
        ("models/utilities/int_helper.sql", None),
        ("analyses/journey.sql", None),
    ],
)
def test_model_layer_comes_from_the_folder(path: str, layer: str | None) -> None:
    assert check_layers.model_layer(path) == layer


def test_staging_sources_are_matched_by_tool_folder_not_subfolder() -> None:
    # Action Network's mirror and API shapes sit in subfolders of one tool folder.
    assert check_layers.tool_folder("models/staging/action_network/api/stg_action_network_api__people.sql") == (
        check_layers.tool_folder("models/staging/action_network/mirror/_action_network__sources.yml")
    )


def _with_health_and_monitoring(extra: dict[str, dict]) -> dict:
    """The passing manifest plus a health mart on the sources, its history, a monitoring mart, and `extra`."""
    data = copy.deepcopy(load("manifest_pass.json"))
    data["nodes"]["model.movement_360.fct_source_row_counts"] = model(
        "fct_source_row_counts", "models/marts/health/fct_source_row_counts.sql",
        ["source.movement_360.van.contacts", "source.movement_360.spoke.campaign_contact"],
    )
    data["nodes"]["model.movement_360.fct_source_health_history"] = model(
        "fct_source_health_history", "models/marts/health/fct_source_health_history.sql",
        ["model.movement_360.fct_source_row_counts"],
    )
    data["nodes"]["model.movement_360.fct_vendor_scorecard"] = model(
        "fct_vendor_scorecard", "models/marts/monitoring/fct_vendor_scorecard.sql",
        ["model.movement_360.fct_source_health_history", "model.movement_360.dim_people",
         "model.movement_360.int_identity__records_unioned", "seed.movement_360.m360_turf_rules"],
    )
    for unique_id, node in extra.items():
        data["nodes"][unique_id] = node
    return data


def test_health_history_and_monitoring_follow_the_rules() -> None:
    violations, models, edges_checked = check_layers.check(_with_health_and_monitoring({
        "model.movement_360.rpt_vendor_review": model(
            "rpt_vendor_review", "models/reports/rpt_vendor_review.sql", ["model.movement_360.fct_vendor_scorecard"],
        ),
    }))
    assert violations == []
    assert (models, edges_checked) == (14, 26)


def test_monitoring_stays_at_the_end_and_health_stays_on_sources() -> None:
    violations, _, _ = check_layers.check(_with_health_and_monitoring({
        # A mart reading a measurement of the marts.
        "model.movement_360.dim_people_scored": model(
            "dim_people_scored", "models/marts/people/dim_people_scored.sql",
            ["model.movement_360.fct_vendor_scorecard"],
        ),
        # A health mart reading a mart: it would no longer build when staging fails.
        "model.movement_360.fct_source_people": model(
            "fct_source_people", "models/marts/health/fct_source_people.sql", ["model.movement_360.dim_people"],
        ),
        # Monitoring reading staging or a source directly.
        "model.movement_360.fct_tool_daily_quality": model(
            "fct_tool_daily_quality", "models/marts/monitoring/fct_tool_daily_quality.sql",
            ["model.movement_360.stg_van__contacts", "source.movement_360.van.contacts"],
        ),
    }))
    assert edges(violations) == {
        ("dim_people_scored", "fct_vendor_scorecard"),
        ("fct_source_people", "dim_people"),
        ("fct_tool_daily_quality", "stg_van__contacts"),
        ("fct_tool_daily_quality", "van.contacts"),
    }
    reasons = {v.model.name: v.reason for v in violations}
    assert reasons["fct_source_people"] == "health may read only health marts, sources, seeds"
    assert reasons["dim_people_scored"] == "marts may read only intermediate, marts, seeds"


def test_other_packages_are_not_checked() -> None:
    data = copy.deepcopy(load("manifest_pass.json"))
    for node in data["nodes"].values():
        if node["package_name"] == "movement_360":
            node["package_name"] = "someone_else"
    for variants in data["disabled"].values():
        variants[0]["package_name"] = "someone_else"
    violations, models, _ = check_layers.check(data)
    assert (violations, models) == ([], 0)
    assert check_layers.main(["--manifest", str(FIXTURES / "manifest_pass.json"), "--package", "nobody"]) == 2


def test_unreadable_manifest_exits_two(tmp_path: Path) -> None:
    broken = tmp_path / "manifest.json"
    broken.write_text("{not json")
    assert check_layers.main(["--manifest", str(broken)]) == 2
    assert check_layers.main(["--manifest", str(tmp_path / "missing.json")]) == 2
