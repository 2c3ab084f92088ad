"""申请销号 and HQ's review (销号审核): a three-party check (巡察办's opinion with those of 纪委监委 and 组织部),
then 已销号 or 退回 with a reason. A task is never closed out without evidence of its rectification and a review:
the request needs the task finished (已完成 or 基本完成、持续整改) and at least one evidence file on its progress;
the approval needs a pending request and all three opinions.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Finding, RectificationItem, RectificationProgress, RectificationReview
from models.enums import FindingStatus, RectStatus
from models.rectification_enums import ReviewOutcome
from services.rectification.evidence import PROGRESS_OWNER, evidence_count
from services.rectification.rules import ITEM, live_item, require_supervisor
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

CLOSABLE = frozenset({RectStatus.DONE.value, RectStatus.MOSTLY_DONE.value})
REVIEW = RectificationReview.__tablename__


def task_evidence(session: Session, item_id: str) -> int:
    progress_ids = list(session.scalars(select(RectificationProgress.id).where(
        RectificationProgress.item_id == item_id, RectificationProgress.is_deleted.is_(False))))
    return evidence_count(session, PROGRESS_OWNER, progress_ids)


def request_close(ws: WorkspaceSession, item_ref: str) -> None:
    """申请销号 on the unit's behalf (entered at HQ, or from its returned ledger)."""
    require_supervisor(ws, "request_close")
    problems = Problems(ITEM)
    with ws.write() as tx:
        item = live_item(tx.session, item_ref)
        if item.status == RectStatus.CLOSED_OUT.value:
            problems.add("status", "closed_out", value=item.problem_text[:40])
        elif item.closure_requested_at is not None:
            problems.add("closure_requested_at", "already_requested", value=item.problem_text[:40])
        elif item.status not in CLOSABLE:
            problems.add("status", "wrong_status", value=RectStatus(item.status).zh,
                         expected="、".join(RectStatus(s).zh for s in sorted(CLOSABLE)))
        elif task_evidence(tx.session, item.id) == 0:
            problems.add("closure_requested_at", "closure_without_evidence", value=item.problem_text[:40])
        problems.check()
        tx.update(item, closure_requested_at=ws.clock.now().replace(tzinfo=None), closure_requested_by=ws.actor.user_id)


def review_close(ws: WorkspaceSession, item_ref: str, *, approve: bool, opinion: str,
                 discipline_opinion: str | None = None, organisation_opinion: str | None = None) -> str:
    """Approve (已销号) or return (退回, ``opinion`` is the reason) a close-out request; the review's id."""
    require_supervisor(ws, "review")
    problems = Problems(REVIEW)
    problems.required("office_opinion", opinion)
    if approve:
        problems.required("discipline_opinion", discipline_opinion)
        problems.required("organisation_opinion", organisation_opinion)
    with ws.write() as tx:
        item = live_item(tx.session, item_ref)
        if item.status == RectStatus.CLOSED_OUT.value:
            problems.add("status", "closed_out", entity=ITEM, value=item.problem_text[:40])
        elif item.closure_requested_at is None:
            problems.add("closure_requested_at", "not_requested", entity=ITEM, value=item.problem_text[:40])
        elif approve and task_evidence(tx.session, item.id) == 0:
            problems.add("closure_requested_at", "closure_without_evidence", entity=ITEM,
                         value=item.problem_text[:40])
        problems.check()
        now = ws.clock.now().replace(tzinfo=None)
        review = RectificationReview(
            item_id=item.id, outcome=(ReviewOutcome.APPROVED if approve else ReviewOutcome.RETURNED).value,
            office_opinion=clean(opinion) or "", discipline_opinion=clean(discipline_opinion),
            organisation_opinion=clean(organisation_opinion), reviewed_on=now.date(), reviewed_by=ws.actor.name)
        tx.insert(review, scope_team_id=item.scope_team_id)
        if approve:
            tx.update(item, status=RectStatus.CLOSED_OUT.value, closed_at=now, closure_reviewed_by=ws.actor.user_id,
                      closure_opinion=review.office_opinion)
            _close_finding(tx.session, tx, item)
        else:
            tx.update(item, status=RectStatus.IN_PROGRESS.value, closure_requested_at=None,
                      closure_requested_by=None, closure_reviewed_by=ws.actor.user_id,
                      closure_opinion=review.office_opinion)
        return review.id


def _close_finding(session: Session, tx: object, item: RectificationItem) -> None:
    """The finding is 已销号 once every live task of it is."""
    session.flush()
    open_tasks = session.scalar(select(RectificationItem.id).where(
        RectificationItem.finding_id == item.finding_id, RectificationItem.is_deleted.is_(False),
        RectificationItem.status != RectStatus.CLOSED_OUT.value))
    finding = session.get(Finding, item.finding_id)
    if open_tasks is None and finding is not None and finding.status != FindingStatus.CLOSED.value:
        tx.update(finding, status=FindingStatus.CLOSED.value)  # type: ignore[attr-defined]
