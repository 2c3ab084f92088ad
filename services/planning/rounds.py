"""轮次: create and edit a round, move it through its stages, remove a round planned by mistake.

Stages in order: planned (计划中) → stationed (进驻中) → reported (已报告) → rectifying (整改中) → closed (已完结).
A round moves forward to any later stage, or back one stage to correct a mistake. It is stationed only when it
has teams, each with exactly one leader and at least one assigned unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from models.entities import Assignment, InspectionRound, InspectionTeam
from models.enums import InspectionType, RoundStatus
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError
from services.planning.naming import round_title
from services.planning.rules import require_planner, teams_without_leader
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

ENTITY = InspectionRound.__tablename__
ORDER = [status.value for status in RoundStatus]


@dataclass
class RoundInput:
    term_no: int | None = None
    year: int | None = None
    round_no: int | None = None
    title: str = ""
    theme: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    committee_name: str = "市委"

    @classmethod
    def from_row(cls, row: InspectionRound) -> RoundInput:
        return cls(row.term_no, row.year, row.round_no, row.title, row.theme, row.start_date, row.end_date,
                   row.committee_name)


def create_round(ws: WorkspaceSession, data: RoundInput) -> str:
    """A new round in status 计划中; its id."""
    require_planner(ws)
    with ws.write() as tx:
        values = _validated(tx, data, None)
        row = InspectionRound(status=RoundStatus.PLANNED.value, modes=[], **values)
        tx.insert(row, scope_team_id="hq")
        return row.id


def update_round(ws: WorkspaceSession, round_id: str, data: RoundInput, expected_version: int | None = None) -> None:
    require_planner(ws)
    with ws.write() as tx:
        row = live_round(tx, round_id)
        tx.update(row, expected_version=expected_version, **_validated(tx, data, row))


def set_round_status(ws: WorkspaceSession, round_id: str, status: str) -> None:
    """Move the round to ``status`` (forward, or one stage back); stationing checks the teams first."""
    require_planner(ws)
    problems = Problems(ENTITY)
    problems.choice("status", status, RoundStatus)
    problems.check()
    with ws.write() as tx:
        row = live_round(tx, round_id)
        now, wanted = ORDER.index(row.status) if row.status in ORDER else 0, ORDER.index(status)
        if wanted < now - 1:
            problems.add("status", "status_backwards", value=RoundStatus(status).zh,
                         current=RoundStatus(ORDER[now]).zh)
        if now < ORDER.index(RoundStatus.STATIONED.value) <= wanted:
            _check_ready(tx, row, problems)
        problems.check()
        tx.update(row, status=status)


def delete_round(ws: WorkspaceSession, round_id: str, reason: str) -> None:
    """Remove a round planned by mistake: only while it has no team (remove its teams first)."""
    require_planner(ws)
    problems = Problems(ENTITY)
    problems.required("delete_reason", reason)
    problems.check()
    with ws.write() as tx:
        row = live_round(tx, round_id)
        teams = tx.session.scalar(select(func.count()).select_from(InspectionTeam).where(
            InspectionTeam.round_id == row.id, InspectionTeam.is_deleted.is_(False)))
        if teams:
            problems.add("id", "round_has_teams", value=row.title, count=int(teams))
            problems.check()
        tx.delete(row, reason=reason.strip())


def live_round(tx: WriteTx, round_id: str) -> InspectionRound:
    row = tx.session.get(InspectionRound, round_id)
    if row is None or row.is_deleted:
        raise InvalidFieldsError([FieldProblem("round_id", "unknown_reference", {"value": round_id},
                                               entity="inspection_team")])
    return row


def refresh_modes(tx: WriteTx, round_id: str) -> None:
    """The round's ``modes``: the inspection types of its live assignments, in the vocabulary's order."""
    row = tx.session.get(InspectionRound, round_id)
    if row is None:
        return
    tx.session.flush()
    used = set(tx.session.scalars(select(Assignment.inspection_type).where(
        Assignment.round_id == round_id, Assignment.is_deleted.is_(False))))
    modes = [kind.value for kind in InspectionType if kind.value in used]
    if list(row.modes or []) != modes:
        tx.update(row, modes=modes)


def _validated(tx: WriteTx, data: RoundInput, row: InspectionRound | None) -> dict[str, object]:
    problems = Problems(ENTITY)
    if problems.required("term_no", data.term_no) and not 1 <= int(data.term_no or 0) <= 99:
        problems.add("term_no", "out_of_range", minimum=1, maximum=99)
    if problems.required("year", data.year) and not 2000 <= int(data.year or 0) <= 2100:
        problems.add("year", "out_of_range", minimum=2000, maximum=2100)
    if problems.required("round_no", data.round_no) and not 1 <= int(data.round_no or 0) <= 50:
        problems.add("round_no", "out_of_range", minimum=1, maximum=50)
    committee = clean(data.committee_name) or "市委"
    title = clean(data.title)
    if title is None and not problems.items:
        title = round_title(int(data.term_no or 0), int(data.round_no or 0), committee)
    problems.date_order("end_date", data.end_date, "start_date", data.start_date)
    values: dict[str, object] = {"term_no": data.term_no, "year": data.year, "round_no": data.round_no,
                                 "title": title or "", "theme": clean(data.theme), "start_date": data.start_date,
                                 "end_date": data.end_date, "committee_name": committee}
    problems.lengths(InspectionRound, values)
    if not problems.items:
        # the key (届次, 年度, 轮次) is unique among every round, removed ones too
        same = tx.session.scalar(select(InspectionRound).where(
            InspectionRound.term_no == data.term_no, InspectionRound.year == data.year,
            InspectionRound.round_no == data.round_no, InspectionRound.id != (row.id if row else "")))
        if same is not None:
            problems.add("round_no", "duplicate", value=f"第{data.term_no}届 {data.year}年 第{data.round_no}轮")
        titled = tx.session.scalar(select(InspectionRound.id).where(
            InspectionRound.title == title, InspectionRound.is_deleted.is_(False),
            InspectionRound.id != (row.id if row else "")))
        if titled is not None:
            problems.add("title", "duplicate", value=title)
    problems.check()
    return values


def _check_ready(tx: WriteTx, row: InspectionRound, problems: Problems) -> None:
    teams = list(tx.session.scalars(select(InspectionTeam).where(
        InspectionTeam.round_id == row.id, InspectionTeam.is_deleted.is_(False)).order_by(InspectionTeam.team_no)))
    if not teams:
        problems.add("status", "round_without_teams", value=row.title)
        return
    for team in teams_without_leader(tx.session, row.id):
        problems.add("team_no", "leader_missing", entity="inspection_team", value=team.name, team=team.team_no)
    assigned = set(tx.session.scalars(select(Assignment.team_id).where(
        Assignment.round_id == row.id, Assignment.is_deleted.is_(False))))
    for team in teams:
        if team.id not in assigned:
            problems.add("team_no", "team_without_units", entity="inspection_team", value=team.name,
                         team=team.team_no)
