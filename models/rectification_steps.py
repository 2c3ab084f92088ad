"""The steps of rectification (整改) that the ledger line alone cannot hold: the feedback to a unit (反馈), its
dated milestones (整改方案, 整改情况报告), progress reports (appended, never overwritten), HQ's close-out
reviews (a three-party check: 巡察办, 纪委监委, 组织部), the 敷衍整改 / 虚假整改 flags with their
accountability, and the feedback entries of a classified handover (分类移交). docs/domain.md §3.6.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced
from models.labels import label


class RectificationFeedback(Synced, Base):
    """反馈: the problems (signed findings) fed back to one inspected unit, from which its tasks are made."""

    __tablename__ = "rectification_feedback"

    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True,
                                          info=label("轮次", "Round"))
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True,
                                               info=label("巡察任务", "Assignment"))
    org_id: Mapped[str] = mapped_column(ForeignKey("inspected_org.id"), index=True,
                                        info=label("被巡察单位", "Inspected unit"))
    fed_back_on: Mapped[date] = mapped_column(info=label("反馈日期", "Fed back on"))
    fed_back_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("反馈人", "Fed back by"))
    finding_ids: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("反馈问题", "Problems fed back"))
    notes: Mapped[str | None] = mapped_column(Text, default=None, info=label("备注", "Notes"))


class RectificationMilestone(Synced, Base):
    """整改方案 or 整改情况报告 of a unit: due date, date submitted; its document is evidence of this row."""

    __tablename__ = "rectification_milestone"

    feedback_id: Mapped[str] = mapped_column(ForeignKey("rectification_feedback.id"), index=True,
                                             info=label("反馈", "Feedback"))
    kind: Mapped[str] = mapped_column(String(20), info=label("节点", "Milestone"))
    due_on: Mapped[date | None] = mapped_column(default=None, info=label("应报日期", "Due on"))
    submitted_on: Mapped[date | None] = mapped_column(default=None, info=label("报送日期", "Submitted on"))


class RectificationProgress(Synced, Base):
    """整改进展: one progress report of a task (date, text, evidence attached to this row); appended only."""

    __tablename__ = "rectification_progress"

    item_id: Mapped[str] = mapped_column(ForeignKey("rectification_item.id"), index=True,
                                         info=label("整改任务", "Task"))
    reported_on: Mapped[date] = mapped_column(info=label("报告日期", "Reported on"))
    text: Mapped[str] = mapped_column(Text, info=label("整改进展", "Progress"))
    status_after: Mapped[str | None] = mapped_column(String(20), default=None, info=label("整改状态", "Status"))
    reported_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("报告人", "Reported by"))


class RectificationReview(Synced, Base):
    """销号审核: HQ's review of a close-out request, with the opinions of 纪委监委 and 组织部."""

    __tablename__ = "rectification_review"

    item_id: Mapped[str] = mapped_column(ForeignKey("rectification_item.id"), index=True,
                                         info=label("整改任务", "Task"))
    outcome: Mapped[str] = mapped_column(String(20), info=label("审核结果", "Outcome"))
    office_opinion: Mapped[str] = mapped_column(Text, info=label("巡察办意见", "Inspection office's opinion"))
    discipline_opinion: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("纪委监委意见", "Discipline commission's opinion"))
    organisation_opinion: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("组织部意见", "Organisation department's opinion"))
    reviewed_on: Mapped[date] = mapped_column(info=label("审核日期", "Reviewed on"))
    reviewed_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("审核人", "Reviewed by"))


class RectificationFlag(Synced, Base):
    """敷衍整改 / 虚假整改 found in a task, and the accountability that followed (who, what, when)."""

    __tablename__ = "rectification_flag"

    item_id: Mapped[str] = mapped_column(ForeignKey("rectification_item.id"), index=True,
                                         info=label("整改任务", "Task"))
    kind: Mapped[str] = mapped_column(String(20), info=label("认定", "Finding"))
    accountability: Mapped[str] = mapped_column(Text, info=label("追责问责", "Accountability"))
    persons: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("被问责人", "Held accountable"))
    measure: Mapped[str | None] = mapped_column(Text, default=None, info=label("处理措施", "Measure"))
    points_deducted: Mapped[int | None] = mapped_column(Integer, default=None, info=label("扣分", "Points deducted"))
    decided_on: Mapped[date] = mapped_column(info=label("问责日期", "Decided on"))
    recorded_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("记录人", "Recorded by"))


class HandoverFeedback(Synced, Base):
    """移交反馈: one report back from the receiver of a classified handover."""

    __tablename__ = "handover_feedback"

    handover_id: Mapped[str] = mapped_column(ForeignKey("handover.id"), index=True, info=label("移交批次", "Handover"))
    received_on: Mapped[date] = mapped_column(info=label("反馈日期", "Fed back on"))
    text: Mapped[str] = mapped_column(Text, info=label("反馈内容", "Feedback"))
    recorded_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("记录人", "Recorded by"))
