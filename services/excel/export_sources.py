"""The rows of each ledger, straight from SQL: one labelled column per key of the kind's column table, in order.

Rows are plain tuples streamed ``yield_per`` at a time, never ORM objects: 20,000 findings cost the memory of
one batch. Derived columns (所属乡镇, 组长审签, 佐证材料编号, 进度颜色, 是否销号 ...) are SQL expressions too.
Only ``clue_rows`` names the clue compartment, and exporting.py calls it only for a session holding the clue key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, String, and_, case, cast, func, literal, null, or_, select
from sqlalchemy.orm import Session, aliased

from models.entities import (
    Assignment,
    Clue,
    ClueHandover,
    Evidence,
    Finding,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    RectificationItem,
    TaxonomyNode,
)
from models.enums import OrgLevel, RectStatus

BATCH = 1000
Row = Sequence[Any]
Columns = dict[str, Any]  # key -> a column or SQL expression


def _select(keys: Sequence[str], columns: Columns) -> Select:  # type: ignore[type-arg]
    """SELECT ``columns`` in the order of ``keys``; a key without an expression (序号, 备注) is NULL."""
    return select(*[(columns[key] if key in columns else null()).label(key) for key in keys])


def _count(session: Session, query: Select) -> int:  # type: ignore[type-arg]
    return int(session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)


def _stream(session: Session, query: Select) -> tuple[int, Iterator[Row]]:  # type: ignore[type-arg]
    total = _count(session, query)
    return total, iter(session.execute(query.execution_options(yield_per=BATCH)))


def _context() -> Columns:
    return {"term_no": InspectionRound.term_no, "year": InspectionRound.year, "round_no": InspectionRound.round_no,
            "team_no": InspectionTeam.team_no, "org_name": InspectedOrg.name}


def finding_rows(session: Session, keys: Sequence[str], today: date) -> tuple[int, Iterator[Row]]:
    parent = aliased(InspectedOrg)
    evidence_nos = (
        select(func.group_concat(Evidence.evidence_no, "、"))
        .where(Evidence.finding_id == Finding.id, Evidence.is_deleted.is_(False)).scalar_subquery()
    )
    columns: Columns = {
        **_context(), "org_level": InspectedOrg.level,
        "township": case((parent.level == OrgLevel.TOWNSHIP.value, parent.name), else_=null()),
        "signed": Finding.signed_at.is_not(None), "evidence_nos": evidence_nos,
    }
    for key in keys:
        if key not in columns and hasattr(Finding, key) and key != "seq":
            columns[key] = getattr(Finding, key)
    query = (
        _select(keys, columns)
        .join_from(Finding, Assignment, Assignment.id == Finding.assignment_id)
        .join(InspectionRound, InspectionRound.id == Assignment.round_id)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
        .outerjoin(parent, parent.id == InspectedOrg.parent_id)
        .where(Finding.is_deleted.is_(False))
        .order_by(InspectionTeam.team_no, Finding.seq_no, Finding.code, Finding.id)
    )
    return _stream(session, query)


def rectification_rows(session: Session, keys: Sequence[str], today: date) -> tuple[int, Iterator[Row]]:
    item = RectificationItem
    finished = item.status.in_((RectStatus.DONE.value, RectStatus.CLOSED_OUT.value))
    columns: Columns = {
        "round_label": literal("第") + cast(InspectionRound.term_no, String) + "届第"
        + cast(InspectionRound.round_no, String) + "轮",
        "team_no": InspectionTeam.team_no, "org_name": InspectedOrg.name, "code": Finding.code,
        "progress_colour": case((finished, "绿色"), (and_(item.deadline.is_not(None), item.deadline < today), "红色"),
                                else_="黄色"),
        "closed": or_(item.status == RectStatus.CLOSED_OUT.value, item.closed_at.is_not(None)),
        "closed_at": item.closed_at,
    }
    for key in keys:
        if key not in columns and hasattr(item, key) and key != "seq":
            columns[key] = getattr(item, key)
    query = (
        _select(keys, columns)
        .join_from(item, Finding, Finding.id == item.finding_id)
        .join(InspectedOrg, InspectedOrg.id == item.org_id)
        .join(Assignment, Assignment.id == Finding.assignment_id)
        .join(InspectionRound, InspectionRound.id == Assignment.round_id)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .where(item.is_deleted.is_(False))
        .order_by(InspectionTeam.team_no, Finding.seq_no, item.item_no, item.id)
    )
    return _stream(session, query)


def org_rows(session: Session, keys: Sequence[str], today: date) -> tuple[int, Iterator[Row]]:
    """Units in hierarchy order (a parent before its children, siblings by name), so an import finds parents."""
    org = InspectedOrg
    fields = [key for key in keys if hasattr(org, key)]
    query = (select(org.id, org.parent_id, *[getattr(org, key) for key in fields])
             .where(org.is_deleted.is_(False)).order_by(org.name, org.id))
    rows = session.execute(query).all()
    names = {row[0]: row[fields.index("name") + 2] for row in rows} if "name" in fields else {}
    children: dict[str | None, list[Any]] = {}
    known = {row[0] for row in rows}
    for row in rows:
        children.setdefault(row[1] if row[1] in known else None, []).append(row)
    ordered: list[Row] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        row = stack.pop()
        values = dict(zip(fields, row[2:], strict=True))
        values["parent_name"] = names.get(row[1])
        ordered.append([values.get(key) for key in keys])
        stack.extend(reversed(children.get(row[0], [])))
    return len(ordered), iter(ordered)


def taxonomy_rows(session: Session, keys: Sequence[str], today: date) -> tuple[int, Iterator[Row]]:
    node, parent = TaxonomyNode, aliased(TaxonomyNode)
    columns: Columns = {"parent_code": parent.code}
    for key in keys:
        if key not in columns and hasattr(node, key):
            columns[key] = getattr(node, key)
    query = (_select(keys, columns).select_from(node).outerjoin(parent, parent.id == node.parent_id)
             .where(node.is_deleted.is_(False)).order_by(node.scheme, node.order_no, node.code))
    return _stream(session, query)


def clue_rows(session: Session, keys: Sequence[str], today: date) -> tuple[int, Iterator[Row]]:
    """The clue handover list (C3). The caller has checked the session holds the clue key."""
    handover = ClueHandover
    columns: Columns = {
        **_context(), "handed_at": handover.handed_at, "from_agent": handover.from_agent,
        "receiver_agent": handover.receiver_agent, "received_at": handover.received_at,
    }
    for key in keys:
        if key not in columns and hasattr(Clue, key) and key != "seq":
            columns[key] = getattr(Clue, key)
    query = (
        _select(keys, columns).select_from(Clue)
        .outerjoin(Assignment, Assignment.id == Clue.assignment_id)
        .outerjoin(InspectionRound, InspectionRound.id == Assignment.round_id)
        .outerjoin(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .outerjoin(InspectedOrg, InspectedOrg.id == Clue.org_id)
        .outerjoin(handover, and_(handover.id == Clue.handover_id, handover.is_deleted.is_(False)))
        .where(Clue.is_deleted.is_(False))
        .order_by(InspectionTeam.team_no, Clue.clue_no, Clue.id)
    )
    return _stream(session, query)


Source = Callable[[Session, Sequence[str], date], tuple[int, Iterator[Row]]]
SOURCES: dict[str, Source] = {
    "findings": finding_rows, "rectification": rectification_rows, "orgs": org_rows, "taxonomy": taxonomy_rows,
    "clues": clue_rows,
}
