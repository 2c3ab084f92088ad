"""巡察组 of a round and their members: team number and name, stationing dates, members with duty roles and
recusals (回避). A team has at most one leader (组长); a member may not be recused from a unit the team inspects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from models.base import HQ_SCOPE
from models.entities import Assignment, InspectionTeam, TeamMember
from models.enums import TeamRole
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError
from services.planning.naming import team_name
from services.planning.rounds import live_round
from services.planning.rules import leaders, live_orgs, recusal_conflicts, require_planner
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

TEAM = InspectionTeam.__tablename__
MEMBER = TeamMember.__tablename__


@dataclass
class TeamInput:
    team_no: int | None = None
    name: str = ""
    contact_phone: str | None = None
    mailbox: str | None = None
    letterbox_location: str | None = None
    station_start: date | None = None
    station_end: date | None = None

    @classmethod
    def from_row(cls, row: InspectionTeam) -> TeamInput:
        return cls(row.team_no, row.name, row.contact_phone, row.mailbox, row.letterbox_location, row.station_start,
                   row.station_end)


@dataclass
class MemberInput:
    name: str = ""
    role: str = TeamRole.MEMBER.value
    source_unit: str | None = None
    post: str | None = None
    contact: str | None = None
    is_part_time: bool = False
    recusal_org_ids: list[str] = field(default_factory=list)
    recusal_note: str | None = None

    @classmethod
    def from_row(cls, row: TeamMember) -> MemberInput:
        return cls(row.name, row.role, row.source_unit, row.post, row.contact, bool(row.is_part_time),
                   list(row.recusal_org_ids or []), row.recusal_note)


# ---- teams ----


def create_team(ws: WorkspaceSession, round_id: str, data: TeamInput) -> str:
    """A new team of the round (its name defaults to 市委第N巡察组); its id."""
    require_planner(ws)
    with ws.write() as tx:
        round_ = live_round(tx, round_id)
        values = _team_values(tx, round_.id, data, None)
        team = InspectionTeam(round_id=round_.id, **values)
        tx.insert(team, scope_team_id=HQ_SCOPE)
        return team.id


def update_team(ws: WorkspaceSession, team_id: str, data: TeamInput, expected_version: int | None = None) -> None:
    require_planner(ws)
    with ws.write() as tx:
        team = live_team(tx, team_id)
        tx.update(team, expected_version=expected_version, **_team_values(tx, team.round_id, data, team))


def delete_team(ws: WorkspaceSession, team_id: str, reason: str) -> None:
    """Remove a team with no assigned unit (unassign its units first); its members go with it."""
    require_planner(ws)
    problems = Problems(TEAM)
    problems.required("delete_reason", reason)
    problems.check()
    with ws.write() as tx:
        team = live_team(tx, team_id)
        units = tx.session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.team_id == team.id, Assignment.is_deleted.is_(False)))
        if units:
            problems.add("team_no", "team_has_units", value=team.name, count=int(units))
            problems.check()
        for member in tx.session.scalars(select(TeamMember).where(
                TeamMember.team_id == team.id, TeamMember.is_deleted.is_(False))):
            tx.delete(member, reason=reason.strip())
        tx.delete(team, reason=reason.strip())


def live_team(tx: WriteTx, team_id: str) -> InspectionTeam:
    team = tx.session.get(InspectionTeam, team_id)
    if team is None or team.is_deleted:
        raise InvalidFieldsError([FieldProblem("team_id", "unknown_reference", {"value": team_id},
                                               entity="assignment")])
    return team


def _team_values(tx: WriteTx, round_id: str, data: TeamInput, row: InspectionTeam | None) -> dict[str, object]:
    problems = Problems(TEAM)
    if problems.required("team_no", data.team_no) and not 1 <= int(data.team_no or 0) <= 99:
        problems.add("team_no", "out_of_range", minimum=1, maximum=99)
    values: dict[str, object] = {
        "team_no": data.team_no, "name": clean(data.name) or (team_name(int(data.team_no)) if data.team_no else ""),
        "contact_phone": clean(data.contact_phone), "mailbox": clean(data.mailbox),
        "letterbox_location": clean(data.letterbox_location), "station_start": data.station_start,
        "station_end": data.station_end,
    }
    problems.lengths(InspectionTeam, values)
    problems.date_order("station_end", data.station_end, "station_start", data.station_start)
    if not problems.has("team_no"):
        # (round, team number) is unique among every team, removed ones too
        same = tx.session.scalar(select(InspectionTeam.id).where(
            InspectionTeam.round_id == round_id, InspectionTeam.team_no == data.team_no,
            InspectionTeam.id != (row.id if row else "")))
        if same is not None:
            problems.add("team_no", "duplicate", value=f"第{data.team_no}组")
    problems.check()
    return values


# ---- members ----


def add_member(ws: WorkspaceSession, team_id: str, data: MemberInput) -> str:
    """A member of the team with a duty role (and recusals); its id."""
    require_planner(ws)
    with ws.write() as tx:
        team = live_team(tx, team_id)
        values = _member_values(tx, team, data, None)
        member = TeamMember(team_id=team.id, **values)
        tx.insert(member, scope_team_id=HQ_SCOPE)
        return member.id


def update_member(ws: WorkspaceSession, member_id: str, data: MemberInput,
                  expected_version: int | None = None) -> None:
    require_planner(ws)
    with ws.write() as tx:
        member = live_member(tx, member_id)
        team = live_team(tx, member.team_id)
        tx.update(member, expected_version=expected_version, **_member_values(tx, team, data, member))


def remove_member(ws: WorkspaceSession, member_id: str, reason: str) -> None:
    require_planner(ws)
    problems = Problems(MEMBER)
    problems.required("delete_reason", reason)
    problems.check()
    with ws.write() as tx:
        tx.delete(live_member(tx, member_id), reason=reason.strip())


def live_member(tx: WriteTx, member_id: str) -> TeamMember:
    member = tx.session.get(TeamMember, member_id)
    if member is None or member.is_deleted:
        raise InvalidFieldsError([FieldProblem("id", "unknown_reference", {"value": member_id}, entity=MEMBER)])
    return member


def _member_values(tx: WriteTx, team: InspectionTeam, data: MemberInput, row: TeamMember | None) -> dict[str, object]:
    problems = Problems(MEMBER)
    name = clean(data.name) or ""
    problems.required("name", name)
    problems.choice("role", data.role, TeamRole)
    orgs = live_orgs(tx.session)
    recusals = list(dict.fromkeys(data.recusal_org_ids or []))
    for org_id in recusals:
        if org_id not in orgs:
            problems.add("recusal_org_ids", "unknown_reference", value=org_id)
    values: dict[str, object] = {
        "name": name, "role": data.role, "source_unit": clean(data.source_unit), "post": clean(data.post),
        "contact": clean(data.contact), "is_part_time": bool(data.is_part_time), "recusal_org_ids": recusals,
        "recusal_note": clean(data.recusal_note),
    }
    problems.lengths(TeamMember, values)
    if data.role == TeamRole.LEADER.value and leaders(tx.session, team.id, besides=row.id if row else None):
        other = leaders(tx.session, team.id, besides=row.id if row else None)[0]
        problems.add("role", "one_leader", value=other.name, team=team.team_no)
    if name and not problems.has("name"):
        same = tx.session.scalar(select(TeamMember.id).where(
            TeamMember.team_id == team.id, TeamMember.name == name, TeamMember.is_deleted.is_(False),
            TeamMember.id != (row.id if row else "")))
        if same is not None:
            problems.add("name", "duplicate", value=name)
    if not problems.items and recusals:
        probe = TeamMember(id=row.id if row else "", name=name, recusal_org_ids=recusals)
        for clash in recusal_conflicts(tx.session, team.id, members=[probe]):
            problems.add("recusal_org_ids", "recused_member", value=name, org=clash.org_name, team=team.team_no)
    problems.check()
    return values
