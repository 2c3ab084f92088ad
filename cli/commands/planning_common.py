"""What the planning commands (planning_rounds, planning_teams, planning_orgs) share: their words for the
vocabularies, dates as people type them, and finding a round, a team or a unit by what was typed.

Not a command module (it has no ``register``). Rejected values are FieldProblems of the entity they belong to,
so they read like the window's messages and exit with 4.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cli import formatting as fmt
from cli.messages import field_problem_text
from models.entities import Assignment, InspectedOrg
from models.enums import InspectionType, OrgLevel, RoundStatus, TeamRole, Vocabulary
from services.errors import FieldProblem, InvalidFieldsError
from services.excel.values import BadValue, to_date
from services.planning.lookup import find_org, find_round, find_team
from services.queries.planning import AssignmentRow, MemberRow, OrgNode, RoundRow, TeamRow
from services.workspace import WorkspaceSession

# The command line's short words; every code, Chinese and English wording of the vocabulary is accepted too.
LEVEL_WORDS = {"municipal": OrgLevel.MUNICIPAL_UNIT, "county": OrgLevel.COUNTY, "township": OrgLevel.TOWNSHIP,
               "village": OrgLevel.VILLAGE, "community": OrgLevel.COMMUNITY}
MODE_WORDS = {"routine": InspectionType.ROUTINE, "upgraded": InspectionType.UPGRADED,
              "special": InspectionType.SPECIAL, "mobile": InspectionType.AD_HOC}
DUTY_WORDS = {"leader": TeamRole.LEADER, "deputy": TeamRole.DEPUTY, "member": TeamRole.MEMBER,
              "clue_officer": TeamRole.CLUE_OFFICER, "liaison": TeamRole.LIAISON}


def word_argument(vocabulary: type[Vocabulary], noun: str, words: Mapping[str, Vocabulary]) -> Callable[[str], str]:
    """An argparse ``type=``: a short word of ``words``, or any code, Chinese or English name of the vocabulary;
    the member's code. An unknown word is argparse's error (exit 2) listing the words with their Chinese."""
    def argument(text: str) -> str:
        wanted = text.strip()
        if wanted in words:
            return words[wanted].value
        try:
            return vocabulary.from_text(wanted).value
        except ValueError:
            named = {member: word for word, member in words.items()}
            choices = "、".join(f"{named.get(member, member.value)}（{member.zh}）" for member in vocabulary)
            raise argparse.ArgumentTypeError(f"未知{noun}“{text}”，可用：{choices}") from None
    argument.__name__ = f"{vocabulary.__name__}_word"
    return argument


level_argument = word_argument(OrgLevel, "单位层级", LEVEL_WORDS)
mode_argument = word_argument(InspectionType, "巡察方式", MODE_WORDS)
duty_argument = word_argument(TeamRole, "组内职务", DUTY_WORDS)
status_argument = word_argument(RoundStatus, "轮次状态", {status.value: status for status in RoundStatus})

DATE_HELP = "日期，如 2026-03-05 或 2026年3月5日"


def dates(entity: str, **texts: str | None) -> dict[str, date | None]:
    """The typed dates of ``entity``'s fields, or InvalidFieldsError naming every one that is not a date."""
    out: dict[str, date | None] = {}
    problems = []
    for name, text in texts.items():
        if text is None or not text.strip():
            out[name] = None
            continue
        try:
            out[name] = to_date(text)
        except BadValue as bad:
            problems.append(FieldProblem(name, bad.reason, {"value": text, **bad.params}, entity=entity))
    if problems:
        raise InvalidFieldsError(problems)
    return out


def label(vocabulary: type[Vocabulary], code: str | None) -> str:
    if not code:
        return ""
    try:
        return vocabulary(code).zh
    except ValueError:
        return code


# ---- finding what was typed ----


def round_id_of(ws: WorkspaceSession, ref: str) -> str:
    """The round named ``ref`` (its id, a unique prefix of it, or its title)."""
    with ws.read() as session:
        return find_round(session, ref).id


def team_id_of(ws: WorkspaceSession, round_ref: str, team_no: int) -> tuple[str, str]:
    """(round id, team id) of team ``team_no`` of the round named ``round_ref``."""
    with ws.read() as session:
        round_ = find_round(session, round_ref)
        return round_.id, find_team(session, round_.id, team_no).id


