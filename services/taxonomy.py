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
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE
from models.enums import OrgLevel, Role, WorkspaceKind
from models.finding import Finding
from models.organisation import InspectionTeam
from models.taxonomy import TaxonomyNode
from services.changes import WriteTx

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


class _Linked(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def parent_id(self) -> str | None: ...


TreeItem = TypeVar("TreeItem", bound=_Linked)


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


def ordered_nodes(session: Session, *where: Any) -> list[TaxonomyNode]:
    return list(session.scalars(select(TaxonomyNode).where(*where)
                                .order_by(TaxonomyNode.scheme, TaxonomyNode.order_no, TaxonomyNode.code)))


def tree_order(nodes: list[TreeItem]) -> list[TreeItem]:
    """Parents before children, siblings in the order given: the order a tree view and a picker list show.
    A node whose parent is not among ``nodes`` starts a tree of its own."""
    children: dict[str | None, list[TreeItem]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    ids = {node.id for node in nodes}
    out: list[TreeItem] = []
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
        nodes = tree_order(ordered_nodes(session, TaxonomyNode.scheme.in_(wanted)))
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
        nodes = tree_order(ordered_nodes(session))
        used: dict[str | None, int] = {category: int(count) for category, count in session.execute(
            select(Finding.category_id, func.count()).where(Finding.is_deleted.is_(False),
                                                            Finding.category_id.is_not(None))
            .group_by(Finding.category_id))}
        team_id = team_scope(session, ws)
    return [TreeNode(node.id, node.scheme, node.kind, node.code, node.name, node.level, node.parent_id, node.order_no,
                     not node.is_deleted, node.scope_team_id != HQ_SCOPE,
                     not node.is_deleted and may_edit_node(ws, node, team_id), used.get(node.id, 0))
            for node in nodes]


# ---- who may edit ----


def team_scope(session: Session, ws: WorkspaceSession) -> str | None:
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


def may_edit_node(ws: WorkspaceSession, node: TaxonomyNode, team_id: str | None) -> bool:
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
