"""The plan as the window and the CLI read it: rounds, a round's teams with their members and its assignments,
the unit tree, and what is still missing before the round can be stationed (services/planning/)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Assignment, Finding, InspectedOrg, InspectionRound, InspectionTeam, TeamMember
from models.enums import OrgLevel, TeamRole
from services.planning.lookup import find_round
from services.planning.rules import live_orgs, recusal_conflicts, teams_without_leader
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class RoundRow:
    id: str
    title: str
    term_no: int
    year: int
    round_no: int
    status: str
    theme: str | None
    start_date: date | None
    end_date: date | None
    teams: int
    units: int
    modes: dict[str, int]  # inspection type -> units


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    role: str
    source_unit: str | None
    post: str | None
    recusals: list[str]  # unit names
    version: int


@dataclass(frozen=True)
class TeamRow:
    id: str
    team_no: int
    name: str
    station_start: date | None
    station_end: date | None
    members: list[MemberRow]
    units: int
    version: int

    @property
    def leader(self) -> str:
        return next((m.name for m in self.members if m.role == TeamRole.LEADER.value), "")


@dataclass(frozen=True)
class AssignmentRow:
    id: str
    org_id: str
    org_name: str
    level: str
    parent_name: str
    team_id: str
    team_no: int
    mode: str
    period_from: date | None
    period_to: date | None
    findings: int
    version: int


@dataclass(frozen=True)
class RoundPlan:
    round: RoundRow
    teams: list[TeamRow]
    assignments: list[AssignmentRow]
    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # (reason code, params)


@dataclass(frozen=True)
class OrgNode:
    id: str
    name: str
    level: str
    parent_id: str | None
    depth: int
    short_name: str | None
    version: int


def list_rounds(ws: WorkspaceSession) -> list[RoundRow]:
    """Every live round, newest first; a team workspace holds only its own."""
    with ws.read() as session:
        rounds = session.scalars(select(InspectionRound).where(InspectionRound.is_deleted.is_(False)).order_by(
            InspectionRound.year.desc(), InspectionRound.term_no.desc(), InspectionRound.round_no.desc()))
        return [_round_row(session, r) for r in rounds]


def _round_row(session: Session, r: InspectionRound) -> RoundRow:
    teams = session.scalars(select(InspectionTeam.id).where(
        InspectionTeam.round_id == r.id, InspectionTeam.is_deleted.is_(False))).all()
    modes = Counter(session.scalars(select(Assignment.inspection_type).where(
        Assignment.round_id == r.id, Assignment.is_deleted.is_(False))))
    return RoundRow(r.id, r.title, r.term_no, r.year, r.round_no, r.status, r.theme, r.start_date, r.end_date,
                    len(teams), sum(modes.values()), dict(modes))


def round_plan(ws: WorkspaceSession, round_id: str) -> RoundPlan:
    """One round whole: teams (by number) with members (leader first), assignments (by team, then the unit tree),
    and the warnings that would stop it being stationed (teams without leader, recused members)."""
    with ws.read() as session:
        r = session.get(InspectionRound, round_id)
        if r is None or r.is_deleted:
            r = find_round(session, round_id)
        orgs = live_orgs(session)
        teams = list(session.scalars(select(InspectionTeam).where(
            InspectionTeam.round_id == r.id, InspectionTeam.is_deleted.is_(False)).order_by(InspectionTeam.team_no)))
        assignments = list(session.scalars(select(Assignment).where(
            Assignment.round_id == r.id, Assignment.is_deleted.is_(False))))
        counts = Counter(session.scalars(select(Finding.assignment_id).where(
            Finding.assignment_id.in_([a.id for a in assignments]), Finding.is_deleted.is_(False))))
        units = Counter(a.team_id for a in assignments)
        order = [role.value for role in TeamRole]
        team_rows = []
        for team in teams:
            members = sorted(session.scalars(select(TeamMember).where(
                TeamMember.team_id == team.id, TeamMember.is_deleted.is_(False))),
                key=lambda m: (order.index(m.role) if m.role in order else 99, m.name))
            team_rows.append(TeamRow(team.id, team.team_no, team.name, team.station_start, team.station_end, [
                MemberRow(m.id, m.name, m.role, m.source_unit, m.post,
                          [orgs[o].name for o in m.recusal_org_ids or [] if o in orgs], m.local_version)
                for m in members], units[team.id], team.local_version))
        numbers = {t.id: t.team_no for t in teams}
        tree = {node.id: i for i, node in enumerate(org_tree_of(orgs))}
        rows = [AssignmentRow(a.id, a.org_id, orgs[a.org_id].name if a.org_id in orgs else a.org_id,
                              orgs[a.org_id].level if a.org_id in orgs else "",
                              _parent_name(orgs, a.org_id), a.team_id, numbers.get(a.team_id, 0), a.inspection_type,
                              a.period_from, a.period_to, counts[a.id], a.local_version) for a in assignments]
        rows.sort(key=lambda row: (row.team_no, tree.get(row.org_id, 0)))
        warnings: list[tuple[str, dict[str, object]]] = [
            ("leader_missing", {"value": t.name, "team": t.team_no}) for t in teams_without_leader(session, r.id)]
        for team in teams:
            warnings.extend(("recused_member", {"value": c.member_name, "org": c.org_name, "team": team.team_no})
                            for c in recusal_conflicts(session, team.id))
        return RoundPlan(_round_row(session, r), team_rows, rows, warnings)


def _parent_name(orgs: dict[str, InspectedOrg], org_id: str) -> str:
    org = orgs.get(org_id)
    parent = orgs.get(org.parent_id or "") if org else None
    return parent.name if parent else ""


def org_tree(ws: WorkspaceSession, search: str = "") -> list[OrgNode]:
    """The units in tree order (each parent before its children, siblings by level then name); ``search`` keeps
    the units whose name or short name contains it, with their ancestors."""
    with ws.read() as session:
        nodes = org_tree_of(live_orgs(session))
    text = "".join(search.split())
    if not text:
        return nodes
    by_id = {n.id: n for n in nodes}
    keep: set[str] = set()
    for node in nodes:
        if text in node.name or text in (node.short_name or ""):
            current: OrgNode | None = node
            while current is not None and current.id not in keep:
                keep.add(current.id)
                current = by_id.get(current.parent_id or "")
    return [n for n in nodes if n.id in keep]


def org_tree_of(orgs: dict[str, InspectedOrg]) -> list[OrgNode]:
    levels = [level.value for level in OrgLevel]
    children: dict[str | None, list[InspectedOrg]] = {}
    for org in orgs.values():
        parent = org.parent_id if org.parent_id in orgs else None
        children.setdefault(parent, []).append(org)
    for group in children.values():
        group.sort(key=lambda o: (levels.index(o.level) if o.level in levels else 99, o.name))
    out: list[OrgNode] = []
    seen: set[str] = set()

    def walk(parent: str | None, depth: int) -> None:
        for org in children.get(parent, []):
            if org.id in seen:
                continue
            seen.add(org.id)
            out.append(OrgNode(org.id, org.name, org.level, org.parent_id, depth, org.short_name, org.local_version))
            walk(org.id, depth + 1)

    walk(None, 0)
    return out
