"""One finding read whole for display (``findings show``): its fields, its sources, its evidence and its history.

Nothing of the clue compartment is read here: links from a finding to clues are C3 and stay out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import (
    Assignment,
    Blob,
    DocumentRequest,
    Evidence,
    FieldVisit,
    Finding,
    FindingSource,
    InspectedOrg,
    InspectionTeam,
    Interview,
    Petition,
    TeamMember,
    UserAccount,
)
from models.sync import ChangeRecord
from services.errors import ValidationError
from services.workspace import WorkspaceSession

# source_kind -> (register, its number column, its short text column)
_REGISTERS: dict[str, tuple[type, str, str]] = {
    "interview": (Interview, "code", "summary"),
    "petition": (Petition, "petition_no", "summary"),
    "document": (DocumentRequest, "code", "content"),
    "document_request": (DocumentRequest, "code", "content"),
    "field_visit": (FieldVisit, "code", "target_place"),
}
PERSON_FIELDS = ("drafted_by", "reviewed_by", "signed_by")


@dataclass(frozen=True)
class SourceLine:
    kind: str
    number: str
    text: str


@dataclass(frozen=True)
class EvidenceLine:
    number: str
    evidence_type: str
    title: str
    file_name: str
    size: int | None
    pages: int | None


@dataclass(frozen=True)
class HistoryLine:
    when: datetime
    op: str
    author: str
    role: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class FindingDetail:
    finding: Finding  # detached; read its columns only
    org_name: str
    team_no: int | None
    people: dict[str, str]  # drafted_by/reviewed_by/signed_by -> a name
    sources: list[SourceLine]
    evidence: list[EvidenceLine]
    history: list[HistoryLine]


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    names = dict(session.execute(select(TeamMember.id, TeamMember.name).where(TeamMember.id.in_(ids))).all())
    names.update(session.execute(select(UserAccount.id, UserAccount.name).where(UserAccount.id.in_(ids))).all())
    return names


def _sources(session: Session, finding_id: str) -> list[SourceLine]:
    lines = []
    links = session.scalars(select(FindingSource).where(FindingSource.finding_id == finding_id,
                                                        FindingSource.is_deleted.is_(False)))
    for link in links:
        entry = _REGISTERS.get(link.source_kind)
        row: Any = session.get(entry[0], link.source_id) if entry else None
        if row is None or entry is None:
            lines.append(SourceLine(link.source_kind, link.source_id, ""))
        else:
            lines.append(SourceLine(link.source_kind, str(getattr(row, entry[1]) or ""),
                                    str(getattr(row, entry[2]) or "")))
    return sorted(lines, key=lambda line: (line.kind, line.number))


def _evidence(session: Session, finding_id: str) -> list[EvidenceLine]:
    rows = session.execute(
        select(Evidence.evidence_no, Evidence.evidence_type, Evidence.title, Evidence.file_name, Blob.size,
               Evidence.pages)
        .outerjoin(Blob, Blob.sha256 == Evidence.blob_sha256)
        .where(Evidence.finding_id == finding_id, Evidence.is_deleted.is_(False))
        .order_by(Evidence.evidence_no)
    )
    return [EvidenceLine(*row) for row in rows]


def _history(session: Session, finding_id: str) -> list[HistoryLine]:
    records = list(session.scalars(select(ChangeRecord).where(ChangeRecord.entity == "finding",
                                                              ChangeRecord.entity_id == finding_id)
                                   .order_by(ChangeRecord.hlc)))
    authors = _names(session, {record.author_user for record in records})
    lines = []
    for record in records:
        try:
            changed = tuple(sorted(json.loads(record.after_json or "{}"))) if record.op == "update" else ()
        except ValueError:
            changed = ()
        lines.append(HistoryLine(record.wall_time, record.op, authors.get(record.author_user, record.author_user),
                                 record.author_role, changed))
    return lines


def finding_detail(ws: WorkspaceSession, code: str) -> FindingDetail:
    """The live finding numbered ``code``; ValidationError (field ``finding``) when there is none."""
    wanted = code.strip()
    with ws.read() as session:
        finding = session.scalars(select(Finding).where(Finding.code == wanted, Finding.is_deleted.is_(False))).first()
        if finding is None:
            raise ValidationError(f"no finding numbered {wanted!r}", field="finding", value=wanted)
        org_name = session.scalar(select(InspectedOrg.name).where(InspectedOrg.id == finding.org_id)) or ""
        team_no = session.scalar(select(InspectionTeam.team_no)
                                 .join(Assignment, Assignment.team_id == InspectionTeam.id)
                                 .where(Assignment.id == finding.assignment_id))
        people_ids = {getattr(finding, name) for name in PERSON_FIELDS if getattr(finding, name)}
        names = _names(session, people_ids)
        people = {name: names.get(getattr(finding, name), getattr(finding, name))
                  for name in PERSON_FIELDS if getattr(finding, name)}
        detail = FindingDetail(finding, org_name, team_no, people, _sources(session, finding.id),
                               _evidence(session, finding.id), _history(session, finding.id))
        session.expunge(finding)
    return detail
