"""``rectification edit``: change a task's HQ fields after feedback (services/rectification/tasks.update_task):
only the options given change, the rest stay as they are; not its status (that moves by progress, review and
close-out), and not a closed-out task. Not a command module of its own: ``rectification.register`` adds it."""

from __future__ import annotations

from argparse import Namespace
from dataclasses import replace
from typing import Any

from cli.commands.planning_common import dates
from cli.commands.rectification_common import TASK_HELP, task_data
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from models.entities import RectificationItem
from models.enums import RectType
from models.labels import field_label
from services.queries.rectification_board import list_tasks
from services.rectification.rules import live_item
from services.rectification.tasks import task_input, update_task

# option dest -> TaskInput field
TEXT_OPTIONS = {"problem": "problem_text", "target": "target", "measures": "measures",
                "standard": "completion_standard", "lead_unit": "lead_unit", "leader": "responsible_leader",
                "first_responsible": "first_responsible", "supervisor": "supervising_city_leader"}
LIST_OPTIONS = {"cooperating": "cooperating_units", "bodies": "supervising_bodies"}


def register_under(sub: Commands) -> None:
    edit = sub.add("edit", help="修改整改任务的内容（问题、目标、措施、标准、类型、时限、责任人、督办）；只改给出的项",
                   handler=run_edit, parents=[sub.unlock],
                   epilog="整改状态不在此修改（由整改进展、申请销号和销号审核改变）；已销号的任务不能修改。"
                          "给空字符串（\"\"）可清空一项。")
    workspace_argument(edit)
    edit.add_argument("task", metavar="TASK", help=TASK_HELP)
    edit.add_argument("--problem", metavar="T", help="反馈问题")
    edit.add_argument("--target", metavar="T", help="整改目标")
    edit.add_argument("--measures", metavar="T", help="整改措施")
    edit.add_argument("--standard", metavar="T", help="完成标准")
    edit.add_argument("--type", dest="rect_type", choices=[t.value for t in RectType],
                      help="immediate（立行立改）、deadline（限期整改）、long_term（长期坚持）")
    edit.add_argument("--deadline", metavar="D", help="完成时限")
    edit.add_argument("--lead-unit", metavar="NAME", help="牵头单位")
    edit.add_argument("--cooperating", nargs="*", metavar="NAME", help="配合单位（给出的替换原有的）")
    edit.add_argument("--leader", metavar="NAME", help="责任领导")
    edit.add_argument("--first-responsible", metavar="NAME", help="第一责任人")
    edit.add_argument("--supervisor", metavar="NAME", help="领衔督办市领导")
    edit.add_argument("--bodies", nargs="*", metavar="NAME", help="督办单位（给出的替换原有的）")


def run_edit(args: Namespace, console: Console) -> int:
    deadline = dates("rectification_item", deadline=args.deadline)["deadline"]
    with unlocked(args, console) as ws:
        with ws.read() as session:
            task_id = live_item(session, args.task).id
        current, version = task_input(ws, task_id)
        changes: dict[str, Any] = {field: getattr(args, option) for option, field in TEXT_OPTIONS.items()
                                   if getattr(args, option) is not None}
        changes |= {field: list(getattr(args, option)) for option, field in LIST_OPTIONS.items()
                    if getattr(args, option) is not None}
        if args.rect_type is not None:
            changes["rect_type"] = args.rect_type
        if args.deadline is not None:
            changes["deadline"] = deadline
        update_task(ws, task_id, replace(current, **changes), expected_version=version)
        task = next(task_data(r) for r in list_tasks(ws) if r.id == task_id)
    names = "、".join(field_label(RectificationItem, name) for name in sorted(changes)) or "无改动"
    console.result({"task": task, "changed": sorted(changes)}, [f"已修改整改任务 {task['task']}（{names}）。"])
    return 0
