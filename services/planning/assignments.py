"""巡察任务: which team inspects which unit in a round, how (常规, 提级, 专项, 机动 ...) and over what period.

A unit is assigned once per round. A village or community goes to the team that inspects its township when the
township is assigned in the round too (巡镇带村). No member of the team may be recused from the unit. An assignment
is scoped to its team (the team's laptops receive it); moving a unit to another team removes the old assignment
and makes a new one, which is refused once work is filed under the old one. The round's ``modes`` follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from models.entities import Assignment, InspectedOrg, InspectionTeam
from models.enums import InspectionType
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError
from services.planning.naming import team_name
from services.planning.orgs import live_org
from services.planning.rounds import live_round, refresh_modes
from services.planning.rules import VILLAGE_LEVELS, live_orgs, recusal_conflicts, require_planner, work_filed
from services.planning.teams import live_team
from services.registers import Problems
from services.workspace import WorkspaceSession

ENTITY = Assignment.__tablename__


@dataclass
class AssignmentInput:
    team_id: str = ""
    org_id: str = ""
    inspection_type: str = InspectionType.ROUTINE.value
    period_from: date | None = None
    period_to: date | None = None
    is_key_object: bool = False

    @classmethod
    def from_row(cls, row: Assignment) -> AssignmentInput:
        return cls(row.team_id, row.org_id, row.inspection_type, row.period_from, row.period_to,
                   bool(row.is_key_object))


def assign(ws: WorkspaceSession, round_id: str, data: AssignmentInput) -> str:
    """Assign a unit to a team of the round; the assignment's id."""
    require_planner(ws)
    with ws.write() as tx:
        assignment = assign_in(tx, round_id, data)
        refresh_modes(tx, round_id)
        return assignment.id


def assign_units(ws: WorkspaceSession, round_id: str, inputs: list[AssignmentInput]) -> list[str]:
    """Several units at once (the window's tick list), in one transaction: all are assigned, or none when one is
    refused; the assignments' ids."""
    require_planner(ws)
    with ws.write() as tx:
        ids = [assign_in(tx, round_id, data).id for data in inputs]
        refresh_modes(tx, round_id)
        return ids


def assign_in(tx: WriteTx, round_id: str, data: AssignmentInput) -> Assignment:
    round_ = live_round(tx, round_id)
    _check(tx, round_.id, data, None)
    values: dict[str, Any] = {"inspection_type": data.inspection_type, "period_from": data.period_from,
                              "period_to": data.period_to, "is_key_object": bool(data.is_key_object)}
    removed = tx.session.scalar(select(Assignment).where(
        Assignment.round_id == round_.id, Assignment.team_id == data.team_id, Assignment.org_id == data.org_id))
    if removed is not None:  # assigned before and removed: the same row comes back (the key is unique)
        tx.undelete(removed)
        tx.update(removed, **values)
        return removed
    assignment = Assignment(round_id=round_.id, team_id=data.team_id, org_id=data.org_id, member_ids=[], **values)
    tx.insert(assignment, scope_team_id=data.team_id)
    return assignment


def update_assignment(ws: WorkspaceSession, assignment_id: str, data: AssignmentInput,
                      expected_version: int | None = None) -> str:
    """Change the mode, the period or the team; the id of the assignment afterwards (a new one for a new team)."""
    require_planner(ws)
    with ws.write() as tx:
        row = live_assignment(tx, assignment_id)
        if data.org_id and data.org_id != row.org_id:
            raise InvalidFieldsError([FieldProblem("org_id", "invalid", {"value": data.org_id}, entity=ENTITY)])
        data.org_id = row.org_id
        if data.team_id and data.team_id != row.team_id:
            if work_filed(tx.session, [row.id]):
                team = tx.session.get(InspectionTeam, row.team_id)
                raise InvalidFieldsError([FieldProblem("team_id", "assignment_has_work", {
                    "value": _org_name(tx, row.org_id), "team": team.team_no if team else "",
                    "count": work_filed(tx.session, [row.id])}, entity=ENTITY)])
            tx.delete(row, reason="改派其他巡察组")
            moved = assign_in(tx, row.round_id, data)
            refresh_modes(tx, row.round_id)
            return moved.id
        data.team_id = row.team_id
        _check(tx, row.round_id, data, row)
        tx.update(row, expected_version=expected_version, inspection_type=data.inspection_type,
                  period_from=data.period_from, period_to=data.period_to, is_key_object=bool(data.is_key_object))
        refresh_modes(tx, row.round_id)
        return row.id


def unassign(ws: WorkspaceSession, assignment_id: str, reason: str) -> None:
    """Take a unit off the round; refused while findings, register entries or rectification are filed under it."""
    require_planner(ws)
    problems = Problems(ENTITY)
    problems.required("delete_reason", reason)
    problems.check()
    with ws.write() as tx:
        row = live_assignment(tx, assignment_id)
        count = work_filed(tx.session, [row.id])
        if count:
            team = tx.session.get(InspectionTeam, row.team_id)
            problems.add("org_id", "assignment_has_work", value=_org_name(tx, row.org_id),
                         team=team.team_no if team else "", count=count)
            problems.check()
        tx.delete(row, reason=reason.strip())
        refresh_modes(tx, row.round_id)


