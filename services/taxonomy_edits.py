"""Edits of the problem taxonomy (taxonomy dialog): add, rename, move, deactivate and reactivate
nodes.

Each one is a WriteTx (row, change record and audit event together). HQ's administrator edits the shared tree;
a team leader adds and edits team-local items under it (services/taxonomy.py says who may do what).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE
from models.enums import WorkspaceKind
from models.taxonomy import TaxonomyNode
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError
from services.taxonomy import (
    CATEGORY_SCHEMES,
    DEACTIVATED,
    FIXED_SCHEMES,
    MAX_CATEGORY_LEVEL,
    NAME_LENGTH,
    may_edit_node,
    may_edit_taxonomy,
    ordered_nodes,
    scheme_names,
    team_scope,
)

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession



def _problem(field: str, reason: str, **params: Any) -> FieldProblem:
    return FieldProblem(field, reason, params, entity=TaxonomyNode.__tablename__)


def _live_node(session: Session, node_id: str, field: str = "id") -> TaxonomyNode:
    node = session.get(TaxonomyNode, node_id)
    if node is None:
        raise InvalidFieldsError([_problem(field, "unknown_reference", value=node_id)])
    if node.is_deleted:
        raise InvalidFieldsError([_problem(field, "inactive", value=node.name)])
    return node


def _siblings(session: Session, scheme: str, parent_id: str | None) -> list[TaxonomyNode]:
    parent = TaxonomyNode.parent_id.is_(None) if parent_id is None else TaxonomyNode.parent_id == parent_id
    return ordered_nodes(session, TaxonomyNode.scheme == scheme, parent, TaxonomyNode.is_deleted.is_(False))


def _checked_name(session: Session, name: str, scheme: str, parent_id: str | None, itself: str | None = None) -> str:
    name = " ".join((name or "").split())
    limit = NAME_LENGTH
    if not name:
        raise InvalidFieldsError([_problem("name", "required")])
    if len(name) > limit:
        raise InvalidFieldsError([_problem("name", "too_long", maximum=limit, length=len(name))])
    if any(node.name == name and node.id != itself for node in _siblings(session, scheme, parent_id)):
        raise InvalidFieldsError([_problem("name", "duplicate", value=name)])
    return name


def _refuse(ws: WorkspaceSession) -> NotPermittedError:
    return NotPermittedError(f"{ws.actor.role} may not change this taxonomy node", role=ws.actor.role)


def _new_code(session: Session, scheme: str, parent: TaxonomyNode | None, team_no: int | None) -> str:
    """A code no laptop and not HQ will also make: HQ's "A7", "V2.1.1", "c1"; team 2's "A.T2-1", "t2c1"."""
    taken = set(session.scalars(select(TaxonomyNode.code).where(TaxonomyNode.scheme == scheme)))
    if parent is None:
        stem = f"t{team_no}c" if team_no else "c"
    elif team_no:
        stem = f"{parent.code}.T{team_no}-"
    else:
        stem = f"{parent.code}." if parent.code[-1].isdigit() else parent.code
    number = 1
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def add_node(ws: WorkspaceSession, scheme: str, name: str, parent_id: str | None = None) -> TaxonomyNode:
    """Add a child under ``parent_id`` (or a new L1 item or tag of ``scheme``), last among its siblings.

    HQ's administrator adds to the shared tree (HQ scope); a team leader's additions are team-local (scoped to
    the team, carried to HQ in the team's package) and only under an existing category or in a tag family."""
    if not may_edit_taxonomy(ws):
        raise _refuse(ws)
    with ws.write() as tx:
        session = tx.session
        known = set(session.scalars(select(TaxonomyNode.scheme).distinct()))
        if scheme not in known:
            raise InvalidFieldsError([_problem("scheme", "unknown_choice", value=scheme,
                                               choices="、".join(sorted(known)))])
        parent = _live_node(session, parent_id, "parent_id") if parent_id else None
        if parent is not None and parent.scheme != scheme:
            raise InvalidFieldsError([_problem("parent_id", "invalid", value=parent.name)])
        kind = parent.kind if parent else session.scalar(select(TaxonomyNode.kind).where(
            TaxonomyNode.scheme == scheme).limit(1)) or "category"
        level = parent.level + 1 if parent else 1
        if scheme in FIXED_SCHEMES:
            raise InvalidFieldsError([_problem("scheme", "invalid", value=scheme_names().get(scheme, scheme))])
        if level > (MAX_CATEGORY_LEVEL if kind == "category" else 1):
            raise InvalidFieldsError([_problem("level", "out_of_range", minimum=1,
                                               maximum=MAX_CATEGORY_LEVEL if kind == "category" else 1)])
        team_id = team_scope(session, ws)
        if ws.kind is WorkspaceKind.TEAM and (team_id is None or (parent is None and scheme in CATEGORY_SCHEMES)):
            raise _refuse(ws)  # a team adds under HQ's tree only, and needs its team record to scope the row
        clean = _checked_name(session, name, scheme, parent.id if parent else None)
        last = session.scalar(select(func.max(TaxonomyNode.order_no)).where(TaxonomyNode.scheme == scheme))
        node = TaxonomyNode(scheme=scheme, kind=kind, code=_new_code(session, scheme, parent, ws.team_no if team_id
                                                                     else None),
                            name=clean, level=level, parent_id=parent.id if parent else None,
                            order_no=(last if last is not None else -1) + 1)
        tx.insert(node, scope_team_id=team_id or HQ_SCOPE)
    return node


def _editable(tx: WriteTx, node_id: str) -> TaxonomyNode:
    if not may_edit_taxonomy(tx.ws):
        raise _refuse(tx.ws)
    node = _live_node(tx.session, node_id)
    if not may_edit_node(tx.ws, node, team_scope(tx.session, tx.ws)):
        raise _refuse(tx.ws)
    return node


def rename_node(ws: WorkspaceSession, node_id: str, name: str) -> TaxonomyNode:
    """New wording for a node. Findings keep the wording they were filed with (their category_l1/l2/l3)."""
    with ws.write() as tx:
        node = _editable(tx, node_id)
        tx.update(node, name=_checked_name(tx.session, name, node.scheme, node.parent_id, itself=node.id))
    return node


def move_node(ws: WorkspaceSession, node_id: str, step: int) -> bool:
    """Move a node ``step`` places among its active siblings (-1 up, +1 down); False when already at the end."""
    with ws.write() as tx:
        node = _editable(tx, node_id)
        siblings = _siblings(tx.session, node.scheme, node.parent_id)
        here = next(i for i, sibling in enumerate(siblings) if sibling.id == node.id)
        there = here + step
        if step == 0 or not 0 <= there < len(siblings):
            return False
        slots = sorted(sibling.order_no for sibling in siblings)
        if len(set(slots)) < len(slots):  # older trees may repeat a number: spread them out first
            slots = [slots[0] + i for i in range(len(slots))]
        reordered = list(siblings)
        reordered.insert(there, reordered.pop(here))
        changed = [(sibling, slot) for sibling, slot in zip(reordered, slots, strict=True)
                   if sibling.order_no != slot]
        team_id = team_scope(tx.session, ws)
        if any(not may_edit_node(ws, sibling, team_id) for sibling, _ in changed):
            raise _refuse(ws)  # a team may reorder its own items, not HQ's
        for sibling, slot in changed:
            tx.update(sibling, order_no=slot)
    return True


def deactivate_node(ws: WorkspaceSession, node_id: str, reason: str = "") -> list[str]:
    """Take a node and everything under it out of use; returns the ids. The rows stay (tombstones with who,
    when and why): findings filed under them keep their category id and wording, and old findings still show
    it, but the picker no longer offers it. Nothing is ever removed, so no finding loses its category."""
    with ws.write() as tx:
        node = _editable(tx, node_id)
        if node.scheme in FIXED_SCHEMES:
            raise InvalidFieldsError([_problem("scheme", "invalid", value=scheme_names().get(node.scheme, ""))])
        subtree = [node]
        for current in subtree:
            subtree.extend(_siblings(tx.session, current.scheme, current.id))
        team_id = team_scope(tx.session, ws)
        if any(not may_edit_node(ws, item, team_id) for item in subtree):
            raise _refuse(ws)
        for item in subtree:
            tx.delete(item, reason=" ".join(reason.split())[:200] or DEACTIVATED)
    return [item.id for item in subtree]


def _deactivated_with(node: TaxonomyNode, item: TaxonomyNode) -> bool:
    """Whether ``item`` (under ``node``) went out of use in the same deactivation as ``node``: one call to
    deactivate_node tombstones the node first and then its live subtree, by the same person with the same reason,
    so such an item carries that reason and author and a time no earlier than the node's. An item taken out
    earlier on its own (or for another reason) keeps its own tombstone when ``node`` comes back."""
    if not item.is_deleted or item.delete_reason != node.delete_reason or item.deleted_by != node.deleted_by:
        return False
    return node.deleted_at is None or item.deleted_at is None or item.deleted_at >= node.deleted_at


def reactivate_node(ws: WorkspaceSession, node_id: str) -> list[str]:
    """Put a deactivated node back in use, with what was deactivated together with it; returns the ids (node
    first; [] when it is already in use). Who may: whoever may deactivate it (services/taxonomy.py). Refused
    while its parent is still deactivated ("parent_id" inactive: reactivate the parent first) and when an active
    sibling has taken its name meanwhile ("name" duplicate). Each item is a WriteTx.undelete: change record
    ``undelete`` and audit event. The picker (category_choices) offers them again."""
    if not may_edit_taxonomy(ws):
        raise _refuse(ws)
    with ws.write() as tx:
        session = tx.session
        node = session.get(TaxonomyNode, node_id)
        if node is None:
            raise InvalidFieldsError([_problem("id", "unknown_reference", value=node_id)])
        team_id = team_scope(session, ws)
        if not may_edit_node(ws, node, team_id):
            raise _refuse(ws)
        if not node.is_deleted:
            return []
        parent = session.get(TaxonomyNode, node.parent_id) if node.parent_id else None
        if parent is not None and parent.is_deleted:
            raise InvalidFieldsError([_problem("parent_id", "inactive", value=parent.name)])
        _checked_name(session, node.name, node.scheme, node.parent_id, itself=node.id)
        subtree = [node]
        for current in subtree:
            subtree.extend(child for child in ordered_nodes(session, TaxonomyNode.parent_id == current.id)
                           if _deactivated_with(node, child))
        if any(not may_edit_node(ws, item, team_id) for item in subtree):
            raise _refuse(ws)
        for item in subtree:
            tx.undelete(item)
    return [item.id for item in subtree]


def reactivatable_ids(ws: WorkspaceSession) -> set[str]:
    """The deactivated nodes this session may reactivate (the dialog offers "Reactivate" on these)."""
    if not may_edit_taxonomy(ws):
        return set()
    with ws.read() as session:
        team_id = team_scope(session, ws)
        return {node.id for node in ordered_nodes(session, TaxonomyNode.is_deleted.is_(True))
                if may_edit_node(ws, node, team_id)}
