"""整改任务: the task fields (the three lists: 问题清单, 任务清单, 责任清单) checked and written."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select

from models.entities import Finding, RectificationItem
from models.enums import RectStatus, RectType
from services.changes import WriteTx
from services.rectification.rules import ITEM, live_item, require_supervisor
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

# HQ's fields of a task: the unit's side (progress, 申请销号) arrives through progress.py and closeout.py
TASK_FIELDS = ("problem_text", "target", "measures", "completion_standard", "rect_type", "responsible_leader",
               "lead_unit", "cooperating_units", "first_responsible", "supervising_city_leader",
               "supervising_bodies", "deadline", "problem_category")


@dataclass
class TaskInput:
    measures: str | None = None
    completion_standard: str | None = None
    rect_type: str = RectType.DEADLINE.value
    responsible_leader: str | None = None
    lead_unit: str | None = None
    cooperating_units: list[str] = field(default_factory=list)
    first_responsible: str | None = None
    supervising_city_leader: str | None = None
    supervising_bodies: list[str] = field(default_factory=list)
    deadline: date | None = None
    problem_text: str | None = None
    target: str | None = None
    problem_category: str | None = None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def task_values(problems: Problems, data: TaskInput, *, not_before: date | None, row: int | None = None,
                default_problem: str = "") -> dict[str, Any]:
    """The checked column values of one task; problems collected (``row``: the task's place in a form)."""
    where: dict[str, Any] = {"row": row} if row is not None else {}
    problems.choice("rect_type", data.rect_type, RectType)
    if data.rect_type != RectType.LONG_TERM.value:
        problems.required("deadline", data.deadline, **where)
    problems.date_order("deadline", data.deadline, "fed_back_on", not_before, **where)
    values: dict[str, Any] = {
        "problem_text": clean(data.problem_text) or default_problem, "target": clean(data.target),
        "measures": clean(data.measures), "completion_standard": clean(data.completion_standard),
        "rect_type": data.rect_type, "responsible_leader": clean(data.responsible_leader),
        "lead_unit": clean(data.lead_unit),
        "cooperating_units": [u.strip() for u in data.cooperating_units if u and u.strip()],
        "first_responsible": clean(data.first_responsible),
        "supervising_city_leader": clean(data.supervising_city_leader),
        "supervising_bodies": [b.strip() for b in data.supervising_bodies if b and b.strip()],
        "deadline": data.deadline, "problem_category": clean(data.problem_category),
    }
    problems.lengths(RectificationItem, {k: v for k, v in values.items() if isinstance(v, str)}, row=row)
    return values


def next_item_no(tx: WriteTx, finding_id: str) -> int:
    """序号 of a finding's next task (1, 2, ...), removed ones counted: a number is never given twice."""
    highest = tx.session.scalar(select(func.max(RectificationItem.item_no)).where(
        RectificationItem.finding_id == finding_id))
    return int(highest or 0) + 1


def task_input(ws: WorkspaceSession, item_ref: str) -> tuple[TaskInput, int]:
    """A task's HQ fields as they stand (what an edit starts from) and its version (the edit's expected one)."""
    with ws.read() as session:
        item = live_item(session, item_ref)
        return TaskInput(
            measures=item.measures, completion_standard=item.completion_standard, rect_type=item.rect_type,
            responsible_leader=item.responsible_leader, lead_unit=item.lead_unit,
            cooperating_units=list(item.cooperating_units or []), first_responsible=item.first_responsible,
            supervising_city_leader=item.supervising_city_leader,
            supervising_bodies=list(item.supervising_bodies or []), deadline=item.deadline,
            problem_text=item.problem_text, target=item.target, problem_category=item.problem_category,
        ), item.local_version


def update_task(ws: WorkspaceSession, item_ref: str, data: TaskInput, expected_version: int | None = None) -> None:
    """Change a task's HQ fields (not its status: that moves by progress, review and close-out)."""
    require_supervisor(ws, "edit_task")
    with ws.write() as tx:
        item = live_item(tx.session, item_ref)
        problems = Problems(ITEM)
        if item.status == RectStatus.CLOSED_OUT.value:
            problems.add("status", "closed_out", value=item.problem_text[:40])
        values = task_values(problems, data, not_before=None, default_problem=item.problem_text)
        problems.check()
        tx.update(item, expected_version=expected_version, **values)


def add_task(ws: WorkspaceSession, finding_id: str, data: TaskInput) -> str:
    """One more task for a problem already fed back (a problem may need several); the task's id."""
    require_supervisor(ws, "edit_task")
    with ws.write() as tx:
        problems = Problems(ITEM)
        finding = tx.session.get(Finding, finding_id)
        sibling = tx.session.scalars(select(RectificationItem).where(
            RectificationItem.finding_id == finding_id, RectificationItem.is_deleted.is_(False))).first()
        if finding is None or finding.is_deleted or sibling is None:
            problems.add("finding_id", "not_fed_back", value=finding.code if finding else finding_id)
            problems.check()
        assert finding is not None and sibling is not None
        values = task_values(problems, data, not_before=None, default_problem=sibling.problem_text)
        problems.check()
        item = RectificationItem(item_no=next_item_no(tx, finding_id), finding_id=finding_id, org_id=sibling.org_id,
                                 status=RectStatus.NOT_STARTED.value, feedback_id=sibling.feedback_id, **values)
        tx.insert(item, scope_team_id=sibling.scope_team_id)
        return item.id
