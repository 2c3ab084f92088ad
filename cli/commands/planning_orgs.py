"""``org add|list``, ``assign`` and ``unassign``: the inspected units (被巡察单位) in their hierarchy
市 → 县（市、区） → 乡镇（街道） → 村（社区）, and which team inspects which unit in a round, how and when.

Through services/planning/orgs.py and assignments.py: only HQ's administrator on HQ's workspace changes them
(exit 3 otherwise); a rejected unit or assignment (a village outside a township, a unit assigned twice, a recused
member on the team, dates out of order) exits with 4 and names the rule in Chinese.
"""

from __future__ import annotations

from argparse import Namespace

from cli.commands.planning_common import (
    DATE_HELP,
    LEVEL_WORDS,
    MODE_WORDS,
    assignment_data,
    assignment_id_of,
    assignment_table,
    dates,
    label,
    level_argument,
    mode_argument,
    org_data,
    org_of,
    period,
    round_id_of,
    team_id_of,
)
from cli.console import Console
from cli.parsing import Commands, team_argument, workspace_argument
from cli.session import unlocked
from models.enums import InspectionType, OrgLevel
from services.planning.assignments import AssignmentInput, assign, unassign
from services.planning.orgs import OrgInput, add_org
from services.queries.planning import AssignmentRow, org_tree, round_plan
from services.workspace import WorkspaceSession

ORG_HELP = "被巡察单位：全称或简称；同名的单位写 上级/名称，如 城关镇/东风村"
UNASSIGN_REASON = "巡察办取消分配"


def register(commands: Commands) -> None:
    orgs = commands.add("org", help="被巡察单位：添加、按层级列出", handler=None)
    sub = commands.nested(orgs, "org_command")

    add = sub.add("add", help="添加被巡察单位（仅巡察办管理员）", handler=run_add, parents=[commands.unlock],
                  epilog="村、社区须隶属于乡镇（街道）；乡镇可隶属于县市区或直属市；县市区直属市。")
    workspace_argument(add)
    add.add_argument("name", metavar="NAME", help="单位名称（全称）")
    add.add_argument("--level", required=True, type=level_argument, metavar="LEVEL",
                     help="单位层级：" + "、".join(f"{word}（{level.zh}）" for word, level in LEVEL_WORDS.items()))
    add.add_argument("--parent", metavar="NAME", help="上级单位（全称或简称）")
    add.add_argument("--short-name", metavar="T", help="简称")
    add.add_argument("--party-org", metavar="T", help="党组织名称")
    add.add_argument("--principal", metavar="T", help="主要负责人")
    add.add_argument("--contact", metavar="T", help="联系人")
    add.add_argument("--phone", metavar="T", help="联系电话")

    listing = sub.add("list", help="按层级列出被巡察单位（缩进表示隶属）", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)
    listing.add_argument("--search", metavar="TEXT", default="", help="只列出名称含 TEXT 的单位（及其上级）")

    assigning = commands.add("assign", help="把被巡察单位分配给轮次中的巡察组（仅巡察办管理员）", handler=run_assign,
                             parents=[commands.unlock],
                             epilog="一个单位一轮只分配一次；村（社区）与其所在乡镇由同一组巡察；组内成员须回避的单位"
                                    "不能分配给该组。")
    workspace_argument(assigning)
    assigning.add_argument("--round", required=True, metavar="R", help="巡察轮次：ID（前几位即可）或名称")
    assigning.add_argument("--team", required=True, type=team_argument, metavar="N", help="组号")
    assigning.add_argument("--org", required=True, metavar="NAME", help=ORG_HELP)
    assigning.add_argument("--mode", required=True, type=mode_argument, metavar="MODE",
                           help="巡察方式：" + "、".join(f"{word}（{mode.zh}）" for word, mode in MODE_WORDS.items())
                                + "；也可用中文名称")
    assigning.add_argument("--from", dest="period_from", metavar="D", help="巡察起始" + DATE_HELP)
    assigning.add_argument("--to", dest="period_to", metavar="D", help="巡察截止" + DATE_HELP)
    assigning.add_argument("--key", action="store_true", help="重点巡察对象")

    unassigning = commands.add("unassign", help="取消被巡察单位在轮次中的分配（已有问题等记录时不能取消）",
                               handler=run_unassign, parents=[commands.unlock])
    workspace_argument(unassigning)
    unassigning.add_argument("--round", required=True, metavar="R", help="巡察轮次：ID（前几位即可）或名称")
    unassigning.add_argument("--org", required=True, metavar="NAME", help=ORG_HELP)
    unassigning.add_argument("--reason", default=UNASSIGN_REASON, metavar="T",
                             help=f"取消的理由（记入修改记录；默认“{UNASSIGN_REASON}”）")


