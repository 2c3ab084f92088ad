"""下沉走访 register (with 座谈会 and 列席会议): where, when, whom the team met, what it learned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from models.entities import FieldVisit
from models.enums import VisitKind
from services.registers import Problems, clean, get_entry, local_today, resolve_assignment, write_entry
from services.workspace import WorkspaceSession

KIND = "field_visit"
PERSON_KEYS = ("name", "unit", "post", "category")


@dataclass
class FieldVisitInput:
    assignment_id: str | None = None
    visit_kind: str = VisitKind.VISIT.value
    target_place: str = ""
    visit_date: date | None = None
    purpose: str | None = None
    persons: list[dict[str, str]] = field(default_factory=list)
    result_text: str = ""

    @classmethod
    def from_row(cls, row: FieldVisit) -> FieldVisitInput:
        return cls(assignment_id=row.assignment_id, visit_kind=row.visit_kind, target_place=row.target_place,
                   visit_date=row.visit_date, purpose=row.purpose,
                   persons=[dict(person) for person in row.persons or []], result_text=row.result_text or "")


def create_field_visit(ws: WorkspaceSession, data: FieldVisitInput) -> str:
    return _save(ws, None, data, None)


def update_field_visit(ws: WorkspaceSession, visit_id: str, data: FieldVisitInput,
                       expected_version: int | None = None) -> str:
    return _save(ws, visit_id, data, expected_version)


def _save(ws: WorkspaceSession, visit_id: str | None, data: FieldVisitInput, expected_version: int | None) -> str:
    problems = Problems(KIND)
    persons = [{key: (person.get(key) or "").strip() for key in PERSON_KEYS} for person in data.persons]
    values: dict[str, Any] = {
        "assignment_id": data.assignment_id, "visit_kind": data.visit_kind,
        "target_place": (data.target_place or "").strip(), "visit_date": data.visit_date,
        "purpose": clean(data.purpose), "persons": [person for person in persons if any(person.values())],
        "result_text": (data.result_text or "").strip(),
    }
    with ws.write() as tx:
        row = get_entry(tx.session, KIND, visit_id) if visit_id else None
        assignment = resolve_assignment(tx.session, ws, data.assignment_id, problems)
        problems.choice("visit_kind", data.visit_kind, VisitKind)
        problems.required("target_place", values["target_place"])
        problems.required("visit_date", data.visit_date)
        problems.not_future("visit_date", data.visit_date, local_today(ws))
        problems.lengths(FieldVisit, values)
        problems.check()
        assert assignment is not None
        return write_entry(tx, row, FieldVisit, values, assignment, KIND, expected_version).id
