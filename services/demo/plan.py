"""The demo as a plan: every row built in memory first (deterministically), inserted afterwards.

Building the whole round for every team, then inserting only what a workspace may hold, makes a team
demo's rows identical (same ids, codes and texts) to that team's rows in the HQ demo. Ids are UUIDv5 of
a stable key, so the two demos also agree on ids, as if HQ and the team had synced.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from models.base import Synced
from models.enums import InspectionType, OrgLevel, PartyOrgType, Role, RoundStatus
from models.organisation import Assignment, InspectedOrg, InspectionRound, InspectionTeam, TeamMember
from models.taxonomy import TaxonomyNode
from services.demo import data

DEMO_NAMESPACE = uuid.UUID("5b0f3c1e-8a57-4f0e-9d0c-2026a3c0de00")

# The order rows are inserted in (parents before children).
STAGES = ("organisations", "round", "teams", "assignments", "registers", "findings", "evidence", "rectification",
          "clues")
PLAN_STAGES = STAGES[:4]  # what HQ plans before the round (its reference rows); the rest is the teams' field work
FIELD_STAGES = STAGES[4:]


def demo_id(*parts: object) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "|".join(str(part) for part in parts)))


@dataclass(frozen=True)
class Step:
    """One step of a row's life, written by the builder as the person who took it, at the time they took it
    (services/demo/acting.py). The first step of a history is the insert: ``values`` are what the row held then
    (the object holds its final values). Each later step is an update of ``values``, with the audit event
    ``action`` when it is a review step (finding_reviewed, finding_signed) as services/review.py writes them."""

    who: TeamMember
    role: Role
    when: datetime
    values: dict[str, Any]
    action: str | None = None


@dataclass
class Planned:
    obj: Synced
    team_no: int | None  # None: HQ reference data, held by every workspace
    hq_scope: bool = False  # a team's row that HQ owns (the team itself, its members)
    blob: Callable[[], tuple[bytes, str]] | None = None  # evidence bytes and mime, made only if inserted
    history: tuple[Step, ...] = ()  # empty: inserted once, by the workspace's first user, now


@dataclass
class Inspected:
    """One assignment with what the generators need to write about it."""

    assignment: Assignment
    team_no: int
    org: InspectedOrg
    level: OrgLevel
    short: str
    departments: tuple[str, ...]
    finance: str
    duty: str
    fund: str
    project: str
    place: str  # county + township (+ village) for villages, the org name otherwise


@dataclass
class DemoPlan:
    rng: random.Random
    taxonomy: dict[str, TaxonomyNode]
    stages: dict[str, list[Planned]] = field(default_factory=lambda: defaultdict(list))
    round: InspectionRound | None = None
    teams: dict[int, InspectionTeam] = field(default_factory=dict)
    members: dict[int, dict[str, list[TeamMember]]] = field(default_factory=dict)
    orgs: dict[str, InspectedOrg] = field(default_factory=dict)
    inspected: list[Inspected] = field(default_factory=list)
    # assignment id -> register table name -> rows, for linking findings and clues to their sources
    registers: dict[str, dict[str, list[Synced]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))

    def add(self, stage: str, obj: Synced, team_no: int | None = None, *, hq_scope: bool = False,
            blob: Callable[[], tuple[bytes, str]] | None = None, history: tuple[Step, ...] = ()) -> None:
        self.stages[stage].append(Planned(obj, team_no, hq_scope, blob, history))

    # ---- small random helpers ----

    def person_name(self) -> str:
        return self.rng.choice(data.SURNAMES) + self.rng.choice(data.GIVEN)

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def moment(self, day: date) -> datetime:
        return datetime.combine(day, time(self.rng.randint(8, 17), self.rng.choice((0, 15, 30, 45))))

    def member(self, team_no: int, role: str) -> TeamMember:
        return self.members[team_no][role][0]

    def workers(self, team_no: int) -> list[TeamMember]:
        """The team's members who draft papers and sit in interviews (not the clue officer)."""
        by_role = self.members[team_no]
        return [m for role in ("member", "petition_officer", "deputy") for m in by_role.get(role, [])]


def plan_reference(plan: DemoPlan) -> None:
    """The round, the organisation hierarchy, the teams with their members, and the assignments."""
    plan.round = InspectionRound(
        id=demo_id("round", data.TERM_NO, data.YEAR, data.ROUND_NO), term_no=data.TERM_NO, year=data.YEAR,
        round_no=data.ROUND_NO, title=data.ROUND_TITLE, modes=[InspectionType.ROUTINE.value,
                                                                 InspectionType.UPGRADED.value],
        theme=data.ROUND_THEME, start_date=data.ROUND_START, end_date=data.ROUND_END,
        status=RoundStatus.RECTIFYING.value, code_format=data.CODE_FORMAT,
    )
    plan.add("round", plan.round)
    _plan_orgs(plan)
    _plan_teams(plan)
    _plan_assignments(plan)


def _org(plan: DemoPlan, name: str, level: OrgLevel, party_org: str, party_type: PartyOrgType, *,
         parent: InspectedOrg | None = None, short: str | None = None, **extra: object) -> InspectedOrg:
    key = f"{parent.name}/{name}" if parent else name
    org = InspectedOrg(id=demo_id("org", key), name=name, short_name=short, party_org_name=party_org,
                       party_org_type=party_type.value, level=level.value,
                       parent_id=parent.id if parent else None, **extra)
    plan.orgs[key] = org
    plan.add("organisations", org)
    return org