def live_assignment(tx: WriteTx, assignment_id: str) -> Assignment:
    row = tx.session.get(Assignment, assignment_id)
    if row is None or row.is_deleted:
        raise InvalidFieldsError([FieldProblem("id", "unknown_reference", {"value": assignment_id}, entity=ENTITY)])
    return row


@dataclass
class CopyReport:
    """What copying a previous round's unit list did."""

    assigned: int = 0
    teams_created: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # units already assigned in the target round


def copy_round_units(ws: WorkspaceSession, round_id: str, source_round_id: str) -> CopyReport:
    """One click: every unit of ``source_round_id`` assigned in ``round_id`` with the same mode, to the team of the
    same number (made, without members, where the round has none). Units the round already has are skipped; the
    periods are left for HQ to set. All in one transaction: a rejected unit (a recusal, say) copies nothing."""
    require_planner(ws)
    report = CopyReport()
    with ws.write() as tx:
        target = live_round(tx, round_id)
        source = live_round(tx, source_round_id)
        if source.id == target.id:
            raise InvalidFieldsError([FieldProblem("round_id", "invalid", {"value": source.title}, entity=ENTITY)])
        teams = {t.team_no: t for t in tx.session.scalars(select(InspectionTeam).where(
            InspectionTeam.round_id == target.id, InspectionTeam.is_deleted.is_(False)))}
        source_teams = {t.id: t for t in tx.session.scalars(select(InspectionTeam).where(
            InspectionTeam.round_id == source.id))}
        taken = set(tx.session.scalars(select(Assignment.org_id).where(
            Assignment.round_id == target.id, Assignment.is_deleted.is_(False))))
        orgs = live_orgs(tx.session)
        rows = list(tx.session.scalars(select(Assignment).where(
            Assignment.round_id == source.id, Assignment.is_deleted.is_(False))))
        rows.sort(key=lambda a: (source_teams[a.team_id].team_no if a.team_id in source_teams else 0,
                                 a.org_id not in orgs or orgs[a.org_id].level in VILLAGE_LEVELS))
        for old in rows:
            if old.org_id not in orgs:
                continue
            if old.org_id in taken:
                report.skipped.append(orgs[old.org_id].name)
                continue
            number = source_teams[old.team_id].team_no
            if number not in teams:
                team = InspectionTeam(round_id=target.id, team_no=number, name=source_teams[old.team_id].name
                                      or team_name(number))
                tx.insert(team, scope_team_id="hq")
                teams[number] = team
                report.teams_created.append(number)
            assign_in(tx, target.id, AssignmentInput(teams[number].id, old.org_id, old.inspection_type,
                                                     is_key_object=bool(old.is_key_object)))
            taken.add(old.org_id)
            report.assigned += 1
        refresh_modes(tx, target.id)
    return report


def _org_name(tx: WriteTx, org_id: str) -> str:
    org = tx.session.get(InspectedOrg, org_id)
    return org.name if org else org_id


def _check(tx: WriteTx, round_id: str, data: AssignmentInput, row: Assignment | None) -> None:
    problems = Problems(ENTITY)
    problems.choice("inspection_type", data.inspection_type, InspectionType)
    problems.date_order("period_to", data.period_to, "period_from", data.period_from)
    has_team = problems.required("team_id", data.team_id)
    if not (problems.required("org_id", data.org_id) and has_team):
        problems.check()
    team = live_team(tx, data.team_id)
    if team.round_id != round_id:
        problems.add("team_id", "other_round", value=team.name)
    org = live_org(tx, data.org_id)
    session = tx.session
    others = [a for a in session.scalars(select(Assignment).where(
        Assignment.round_id == round_id, Assignment.is_deleted.is_(False))) if row is None or a.id != row.id]
    team_nos = {t.id: t.team_no for t in session.scalars(select(InspectionTeam).where(
        InspectionTeam.round_id == round_id))}
    for other in others:
        if other.org_id == org.id:
            problems.add("org_id", "assigned_twice", value=org.name, team=team_nos.get(other.team_id, ""))
    if org.level in VILLAGE_LEVELS and org.parent_id:
        for other in others:
            if other.org_id == org.parent_id and other.team_id != team.id:
                parent = session.get(InspectedOrg, org.parent_id)
                problems.add("team_id", "village_other_team", value=org.name, township=parent.name if parent else "",
                             team=team_nos.get(other.team_id, ""))
    for other in others:
        child = session.get(InspectedOrg, other.org_id)
        if child is not None and child.parent_id == org.id and child.level in VILLAGE_LEVELS \
                and other.team_id != team.id:
            problems.add("team_id", "village_other_team", value=child.name, township=org.name,
                         team=team_nos.get(other.team_id, ""))
            break
    for clash in recusal_conflicts(session, team.id, [org.id]):
        problems.add("team_id", "recused_member", value=clash.member_name, org=org.name, team=team.team_no)
    problems.check()
