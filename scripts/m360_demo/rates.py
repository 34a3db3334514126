"""Corruption and household rates of the demo world, for robustness sweeps of the identity layer.

The defaults are the demo's own rates; `generate --rates name=value ...` changes some of them, so one
can build worlds with more nicknames and typos, more shared landlines and family mailboxes, no voter
file or all of it, texting records without names, or movers whose tools disagree on their address. The
rates are read while a world is built, through `current()`; `use(rates)` sets them for the duration of a
`with` block. With the defaults the output is byte-identical to a build without this module (every draw
is made as before; a multiplier of 1.0 changes no probability, and the nameless-texting and moved draws
use streams of their own, only when their rate is above 0)."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator


@dataclasses.dataclass(frozen=True)
class Rates:
    """What varies between sweep worlds (probabilities, or multipliers where named so)."""

    nickname: float = 1.0
    """Multiplier of each tool's chance that a person gives a nickname as first name."""
    typo: float = 1.0
    """Multiplier of each tool's chance of a one-letter slip in a first or last name."""
    landline: float = 0.35
    """Share of households with a landline (shared by every member)."""
    shared_email: float = 0.12
    """Chance that each of a household's first two adults uses the couple's one mailbox."""
    missing_email: float = 0.07
    """Share of people with no personal e-mail."""
    voter: float = 0.85
    """Share of adults on the voter file (MyVoters); 0 and 1 give no voter file and all of it."""
    nameless_text: float = 0.0
    """Share of texting-tool contacts (ThruText, Spoke, Scale to Win) exported with no name."""
    moved: float = 0.0
    """Share of people who moved house: each tool holds a mover's previous address (another street, in
    another ZIP half the time) with probability one half, drawn per tool from a stream of its own."""


DEFAULT = Rates()
_current: Rates = DEFAULT


def current() -> Rates:
    """The rates of the world being built."""
    return _current


@contextlib.contextmanager
def use(rates: Rates) -> Iterator[Rates]:
    """Build worlds with these rates inside the block."""
    global _current
    previous, _current = _current, rates
    try:
        yield rates
    finally:
        _current = previous


def parse(pairs: list[str] | None) -> Rates:
    """Rates from 'name=value' strings (unknown names and values outside [0, 1] fail; multipliers may exceed 1)."""
    values: dict[str, float] = {}
    fields = {field.name for field in dataclasses.fields(Rates)}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or name not in fields:
            raise ValueError(f"--rates takes name=value with name one of {sorted(fields)}: {pair!r}")
        number = float(value)
        if number < 0 or (name not in ("nickname", "typo") and number > 1):
            raise ValueError(f"--rates {name} must be a probability in [0, 1] (nickname and typo: >= 0): {pair!r}")
        values[name] = number
    return dataclasses.replace(DEFAULT, **values)