def run_add(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        parent_id = None
        if args.parent:
            with ws.read() as session:
                parent_id = org_of(session, args.parent).id
        org_id = add_org(ws, OrgInput(name=args.name, level=args.level, parent_id=parent_id,
                                      short_name=args.short_name, party_org_name=args.party_org,
                                      principal_name=args.principal, contact_name=args.contact,
                                      contact_phone=args.phone))
        nodes = {node.id: node for node in org_tree(ws)}
    node = nodes[org_id]
    parent = nodes[parent_id].name if parent_id in nodes else None
    under = f"，隶属于{parent}" if parent else ""
    console.result({"id": org_id, "org": org_data(node, parent)},
                   [f"已添加被巡察单位：{node.name}（{label(OrgLevel, node.level)}{under}）"])
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        everything = {node.id: node for node in org_tree(ws)}
        nodes = org_tree(ws, args.search) if args.search else list(everything.values())
    names = {node_id: node.name for node_id, node in everything.items()}
    lines = [f"{'  ' * node.depth}{node.name}（{label(OrgLevel, node.level)}）"
             + (f"  简称：{node.short_name}" if node.short_name else "") for node in nodes]
    if args.search:
        text = "".join(args.search.split())
        matched = sum(text in n.name or text in (n.short_name or "") for n in nodes)
        lines.append(f"含“{args.search}”的单位 {matched} 个（连同其上级共列出 {len(nodes)} 个）")
    else:
        lines.append(f"共 {len(nodes)} 个被巡察单位" if nodes else "本工作区还没有被巡察单位。")
    console.result({"orgs": [org_data(n, names.get(n.parent_id or "")) for n in nodes], "total": len(everything)},
                   lines)
    return 0


def _assignment(ws: WorkspaceSession, round_id: str, assignment_id: str) -> AssignmentRow:
    return next(row for row in round_plan(ws, round_id).assignments if row.id == assignment_id)


def run_assign(args: Namespace, console: Console) -> int:
    when = dates("assignment", period_from=args.period_from, period_to=args.period_to)
    with unlocked(args, console) as ws:
        round_id, team_id = team_id_of(ws, args.round, args.team)
        with ws.read() as session:
            org_id = org_of(session, args.org).id
        assignment_id = assign(ws, round_id, AssignmentInput(team_id, org_id, args.mode, when["period_from"],
                                                             when["period_to"], is_key_object=args.key))
        row = _assignment(ws, round_id, assignment_id)
    when_text = period(row.period_from, row.period_to)
    lines = [f"已将{row.org_name}（{label(OrgLevel, row.level)}）分配给第 {row.team_no} 组，"
             f"{label(InspectionType, row.mode)}" + (f"，{when_text}" if when_text else ""),
             *("  " + line for line in assignment_table([row]))]
    console.result({"id": assignment_id, "round_id": round_id, "assignment": assignment_data(row)}, lines)
    return 0


def run_unassign(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        round_id = round_id_of(ws, args.round)
        assignment_id = assignment_id_of(ws, round_id, args.org)
        row = _assignment(ws, round_id, assignment_id)
        unassign(ws, assignment_id, args.reason)
    console.result({"id": assignment_id, "round_id": round_id, "unassigned": assignment_data(row),
                    "reason": args.reason},
                   [f"已取消{row.org_name}在本轮的分配"
                    f"（原为第 {row.team_no} 组，{label(InspectionType, row.mode)}）。"])
    return 0
