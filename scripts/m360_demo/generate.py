"""Write the demo warehouse as CSV files plus the ground truth.

Layout of the output folder:
  raw/<tool>/<table>.csv      one file per synced vendor table (header row; \\N is null)
  raw/<tool>/_schema.json     column names and types per table
  truth/humans.csv            one row per human (synthetic)
  truth/person_records.csv    tool, table, record id -> human_id
  truth/attempts.csv          tool, table, attempt id -> canvasser human_id, channel
  MANIFEST.json               seed, size, row counts
Same seed and size give byte-identical files.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import config as demo_config
from . import rates
from .spec import Table, ToolOutput
from .tools import available_tools, emit_tool
from .world import World, as_seen_by, build_world

NULL = "\\N"


def format_value(value: Any) -> str:
    """A cell as text: \\N for null, ISO dates and times, lower-case booleans."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (float, Decimal)):
        return f"{value:.4f}"
    return str(value)


def write_csv(path: Path, header: list[str], rows: list[tuple[Any, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([format_value(value) for value in row])


def write_tool(out: Path, output: ToolOutput) -> dict[str, int]:
    folder = out / "raw" / output.tool
    schema: dict[str, list[list[str]]] = {}
    counts: dict[str, int] = {}
    for table in output.tables:
        write_csv(folder / f"{table.name}.csv", table.column_names, table.rows)
        schema[table.name] = [[name, kind] for name, kind in table.columns]
        counts[table.name] = len(table.rows)
    (folder / "_schema.json").write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")
    return counts


def write_truth(out: Path, world: World, outputs: list[ToolOutput]) -> None:
    humans = [(h.human_id, h.household_id, h.first_name, h.last_name, h.suffix, h.dob, h.is_voter, h.is_member,
               h.is_volunteer, h.is_staff, h.house_district) for h in world.humans]
    write_csv(out / "truth" / "humans.csv",
              ["human_id", "household_id", "first_name", "last_name", "suffix", "dob", "is_voter", "is_member",
               "is_volunteer", "is_staff", "house_district"], humans)
    records = [(o.tool, table, record_id, human_id) for o in outputs for table, record_id, human_id in o.person_records]
    write_csv(out / "truth" / "person_records.csv", ["tool", "table_name", "record_id", "human_id"], records)
    attempts = [(o.tool, table, attempt_id, canvasser, channel)
                for o in outputs for table, attempt_id, canvasser, channel in o.attempts]
    write_csv(out / "truth" / "attempts.csv",
              ["tool", "table_name", "attempt_id", "canvasser_human_id", "channel"], attempts)
    organizers = [(o.human_id, o.team, ";".join(str(d) for d in o.house_districts)) for o in world.organizers]
    write_csv(out / "truth" / "organizers.csv", ["human_id", "team", "house_districts"], organizers)


def generate(out: Path, seed: int = 360, size: str = "small", tools: list[str] | None = None,
             world_rates: rates.Rates = rates.DEFAULT) -> dict[str, Any]:
    """Build the world, run every tool emitter, write everything; returns the manifest.

    world_rates changes the corruption and household rates (rates.Rates); the manifest lists those that differ
    from the demo's own.
    """
    outputs: list[ToolOutput] = []
    counts: dict[str, dict[str, int]] = {}
    with rates.use(world_rates):
        world = build_world(seed=seed, size=size)
        for tool in tools or available_tools():
            output = emit_tool(tool, as_seen_by(world, tool))
            outputs.append(output)
            counts[tool] = write_tool(out, output)
        write_truth(out, world, outputs)
        # The group's own turf rules and roster: loaded like a tool, but not a vendor sync (not in the manifest).
        write_tool(out, demo_config.emit(world))
    manifest: dict[str, Any] = {"seed": seed, "size": size, "humans": len(world.humans), "tables": counts}
    changed = {name: value for name, value in dataclasses.asdict(world_rates).items()
               if value != getattr(rates.DEFAULT, name)}
    if changed:
        manifest["rates"] = changed
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return manifest


def read_schema(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """The _schema.json of one tool folder."""
    raw = json.loads((folder / "_schema.json").read_text())
    return {table: [(name, kind) for name, kind in columns] for table, columns in raw.items()}


__all__ = ["NULL", "Table", "generate", "read_schema"]
