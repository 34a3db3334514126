"""Every tool emitter: deterministic, and emitting exactly the tables and typed columns its source yml declares."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from m360_demo.load import LAYOUTS  # noqa: F401  (the loader's layouts must import with every tool present)
from m360_demo.tools import TOOLS, emit_tool
from m360_demo.world import World

STAGING = Path(__file__).resolve().parents[2] / "models" / "staging"
VAN_MODE_SUFFIXES = ("_mym", "_vf")


def declared_tables(source_name: str) -> dict[str, set[tuple[str, str]]]:
    """Table -> {(column, data_type)} over every source yml that declares this source."""
    tables: dict[str, set[tuple[str, str]]] = {}
    for path in STAGING.rglob("_*sources.yml"):
        for source in yaml.safe_load(path.read_text())["sources"]:
            if source["name"] == source_name:
                for table in source["tables"]:
                    columns = {(c["name"], c["data_type"]) for c in table["columns"]}
                    tables.setdefault(table["name"], set()).update(columns)
    return tables


def emitted_tables(tool: str, world: World) -> dict[str, set[tuple[str, str]]]:
    """Base table name (lower case, VAN mode suffix removed) -> {(column, type)} as emitted."""
    tables: dict[str, set[tuple[str, str]]] = {}
    for table in emit_tool(tool, world).tables:
        name = table.name.lower()
        if tool == "van" and name.endswith(VAN_MODE_SUFFIXES):
            name = name.rsplit("_", 1)[0]
        tables.setdefault(name, set()).update((column.lower(), kind) for column, kind in table.columns)
    return tables


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_emitter_is_deterministic(tool: str, world: World) -> None:
    first, second = emit_tool(tool, world), emit_tool(tool, world)
    assert [(t.name, t.rows) for t in first.tables] == [(t.name, t.rows) for t in second.tables]
    assert first.person_records == second.person_records and first.attempts == second.attempts
    assert sum(len(t.rows) for t in first.tables) > 0


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_emitted_tables_are_the_declared_sources(tool: str, world: World) -> None:
    assert emitted_tables(tool, world) == declared_tables(tool)
