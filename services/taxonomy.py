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
from typing import Any

from sqlalchemy import select

from models.base import HQ_SCOPE
from models.taxonomy import TaxonomyNode
from services.changes import WriteTx

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
