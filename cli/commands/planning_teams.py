"""``team create|list`` and ``team member add``: the teams (巡察组) of a round and their members, through
services/planning/teams.py. Only HQ's administrator on HQ's workspace changes them (exit 3 otherwise).

A member's recusals (回避, ``--recuse UNIT``, repeatable) are checked against the units the team inspects: a
member recused from one of them (or from a unit above it) is refused, with exit 4.
"""

from __future__ import annotations

from argparse import Namespace

from cli.commands.planning_common import (
    DATE_HELP,
    DUTY_WORDS,
    dates,
    duty_argument,
    label,
    member_data,
    member_line,
    org_id_of,
    round_id_of,
    team_data,
    team_id_of,
    team_lines,
)
from cli.console import Console
from cli.parsing import Commands, team_argument, workspace_argument
from cli.session import unlocked
from models.enums import TeamRole
from services.planning.teams import MemberInput, TeamInput, add_member, create_team
from services.queries.planning import TeamRow, round_plan
from services.workspace import WorkspaceSession

ROUND_HELP = "巡察轮次：ID（前几位即可）或轮次名称"


def register(commands: Commands) -> None:
    teams = commands.add("team", help="巡察组：新建、列出、添加成员", handler=None)
    sub = commands.nested(teams, "team_command")

    create = sub.add("create", help="在轮次中新建巡察组（仅巡察办管理员）", handler=run_create,
                     parents=[commands.unlock], epilog="省略 --name 时命名为“市委第N巡察组”。")
    workspace_argument(create)
    create.add_argument("--round", required=True, metavar="R", help=ROUND_HELP)
    create.add_argument("--no", dest="team_no", required=True, type=team_argument, metavar="N", help="组号")
    create.add_argument("--name", default="", metavar="T", help="巡察组名称")
    create.add_argument("--phone", metavar="T", help="联系电话")
    create.add_argument("--station-start", metavar="D", help="进驻" + DATE_HELP)
    create.add_argument("--station-end", metavar="D", help="撤离" + DATE_HELP)

    listing = sub.add("list", help="列出轮次的巡察组及其成员", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)
    listing.add_argument("--round", required=True, metavar="R", help=ROUND_HELP)

    member = sub.add("member", help="巡察组成员", handler=None)
    members = sub.nested(member, "member_command")
    add = members.add("add", help="为巡察组添加成员（组内职务、所在单位、回避单位）", handler=run_member_add,
                      parents=[commands.unlock],
                      epilog="一个组只能有一名组长；回避单位涵盖其下属单位（回避乡镇即回避其村）。")
    workspace_argument(add)
    add.add_argument("name", metavar="NAME", help="成员姓名")
    add.add_argument("--round", required=True, metavar="R", help=ROUND_HELP)
    add.add_argument("--team", required=True, type=team_argument, metavar="N", help="组号")
    add.add_argument("--duty", required=True, type=duty_argument, metavar="DUTY",
                     help="组内职务：" + "、".join(f"{word}（{role.zh}）" for word, role in DUTY_WORDS.items())
                          + "；也可用中文名称")
    add.add_argument("--unit", metavar="T", help="所在单位（成员的原单位）")
    add.add_argument("--post", metavar="T", help="职务")
    add.add_argument("--contact", metavar="T", help="联系方式")
    add.add_argument("--part-time", action="store_true", help="兼职（抽调）")
    add.add_argument("--recuse", metavar="UNIT", action="append", default=[],
                     help="须回避的被巡察单位（全称或简称；同名时写 上级/名称；可重复）")
    add.add_argument("--recusal-note", metavar="T", help="回避说明")


def _team(ws: WorkspaceSession, round_id: str, team_id: str) -> TeamRow:
    return next(team for team in round_plan(ws, round_id).teams if team.id == team_id)


def run_create(args: Namespace, console: Console) -> int:
    when = dates("inspection_team", station_start=args.station_start, station_end=args.station_end)
    with unlocked(args, console) as ws:
        round_id = round_id_of(ws, args.round)
        team_id = create_team(ws, round_id, TeamInput(args.team_no, args.name, args.phone,
                                                      station_start=when["station_start"],
                                                      station_end=when["station_end"]))
        team = _team(ws, round_id, team_id)
    console.result({"id": team_id, "round_id": round_id, "team": team_data(team)},
                   [f"已新建第 {team.team_no} 组：{team.name}（ID {team_id}）"])
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        plan = round_plan(ws, round_id_of(ws, args.round))
    lines = [plan.round.title, *(line for team in plan.teams for line in team_lines(team))]
    lines.append(f"共 {len(plan.teams)} 个巡察组" if plan.teams else "本轮还没有巡察组。")
    console.result({"round": {"id": plan.round.id, "title": plan.round.title},
                    "teams": [team_data(t) for t in plan.teams]}, lines)
    return 0


def run_member_add(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        round_id, team_id = team_id_of(ws, args.round, args.team)
        recusals = [org_id_of(ws, name) for name in args.recuse]
        member_id = add_member(ws, team_id, MemberInput(
            name=args.name, role=args.duty, source_unit=args.unit, post=args.post, contact=args.contact,
            is_part_time=args.part_time, recusal_org_ids=recusals, recusal_note=args.recusal_note))
        team = _team(ws, round_id, team_id)
    member = next(m for m in team.members if m.id == member_id)
    lines = [f"已为第 {team.team_no} 组（{team.name}）添加{label(TeamRole, member.role)}：{member.name}",
             "  " + member_line(member)]
    console.result({"id": member_id, "round_id": round_id, "team_no": team.team_no, "member": member_data(member)},
                   lines)
    return 0
