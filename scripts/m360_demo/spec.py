"""Table and output containers shared by the world and the tool emitters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The column types the generator writes; the same keywords the package's
# source yml uses as data_type (valid on DuckDB and PostgreSQL).
COLUMN_TYPES = ("varchar", "integer", "bigint", "numeric", "boolean", "timestamp", "date")


@dataclass
class Table:
    """One raw vendor table: its sync name, typed columns and rows (tuples in column order)."""

    name: str
    columns: list[tuple[str, str]]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for column, kind in self.columns:
            if kind not in COLUMN_TYPES:
                raise ValueError(f"{self.name}.{column}: unknown type {kind!r}")
        # add() runs once per generated row: keep its lookups precomputed.
        self._names = tuple(name for name, _ in self.columns)
        self._name_set = frozenset(self._names)

    @property
    def column_names(self) -> list[str]:
        return list(self._names)

    def as_dicts(self) -> list[dict[str, Any]]:
        """The rows as column -> value dicts (for tests and checks)."""
        return [dict(zip(self._names, row, strict=True)) for row in self.rows]

    def add(self, **values: Any) -> None:
        """Append a row given as keyword values; missing columns are null, unknown ones an error."""
        if not self._name_set.issuperset(values):
            unknown = set(values) - self._name_set
            raise KeyError(f"{self.name}: unknown columns {sorted(unknown)}")
        self.rows.append(tuple(values.get(name) for name in self._names))


@dataclass
class ToolOutput:
    """What one tool emitter produces: its raw tables and its share of the ground truth.

    person_records: (table, record_id, human_id) for every person record the tool holds.
    attempts: (table, attempt_id, canvasser_human_id or None, channel) for every contact attempt.
    """

    tool: str
    tables: list[Table] = field(default_factory=list)
    person_records: list[tuple[str, str, int]] = field(default_factory=list)
    attempts: list[tuple[str, str, int | None, str]] = field(default_factory=list)

    def table(self, name: str, columns: list[tuple[str, str]]) -> Table:
        """Create, register and return a new table."""
        created = Table(name, columns)
        self.tables.append(created)
        return created
