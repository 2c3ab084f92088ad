"""Handovers (移交) and rectification (整改) until close-out (销号)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, WanYuan


class Handover(Synced, Base):
    """移交: problems, proposals or immediate-fix items handed to a receiver. Clue handovers are C3 (clues.db)."""

    __tablename__ = "handover"

    handover_no: Mapped[str] = mapped_column(String(60))
    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    to_org: Mapped[str] = mapped_column(String(120))
    from_agent: Mapped[str | None] = mapped_column(String(60), default=None)
    handed_at: Mapped[date | None] = mapped_column(default=None)
    receiver_agent: Mapped[str | None] = mapped_column(String(60), default=None)
    received_at: Mapped[date | None] = mapped_column(default=None)
    deadline: Mapped[date | None] = mapped_column(default=None)
    feedback_at: Mapped[date | None] = mapped_column(default=None)
    feedback_content: Mapped[str | None] = mapped_column(Text, default=None)
    result_use: Mapped[str | None] = mapped_column(Text, default=None)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class HandoverItem(Synced, Base):
    __tablename__ = "handover_item"

    handover_id: Mapped[str] = mapped_column(ForeignKey("handover.id"), index=True)
    item_kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str] = mapped_column(String(36))


class RectificationItem(Synced, Base):
    """整改任务: one line of the rectification ledger, followed until it is closed out."""

    __tablename__ = "rectification_item"

    item_no: Mapped[int] = mapped_column(Integer)
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("inspected_org.id"), index=True)
    problem_category: Mapped[str | None] = mapped_column(String(200), default=None)
    problem_text: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str | None] = mapped_column(Text, default=None)
    completion_standard: Mapped[str | None] = mapped_column(Text, default=None)
    measures: Mapped[str | None] = mapped_column(Text, default=None)
    rect_type: Mapped[str] = mapped_column(String(20), default="deadline")
    responsible_leader: Mapped[str | None] = mapped_column(String(60), default=None)
    lead_unit: Mapped[str | None] = mapped_column(String(120), default=None)
    cooperating_units: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_responsible: Mapped[str | None] = mapped_column(String(60), default=None)
    supervising_city_leader: Mapped[str | None] = mapped_column(String(60), default=None)
    supervising_bodies: Mapped[list[str]] = mapped_column(JSON, default=list)
    deadline: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default="not_started", index=True)
    progress_text: Mapped[str | None] = mapped_column(Text, default=None)
    measures_taken: Mapped[str | None] = mapped_column(Text, default=None)
    amount_recovered: Mapped[Decimal | None] = mapped_column(WanYuan, default=None)
    rules_made: Mapped[str | None] = mapped_column(Text, default=None)
    accountability_summary: Mapped[str | None] = mapped_column(Text, default=None)
    not_done_reason: Mapped[str | None] = mapped_column(Text, default=None)
    closure_requested_at: Mapped[datetime | None] = mapped_column(default=None)
    closure_requested_by: Mapped[str | None] = mapped_column(String(36), default=None)
    closure_reviewed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    closure_opinion: Mapped[str | None] = mapped_column(Text, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
