"""The four fact-finding registers as small lists: interviews, petitions, document requests, field visits.

Petitioners' identities are C3 and live in the clue compartment; nothing here reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Select, case, func, literal_column, select

from models.entities import (
    Assignment,
    DocumentRequest,
    DocumentRequestItem,
    FieldVisit,
    Finding,
    FindingSource,
    InspectedOrg,
    Interview,
    Petition,
    TeamMember,
)
from services.finding_scope import assignments_query
from services.queries.finding_picks import FindingChoice, search_findings
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class InterviewRow:
    id: str
    code: str
    org_name: str
    interviewee_name: str
    interviewee_post: str | None
    category: str
    talk_time: datetime | None
    signed: bool


@dataclass(frozen=True)
class PetitionRow:
    id: str
    petition_no: str
    org_name: str
    channel: str
    received_at: datetime | None
    reflected_unit: str | None
    summary: str
    disposition: str | None


@dataclass(frozen=True)
class DocumentRequestRow:
    id: str
    code: str
    org_name: str
    content: str
    request_time: datetime | None
    item_count: int
    leader_signed: bool


@dataclass(frozen=True)
class FieldVisitRow:
    id: str
    code: str
    org_name: str
    target_place: str
    visit_date: date | None
    purpose: str | None
    result_text: str


Query = TypeVar("Query", bound=Select)
Register = type[Interview] | type[Petition] | type[DocumentRequest] | type[FieldVisit]


def _with_org(query: Query, entity: Register) -> Query:
    """Join the entry's assignment and its inspected unit (the list shows the unit's name)."""
    return query.join(Assignment, Assignment.id == entity.assignment_id).join(
        InspectedOrg, InspectedOrg.id == Assignment.org_id
    )


def list_interviews(ws: WorkspaceSession) -> list[InterviewRow]:
    query = _with_org(
        select(Interview.id, Interview.code, InspectedOrg.name, Interview.interviewee_name,
               Interview.interviewee_post, Interview.interviewee_category, Interview.talk_time,
               Interview.signed_by_interviewee), Interview
    ).where(Interview.is_deleted.is_(False)).order_by(Interview.code, Interview.id)
    with ws.read() as session:
        return [InterviewRow(*row) for row in session.execute(query)]


def list_petitions(ws: WorkspaceSession) -> list[PetitionRow]:
    query = _with_org(
        select(Petition.id, Petition.petition_no, InspectedOrg.name, Petition.channel, Petition.received_at,
               Petition.reflected_unit, Petition.summary, Petition.disposition), Petition
    ).where(Petition.is_deleted.is_(False)).order_by(Petition.petition_no, Petition.id)
    with ws.read() as session:
        return [PetitionRow(*row) for row in session.execute(query)]


def list_document_requests(ws: WorkspaceSession) -> list[DocumentRequestRow]:
    items = (
        select(func.count()).select_from(DocumentRequestItem)
        .where(DocumentRequestItem.request_id == DocumentRequest.id, DocumentRequestItem.is_deleted.is_(False))
        .scalar_subquery()
    )
    query = _with_org(
        select(DocumentRequest.id, DocumentRequest.code, InspectedOrg.name, DocumentRequest.content,
               DocumentRequest.request_time, items, DocumentRequest.leader_signed), DocumentRequest
    ).where(DocumentRequest.is_deleted.is_(False)).order_by(DocumentRequest.code, DocumentRequest.id)
    with ws.read() as session:
        return [DocumentRequestRow(*row) for row in session.execute(query)]


def list_field_visits(ws: WorkspaceSession) -> list[FieldVisitRow]:
    query = _with_org(
        select(FieldVisit.id, FieldVisit.code, InspectedOrg.name, FieldVisit.target_place, FieldVisit.visit_date,
               FieldVisit.purpose, FieldVisit.result_text), FieldVisit
    ).where(FieldVisit.is_deleted.is_(False)).order_by(FieldVisit.code, FieldVisit.id)
    with ws.read() as session:
        return [FieldVisitRow(*row) for row in session.execute(query)]


# ---- what the register forms choose from ----


@dataclass(frozen=True)
class AssignmentChoice:
    assignment_id: str
    org_name: str
    team_id: str
    team_no: int
    round_title: str


@dataclass(frozen=True)
class MemberChoice:
    member_id: str
    name: str
    role: str


def assignment_choices(ws: WorkspaceSession) -> list[AssignmentChoice]:
    """The assignments this workspace may file register entries under (a team: only its own), newest first."""
    query = assignments_query(ws).add_columns(InspectedOrg.name).join(
        InspectedOrg, InspectedOrg.id == Assignment.org_id)
    with ws.read() as session:
        return [AssignmentChoice(a.id, org_name, team.id, team.team_no, round_.title)
                for a, team, round_, org_name in session.execute(query)]


def team_members(ws: WorkspaceSession, team_id: str) -> list[MemberChoice]:
    """The live members of a team (the interviewer, recorder, handler and requester pickers)."""
    query = (select(TeamMember.id, TeamMember.name, TeamMember.role)
             .where(TeamMember.team_id == team_id, TeamMember.is_deleted.is_(False))
             .order_by(case((TeamMember.role == "leader", 0), (TeamMember.role == "deputy", 1), else_=2),
                       TeamMember.created_at, literal_column("team_member.rowid")))
    with ws.read() as session:
        return [MemberChoice(*row) for row in session.execute(query)]


def finding_choices(ws: WorkspaceSession, assignment_id: str | None = None) -> list[FindingChoice]:
    """Live findings an entry may be linked to: this workspace's, of one assignment's unit when given."""
    return search_findings(ws, limit=None, assignment_id=assignment_id)


def linked_findings(ws: WorkspaceSession, kind: str, entry_id: str) -> list[FindingChoice]:
    """The findings that name this register entry among their sources."""
    query = (select(Finding.id, Finding.code, Finding.title, InspectedOrg.name, Finding.status)
             .join(FindingSource, FindingSource.finding_id == Finding.id)
             .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
             .where(FindingSource.source_kind == kind, FindingSource.source_id == entry_id,
                    FindingSource.is_deleted.is_(False), Finding.is_deleted.is_(False))
             .order_by(Finding.code))
    with ws.read() as session:
        return [FindingChoice(*row) for row in session.execute(query)]
