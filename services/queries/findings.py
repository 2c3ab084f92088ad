"""The findings list: the ordered id list for a sort (done in SQL) and rows fetched page by page.

At HQ the list can hold 100k findings; the table asks for the ids once, then for the rows it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, select

from models.entities import Assignment, Finding, InspectedOrg, InspectionTeam
from services.workspace import WorkspaceSession

# The sort keys the list offers, each with its SQL ordering; ties fall back to the finding's code and id.
SORT_KEYS = ("code", "title", "org", "category", "status", "amount", "discovered_at")


@dataclass(frozen=True)
class FindingRow:
    id: str
    code: str
    title: str
    org_name: str
    category_l1: str | None
    status: str
    amount: Decimal | None
    discovered_at: date | None


def _ordered(query: Select, sort: str, descending: bool) -> Select:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")
    if sort == "code":
        # Team by team, then the sequence number: "…-2组-10号" after "…-2组-9号", as people read codes.
        query = query.join(Assignment, Assignment.id == Finding.assignment_id).join(
            InspectionTeam, InspectionTeam.id == Assignment.team_id
        )
        keys = [InspectionTeam.team_no, Finding.seq_no, Finding.code]
    elif sort == "org":
        query = query.join(InspectedOrg, InspectedOrg.id == Finding.org_id)
        keys = [InspectedOrg.name]
    else:
        column = {
            "title": Finding.title, "category": Finding.category_l1, "status": Finding.status,
            "amount": Finding.amount_involved, "discovered_at": Finding.discovered_at,
        }[sort]
        keys = [column]
    ordering = [key.desc() if descending else key.asc() for key in keys]
    return query.order_by(*ordering, Finding.code, Finding.id)


def finding_ids(ws: WorkspaceSession, sort: str = "code", descending: bool = False) -> list[str]:
    """Ids of the live (not deleted) findings in the order of ``sort``."""
    query = _ordered(select(Finding.id).where(Finding.is_deleted.is_(False)), sort, descending)
    with ws.read() as session:
        return list(session.scalars(query))


def finding_rows(ws: WorkspaceSession, ids: list[str]) -> list[FindingRow]:
    """The list columns of these findings, in the order of ``ids`` (ids no longer found are left out)."""
    if not ids:
        return []
    query = (
        select(
            Finding.id, Finding.code, Finding.title, InspectedOrg.name, Finding.category_l1, Finding.status,
            Finding.amount_involved, Finding.discovered_at,
        )
        .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
        .where(Finding.id.in_(ids))
    )
    with ws.read() as session:
        found = {row[0]: FindingRow(*row) for row in session.execute(query)}
    return [found[i] for i in ids if i in found]
