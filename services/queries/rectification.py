"""The rectification ledger (整改台账) as a list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from models.entities import Assignment, Finding, InspectedOrg, InspectionTeam, RectificationItem
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class RectificationRow:
    id: str
    item_no: int
    finding_code: str
    org_name: str
    problem_text: str
    rect_type: str
    lead_unit: str | None
    deadline: date | None
    status: str


def list_rectification_items(ws: WorkspaceSession) -> list[RectificationRow]:
    query = (
        select(RectificationItem.id, RectificationItem.item_no, Finding.code, InspectedOrg.name,
               RectificationItem.problem_text, RectificationItem.rect_type, RectificationItem.lead_unit,
               RectificationItem.deadline, RectificationItem.status)
        .join(Finding, Finding.id == RectificationItem.finding_id)
        .join(InspectedOrg, InspectedOrg.id == RectificationItem.org_id)
        .join(Assignment, Assignment.id == Finding.assignment_id)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .where(RectificationItem.is_deleted.is_(False))
        # The ledger's order: team by team, then the findings' sequence (the order of their codes).
        .order_by(InspectionTeam.team_no, Finding.seq_no, RectificationItem.item_no, RectificationItem.id)
    )
    with ws.read() as session:
        return [RectificationRow(*row) for row in session.execute(query)]
