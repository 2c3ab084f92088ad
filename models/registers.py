"""The fact-finding registers (reference/domain.md §2.2): interviews, petitions, document requests, visits.

A petitioner's identity is clue-level (C3) and lives in the clue compartment (models/clue.py), not here.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class Interview(Synced, Base):
    """个别谈话: at least two interviewers, a recorder, the interviewee's signature."""

    __tablename__ = "interview"

    code: Mapped[str] = mapped_column(String(60))
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True)
    interviewee_name: Mapped[str] = mapped_column(String(60))
    interviewee_unit: Mapped[str | None] = mapped_column(String(120), default=None)
    interviewee_post: Mapped[str | None] = mapped_column(String(120), default=None)
    interviewee_category: Mapped[str] = mapped_column(String(20), default="selected")
    talk_time: Mapped[datetime | None] = mapped_column(default=None)
    talk_place: Mapped[str | None] = mapped_column(String(200), default=None)
    interviewer_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorder_id: Mapped[str | None] = mapped_column(String(36), default=None)
    outline_items: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    signed_by_interviewee: Mapped[bool] = mapped_column(Boolean, default=False)


class Petition(Synced, Base):
    """信访件: channel, what it reflects, the in-scope decision and its disposition."""

    __tablename__ = "petition"

    petition_no: Mapped[str] = mapped_column(String(60))
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime | None] = mapped_column(default=None)
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    reflected_person_name: Mapped[str | None] = mapped_column(String(60), default=None)
    reflected_person_post: Mapped[str | None] = mapped_column(String(120), default=None)
    reflected_unit: Mapped[str | None] = mapped_column(String(120), default=None)
    reflected_is_cadre: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    in_scope: Mapped[bool | None] = mapped_column(Boolean, default=None)
    disposition: Mapped[str | None] = mapped_column(String(20), default=None)
    forwarded_to: Mapped[str | None] = mapped_column(String(120), default=None)
    forwarded_at: Mapped[date | None] = mapped_column(default=None)
    handler_id: Mapped[str | None] = mapped_column(String(36), default=None)
    handled_at: Mapped[date | None] = mapped_column(default=None)


class DocumentRequest(Synced, Base):
    """调阅资料: a request list signed by the leader, its items and their return."""

    __tablename__ = "document_request"

    code: Mapped[str] = mapped_column(String(60))
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True)
    requester_id: Mapped[str | None] = mapped_column(String(36), default=None)
    content: Mapped[str] = mapped_column(Text, default="")
    request_time: Mapped[datetime | None] = mapped_column(default=None)
    leader_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    leader_signed_at: Mapped[datetime | None] = mapped_column(default=None)


class DocumentRequestItem(Synced, Base):
    __tablename__ = "document_request_item"

    request_id: Mapped[str] = mapped_column(ForeignKey("document_request.id"), index=True)
    item_name: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer, default=1)
    material_type: Mapped[str | None] = mapped_column(String(40), default=None)
    origin_type: Mapped[str | None] = mapped_column(String(40), default=None)
    time_limit: Mapped[date | None] = mapped_column(default=None)
    provider_name: Mapped[str | None] = mapped_column(String(60), default=None)
    provided_at: Mapped[date | None] = mapped_column(default=None)
    returned: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_to: Mapped[str | None] = mapped_column(String(60), default=None)
    returned_at: Mapped[date | None] = mapped_column(default=None)


class FieldVisit(Synced, Base):
    """下沉走访 / 座谈 / 列席: where, when, whom, what came of it."""

    __tablename__ = "field_visit"

    code: Mapped[str] = mapped_column(String(60))
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True)
    visit_kind: Mapped[str] = mapped_column(String(20), default="visit")
    target_place: Mapped[str] = mapped_column(String(200))
    visit_date: Mapped[date | None] = mapped_column(default=None)
    purpose: Mapped[str | None] = mapped_column(Text, default=None)
    persons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    result_text: Mapped[str] = mapped_column(Text, default="")
