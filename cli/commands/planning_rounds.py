"""``round create|list|show|status|copy-units``: HQ's rounds of inspection (巡察轮次), through services/planning/.

Only HQ's administrator on HQ's workspace plans (exit 3 otherwise); ``round list`` and ``round show`` read on any
workspace (a team's holds its own round). ROUND is the round's id (or its first characters) or its title.
"""

from __future__ import annotations

from argparse import Namespace

from cli import formatting as fmt
from cli.commands.planning_common import (
    DATE_HELP,
    assignment_data,
    assignment_table,
    dates,
    label,
    period,
    round_data,
    round_heading,
    round_id_of,
    status_argument,
    team_data,
    team_lines,
    warning_text,
)
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from models.enums import InspectionType, RoundStatus
from services.planning.assignments import copy_round_units
from services.planning.rounds import RoundInput, create_round, set_round_status
from services.queries.planning import RoundRow, list_rounds, round_plan

ROUND_HELP = "巡察轮次：ID（前几位即可）或轮次名称，如 十三届市委第三轮巡察"


def register(commands: Commands) -> None:
    rounds = commands.add("round", help="巡察轮次：新建、列出、查看、推进状态、复制上一轮的单位名单", handler=None)
    sub = commands.nested(rounds, "round_command")

    create = sub.add("create", help="新建巡察轮次（仅巡察办管理员），输出其 ID", handler=run_create,
                     parents=[commands.unlock], epilog="省略 --title 时按届次和轮次命名，如“十三届市委第三轮巡察”。")
    workspace_argument(create)
    create.add_argument("--term", type=int, required=True, metavar="N", help="届次，如 13")
    create.add_argument("--year", type=int, required=True, metavar="Y", help="年度，如 2026")
    create.add_argument("--no", dest="round_no", type=int, required=True, metavar="N", help="轮次，如 3")
    create.add_argument("--title", default="", metavar="T", help="轮次名称")
    create.add_argument("--theme", metavar="T", help="巡察重点")
    create.add_argument("--start", metavar="D", help="开始" + DATE_HELP)
    create.add_argument("--end", metavar="D", help="结束" + DATE_HELP)

    listing = sub.add("list", help="列出巡察轮次（新的在前）", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)

    show = sub.add("show", help="查看一个轮次：巡察组及成员、被巡察单位和巡察方式、尚缺什么", handler=run_show,
                   parents=[commands.unlock])
    workspace_argument(show)
    show.add_argument("round", metavar="ROUND", help=ROUND_HELP)

    status = sub.add("status", help="推进轮次状态（可退回上一阶段更正）", handler=run_status,
                     parents=[commands.unlock],
                     epilog="状态依次为 planned（计划中）、stationed（进驻中）、reported（已报告）、"
                            "rectifying（整改中）、closed（已完结）；进驻前每个组须有组长并分配了单位。")
    workspace_argument(status)
    status.add_argument("round", metavar="ROUND", help=ROUND_HELP)
    status.add_argument("status", metavar="STATUS", type=status_argument, help="新状态：代码或中文名称")

    copy = sub.add("copy-units", help="把另一轮的被巡察单位按原组号和巡察方式分配到本轮", handler=run_copy,
                   parents=[commands.unlock],
                   epilog="本轮没有的组号会新建（不含成员）；本轮已分配的单位跳过；巡察期间留空待填。")
    workspace_argument(copy)
    copy.add_argument("--round", required=True, metavar="R", help="要分配单位的轮次（ID 或名称）")
    copy.add_argument("--from", dest="source", required=True, metavar="ROUND", help="复制其单位名单的轮次")


def _row(rows: list[RoundRow], round_id: str) -> RoundRow:
    return next(row for row in rows if row.id == round_id)


def _modes(row: RoundRow) -> str:
    return "、".join(f"{label(InspectionType, mode)} {n} 个" for mode, n in row.modes.items())


def run_create(args: Namespace, console: Console) -> int:
    when = dates("inspection_round", start_date=args.start, end_date=args.end)
    with unlocked(args, console) as ws:
        round_id = create_round(ws, RoundInput(args.term, args.year, args.round_no, args.title, args.theme,
                                               when["start_date"], when["end_date"]))
        row = _row(list_rounds(ws), round_id)
    if not console.json_mode:
        console.note(f"已新建巡察轮次：{row.title}（{label(RoundStatus, row.status)}）")
    console.result({"id": round_id, "round": round_data(row)}, [round_id])
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        rows = list_rounds(ws)
    table = [["轮次名称", "年度", "届次", "轮次", "状态", "巡察组", "被巡察单位", "ID"]]
    table += [[r.title, str(r.year), str(r.term_no), str(r.round_no), label(RoundStatus, r.status), str(r.teams),
               str(r.units), r.id[:8]] for r in rows]
    lines = [*fmt.table(table), f"共 {len(rows)} 个轮次"] if rows else ["本工作区还没有巡察轮次。"]
    console.result({"rounds": [round_data(r) for r in rows]}, lines)
    return 0


def run_show(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        plan = round_plan(ws, args.round)
    row = plan.round
    lines = [round_heading(row), f"ID：{row.id}"]
    if row.theme:
        lines.append(f"巡察重点：{row.theme}")
    if row.start_date or row.end_date:
        lines.append(f"时间：{period(row.start_date, row.end_date)}")
    lines.append(f"\n巡察组（{len(plan.teams)}）")
    lines += [f"  {line}" for team in plan.teams for line in team_lines(team)] or ["  无"]
    lines.append(f"\n被巡察单位（{len(plan.assignments)}）" + (f"：{_modes(row)}" if row.modes else ""))
    lines += [f"  {line}" for line in assignment_table(plan.assignments)] if plan.assignments else ["  无"]
    warnings = [warning_text(code, params) for code, params in plan.warnings]
    if warnings:
        lines.append("\n尚待处理")
        lines += [f"  - {text}" for text in warnings]
    console.result({
        "round": round_data(row), "teams": [team_data(t) for t in plan.teams],
        "assignments": [assignment_data(a) for a in plan.assignments],
        "warnings": [{"code": code, "params": params, "message": text}
                     for (code, params), text in zip(plan.warnings, warnings)],
    }, lines)
    return 0


def run_status(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        round_id = round_id_of(ws, args.round)
        before = _row(list_rounds(ws), round_id)
        set_round_status(ws, round_id, args.status)
        row = _row(list_rounds(ws), round_id)
    console.result({"round": round_data(row), "previous_status": before.status},
                   [f"{row.title}：{label(RoundStatus, before.status)} → {label(RoundStatus, row.status)}"])
    return 0


def run_copy(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        target, source = round_id_of(ws, args.round), round_id_of(ws, args.source)
        report = copy_round_units(ws, target, source)
        rows = list_rounds(ws)
    row, origin = _row(rows, target), _row(rows, source)
    lines = [f"已从“{origin.title}”向“{row.title}”分配 {report.assigned} 个被巡察单位。"]
    if report.teams_created:
        lines.append("新建巡察组（尚无成员）：" + "、".join(f"第 {n} 组" for n in report.teams_created))
    if report.skipped:
        lines.append("本轮已分配、跳过：" + "、".join(report.skipped))
    console.result({"round": round_data(row), "source": round_data(origin), "assigned": report.assigned,
                    "teams_created": report.teams_created, "skipped": report.skipped}, lines)
    return 0
