"""The default problem taxonomy, shipped as data (resources/taxonomy/default.json), and its installation.

Two category trees (``four_implementations`` for units and townships, ``village_four_focuses`` for villages)
and flat tag families (``discipline``, ``four_styles``, ``theme``, ``responsibility``). Codes are unique
across the whole file and never change; names may be edited locally. Findings store the category node id
plus a text snapshot of its L1/L2 names.
"""

from __future__ import annotations

import json
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE
from models.enums import OrgLevel, Role, WorkspaceKind
from models.finding import Finding
from models.organisation import InspectionTeam
from models.taxonomy import TaxonomyNode
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession

TAXONOMY_FORMAT = "xuncha-taxonomy"
TAXONOMY_VERSION = 1
# Default nodes get the same id in every workspace (UUIDv5 of scheme and code), so a team laptop and HQ
# that each installed the defaults agree on category ids before they ever sync.
TAXONOMY_NAMESPACE = uuid.UUID("8d6f2a4e-1c3b-4f5a-9e7d-0b2c4d6e8f10")


@dataclass(frozen=True)
class NodeSpec:
    code: str
    name: str
    level: int
    children: tuple[NodeSpec, ...] = ()


@dataclass(frozen=True)
class SchemeSpec:
    scheme: str
    kind: str  # "category" or "tag"
    name: str
    nodes: tuple[NodeSpec, ...]

    def walk(self) -> list[tuple[NodeSpec, NodeSpec | None]]:
        """Every node with its parent, parents first, in file order."""
        out: list[tuple[NodeSpec, NodeSpec | None]] = []
        stack: list[tuple[NodeSpec, NodeSpec | None]] = [(node, None) for node in reversed(self.nodes)]
        while stack:
            node, parent = stack.pop()
            out.append((node, parent))
            stack.extend((child, node) for child in reversed(node.children))
        return out


def resource_root() -> Path:
    """The folder holding ``resources/``: the repository root, or the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parent.parent


def default_taxonomy_path() -> Path:
    return resource_root() / "resources" / "taxonomy" / "default.json"


def default_node_id(scheme: str, code: str) -> str:
    return str(uuid.uuid5(TAXONOMY_NAMESPACE, f"{scheme}|{code}"))


def _node(raw: dict[str, Any], level: int) -> NodeSpec:
    if int(raw["level"]) != level:
        raise ValueError(f"taxonomy node {raw.get('code')!r} says level {raw['level']}, sits at level {level}")
    children = tuple(_node(child, level + 1) for child in raw.get("children", []))
    return NodeSpec(code=str(raw["code"]), name=str(raw["name"]), level=level, children=children)


def load_default_taxonomy(path: Path | None = None) -> list[SchemeSpec]:
    """Read and check the shipped taxonomy (or ``path``). Raises ValueError on a malformed file."""
    raw = json.loads((path or default_taxonomy_path()).read_text(encoding="utf-8"))
    if raw.get("format") != TAXONOMY_FORMAT or raw.get("version") != TAXONOMY_VERSION:
        raise ValueError("not a 巡察通 taxonomy file of a known version")
    schemes = [
        SchemeSpec(scheme=s["scheme"], kind=s["kind"], name=s["name"],
                   nodes=tuple(_node(node, 1) for node in s["nodes"]))
        for s in raw["schemes"]
    ]
    codes = [node.code for scheme in schemes for node, _ in scheme.walk()]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValueError(f"taxonomy codes used twice: {duplicates}")
    return schemes


def install_default_taxonomy(tx: WriteTx, schemes: list[SchemeSpec] | None = None) -> dict[str, TaxonomyNode]:
    """Insert the default trees and tag families as HQ reference rows; returns {code: node}.

    Nodes already present (same scheme and code) are kept as they are, so installing twice adds nothing.
    """
    existing = {(node.scheme, node.code): node for node in tx.session.scalars(select(TaxonomyNode))}
    installed: dict[str, TaxonomyNode] = {}
    for spec in schemes or load_default_taxonomy():
        for order_no, (node, parent) in enumerate(spec.walk()):
            row = existing.get((spec.scheme, node.code))
            if row is None:
                row = TaxonomyNode(
                    id=default_node_id(spec.scheme, node.code), scheme=spec.scheme, kind=spec.kind, code=node.code,
                    name=node.name, level=node.level,
                    parent_id=installed[parent.code].id if parent is not None else None, order_no=order_no,
                )
                tx.insert(row, scope_team_id=HQ_SCOPE)
            installed[node.code] = row
    return installed


# ---- reading the tree ----

CATEGORY_SCHEMES = ("four_implementations", "village_four_focuses")
UNIT_SCHEME, VILLAGE_SCHEME = CATEGORY_SCHEMES
VILLAGE_LEVELS = frozenset({OrgLevel.VILLAGE.value, OrgLevel.COMMUNITY.value})
# Families that are fixed by party rules (六项纪律, "四风", the responsibility types): names may be worded
# locally, but nothing is added to or taken out of them. Findings store 六项纪律 as Discipline codes.
FIXED_SCHEMES = frozenset({"discipline", "four_styles", "responsibility"})
MAX_CATEGORY_LEVEL = 3
DEACTIVATED = "deactivated"
NAME_LENGTH = 200  # TaxonomyNode.name and the findings' category_l1/l2/l3 snapshots


class CategoryChoice(NamedTuple):
    """One entry of the finding editor's category picker: ``(id, path text, active)``."""

    id: str
    path: str
    active: bool


