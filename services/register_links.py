"""From a register entry to the findings it feeds: a new draft finding whose source is the entry, or a link
(FindingSource) from an existing finding. The findings service (services/findings.py) does the writing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.entities import Assignment, DocumentRequest, FieldVisit, Interview, Petition
from models.enums import SourceMethod, VisitKind
from services.findings import FindingInput, create_finding, link_source, unlink_source
from services.registers import Entry, get_entry
from services.workspace import WorkspaceSession

VISIT_METHODS = {VisitKind.VISIT.value: SourceMethod.FIELD_VISIT, VisitKind.FORUM.value: SourceMethod.FORUM,
                 VisitKind.MEETING.value: SourceMethod.MEETING}
TITLE_LIMIT = 60


def finding_preset(ws: WorkspaceSession, kind: str, entry_id: str) -> FindingInput:
    """A draft finding's values taken from the entry: unit, source method, the entry as its source, and the
    entry's summary, place and date as a start for the description, location and discovery date."""
    with ws.read() as session:
        row = get_entry(session, kind, entry_id)
        return _preset(session, kind, row)


def _preset(session: Session, kind: str, row: Entry) -> FindingInput:
    assignment = session.get(Assignment, row.assignment_id)
    data = FindingInput(org_id=assignment.org_id if assignment else None, assignment_id=row.assignment_id,
                        sources=[(kind, row.id)])
    if isinstance(row, Interview):
        data.source_method = SourceMethod.INTERVIEW.value
        data.description = row.summary or ""
        data.location = row.talk_place
        data.discovered_at = row.talk_time.date() if row.talk_time else None
    elif isinstance(row, Petition):
        data.source_method = SourceMethod.PETITION.value
        data.description = row.summary or ""
        data.discovered_at = row.received_at.date() if row.received_at else None
        if row.reflected_person_name:
            data.persons_involved = [{"name": row.reflected_person_name, "post": row.reflected_person_post or "",
                                      "unit": row.reflected_unit or ""}]
    elif isinstance(row, DocumentRequest):
        data.source_method = SourceMethod.DOCUMENT.value
        data.description = row.content or ""
        data.discovered_at = row.request_time.date() if row.request_time else None
    elif isinstance(row, FieldVisit):
        data.source_method = VISIT_METHODS.get(row.visit_kind, SourceMethod.FIELD_VISIT).value
        data.description = row.result_text or ""
        data.location = row.target_place
        data.discovered_at = row.visit_date
    return data


def spawn_finding(ws: WorkspaceSession, kind: str, entry_id: str, title: str,
                  description: str | None = None) -> str:
    """Create the draft finding of ``finding_preset`` with ``title`` (InvalidFieldsError names what is wrong)."""
    data = finding_preset(ws, kind, entry_id)
    data.title = title.strip()
    if description is not None:
        data.description = description
    return create_finding(ws, data)


def link_finding(ws: WorkspaceSession, kind: str, entry_id: str, finding_id: str) -> None:
    """The finding names this entry among its sources (no-op when it already does)."""
    link_source(ws, finding_id, kind, entry_id)


def unlink_finding(ws: WorkspaceSession, kind: str, entry_id: str, finding_id: str) -> None:
    unlink_source(ws, finding_id, kind, entry_id)
