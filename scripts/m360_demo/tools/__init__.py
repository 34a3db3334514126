"""Tool emitters: each module exposes emit(world) -> ToolOutput.

A tool may be split over several modules (VAN: people and contacts in
`van`, events, codes, forms and contributions in `van_activity`); their
outputs are merged into one folder per tool. Adding a tool to the demo means
adding its module(s) and listing them here.
"""

from __future__ import annotations

import importlib

from ..spec import ToolOutput
from ..world import World

TOOLS: dict[str, list[str]] = {
    "van": ["van", "van_activity"],
    "mobilize": ["mobilize"],
    "action_network": ["action_network"],
    "action_network_api": ["action_network_api"],
    "spoke": ["spoke"],
    "scale_to_win": ["scale_to_win"],
    "thrutext": ["thrutext"],
    "hustle": ["hustle"],
    "thrutalk": ["thrutalk"],
    "empower": ["empower"],
}


def _module(name: str):
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{name}":
            raise
        return None


def available_tools() -> list[str]:
    """The listed tools with at least one module present (the generator grows tool by tool)."""
    return [tool for tool, modules in TOOLS.items() if any(_module(m) for m in modules)]


def emit_tool(tool: str, world: World) -> ToolOutput:
    """Run every module of one tool and merge their outputs."""
    merged = ToolOutput(tool)
    for name in TOOLS[tool]:
        module = _module(name)
        if module is None:
            continue
        output: ToolOutput = module.emit(world)
        if output.tool != tool:
            raise ValueError(f"module {name} emitted tool {output.tool!r}, expected {tool!r}")
        taken = {t.name for t in merged.tables}
        clashes = taken & {t.name for t in output.tables}
        if clashes:
            raise ValueError(f"{tool}: tables emitted twice: {sorted(clashes)}")
        merged.tables.extend(output.tables)
        merged.person_records.extend(output.person_records)
        merged.attempts.extend(output.attempts)
    return merged
