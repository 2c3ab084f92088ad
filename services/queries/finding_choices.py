"""What the findings filters can be set to: the units, categories and tags that occur, and names resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from models.entities import Finding, InspectedOrg, TaxonomyNode
from models.enums import Discipline, OrgLevel
from services.errors import ValidationError
from services.taxonomy import tree_order
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class OrgChoice:
    id: str
    name: str
    level: str
    findings: int


@dataclass(frozen=True)
class CategoryChoice:
    id: str
    name: str
    level: int
    parent_id: str | None
    scheme: str


@dataclass(frozen=True)
class TagChoice:
    value: str  # what the filter matches: a discipline code or another tag's text
    label: str  # what a person reads (Chinese)
    family: str  # "discipline" or "other"


@dataclass(frozen=True)
class FilterChoices:
    orgs: list[OrgChoice]
    categories: list[CategoryChoice]
    tags: list[TagChoice]
    levels: list[str]  # OrgLevel codes that occur


def filter_choices(ws: WorkspaceSession) -> FilterChoices:
    """Units that have live findings (by name), the category trees (parents first), tags in use."""
    live = Finding.is_deleted.is_(False)
    with ws.read() as session:
        org_rows = session.execute(
            select(InspectedOrg.id, InspectedOrg.name, InspectedOrg.level, func.count(Finding.id))
            .join(Finding, Finding.org_id == InspectedOrg.id).where(live)
            .group_by(InspectedOrg.id).order_by(InspectedOrg.name)
        ).all()
        nodes = session.execute(
            select(TaxonomyNode.id, TaxonomyNode.name, TaxonomyNode.level, TaxonomyNode.parent_id,
                   TaxonomyNode.scheme)
            .where(TaxonomyNode.kind == "category", TaxonomyNode.is_deleted.is_(False))
            .order_by(TaxonomyNode.scheme, TaxonomyNode.level, TaxonomyNode.order_no, TaxonomyNode.code)
        ).all()
        disciplines = _tags_in_use(session, Finding.discipline_tags)
        others = _tags_in_use(session, Finding.other_tags)
    rank = {level.value: n for n, level in enumerate(OrgLevel)}
    orgs = sorted((OrgChoice(row[0], row[1], row[2], int(row[3])) for row in org_rows),
                  key=lambda org: (rank.get(org.level, len(rank)), org.name))
    tags = [TagChoice(d.value, d.zh, "discipline") for d in Discipline if d.value in disciplines]
    tags += [TagChoice(text, text, "other") for text in others]
    levels = [level.value for level in OrgLevel if any(org.level == level.value for org in orgs)]
    return FilterChoices(orgs, tree_order([CategoryChoice(*row) for row in nodes]), tags, levels)


def _tags_in_use(session: Session, column: Any) -> list[str]:
    each = func.json_each(column).table_valued("value")
    query = (select(each.c.value).select_from(Finding).join(each, true())
             .where(Finding.is_deleted.is_(False)).distinct().order_by(each.c.value))
    return [str(value) for value in session.scalars(query) if isinstance(value, str) and value]


def org_ids_named(ws: WorkspaceSession, name: str) -> tuple[str, ...]:
    """Ids of the units called ``name`` (full or short name); ValidationError (field ``org``) when none is."""
    wanted = name.strip()
    with ws.read() as session:
        ids = tuple(session.scalars(
            select(InspectedOrg.id).where(InspectedOrg.is_deleted.is_(False),
                                          (InspectedOrg.name == wanted) | (InspectedOrg.short_name == wanted))
        ))
    if not ids:
        raise ValidationError(f"no inspected unit named {wanted!r}", field="org", value=wanted)
    return ids