def _plan_orgs(plan: DemoPlan) -> None:
    for unit in data.UNITS:
        _org(plan, unit.name, OrgLevel.MUNICIPAL_UNIT, f"{unit.short}党组", PartyOrgType.LEADING_GROUP,
             short=unit.short, principal_name=unit.principal, contact_name=plan.person_name(),
             contact_phone=f"0731-28{plan.rng.randint(100000, 999999)}")
    counties = {
        name: _org(plan, name, OrgLevel.COUNTY, party, PartyOrgType.COMMITTEE, division_code=code)
        for name, code, party in data.COUNTIES
    }
    for town in data.TOWNSHIPS:
        township = _org(plan, town.name, OrgLevel.TOWNSHIP, f"{town.name}党委", PartyOrgType.COMMITTEE,
                        parent=counties[town.county], division_code=town.division_code,
                        principal_name=town.principal)
        for index, village in enumerate(v for v in data.VILLAGES if v.township == town.name):
            kind = PartyOrgType(village.party_org_type)
            _org(plan, village.name, OrgLevel.VILLAGE, f"{village.name}{kind.zh}", kind, parent=township,
                 division_code=f"{town.division_code[:9]}{201 + index:03d}", principal_name=village.principal,
                 village_class=village.village_class,
                 village_profile={"population": village.population, "households": village.households,
                                  "collective_income_wan": village.collective_income})


def _plan_teams(plan: DemoPlan) -> None:
    assert plan.round is not None
    for spec in data.TEAMS:
        start = data.ROUND_START + timedelta(days=7 if spec.inspection_type is InspectionType.UPGRADED else 0)
        team = InspectionTeam(
            id=demo_id("team", spec.team_no), round_id=plan.round.id, team_no=spec.team_no, name=spec.name,
            contact_phone=spec.phone, mailbox=f"xuncha{spec.team_no}zu@example.invalid",
            letterbox_location="各被巡察单位办公楼一楼大厅", station_start=start, station_end=data.ROUND_END,
        )
        plan.teams[spec.team_no] = team
        plan.add("teams", team, spec.team_no, hq_scope=True)
        plan.members[spec.team_no] = defaultdict(list)
        for person in spec.members:
            recusals = [plan.orgs[org].id for who, org in data.RECUSALS if who == person.name]
            member = TeamMember(
                id=demo_id("member", spec.team_no, person.name), team_id=team.id, name=person.name,
                role=person.role, source_unit=person.source_unit, post=person.post, recusal_org_ids=recusals,
                recusal_note="曾在该单位工作，按规定回避" if recusals else None, pledge_signed_at=data.ROUND_START,
            )
            plan.members[spec.team_no][person.role].append(member)
            plan.add("teams", member, spec.team_no, hq_scope=True)


def _assignment(plan: DemoPlan, team_no: int, org: InspectedOrg, kind: InspectionType) -> Assignment:
    assert plan.round is not None
    workers = plan.workers(team_no)
    return Assignment(
        id=demo_id("assignment", team_no, org.id), round_id=plan.round.id, team_id=plan.teams[team_no].id,
        org_id=org.id, inspection_type=kind.value, period_from=data.PERIOD_FROM, period_to=data.PERIOD_TO,
        member_ids=[m.id for m in plan.rng.sample(workers, 2)], is_key_object=plan.rng.random() < 0.25,
    )


def _plan_assignments(plan: DemoPlan) -> None:
    for unit in data.UNITS:
        team_no, org = data.UNIT_TEAM[unit.name], plan.orgs[unit.name]
        a = _assignment(plan, team_no, org, InspectionType.ROUTINE)
        plan.inspected.append(Inspected(a, team_no, org, OrgLevel.MUNICIPAL_UNIT, unit.short, unit.departments,
                                        unit.finance, unit.duty, unit.fund, unit.project, unit.name))
    team_no = data.UPGRADED_TEAM
    for town in data.TOWNSHIPS:
        township = plan.orgs[f"{town.county}/{town.name}"]
        if town.inspected:
            a = _assignment(plan, team_no, township, InspectionType.UPGRADED)
            plan.inspected.append(Inspected(
                a, team_no, township, OrgLevel.TOWNSHIP, town.name, data.TOWNSHIP_DEPARTMENTS, "财政所",
                "村级“三资”代理记账监管", "惠民惠农补贴资金", "集镇污水处理设施建设项目", f"{town.county}{town.name}"))
    for village in data.VILLAGES:
        town = next(t for t in data.TOWNSHIPS if t.name == village.township)
        org = plan.orgs[f"{town.name}/{village.name}"]
        a = _assignment(plan, team_no, org, InspectionType.UPGRADED)
        plan.inspected.append(Inspected(a, team_no, org, OrgLevel.VILLAGE, village.name, (), "村报账员", "", "", "",
                                        f"{town.county}{town.name}{village.name}"))
    for item in sorted(plan.inspected, key=lambda i: i.team_no):
        plan.add("assignments", item.assignment, item.team_no)
    plan.inspected.sort(key=lambda i: i.team_no)
