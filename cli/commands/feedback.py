"""``feedback create``: the signed findings fed back to one unit (反馈), making its rectification tasks and the
milestones 整改方案 and 整改情况报告 in one step (services/rectification/feedback.py). HQ's administrator only."""

from __future__ import annotations

from argparse import Namespace

from cli.commands.planning_common import DATE_HELP, dates, org_id_of, round_id_of
from cli.commands.rectification_common import finding_ids_of, task_data, task_table
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from services.queries.rectification_board import list_tasks
from services.rectification.feedback import FeedbackInput, create_feedback
from services.rectification.tasks import TaskInput


def register(commands: Commands) -> None:
    group = commands.add("feedback", help="反馈：把已签字的问题反馈给被巡察单位，同时建立整改任务", handler=None)
    sub = commands.nested(group, "feedback_command")
    create = sub.add("create", help="反馈问题并建立整改任务（每个问题一项，可在窗口中拆分、补充）",
                     handler=run_create, parents=[commands.unlock],
                     epilog="默认整改时限为反馈后两个月；整改方案应于一个月内、整改情况报告应于两个月内报送。")
    workspace_argument(create)
    create.add_argument("--round", required=True, metavar="R", help="巡察轮次（ID 或名称）")
    create.add_argument("--org", required=True, metavar="NAME", help="被巡察单位（全称或简称）")
    create.add_argument("--date", metavar="D", help="反馈" + DATE_HELP + "（默认今天）")
    create.add_argument("--by", metavar="NAME", help="反馈人（默认当前用户）")
    create.add_argument("--findings", nargs="+", required=True, metavar="CODE", help="反馈的问题编号")
    create.add_argument("--deadline", metavar="D", help="各项任务的完成时限（默认反馈后两个月）")
    create.add_argument("--measures", metavar="T", help="整改措施")
    create.add_argument("--lead-unit", metavar="NAME", help="牵头单位")
    create.add_argument("--leader", metavar="NAME", help="责任领导")
    create.add_argument("--supervisor", metavar="NAME", help="领衔督办市领导")


def run_create(args: Namespace, console: Console) -> int:
    when = dates("rectification_feedback", fed_back_on=args.date)
    deadline = dates("rectification_item", deadline=args.deadline)["deadline"]
    with unlocked(args, console) as ws:
        round_id = round_id_of(ws, args.round)
        org_id = org_id_of(ws, args.org)
        finding_ids = finding_ids_of(ws, args.findings)
        tasks = {}
        if deadline or args.measures or args.lead_unit or args.leader or args.supervisor:
            tasks = {fid: [TaskInput(measures=args.measures, lead_unit=args.lead_unit,
                                     responsible_leader=args.leader, supervising_city_leader=args.supervisor,
                                     deadline=deadline)] for fid in finding_ids}
        result = create_feedback(ws, FeedbackInput(round_id, org_id, finding_ids, when["fed_back_on"], args.by,
                                                   tasks=tasks))
        rows = [r for r in list_tasks(ws) if r.id in set(result.item_ids)]
    if not console.json_mode:
        console.note(f"已反馈 {len(finding_ids)} 个问题，建立整改任务 {len(rows)} 项。")
    console.result({"feedback_id": result.feedback_id, "tasks": [task_data(r) for r in rows],
                    "milestones": result.milestone_ids}, task_table(rows))
    return 0
