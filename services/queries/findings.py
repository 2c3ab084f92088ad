"""The findings list: the ordered id list for a filter and a sort (both done in SQL) and rows fetched page by page.

At HQ the list can hold 100k findings; the table asks for the ids once, then for the rows it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, literal, select

from models.entities import Assignment, Finding, InspectedOrg, InspectionTeam, TaxonomyNode
from models.search import finding_search_key
from services.queries.finding_search import matching_finding_ids
from services.workspace import WorkspaceSession

# The sort keys the list offers, each with its SQL ordering; ties fall back to the finding's code and id.
SORT_KEYS = ("code", "title", "org", "category", "status", "amount", "discovered_at", "category_l2", "source",
             "discovered_by", "is_key", "is_common", "immediate_fix", "disciplines", "location")
_COLUMN_KEYS = {
    "title": Finding.title, "category": Finding.category_l1, "status": Finding.status,
    "amount": Finding.amount_involved, "discovered_at": Finding.discovered_at, "category_l2": Finding.category_l2,
    "source": Finding.source_method, "discovered_by": Finding.discovered_by, "is_key": Finding.is_key,
    "is_common": Finding.is_common, "immediate_fix": Finding.immediate_fix, "disciplines": Finding.discipline_tags,
    "location": Finding.location,
}


@dataclass(frozen=True)
class FindingFilter:
    """What the list is narrowed to; every field left empty (None or ()) does not narrow it."""

    search: str = ""
    org_ids: tuple[str, ...] = ()
    org_level: str | None = None  # an OrgLevel code
    category_id: str | None = None  # a taxonomy node: the finding's category is it or one of its descendants
    tag: str | None = None  # a discipline code (discipline_tags) or another tag's text (other_tags)
    statuses: tuple[str, ...] = ()  # FindingStatus codes
    discovered_from: date | None = None
    discovered_to: date | None = None
    amount_min: Decimal | None = None  # 万元
    amount_max: Decimal | None = None
    is_key: bool | None = None
    is_common: bool | None = None
    immediate_fix: bool | None = None

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, (), "") for f in fields(self)) and not self.search.strip()

    def active_count(self) -> int:
        """How many criteria narrow the list (the search text counts as one)."""
        values = [getattr(self, f.name) for f in fields(self) if f.name != "search"]
        return sum(value not in (None, (), "") for value in values) + bool(self.search.strip())


NO_FILTER = FindingFilter()


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
    category_l2: str | None = None
    source_method: str | None = None
    discovered_by: str | None = None
    is_key: bool = False
    is_common: bool = False
    immediate_fix: bool = False
    discipline_tags: tuple[str, ...] = ()
    location: str | None = None


def _has_tag(tag: str) -> ColumnElement[bool]:
    conditions = []
    for column in (Finding.discipline_tags, Finding.other_tags):
        each = func.json_each(column).table_valued("value")
        conditions.append(exists(select(literal(1)).select_from(each).where(each.c.value == tag)))
    return conditions[0] | conditions[1]


def _in_category(node_id: str) -> ColumnElement[bool]:
    tree = select(TaxonomyNode.id).where(TaxonomyNode.id == node_id).cte("category_tree", recursive=True)
    tree = tree.union_all(select(TaxonomyNode.id).where(TaxonomyNode.parent_id == tree.c.id))
    return Finding.category_id.in_(select(tree.c.id))


def conditions(wanted: FindingFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of ``wanted`` on ``Finding`` (live findings only)."""
    where: list[ColumnElement[bool]] = [Finding.is_deleted.is_(False)]
    if wanted.org_ids:
        where.append(Finding.org_id.in_(wanted.org_ids))
    if wanted.org_level:
        where.append(Finding.org_id.in_(select(InspectedOrg.id).where(InspectedOrg.level == wanted.org_level)))
    if wanted.category_id:
        where.append(_in_category(wanted.category_id))
    if wanted.tag:
        where.append(_has_tag(wanted.tag))
    if wanted.statuses:
        where.append(Finding.status.in_(wanted.statuses))
    if wanted.discovered_from:
        where.append(Finding.discovered_at >= wanted.discovered_from)
    if wanted.discovered_to:
        where.append(Finding.discovered_at <= wanted.discovered_to)
    if wanted.amount_min is not None:
        where.append(Finding.amount_involved >= wanted.amount_min)
    if wanted.amount_max is not None:
        where.append(Finding.amount_involved <= wanted.amount_max)
    for flag in ("is_key", "is_common", "immediate_fix"):
        value = getattr(wanted, flag)
        if value is not None:
            where.append(getattr(Finding, flag).is_(value))
    matching = matching_finding_ids(wanted.search)
    if matching is not None:
        where.append(Finding.id.in_(matching))
    return where


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
        keys = [_COLUMN_KEYS[sort]]
    ordering = [key.desc() if descending else key.asc() for key in keys]
    return query.order_by(*ordering, *([] if sort == "code" else [Finding.code]))  # codes are unique


def finding_ids_query(wanted: FindingFilter = NO_FILTER, sort: str = "code", descending: bool = False) -> Select:
    """The SELECT behind ``finding_ids`` (the benchmark times it bare)."""
    return _ordered(select(Finding.id).where(*conditions(wanted)), sort, descending)


def finding_ids(ws: WorkspaceSession, wanted: FindingFilter | None = None, sort: str = "code",
                descending: bool = False, limit: int | None = None) -> list[str]:
    """Ids of the live (not deleted) findings that pass ``wanted``, in the order of ``sort``; with ``limit`` only
    the first ones (SQLite keeps a top-N sort instead of ordering the whole list: the list's first screen)."""
    query = finding_ids_query(wanted or NO_FILTER, sort, descending)
    if limit is not None:
        query = query.limit(limit)
    with ws.read() as session:
        return list(session.scalars(query))


def finding_count(ws: WorkspaceSession, wanted: FindingFilter | None = None) -> int:
    """How many live findings pass ``wanted`` (all of them without a filter)."""
    if wanted is None or wanted.is_empty:
        # One row per live finding, kept by triggers; counted on its narrow unique index, not the wide table.
        query = select(func.count()).select_from(finding_search_key)
    else:
        query = select(func.count()).select_from(Finding).where(*conditions(wanted))
    with ws.read() as session:
        return int(session.scalar(query) or 0)


def finding_rows_query(ids: list[str]) -> Select:
    """The SELECT behind ``finding_rows`` (the benchmark times it bare)."""
    return (
        select(
            Finding.id, Finding.code, Finding.title, InspectedOrg.name, Finding.category_l1, Finding.status,
            Finding.amount_involved, Finding.discovered_at, Finding.category_l2, Finding.source_method,
            Finding.discovered_by, Finding.is_key, Finding.is_common, Finding.immediate_fix,
            Finding.discipline_tags, Finding.location,
        )
        .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
        .where(Finding.id.in_(ids))
    )


def finding_rows(ws: WorkspaceSession, ids: list[str]) -> list[FindingRow]:
    """The list columns of these findings, in the order of ``ids`` (ids no longer found are left out)."""
    if not ids:
        return []
    with ws.read() as session:
        found = {}
        for row in session.execute(finding_rows_query(ids)):
            values: list[Any] = list(row)
            values[14] = tuple(values[14] or ())
            found[values[0]] = FindingRow(*values)
    return [found[i] for i in ids if i in found]
