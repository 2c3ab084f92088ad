"""反馈: the signed findings fed back to one unit, and its rectification tasks made from them in one step.

One feedback per unit and time: the date, who fed back, the problems (signed or reported findings of that
unit's assignment in the round). Each problem gets one or more tasks (default: one, due in two months, the
concentrated rectification period); the feedback's milestones 整改方案 (due in one month) and 整改情况报告
(due in two) are made with it. The findings move to 已反馈.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from models.entities import (
    Assignment,
    Finding,
    InspectedOrg,
    InspectionRound,
    RectificationFeedback,
    RectificationItem,
    RectificationMilestone,
)
from models.enums import FindingStatus, RectStatus
from models.rectification_enums import MilestoneKind
from services.rectification.rules import require_supervisor
from services.rectification.tasks import TaskInput, add_months, next_item_no, task_values
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

ENTITY = RectificationFeedback.__tablename__
FEEDABLE = frozenset({FindingStatus.SIGNED.value, FindingStatus.REPORTED.value})
PLAN_MONTHS, REPORT_MONTHS = 1, 2


@dataclass
class FeedbackInput:
    round_id: str
    org_id: str
    finding_ids: list[str]
    fed_back_on: date | None = None
    fed_back_by: str | None = None
    notes: str | None = None
    # per finding id, its tasks; a finding not named gets one default task
    tasks: dict[str, list[TaskInput]] = field(default_factory=dict)


@dataclass(frozen=True)
class FeedbackResult:
    feedback_id: str
    item_ids: list[str]
    milestone_ids: list[str]


def create_feedback(ws: WorkspaceSession, data: FeedbackInput) -> FeedbackResult:
    require_supervisor(ws, "feedback")
    today = ws.clock.now().date()
    on = data.fed_back_on or today
    problems = Problems(ENTITY)
    problems.not_future("fed_back_on", on, today)
    if not data.finding_ids:
        problems.add("finding_ids", "too_few", minimum=1, count=0)
    with ws.write() as tx:
        session = tx.session
        rnd = session.get(InspectionRound, data.round_id)
        org = session.get(InspectedOrg, data.org_id)
        if rnd is None or rnd.is_deleted:
            problems.add("round_id", "unknown_reference", value=data.round_id)
        if org is None or org.is_deleted:
            problems.add("org_id", "unknown_reference", value=data.org_id)
        problems.check()
        assert rnd is not None and org is not None
        assignment = session.scalar(select(Assignment).where(
            Assignment.round_id == rnd.id, Assignment.org_id == org.id, Assignment.is_deleted.is_(False)))
        if assignment is None:
            problems.add("org_id", "not_in_round", value=org.name)
            problems.check()
        assert assignment is not None
        findings: list[Finding] = []
        for finding_id in dict.fromkeys(data.finding_ids):
            finding = session.get(Finding, finding_id)
            if finding is None or finding.is_deleted:
                problems.add("finding_ids", "unknown_reference", value=finding_id)
                continue
            if finding.assignment_id != assignment.id:
                problems.add("finding_ids", "other_unit", value=finding.code, org=org.name)
            elif session.scalar(select(RectificationItem.id).where(
                    RectificationItem.finding_id == finding.id, RectificationItem.is_deleted.is_(False))):
                problems.add("finding_ids", "already_fed_back", value=finding.code)
            elif finding.status not in FEEDABLE:
                problems.add("finding_ids", "finding_not_signed", value=finding.code,
                             status=FindingStatus(finding.status).zh, expected=FindingStatus.SIGNED.zh)
            findings.append(finding)
        planned = {f.id: data.tasks.get(f.id) or [TaskInput(deadline=add_months(on, REPORT_MONTHS))]
                   for f in findings}
        checked: list[tuple[Finding, dict[str, object]]] = []
        row = 0
        for finding in findings:
            for task in planned[finding.id]:
                row += 1
                values = task_values(problems, task, not_before=on, row=row if len(data.tasks) else None,
                                     default_problem=finding.title)
                values["problem_category"] = values["problem_category"] or finding.category_l2 or finding.category_l1
                checked.append((finding, values))
        problems.lengths(RectificationFeedback, {"fed_back_by": clean(data.fed_back_by) or ""})
        problems.check()
        scope = assignment.scope_team_id
        feedback = RectificationFeedback(round_id=rnd.id, assignment_id=assignment.id, org_id=org.id,
                                         fed_back_on=on, fed_back_by=clean(data.fed_back_by) or ws.actor.name,
                                         finding_ids=[f.id for f in findings], notes=clean(data.notes))
        tx.insert(feedback, scope_team_id=scope)
        item_ids = []
        numbers: dict[str, int] = {}
        for finding, values in checked:
            numbers[finding.id] = numbers.get(finding.id) or next_item_no(tx, finding.id)
            item = RectificationItem(item_no=numbers[finding.id], finding_id=finding.id, org_id=org.id,
                                     status=RectStatus.NOT_STARTED.value, feedback_id=feedback.id, **values)
            numbers[finding.id] += 1
            tx.insert(item, scope_team_id=scope)
            item_ids.append(item.id)
        for finding in findings:
            if finding.status != FindingStatus.FED_BACK.value:
                tx.update(finding, status=FindingStatus.FED_BACK.value)
        milestones = []
        for kind, months in ((MilestoneKind.PLAN, PLAN_MONTHS), (MilestoneKind.REPORT, REPORT_MONTHS)):
            milestone = RectificationMilestone(feedback_id=feedback.id, kind=kind.value, due_on=add_months(on, months))
            tx.insert(milestone, scope_team_id=scope)
            milestones.append(milestone.id)
        return FeedbackResult(feedback.id, item_ids, milestones)


def feedbacks_of(ws: WorkspaceSession, org_id: str) -> list[str]:
    """The ids of the unit's feedback records, oldest first."""
    with ws.read() as session:
        return list(session.scalars(select(RectificationFeedback.id).where(
            RectificationFeedback.org_id == org_id, RectificationFeedback.is_deleted.is_(False))
            .order_by(RectificationFeedback.fed_back_on, RectificationFeedback.created_at)))
