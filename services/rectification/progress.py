"""整改进展: progress reports appended to a task (date, text, evidence; never overwritten), the state they move
it to, and the dated milestones 整改方案 / 整改情况报告 with their documents.

States: 未启动 → 正在整改 → 已完成 / 基本完成、持续整改 / 未完成. A first report moves 未启动 to 正在整改; a report may
name the state it leaves the task in. 已销号 is HQ's review's (closeout.py), and a closed-out task takes no report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.entities import RectificationMilestone, RectificationProgress
from models.enums import RectStatus
from services.rectification.evidence import MILESTONE_OWNER, PROGRESS_OWNER, scan_files, store_documents
from services.rectification.rules import ITEM, live_feedback, live_item, require_supervisor, unknown
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

REPORTABLE = frozenset({RectStatus.IN_PROGRESS.value, RectStatus.DONE.value, RectStatus.MOSTLY_DONE.value,
                        RectStatus.NOT_DONE.value})
PROGRESS = RectificationProgress.__tablename__


@dataclass
class ProgressInput:
    text: str
    reported_on: object = None  # a date; today when None
    status: str | None = None
    evidence: Sequence[Path | str] = field(default_factory=list)
    measures_taken: str | None = None
    amount_recovered: Decimal | None = None
    rules_made: str | None = None
    not_done_reason: str | None = None


@dataclass(frozen=True)
class ProgressResult:
    progress_id: str
    status: str
    evidence_ids: list[str]


def report_progress(ws: WorkspaceSession, item_ref: str, data: ProgressInput) -> ProgressResult:
    require_supervisor(ws, "progress")
    today = ws.clock.now().date()
    on = data.reported_on or today
    problems = Problems(PROGRESS)
    problems.required("text", data.text)
    problems.not_future("reported_on", on, today)  # type: ignore[arg-type]
    if data.status is not None and data.status not in REPORTABLE:
        problems.add("status_after", "unknown_choice", value=data.status,
                     choices="、".join(RectStatus(s).zh for s in sorted(REPORTABLE)))
    if data.amount_recovered is not None and data.amount_recovered < 0:
        problems.add("amount_recovered", "negative", entity=ITEM)
    problems.check()
    files = scan_files(data.evidence)
    with ws.write() as tx:
        item = live_item(tx.session, item_ref)
        if item.status == RectStatus.CLOSED_OUT.value:
            problems.add("status", "closed_out", entity=ITEM, value=item.problem_text[:40])
        if item.closure_requested_at is not None and data.status not in (None, item.status):
            problems.add("status", "closure_pending", entity=ITEM, value=item.problem_text[:40])
        problems.check()
        status = data.status or (RectStatus.IN_PROGRESS.value if item.status == RectStatus.NOT_STARTED.value
                                 else item.status)
        row = RectificationProgress(item_id=item.id, reported_on=on, text=(clean(data.text) or ""),
                                    status_after=status, reported_by=ws.actor.name)
        tx.insert(row, scope_team_id=item.scope_team_id)
        evidence_ids = store_documents(tx, PROGRESS_OWNER, row.id, item.scope_team_id, files, ws.actor.name)
        changes: dict[str, Any] = {"status": status, "progress_text": row.text}
        for name in ("measures_taken", "rules_made", "not_done_reason"):
            value = clean(getattr(data, name))
            if value is not None:
                changes[name] = value
        if data.amount_recovered is not None:
            changes["amount_recovered"] = data.amount_recovered
        tx.update(item, **changes)
        return ProgressResult(row.id, status, evidence_ids)


def submit_milestone(ws: WorkspaceSession, milestone_id: str, documents: Sequence[Path | str],
                     submitted_on: object = None) -> list[str]:
    """The unit's 整改方案 or 整改情况报告 arrived: its date and documents (at least one)."""
    require_supervisor(ws, "milestone")
    today = ws.clock.now().date()
    on = submitted_on or today
    problems = Problems(RectificationMilestone.__tablename__)
    problems.not_future("submitted_on", on, today)  # type: ignore[arg-type]
    if not documents:
        problems.add("file_name", "too_few", minimum=1, count=0)
    problems.check()
    files = scan_files(documents)
    with ws.write() as tx:
        milestone = tx.session.get(RectificationMilestone, milestone_id)
        if milestone is None or milestone.is_deleted:
            raise unknown(RectificationMilestone.__tablename__, "id", milestone_id)
        live_feedback(tx.session, milestone.feedback_id)
        tx.update(milestone, submitted_on=on)
        return store_documents(tx, MILESTONE_OWNER, milestone.id, milestone.scope_team_id, files, ws.actor.name)


def milestones_of(ws: WorkspaceSession, feedback_id: str) -> list[RectificationMilestone]:
    with ws.read() as session:
        rows = list(session.scalars(select(RectificationMilestone).where(
            RectificationMilestone.feedback_id == feedback_id, RectificationMilestone.is_deleted.is_(False))
            .order_by(RectificationMilestone.due_on)))
        session.expunge_all()
        return rows
