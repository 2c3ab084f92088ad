"""The rows of an Excel import: one sheet row as read (``ParsedRow``), what it will do (``RowPlan``), a problem
located at its cell. Shared by the importer (importing.py) and the kinds' resolvers (kinds.py, kinds_reference.py),
below all three.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.errors import FieldProblem
from services.excel.columns import KINDS
from services.excel.header import SheetLayout


@dataclass
class ParsedRow:
    sheet: str
    row: int
    layout: SheetLayout
    values: dict[str, Any]  # column key -> stored value, only the cells that hold one
    problems: list[FieldProblem] = field(default_factory=list)


@dataclass
class RowPlan:
    """What one row will do: add, update, unchanged, or rejected (problems) / needs (creatable references)."""

    parsed: ParsedRow
    action: str = "add"
    label: str = ""  # what the row is, for the preview (a code, a name)
    target: Any = None  # the existing record for update/unchanged
    values: dict[str, Any] = field(default_factory=dict)  # the fields to write
    needs: list[FieldProblem] = field(default_factory=list)  # references that create-missing would create

    def rejected(self, create_missing: bool) -> bool:
        return bool(self.parsed.problems) or (bool(self.needs) and not create_missing)

    def problems(self, create_missing: bool) -> list[FieldProblem]:
        """One problem per cell: a value refused as it was read is not also reported as missing afterwards."""
        found = self.parsed.problems + ([] if create_missing else self.needs)
        said: set[str] = set()
        kept = []
        for item in found:
            if item.field not in said:
                said.add(item.field)
                kept.append(item)
        return kept


def problem(parsed: ParsedRow, key: str, reason: str, entity: str, **params: Any) -> FieldProblem:
    """A problem located at the sheet row and the column of ``key`` (its header as the sheet shows it)."""
    match = parsed.layout.by_key().get(key)
    spec = KINDS[parsed.layout.kind].column(key) if key in KINDS[parsed.layout.kind].keys else None
    params.setdefault("label", match.header if match else spec.header if spec else key)
    params.setdefault("sheet", parsed.sheet)
    return FieldProblem(key, reason, params, entity=entity, row=parsed.row, column=match.letter if match else None)