@dataclass(frozen=True)
class TreeNode:
    """A node as the taxonomy dialog shows it. ``active`` False: kept for old findings, not offered anew."""

    id: str
    scheme: str
    kind: str
    code: str
    name: str
    level: int
    parent_id: str | None
    order_no: int
    active: bool
    team_local: bool  # added by a team on its laptop (scope = that team), not part of HQ's shared tree
    editable: bool  # this session may rename, move and deactivate it
    findings: int  # live findings filed under this category (0 for tags)


def scheme_names() -> dict[str, str]:
    """The trees' and families' display names (they are not rows): from the shipped file, in its order."""
    return {spec.scheme: spec.name for spec in load_default_taxonomy()}


def scheme_for_level(level_kind: str | None) -> str | None:
    """The category tree for an org level (村/社区: 四个聚焦; otherwise 四个落实); a scheme name passes through."""
    if level_kind is None or level_kind in CATEGORY_SCHEMES:
        return level_kind
    return VILLAGE_SCHEME if level_kind in VILLAGE_LEVELS else UNIT_SCHEME


def _ordered(session: Session, *where: Any) -> list[TaxonomyNode]:
    return list(session.scalars(select(TaxonomyNode).where(*where)
                                .order_by(TaxonomyNode.scheme, TaxonomyNode.order_no, TaxonomyNode.code)))


def _tree_order(nodes: list[TaxonomyNode]) -> list[TaxonomyNode]:
    """Parents before children, siblings by order_no: the order a tree view and a picker list show."""
    children: dict[str | None, list[TaxonomyNode]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    ids = {node.id for node in nodes}
    out: list[TaxonomyNode] = []
    stack = [node for node in reversed(nodes) if node.parent_id is None or node.parent_id not in ids]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(children.get(node.id, [])))
    return out


def category_choices(ws: WorkspaceSession, level_kind: str | None = None) -> list[CategoryChoice]:
    """Every node of the category tree for ``level_kind`` (an OrgLevel value, a scheme, or None for both trees)
    as ``(id, "L1 / L2 / L3", active)`` in tree order. Inactive nodes are listed so an old finding's category
    still shows; the picker offers only the active ones for a new choice."""
    scheme = scheme_for_level(level_kind)
    wanted = [scheme] if scheme else list(CATEGORY_SCHEMES)
    with ws.read() as session:
        nodes = _tree_order(_ordered(session, TaxonomyNode.scheme.in_(wanted)))
    by_id = {node.id: node for node in nodes}
    out = []
    for node in nodes:
        chain: list[str] = []
        current: TaxonomyNode | None = node
        active = True
        while current is not None and len(chain) <= MAX_CATEGORY_LEVEL:
            chain.append(current.name)
            active = active and not current.is_deleted
            current = by_id.get(current.parent_id) if current.parent_id else None
        out.append(CategoryChoice(node.id, " / ".join(reversed(chain)), active))
    return out


