"""Figures for the statistics area beyond the plain counts of services/info.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from models.entities import Assignment, Finding
from services.workspace import WorkspaceSession


@dataclass
class FindingFigures:
    units_inspected: int = 0
    findings: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    amount_total: Decimal = Decimal(0)


def finding_figures(ws: WorkspaceSession) -> FindingFigures:
    """Units with a live assignment, findings by status and the total amount involved (万元)."""
    live = Finding.is_deleted.is_(False)
    with ws.read() as session:
        units = session.scalar(
            select(func.count(func.distinct(Assignment.org_id))).where(Assignment.is_deleted.is_(False))
        )
        status_query = select(Finding.status, func.count()).where(live).group_by(Finding.status)
        by_status = {str(status): int(count) for status, count in session.execute(status_query)}
        total = session.scalar(select(func.sum(Finding.amount_involved)).where(live))
    return FindingFigures(
        units_inspected=int(units or 0), findings=sum(by_status.values()), by_status=by_status,
        amount_total=Decimal(total) if total is not None else Decimal(0),
    )