def org_of(session: Session, ref: str) -> InspectedOrg:
    """The unit named ``ref`` (full or short name); ``上级/名称`` tells apart units that share a name."""
    text = ref.strip()
    if "/" in text:
        parent, _, name = text.rpartition("/")
        named = session.scalars(select(InspectedOrg.id).where(InspectedOrg.name == text,
                                                              InspectedOrg.is_deleted.is_(False))).first()
        if named is None and parent.strip() and name.strip():
            return find_org(session, name.strip(), parent.strip())
    return find_org(session, text)


def org_id_of(ws: WorkspaceSession, ref: str) -> str:
    with ws.read() as session:
        return org_of(session, ref).id


def assignment_id_of(ws: WorkspaceSession, round_id: str, org_ref: str) -> str:
    """The live assignment of the unit ``org_ref`` in the round."""
    with ws.read() as session:
        org = org_of(session, org_ref)
        found = session.scalar(select(Assignment.id).where(
            Assignment.round_id == round_id, Assignment.org_id == org.id, Assignment.is_deleted.is_(False)))
        if found is None:
            raise InvalidFieldsError([FieldProblem("org_id", "not_in_round", {"value": org.name},
                                                   entity="assignment")])
        return str(found)


# ---- what the commands print ----


def round_data(row: RoundRow) -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "term_no": row.term_no, "year": row.year, "round_no": row.round_no,
            "status": row.status, "status_label": label(RoundStatus, row.status), "theme": row.theme,
            "start_date": row.start_date, "end_date": row.end_date, "teams": row.teams, "units": row.units,
            "modes": row.modes}


def member_data(row: MemberRow) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "duty": row.role, "duty_label": label(TeamRole, row.role),
            "unit": row.source_unit, "post": row.post, "recusals": row.recusals}


def team_data(row: TeamRow) -> dict[str, Any]:
    return {"id": row.id, "team_no": row.team_no, "name": row.name, "leader": row.leader or None,
            "station_start": row.station_start, "station_end": row.station_end, "units": row.units,
            "members": [member_data(m) for m in row.members]}


def assignment_data(row: AssignmentRow) -> dict[str, Any]:
    return {"id": row.id, "org_id": row.org_id, "org": row.org_name, "level": row.level,
            "level_label": label(OrgLevel, row.level), "parent": row.parent_name or None, "team_id": row.team_id,
            "team_no": row.team_no, "mode": row.mode, "mode_label": label(InspectionType, row.mode),
            "period_from": row.period_from, "period_to": row.period_to, "findings": row.findings}


def org_data(node: OrgNode, parent: str | None = None) -> dict[str, Any]:
    return {"id": node.id, "name": node.name, "level": node.level, "level_label": label(OrgLevel, node.level),
            "parent_id": node.parent_id, "parent": parent, "depth": node.depth, "short_name": node.short_name}


def period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return f"{fmt.day(start) or '…'} 至 {fmt.day(end) or '…'}"


def round_heading(row: RoundRow) -> str:
    return f"{row.title}（{row.year}年，第{row.term_no}届第{row.round_no}轮）  状态：{label(RoundStatus, row.status)}"


def member_line(row: MemberRow) -> str:
    extra = [text for text in (row.source_unit, row.post) if text]
    line = f"{label(TeamRole, row.role)}  {row.name}" + (f"（{'，'.join(extra)}）" if extra else "")
    return line + (f"  回避：{'、'.join(row.recusals)}" if row.recusals else "")


def team_lines(row: TeamRow) -> list[str]:
    head = f"第 {row.team_no} 组  {row.name}  组长：{row.leader or '（未定）'}  被巡察单位 {row.units} 个"
    when = period(row.station_start, row.station_end)
    return [head + (f"  进驻：{when}" if when else ""), *("    " + member_line(m) for m in row.members)]


def assignment_table(rows: list[AssignmentRow]) -> list[str]:
    table = [["组", "被巡察单位", "层级", "上级单位", "巡察方式", "期间", "问题数"]]
    table += [[f"第{r.team_no}组", r.org_name, label(OrgLevel, r.level), r.parent_name,
               label(InspectionType, r.mode), period(r.period_from, r.period_to), fmt.count(r.findings)]
              for r in rows]
    return fmt.table(table)


def warning_text(code: str, params: Mapping[str, object]) -> str:
    """A warning of services.queries.planning.round_plan (a reason code and its parameters) in Chinese."""
    return field_problem_text(FieldProblem("team_no", code, dict(params), entity="inspection_team"))
