"""The rectification figures the committee's report on a round's rectification quotes: tasks per state, the share
closed out (销号率), overdue tasks, amounts recovered (挽回金额), rules made (建章立制), people held accountable
(by the 敷衍整改 / 虚假整改 flags), handovers and their overdue feedback."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from models.entities import Assignment, Finding, RectificationFlag, RectificationItem
from models.enums import RectStatus
from services.queries.rectification_board import STATES, list_handovers, list_tasks
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class RectificationFigures:
    tasks: int
    per_state: dict[str, int]
    closed_out: int
    closed_out_share: float  # 0..1
    overdue: int
    amount_recovered: Decimal
    rules_made: int
    people_held_accountable: int
    flags: int
    handovers: int
    handovers_overdue: int


def rectification_figures(ws: WorkspaceSession, round_id: str | None = None) -> RectificationFigures:
    rows = list_tasks(ws)
    with ws.read() as session:
        query = (select(RectificationItem.id, RectificationItem.amount_recovered, RectificationItem.rules_made)
                 .join(Finding, Finding.id == RectificationItem.finding_id)
                 .join(Assignment, Assignment.id == Finding.assignment_id)
                 .where(RectificationItem.is_deleted.is_(False)))
        if round_id:
            query = query.where(Assignment.round_id == round_id)
        items = session.execute(query).all()
        ids = {item_id for item_id, _, _ in items}
        persons: set[str] = set()
        flags = 0
        for item_id, names in session.execute(select(RectificationFlag.item_id, RectificationFlag.persons).where(
                RectificationFlag.is_deleted.is_(False))):
            if item_id in ids:
                flags += 1
                persons.update(names or [])
        amount = sum((a for _, a, _ in items if a is not None), Decimal(0))
        rules = sum(1 for _, _, r in items if r)
        total = len(ids)
    rows = [r for r in rows if r.id in ids]
    per_state = {s: sum(1 for r in rows if r.status == s) for s in STATES}
    closed = per_state[RectStatus.CLOSED_OUT.value]
    handovers = [h for h in list_handovers(ws) if not round_id or h.round_id == round_id]  # the round's, as the tasks
    return RectificationFigures(
        total, per_state, closed, round(closed / total, 4) if total else 0.0,
        sum(1 for r in rows if r.colour == "red"), amount, rules, len(persons), flags, len(handovers),
        sum(1 for h in handovers if h.colour == "red"))


def figures_data(figures: RectificationFigures) -> dict[str, object]:
    return {"tasks": figures.tasks, "per_state": figures.per_state, "closed_out": figures.closed_out,
            "closed_out_share": figures.closed_out_share, "overdue": figures.overdue,
            "amount_recovered": figures.amount_recovered, "rules_made": figures.rules_made,
            "people_held_accountable": figures.people_held_accountable, "flags": figures.flags,
            "handovers": figures.handovers, "handovers_overdue": figures.handovers_overdue}
