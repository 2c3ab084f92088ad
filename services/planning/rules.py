"""The planning rules several edits share: who may plan, the unit hierarchy, recusals (回避), leaders, work filed.

A recusal of a member from a unit covers that unit and every unit under it (recused from a township: its villages
too). A village or community belongs to a township; a township to a county or directly to the city; a county to
the city; a municipal unit (市直单位) to the city or to another municipal unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Assignment, Finding, InspectedOrg, InspectionTeam, RectificationItem, TeamMember
from models.enums import OrgLevel, Role, TeamRole, WorkspaceKind
from services.errors import NotPermittedError
from services.finding_scope import SOURCE_KINDS
from services.workspace import WorkspaceSession

# level -> the levels its parent may have (None: no parent, a unit directly under the city)
PARENT_LEVELS: dict[str, frozenset[str | None]] = {
    OrgLevel.MUNICIPAL_UNIT.value: frozenset({None, OrgLevel.MUNICIPAL_UNIT.value}),
    OrgLevel.COUNTY.value: frozenset({None}),
    OrgLevel.TOWNSHIP.value: frozenset({None, OrgLevel.COUNTY.value}),
    OrgLevel.VILLAGE.value: frozenset({OrgLevel.TOWNSHIP.value}),
    OrgLevel.COMMUNITY.value: frozenset({OrgLevel.TOWNSHIP.value}),
}
VILLAGE_LEVELS = frozenset({OrgLevel.VILLAGE.value, OrgLevel.COMMUNITY.value})


def require_planner(ws: WorkspaceSession) -> None:
    """Only HQ's administrator plans, and only on HQ's workspace: a team receives the plan from HQ."""
    if ws.kind is not WorkspaceKind.HQ:
        raise NotPermittedError("the plan is made at HQ", role=ws.actor.role, reason="planned_by_hq")
    ws.require(Role.HQ_ADMIN)


def live_orgs(session: Session) -> dict[str, InspectedOrg]:
    return {o.id: o for o in session.scalars(select(InspectedOrg).where(InspectedOrg.is_deleted.is_(False)))}


def lineage(orgs: dict[str, InspectedOrg], org_id: str) -> list[str]:
    """``org_id`` and its ancestors' ids, nearest first (a broken or circular chain stops where it breaks)."""
    chain: list[str] = []
    current: str | None = org_id
    while current and current in orgs and current not in chain:
        chain.append(current)
        current = orgs[current].parent_id
    return chain


@dataclass(frozen=True)
class Recusal:
    """A member of the team that inspects ``org_id`` who is recused from it (or from a unit above it)."""

    member_id: str
    member_name: str
    team_id: str
    org_id: str
    org_name: str


def recusal_conflicts(session: Session, team_id: str, org_ids: Iterable[str] | None = None,
                      members: Iterable[TeamMember] | None = None) -> list[Recusal]:
    """Recused members on the team that inspects these units (default: every unit assigned to the team).
    ``members`` replaces the team's stored members (an edit being checked before it is written)."""
    orgs = live_orgs(session)
    if org_ids is None:
        org_ids = session.scalars(select(Assignment.org_id).where(
            Assignment.team_id == team_id, Assignment.is_deleted.is_(False)))
    if members is None:
        members = session.scalars(select(TeamMember).where(
            TeamMember.team_id == team_id, TeamMember.is_deleted.is_(False)))
    people = [m for m in members if m.recusal_org_ids]
    found: list[Recusal] = []
    for org_id in org_ids:
        covered = set(lineage(orgs, org_id))
        for member in people:
            if covered & set(member.recusal_org_ids or []):
                found.append(Recusal(member.id, member.name, team_id, org_id, orgs[org_id].name if org_id in orgs
                                     else org_id))
    return found


def leaders(session: Session, team_id: str, *, besides: str | None = None) -> list[TeamMember]:
    query = select(TeamMember).where(TeamMember.team_id == team_id, TeamMember.is_deleted.is_(False),
                                     TeamMember.role == TeamRole.LEADER.value)
    return [m for m in session.scalars(query) if m.id != besides]


def teams_without_leader(session: Session, round_id: str) -> list[InspectionTeam]:
    teams = session.scalars(select(InspectionTeam).where(
        InspectionTeam.round_id == round_id, InspectionTeam.is_deleted.is_(False)).order_by(InspectionTeam.team_no))
    return [team for team in teams if not leaders(session, team.id)]


def work_filed(session: Session, assignment_ids: Iterable[str]) -> int:
    """How many live findings, register entries and rectification items are filed under these assignments:
    an assignment with work under it cannot be removed or moved to another team."""
    ids = sorted(set(assignment_ids))
    if not ids:
        return 0
    total = 0
    for entity in (Finding, *SOURCE_KINDS.values()):
        total += int(session.scalar(select(func.count()).select_from(entity).where(
            entity.assignment_id.in_(ids), entity.is_deleted.is_(False))) or 0)  # type: ignore[attr-defined]
    findings = select(Finding.id).where(Finding.assignment_id.in_(ids))
    total += int(session.scalar(select(func.count()).select_from(RectificationItem).where(
        RectificationItem.finding_id.in_(findings), RectificationItem.is_deleted.is_(False))) or 0)
    return total
