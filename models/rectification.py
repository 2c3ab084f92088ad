"""Handovers (移交) and rectification (整改) until close-out (销号)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, WanYuan
from models.labels import label


class Handover(Synced, Base):
    """移交: problems, proposals or immediate-fix items handed to a receiver. Clue handovers are C3 (clues.db)."""

    __tablename__ = "handover"

    handover_no: Mapped[str] = mapped_column(String(60), info=label("移交批次", "Handover no."))
    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True, info=label("轮次", "Round"))
    kind: Mapped[str] = mapped_column(String(20), info=label("移交类型", "Kind"))
    to_org: Mapped[str] = mapped_column(String(120), info=label("接收单位", "Receiving body"))
    from_agent: Mapped[str | None] = mapped_column(String(60), default=None, info=label("移交人", "Handed by"))
    handed_at: Mapped[date | None] = mapped_column(default=None, info=label("移交时间", "Handed at"))
    receiver_agent: Mapped[str | None] = mapped_column(String(60), default=None, info=label("接收人", "Received by"))
    received_at: Mapped[date | None] = mapped_column(default=None, info=label("签收时间", "Received at"))
    deadline: Mapped[date | None] = mapped_column(default=None, info=label("反馈期限", "Feedback deadline"))
    feedback_at: Mapped[date | None] = mapped_column(default=None, info=label("反馈时间", "Fed back at"))
    feedback_content: Mapped[str | None] = mapped_column(Text, default=None, info=label("办理结果", "Feedback"))
    result_use: Mapped[str | None] = mapped_column(Text, default=None, info=label("结果运用", "Use of the result"))
    closed: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否办结", "Closed"))
    receiver: Mapped[str | None] = mapped_column(String(20), default=None, info=label("移交类别", "Receiver"))
    theme: Mapped[str | None] = mapped_column(String(40), default=None, info=label("专项治理主题", "Theme"))


class HandoverItem(Synced, Base):
    __tablename__ = "handover_item"

    handover_id: Mapped[str] = mapped_column(ForeignKey("handover.id"), index=True)
    item_kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str] = mapped_column(String(36))


class RectificationItem(Synced, Base):
    """整改任务: one line of the rectification ledger, followed until it is closed out."""

    __tablename__ = "rectification_item"

    item_no: Mapped[int] = mapped_column(Integer, info=label("序号", "No."))
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True, info=label("问题编号", "Finding"))
    org_id: Mapped[str] = mapped_column(
        ForeignKey("inspected_org.id"), index=True, info=label("被巡察单位", "Inspected unit"))
    problem_category: Mapped[str | None] = mapped_column(String(200), default=None, info=label("问题类别", "Category"))
    problem_text: Mapped[str] = mapped_column(Text, default="", info=label("反馈问题", "Problem fed back"))
    target: Mapped[str | None] = mapped_column(Text, default=None, info=label("整改目标", "Target"))
    completion_standard: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("完成标准", "Completion standard"))
    measures: Mapped[str | None] = mapped_column(Text, default=None, info=label("整改措施", "Measures"))
    rect_type: Mapped[str] = mapped_column(String(20), default="deadline", info=label("整改类型", "Type"))
    responsible_leader: Mapped[str | None] = mapped_column(
        String(60), default=None, info=label("责任领导", "Responsible leader"))
    lead_unit: Mapped[str | None] = mapped_column(String(120), default=None, info=label("牵头单位", "Lead unit"))
    cooperating_units: Mapped[list[str]] = mapped_column(
        JSON, default=list, info=label("配合单位", "Cooperating units"))
    first_responsible: Mapped[str | None] = mapped_column(
        String(60), default=None, info=label("第一责任人", "First responsible person"))
    supervising_city_leader: Mapped[str | None] = mapped_column(
        String(60), default=None, info=label("领衔督办市领导", "Supervising city leader"))
    supervising_bodies: Mapped[list[str]] = mapped_column(
        JSON, default=list, info=label("督办单位", "Supervising bodies"))
    deadline: Mapped[date | None] = mapped_column(default=None, info=label("完成时限", "Deadline"))
    status: Mapped[str] = mapped_column(String(20), default="not_started", index=True, info=label("整改状态", "Status"))
    progress_text: Mapped[str | None] = mapped_column(Text, default=None, info=label("整改进展", "Progress"))
    measures_taken: Mapped[str | None] = mapped_column(Text, default=None, info=label("已采取措施", "Measures taken"))
    amount_recovered: Mapped[Decimal | None] = mapped_column(
        WanYuan, default=None, info=label("挽回金额（万元）", "Amount recovered (10,000 yuan)"))
    rules_made: Mapped[str | None] = mapped_column(Text, default=None, info=label("建章立制", "Rules made"))
    accountability_summary: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("追责问责", "Accountability"))
    not_done_reason: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("未完成原因及下一步计划", "Reason not done and next steps"))
    closure_requested_at: Mapped[datetime | None] = mapped_column(
        default=None, info=label("申请销号时间", "Close-out requested at"))
    closure_requested_by: Mapped[str | None] = mapped_column(
        String(36), default=None, info=label("申请人", "Requested by"))
    closure_reviewed_by: Mapped[str | None] = mapped_column(
        String(36), default=None, info=label("审核人", "Reviewed by"))
    closure_opinion: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("销号审核意见", "Close-out opinion"))
    closed_at: Mapped[datetime | None] = mapped_column(default=None, info=label("销号时间", "Closed out at"))
    feedback_id: Mapped[str | None] = mapped_column(
        String(36), default=None, index=True, info=label("反馈", "Feedback"))
