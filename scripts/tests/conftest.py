"""Shared fixtures; makes the m360_demo package importable when pytest runs from anywhere."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from m360_demo.world import World, build_world


@pytest.fixture(scope="session")
def world() -> World:
    """The small demo world every emitter test draws from (built once per session)."""
    return build_world(seed=360, size="small")
