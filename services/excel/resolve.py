"""What a ledger row's context columns (届次, 年度, 轮次, 巡察组, 被巡察单位) point at in the workspace.

Everything is loaded once per import into dictionaries, so a 20,000-row sheet costs lookups, not queries.
A round, team, organisation or assignment the workspace lacks is planned as a new row (``pending``); it is
written only when the user agreed to create missing ones (the preview's checkbox, ``--create-missing``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE, Synced
from models.entities import Assignment, InspectedOrg, InspectionRound, InspectionTeam
from models.enums import InspectionType, OrgLevel, WorkspaceKind
from models.sync import get_meta
from services.excel.values import chinese_number, squash
from services.planning.naming import round_title, team_name
from services.workspace import WorkspaceSession

VILLAGE_LEVELS = frozenset({OrgLevel.VILLAGE.value, OrgLevel.COMMUNITY.value})


@dataclass
class Miss:
    """Why a context could not be found: the column key, the reason code and its params."""

    key: str
    reason: str
    params: dict[str, Any]
    creatable: bool  # True: would be created with create-missing


@dataclass
class Where:
    """A resolved context: ids (of existing or planned rows) and the round for finding codes."""

    round: InspectionRound
    team: InspectionTeam
    org: InspectedOrg
    assignment: Assignment


@dataclass
class Context:
    session: Session
    ws: WorkspaceSession
    rounds: list[InspectionRound] = field(default_factory=list)
    teams: dict[tuple[str, int], InspectionTeam] = field(default_factory=dict)
    orgs_by_name: dict[str, list[InspectedOrg]] = field(default_factory=dict)
    orgs: dict[str, InspectedOrg] = field(default_factory=dict)
    assignments: dict[tuple[str, str, str], Assignment] = field(default_factory=dict)
    pending: list[Synced] = field(default_factory=list)  # rows to create, parents first
    pending_labels: dict[str, list[str]] = field(default_factory=dict)  # table -> what they are, for the preview
    pending_ids: set[str] = field(default_factory=set)
    # An enrolled team takes its rounds, team and assignments from HQ (decision D1): HQ refuses a package that
    # creates them, so the import refuses them here, on the row, instead.
    assigned_by_hq: bool = False

    @classmethod
    def load(cls, session: Session, ws: WorkspaceSession) -> Context:
        ctx = cls(session, ws)
        ctx.assigned_by_hq = ws.kind == WorkspaceKind.TEAM and get_meta(session, "enrolled") == "1"
        ctx.rounds = list(session.scalars(select(InspectionRound).where(InspectionRound.is_deleted.is_(False))))
        for team in session.scalars(select(InspectionTeam).where(InspectionTeam.is_deleted.is_(False))):
            ctx.teams[(team.round_id, team.team_no)] = team
        for org in session.scalars(select(InspectedOrg).where(InspectedOrg.is_deleted.is_(False))):
            ctx._add_org(org)
        for a in session.scalars(select(Assignment).where(Assignment.is_deleted.is_(False))):
            ctx.assignments[(a.round_id, a.team_id, a.org_id)] = a
        return ctx

    def _add_org(self, org: InspectedOrg) -> None:
        self.orgs[org.id] = org
        self.orgs_by_name.setdefault(squash(org.name), []).append(org)

    def _plan(self, obj: Synced, table: str, label: str) -> None:
        self.pending.append(obj)
        self.pending_ids.add(obj.id)
        self.pending_labels.setdefault(table, []).append(label)

    # ---- one row's context ----

    def where(self, values: dict[str, Any], misses: list[Miss]) -> Where | None:
        round_ = self._round(values, misses)
        org = self._org(values, misses)
        team = self._team(values, round_, misses) if round_ is not None else None
        if round_ is None or team is None or org is None:
            return None
        key = (round_.id, team.id, org.id)
        assignment = self.assignments.get(key)
        if assignment is None:
            kind = InspectionType.UPGRADED if org.level in VILLAGE_LEVELS else InspectionType.ROUTINE
            assignment = Assignment(id=str(uuid.uuid4()), round_id=round_.id, team_id=team.id, org_id=org.id,
                                    inspection_type=kind.value, member_ids=[])
            self.assignments[key] = assignment
            self._plan(assignment, "assignment", f"{round_.title} · {team.name} · {org.name}")
        pending, by_hq = self.pending_ids, self.assigned_by_hq
        missing = "assigned_by_hq" if by_hq else "unknown_reference"
        if round_.id in pending:
            text = _round_text(round_.term_no, round_.year, round_.round_no)
            misses.append(Miss("round_no", missing, {"value": text}, creatable=not by_hq))
        if team.id in pending:
            misses.append(Miss("team_no", missing, {"value": f"第{team.team_no}组"}, creatable=not by_hq))
        if org.id in pending or (by_hq and assignment.id in pending):
            misses.append(Miss("org_name", missing, {"value": org.name}, creatable=not by_hq))
        elif assignment.id in pending and round_.id not in pending and team.id not in pending:
            misses.append(Miss("org_name", "not_assigned", {"value": org.name}, creatable=True))
        return Where(round_, team, org, assignment)


    def _round(self, values: dict[str, Any], misses: list[Miss]) -> InspectionRound | None:
        term, year, number = values.get("term_no"), values.get("year"), values.get("round_no")
        if term is None and year is None and number is None:
            if len(self.rounds) == 1:
                return self.rounds[0]
            misses.append(Miss("round_no", "required", {}, creatable=False))
            return None
        found = [r for r in self.rounds if (term is None or r.term_no == term) and (year is None or r.year == year)
                 and (number is None or r.round_no == number)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            misses.append(Miss("round_no", "invalid", {"value": _round_text(term, year, number)}, creatable=False))
            return None
        if term is None or year is None or number is None:
            missing = "term_no" if term is None else "year" if year is None else "round_no"
            misses.append(Miss(missing, "required", {}, creatable=False))
            return None
        round_ = InspectionRound(id=str(uuid.uuid4()), term_no=term, year=year, round_no=number,
                                 title=round_title(term, number), modes=[])
        self.rounds.append(round_)
        self._plan(round_, "inspection_round", f"{round_.title}（{year}年）")
        return round_

    def _team(self, values: dict[str, Any], round_: InspectionRound, misses: list[Miss]) -> InspectionTeam | None:
        number = values.get("team_no")
        own = self.ws.team_no if self.ws.kind is WorkspaceKind.TEAM else None
        if number is None:
            number = own
        if number is None:
            teams = [t for (rid, _), t in self.teams.items() if rid == round_.id]
            if len(teams) == 1:
                return teams[0]
            misses.append(Miss("team_no", "required", {}, creatable=False))
            return None
        if own is not None and number != own:
            misses.append(Miss("team_no", "other_team", {"value": f"第{number}组", "team": own}, creatable=False))
            return None
        team = self.teams.get((round_.id, number))
        if team is None:
            team = InspectionTeam(id=str(uuid.uuid4()), round_id=round_.id, team_no=number,
                                  name=team_name(number))
            self.teams[(round_.id, number)] = team
            self._plan(team, "inspection_team", f"{round_.title} · {team.name}")
        return team

    def _org(self, values: dict[str, Any], misses: list[Miss]) -> InspectedOrg | None:
        name = values.get("org_name")
        if name is None:
            misses.append(Miss("org_name", "required", {}, creatable=False))
            return None
        township = values.get("township")
        found = self.find_org(name, township)
        if isinstance(found, InspectedOrg):
            return found
        if found == "ambiguous":
            misses.append(Miss("org_name", "invalid", {"value": name}, creatable=False))
            return None
        parent = self.find_org(township, None) if township else None
        level = values.get("org_level") or (OrgLevel.VILLAGE.value if township else OrgLevel.MUNICIPAL_UNIT.value)
        if township and not isinstance(parent, InspectedOrg):
            parent = InspectedOrg(id=str(uuid.uuid4()), name=township, level=OrgLevel.TOWNSHIP.value)
            self._add_org(parent)
            self._plan(parent, "inspected_org", township)
        org = InspectedOrg(id=str(uuid.uuid4()), name=name, level=level,
                           parent_id=parent.id if isinstance(parent, InspectedOrg) else None)
        self._add_org(org)
        self._plan(org, "inspected_org", f"{township}/{name}" if township else name)
        return org

    def find_org(self, name: str | None, parent_name: str | None) -> InspectedOrg | str | None:
        """The org called ``name`` (under ``parent_name`` when several share the name); "ambiguous" or None."""
        if not name:
            return None
        found = self.orgs_by_name.get(squash(name), [])
        if len(found) > 1 and parent_name:
            parents = {o.id for o in self.orgs_by_name.get(squash(parent_name), [])}
            found = [o for o in found if o.parent_id in parents] or found
        if len(found) == 1:
            return found[0]
        return "ambiguous" if found else None

    def write_pending(self, tx: Any) -> None:
        """Insert the planned rounds, teams, organisations and assignments (HQ reference rows, parents first)."""
        order = {"InspectionRound": 0, "InspectedOrg": 1, "InspectionTeam": 2, "Assignment": 3}
        for obj in sorted(self.pending, key=lambda o: order[type(o).__name__]):
            tx.insert(obj, scope_team_id=self._scope(obj))

    def _scope(self, obj: Synced) -> str:
        """Assignments belong to their team. On a team workspace an organisation the team adds is the team's own
        (decision D1: HQ's reference rows arrive with enrollment; HQ accepts only team-scoped rows from a team)."""
        if isinstance(obj, Assignment):
            return obj.team_id
        if isinstance(obj, InspectedOrg) and self.ws.kind == WorkspaceKind.TEAM:
            own = [a.team_id for a in self.assignments.values() if a.org_id == obj.id]  # else: a parent township
            return (own or [a.team_id for a in self.assignments.values()] or [HQ_SCOPE])[0]
        return HQ_SCOPE


def _round_text(term: int | None, year: int | None, number: int | None) -> str:
    parts = [f"第{term}届" if term else "", f"{year}年" if year else "", f"第{number}轮" if number else ""]
    return "".join(parts)


def parse_team_name(text: str) -> int | None:
    return chinese_number(text)
