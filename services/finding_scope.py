"""Where findings may be filed and what they may point at: the workspace's assignments, the category trees,
the tag families and the fact-finding register entries a finding can come from.

A team workspace files findings only under its own team's assignments (InspectionTeam.team_no = the
workspace's team number); HQ may file under any assignment. The editor's choices come from here, and the
validation checks against the same lists, so what the window offers is what the service accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.entities import (
    Assignment,
    DocumentRequest,
    FieldVisit,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    Interview,
    Petition,
    TaxonomyNode,
)
from models.enums import OrgLevel, WorkspaceKind
from services.taxonomy import load_default_taxonomy
from services.workspace import WorkspaceSession

# A finding's sources: FindingSource.source_kind -> the register it points into (the table names).
Register = type[Interview] | type[Petition] | type[DocumentRequest] | type[FieldVisit]
SOURCE_KINDS: dict[str, Register] = {
    "interview": Interview, "petition": Petition, "document_request": DocumentRequest, "field_visit": FieldVisit,
}
# The tag family of 六项纪律 is stored as Discipline codes in discipline_tags; all others go to other_tags.
DISCIPLINE_SCHEME = "discipline"
VILLAGE_LEVELS = frozenset({OrgLevel.VILLAGE.value, OrgLevel.COMMUNITY.value})
VILLAGE_SCHEME = "village_four_focuses"
UNIT_SCHEME = "four_implementations"


@dataclass(frozen=True)
class OrgChoice:
    org_id: str
    name: str
    level: str
    assignment_id: str
    team_no: int
    round_title: str


@dataclass(frozen=True)
class CategoryChoice:
    node_id: str
    scheme: str
    code: str
    names: tuple[str, ...]  # L1, L2(, L3) wording from the root down

    @property
    def path(self) -> str:
        return " / ".join(self.names)


@dataclass(frozen=True)
class SourceChoice:
    kind: str
    source_id: str
    code: str
    summary: str
    org_id: str


def assignments_query(ws: WorkspaceSession) -> Select[Assignment, InspectionTeam, InspectionRound]:
    """Live assignments this workspace may file findings under, newest round first."""
    query = (
        select(Assignment, InspectionTeam, InspectionRound)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .join(InspectionRound, InspectionRound.id == Assignment.round_id)
        .where(Assignment.is_deleted.is_(False))
        .order_by(InspectionRound.year.desc(), InspectionRound.round_no.desc(), InspectionTeam.team_no)
    )
    if ws.kind is WorkspaceKind.TEAM:
        query = query.where(InspectionTeam.team_no == ws.team_no)
    return query


def org_choices(session: Session, ws: WorkspaceSession) -> list[OrgChoice]:
    """One entry per inspected organisation (its newest assignment), in the order of the assignments."""
    seen: set[str] = set()
    out: list[OrgChoice] = []
    for assignment, team, round_ in session.execute(assignments_query(ws)):
        if assignment.org_id in seen:
            continue
        org = session.get(InspectedOrg, assignment.org_id)
        if org is None:
            continue
        seen.add(org.id)
        out.append(OrgChoice(org.id, org.name, org.level, assignment.id, team.team_no, round_.title))
    return out


def assignment_for_org(session: Session, ws: WorkspaceSession, org_id: str,
                       within: Assignment | None = None) -> Assignment | None:
    """The assignment a finding on ``org_id`` belongs to; ``within`` keeps it in that round and team."""
    query = assignments_query(ws).where(Assignment.org_id == org_id)
    if within is not None:
        query = query.where(Assignment.round_id == within.round_id, Assignment.team_id == within.team_id)
    row = session.execute(query.limit(1)).first()
    return row[0] if row else None


def category_choices(session: Session) -> list[CategoryChoice]:
    """Every category node of every tree, each with its names from the root, in tree order."""
    nodes = list(session.scalars(
        select(TaxonomyNode).where(TaxonomyNode.kind == "category", TaxonomyNode.is_deleted.is_(False))
        .order_by(TaxonomyNode.scheme, TaxonomyNode.order_no, TaxonomyNode.code)))
    by_id = {node.id: node for node in nodes}

    def names(node: TaxonomyNode) -> tuple[str, ...]:
        chain: list[str] = []
        current: TaxonomyNode | None = node
        while current is not None and len(chain) < 5:
            chain.append(current.name)
            current = by_id.get(current.parent_id) if current.parent_id else None
        return tuple(reversed(chain))

    return [CategoryChoice(node.id, node.scheme, node.code, names(node)) for node in nodes]


def tag_choices(session: Session) -> dict[str, list[TaxonomyNode]]:
    """The tag families (scheme -> nodes in order), 六项纪律 included."""
    out: dict[str, list[TaxonomyNode]] = {}
    query = (select(TaxonomyNode).where(TaxonomyNode.kind == "tag", TaxonomyNode.is_deleted.is_(False))
             .order_by(TaxonomyNode.scheme, TaxonomyNode.order_no, TaxonomyNode.code))
    for node in session.scalars(query):
        out.setdefault(node.scheme, []).append(node)
    return out


def scheme_names() -> dict[str, str]:
    """Display names of the trees and families are not rows; the editor names them by the shipped file."""
    return {spec.scheme: spec.name for spec in load_default_taxonomy()}


def source_choices(session: Session, ws: WorkspaceSession, org_id: str | None = None) -> list[SourceChoice]:
    """Register entries a finding may come from (of ``org_id`` when given), within this workspace's scope."""
    assignment_orgs = {a.id: a.org_id for a, _, _ in session.execute(assignments_query(ws))}
    out: list[SourceChoice] = []
    for kind, entity in SOURCE_KINDS.items():
        code_col = Petition.petition_no if entity is Petition else entity.code  # type: ignore[union-attr]
        text_col = {Interview: Interview.interviewee_name, Petition: Petition.summary,
                    DocumentRequest: DocumentRequest.content, FieldVisit: FieldVisit.target_place}[entity]
        query = (select(entity.id, code_col, text_col, entity.assignment_id)
                 .where(entity.is_deleted.is_(False)).order_by(code_col))
        for row_id, code, text, assignment_id in session.execute(query):
            org = assignment_orgs.get(assignment_id)
            if org is None or (org_id is not None and org != org_id):
                continue
            out.append(SourceChoice(kind, row_id, code, (text or "")[:60], org))
    return out


def source_label(session: Session, kind: str, source_id: str) -> str | None:
    """The register entry's number ("谈-001"), None when it does not exist (or was deleted)."""
    entity = SOURCE_KINDS.get(kind)
    if entity is None:
        return None
    row = cast("Interview | Petition | DocumentRequest | FieldVisit | None", session.get(entity, source_id))
    if row is None or row.is_deleted:
        return None
    return str(row.petition_no if isinstance(row, Petition) else row.code)
