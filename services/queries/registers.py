"""The four fact-finding registers as small lists: interviews, petitions, document requests, field visits.

Petitioners' identities are C3 and live in the clue compartment; nothing here reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from models.entities import (
    Assignment,
    DocumentRequest,
    DocumentRequestItem,
    FieldVisit,
    InspectedOrg,
    Interview,
    Petition,
)
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


def _org_join(entity: type) -> tuple[object, object]:
    return Assignment.id == entity.assignment_id, InspectedOrg.id == Assignment.org_id  # type: ignore[attr-defined]


def list_interviews(ws: WorkspaceSession) -> list[InterviewRow]:
    on_assignment, on_org = _org_join(Interview)
    query = (
        select(Interview.id, Interview.code, InspectedOrg.name, Interview.interviewee_name,
               Interview.interviewee_post, Interview.interviewee_category, Interview.talk_time,
               Interview.signed_by_interviewee)
        .join(Assignment, on_assignment).join(InspectedOrg, on_org)
        .where(Interview.is_deleted.is_(False)).order_by(Interview.code, Interview.id)
    )
    with ws.read() as session:
        return [InterviewRow(*row) for row in session.execute(query)]


def list_petitions(ws: WorkspaceSession) -> list[PetitionRow]:
    on_assignment, on_org = _org_join(Petition)
    query = (
        select(Petition.id, Petition.petition_no, InspectedOrg.name, Petition.channel, Petition.received_at,
               Petition.reflected_unit, Petition.summary, Petition.disposition)
        .join(Assignment, on_assignment).join(InspectedOrg, on_org)
        .where(Petition.is_deleted.is_(False)).order_by(Petition.petition_no, Petition.id)
    )
    with ws.read() as session:
        return [PetitionRow(*row) for row in session.execute(query)]


def list_document_requests(ws: WorkspaceSession) -> list[DocumentRequestRow]:
    on_assignment, on_org = _org_join(DocumentRequest)
    items = (
        select(func.count()).select_from(DocumentRequestItem)
        .where(DocumentRequestItem.request_id == DocumentRequest.id, DocumentRequestItem.is_deleted.is_(False))
        .scalar_subquery()
    )
    query = (
        select(DocumentRequest.id, DocumentRequest.code, InspectedOrg.name, DocumentRequest.content,
               DocumentRequest.request_time, items, DocumentRequest.leader_signed)
        .join(Assignment, on_assignment).join(InspectedOrg, on_org)
        .where(DocumentRequest.is_deleted.is_(False)).order_by(DocumentRequest.code, DocumentRequest.id)
    )
    with ws.read() as session:
        return [DocumentRequestRow(*row) for row in session.execute(query)]


def list_field_visits(ws: WorkspaceSession) -> list[FieldVisitRow]:
    on_assignment, on_org = _org_join(FieldVisit)
    query = (
        select(FieldVisit.id, FieldVisit.code, InspectedOrg.name, FieldVisit.target_place, FieldVisit.visit_date,
               FieldVisit.purpose, FieldVisit.result_text)
        .join(Assignment, on_assignment).join(InspectedOrg, on_org)
        .where(FieldVisit.is_deleted.is_(False)).order_by(FieldVisit.code, FieldVisit.id)
    )
    with ws.read() as session:
        return [FieldVisitRow(*row) for row in session.execute(query)]
