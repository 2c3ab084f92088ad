"""The fact-finding registers (登记簿): what interviews, petitions, document requests and field visits share.

Each entry belongs to one assignment of this workspace (finding_scope.assignments_query: a team workspace only
its own team's), is numbered per team like the demo ("[2026]3巡-2组-谈001"), is validated field by field
(InvalidFieldsError with the entry's table as ``entity``) and is deleted as a tombstone with a reason.
The per-register services are services/interviews.py, petitions.py, document_requests.py and field_visits.py.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import String, inspect, select
from sqlalchemy.orm import Session

from models.base import Synced
from models.entities import (
    Assignment,
    DocumentRequest,
    DocumentRequestItem,
    Evidence,
    FieldVisit,
    FindingSource,
    InspectionRound,
    InspectionTeam,
    Interview,
    Petition,
    PetitionerIdentity,
    TeamMember,
)
from models.enums import Vocabulary
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError, StaleEditError
from services.finding_scope import SOURCE_KINDS, assignments_query
from services.workspace import WorkspaceSession

REGISTERS = SOURCE_KINDS  # table name -> entity: interview, petition, document_request, field_visit
MARKS = {"interview": "谈", "petition": "信", "document_request": "调", "field_visit": "走"}
Entry = Interview | Petition | DocumentRequest | FieldVisit


def code_column(entity: type[Entry]) -> Any:
    return entity.petition_no if entity is Petition else entity.code  # type: ignore[union-attr]


def entry_code(row: Entry) -> str:
    return row.petition_no if isinstance(row, Petition) else row.code


class Problems:
    """Collects the rejected fields of one form; ``check()`` raises them all at once (nothing is written)."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.items: list[FieldProblem] = []

    def add(self, field: str, reason: str, *, entity: str | None = None, row: int | None = None,
            **params: Any) -> None:
        self.items.append(FieldProblem(field, reason, params, entity=entity or self.entity, row=row))

    def has(self, field: str) -> bool:
        return any(problem.field == field for problem in self.items)

    def required(self, field: str, value: object, **where: Any) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, "required", **where)
            return False
        return True

    def lengths(self, entity: type[Synced], values: dict[str, Any], *, row: int | None = None) -> None:
        """``too_long`` for every text longer than its column allows."""
        columns = inspect(entity).column_attrs
        for name, value in values.items():
            column_type = columns[name].columns[0].type
            limit = column_type.length if isinstance(column_type, String) else None
            if isinstance(value, str) and limit and len(value) > limit:
                self.add(name, "too_long", entity=entity.__tablename__, row=row, maximum=limit, length=len(value))

    def choice(self, field: str, value: str | None, vocabulary: type[Vocabulary], *, required: bool = True) -> None:
        if value is None or value == "":
            if required:
                self.add(field, "required")
            return
        if value not in {member.value for member in vocabulary}:
            self.add(field, "unknown_choice", value=value, choices="、".join(member.zh for member in vocabulary))

    def date_order(self, field: str, later: date | datetime | None, other: str,
                   earlier: date | datetime | None, **where: Any) -> None:
        """``field`` may not be before ``other`` (comparing days when one of them is a date)."""
        if later is None or earlier is None:
            return
        if isinstance(later, datetime) != isinstance(earlier, datetime):
            later = later.date() if isinstance(later, datetime) else later
            earlier = earlier.date() if isinstance(earlier, datetime) else earlier
        if later < earlier:  # type: ignore[operator]
            self.add(field, "date_order", other=other, **where)

    def not_future(self, field: str, value: date | datetime | None, today: date, **where: Any) -> None:
        if value is not None and (value.date() if isinstance(value, datetime) else value) > today:
            self.add(field, "in_future", **where)

    def check(self) -> None:
        if self.items:
            raise InvalidFieldsError(self.items)


def as_date(problems: Problems, field: str, value: date | datetime | str | None, **where: Any) -> date | None:
    """A date from a form or sheet cell ("2026-09-03"); ``not_a_date`` otherwise."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-").replace(".", "-"))
    except ValueError:
        problems.add(field, "not_a_date", value=text, **where)
        return None


def clean(text: str | None) -> str | None:
    """Trimmed text; None for nothing."""
    if text is None:
        return None
    text = text.strip()
    return text or None


def local_today(ws: WorkspaceSession) -> date:
    """Today on this laptop's calendar (the clock is UTC; the forms speak local time)."""
    return ws.clock.now().astimezone().date()


# ---- the assignment, the team and its people ----


def resolve_assignment(session: Session, ws: WorkspaceSession, assignment_id: str | None,
                       problems: Problems) -> Assignment | None:
    """The live assignment an entry is filed under, if this workspace may file under it."""
    if not problems.required("assignment_id", assignment_id):
        return None
    assignment = session.get(Assignment, assignment_id)
    if assignment is None or assignment.is_deleted:
        problems.add("assignment_id", "unknown_reference", value=assignment_id)
        return None
    allowed = session.scalar(assignments_query(ws).where(Assignment.id == assignment.id).with_only_columns(
        Assignment.id))
    if allowed is None:
        problems.add("assignment_id", "not_assigned", value=assignment_id)
        return None
    return assignment