def category_snapshot(session: Session, node_id: str) -> tuple[str | None, str | None, str | None]:
    """The L1/L2/L3 wording a finding keeps beside ``node_id`` (its text as of the moment it is filed)."""
    chain: list[str] = []
    current = session.get(TaxonomyNode, node_id)
    while current is not None and len(chain) < MAX_CATEGORY_LEVEL:
        chain.append(current.name)
        current = session.get(TaxonomyNode, current.parent_id) if current.parent_id else None
    names: list[str | None] = [*reversed(chain), None, None, None]
    return names[0], names[1], names[2]


def taxonomy_tree(ws: WorkspaceSession) -> list[TreeNode]:
    """Every node of every scheme, inactive ones too, in tree order, with what this session may do to it."""
    with ws.read() as session:
        nodes = _tree_order(_ordered(session))
        used: dict[str | None, int] = {category: int(count) for category, count in session.execute(
            select(Finding.category_id, func.count()).where(Finding.is_deleted.is_(False),
                                                            Finding.category_id.is_not(None))
            .group_by(Finding.category_id))}
        team_id = _team_scope(session, ws)
    return [TreeNode(node.id, node.scheme, node.kind, node.code, node.name, node.level, node.parent_id, node.order_no,
                     not node.is_deleted, node.scope_team_id != HQ_SCOPE,
                     not node.is_deleted and _may_edit(ws, node, team_id), used.get(node.id, 0))
            for node in nodes]


# ---- who may edit ----


def _team_scope(session: Session, ws: WorkspaceSession) -> str | None:
    """The InspectionTeam id of a team workspace (the scope of its own rows), None at HQ or before setup."""
    if ws.kind is not WorkspaceKind.TEAM or ws.team_no is None:
        return None
    return session.scalar(select(InspectionTeam.id).where(InspectionTeam.team_no == ws.team_no,
                                                          InspectionTeam.is_deleted.is_(False))
                          .order_by(InspectionTeam.created_at.desc()).limit(1))


def may_edit_taxonomy(ws: WorkspaceSession) -> bool:
    """HQ's administrator owns the shared tree; a team leader may add team-local items. Nobody else edits."""
    return (ws.kind is WorkspaceKind.HQ and ws.actor.role is Role.HQ_ADMIN) or \
        (ws.kind is WorkspaceKind.TEAM and ws.actor.role is Role.TEAM_LEADER)


def _may_edit(ws: WorkspaceSession, node: TaxonomyNode, team_id: str | None) -> bool:
    if not may_edit_taxonomy(ws):
        return False
    if ws.kind is WorkspaceKind.HQ:
        return True
    return team_id is not None and node.scope_team_id == team_id


def may_add_under(ws: WorkspaceSession, scheme: str, parent: TreeNode | None) -> bool:
    """Whether this session may add a node to ``scheme`` under ``parent`` (None: a new L1 item or tag)."""
    if not may_edit_taxonomy(ws) or scheme in FIXED_SCHEMES:
        return False
    if parent is not None and (not parent.active or parent.kind != "category"
                               or parent.level >= MAX_CATEGORY_LEVEL):
        return False
    return ws.kind is WorkspaceKind.HQ or parent is not None or scheme not in CATEGORY_SCHEMES


# ---- edits (each one WriteTx: row, change record and audit event together) ----


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
    return _ordered(session, TaxonomyNode.scheme == scheme, parent, TaxonomyNode.is_deleted.is_(False))


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
        team_id = _team_scope(session, ws)
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
    if not _may_edit(tx.ws, node, _team_scope(tx.session, tx.ws)):
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
        team_id = _team_scope(tx.session, ws)
        if any(not _may_edit(ws, sibling, team_id) for sibling, _ in changed):
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
        team_id = _team_scope(tx.session, ws)
        if any(not _may_edit(ws, item, team_id) for item in subtree):
            raise _refuse(ws)
        for item in subtree:
            tx.delete(item, reason=" ".join(reason.split())[:200] or DEACTIVATED)
    return [item.id for item in subtree]