def team_member_ids(session: Session, team_id: str) -> set[str]:
    query = select(TeamMember.id).where(TeamMember.team_id == team_id, TeamMember.is_deleted.is_(False))
    return set(session.scalars(query))


def check_members(problems: Problems, field: str, ids: list[str], members: set[str]) -> None:
    """Every id must be a live member of the entry's team."""
    for member_id in ids:
        if member_id not in members:
            problems.add(field, "unknown_reference", value=member_id)
            return


def next_code(session: Session, kind: str, assignment: Assignment) -> str:
    """The team's next number in this register: "[年度]轮次巡-N组-谈001" (deleted entries keep theirs)."""
    entity = REGISTERS[kind]
    round_ = session.get(InspectionRound, assignment.round_id)
    team = session.get(InspectionTeam, assignment.team_id)
    assert round_ is not None and team is not None
    prefix = f"[{round_.year}]{round_.round_no}巡-{team.team_no}组-{MARKS[kind]}"
    column = code_column(entity)
    codes = session.scalars(
        select(column).join(Assignment, Assignment.id == entity.assignment_id)
        .where(Assignment.team_id == team.id, column.like(prefix + "%"))
    )
    serials = [int(match.group(1)) for code in codes if (match := re.search(r"(\d+)$", code[len(prefix):]))]
    return f"{prefix}{max(serials, default=0) + 1:03d}"


# ---- reading one entry, tombstones ----


def get_entry(session: Session, kind: str, entry_id: str) -> Entry:
    """The live entry, or InvalidFieldsError(unknown_reference) when it does not exist or was deleted."""
    entity = REGISTERS.get(kind)
    row = cast(Entry | None, session.get(entity, entry_id) if entity is not None else None)
    if row is None or row.is_deleted:
        raise InvalidFieldsError([FieldProblem("id", "unknown_reference", {"value": entry_id}, entity=kind)])
    return row


def load_entry(ws: WorkspaceSession, kind: str, entry_id: str) -> Entry:
    """A detached copy of one live entry, for an editor to fill its form from (its ``local_version`` included)."""
    with ws.read() as session:
        return get_entry(session, kind, entry_id)


def delete_entry(ws: WorkspaceSession, kind: str, entry_id: str, reason: str,
                 expected_version: int | None = None) -> None:
    """Tombstone an entry with the reason; its request items, its links to findings and (for a clue role) the
    petitioner's identity go with it, and so does the evidence attached to the entry (tombstoned, same reason;
    its bytes stay, as for any removed evidence)."""
    problems = Problems(kind)
    problems.required("delete_reason", reason)
    problems.check()
    with ws.write() as tx:
        row = get_entry(tx.session, kind, entry_id)
        if expected_version is not None and row.local_version != expected_version:
            raise StaleEditError("row changed since it was read", entity=kind, id=entry_id)
        tx.delete(row, reason=reason.strip())
        _delete_dependants(tx, kind, entry_id, reason.strip())


def _delete_dependants(tx: WriteTx, kind: str, entry_id: str, reason: str) -> None:
    session = tx.session
    if kind == "document_request":
        for item in session.scalars(select(DocumentRequestItem).where(
                DocumentRequestItem.request_id == entry_id, DocumentRequestItem.is_deleted.is_(False))):
            tx.delete(item, reason=reason)
    for link in session.scalars(select(FindingSource).where(
            FindingSource.source_kind == kind, FindingSource.source_id == entry_id,
            FindingSource.is_deleted.is_(False))):
        tx.delete(link, reason=reason)
    for evidence in session.scalars(select(Evidence).where(
            Evidence.owner_kind == kind, Evidence.owner_id == entry_id, Evidence.is_deleted.is_(False))):
        tx.delete(evidence, reason=reason)
    if kind == "petition" and tx.ws.can_read_clues:
        identity = session.scalar(select(PetitionerIdentity).where(PetitionerIdentity.petition_id == entry_id))
        if identity is not None and not identity.is_deleted:
            tx.delete(identity, reason=reason)


def write_entry(tx: WriteTx, row: Entry | None, entity: type[Entry], values: dict[str, Any],
                assignment: Assignment, kind: str, expected_version: int | None = None) -> Entry:
    """Insert a new entry (numbered now, scoped to the assignment's team) or update the given one."""
    if row is None:
        created = entity(**values)
        setattr(created, "petition_no" if entity is Petition else "code", next_code(tx.session, kind, assignment))
        tx.insert(created, scope_team_id=assignment.team_id)
        return created
    tx.update(row, expected_version=expected_version, **values)
    return row
