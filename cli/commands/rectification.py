"""``rectification list|show|progress|request-close|review|flag``: the rectification ledger to close-out (销号)
through services/rectification/. Listing and showing read on any workspace (a team's holds its units' tasks,
read-only); every step is HQ's administrator's on HQ's workspace (exit 3 otherwise)."""

from __future__ import annotations

import argparse
from argparse import Namespace
from decimal import Decimal, InvalidOperation

from cli import formatting as fmt
from cli.commands.planning_common import DATE_HELP, dates, label, org_id_of, word_argument
from cli.commands.rectification_common import TASK_HELP, chain_data, finding_ids_of, task_data, task_table
from cli.commands.rectification_edit import register_under as register_edit
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from models.enums import RectStatus, RectType
from models.rectification_enums import FlagKind, MilestoneKind, ReviewOutcome
from services.errors import FieldProblem, InvalidFieldsError
from services.handover.batches import feedback_months, set_feedback_months
from services.queries.rectification_board import list_tasks, problem_chain
from services.rectification.closeout import request_close, review_close
from services.rectification.feedback import feedbacks_of
from services.rectification.flags import FlagInput, flag_task
from services.rectification.overdue import set_warn_days, warn_days
from services.rectification.progress import ProgressInput, milestones_of, report_progress, submit_milestone
from services.rectification.rules import live_item
from services.rectification.tasks import TaskInput, add_task
from services.rectification.unit_ledger import export_unit_ledger, import_unit_ledger

STATE_WORDS = {s.value: s for s in RectStatus}
state_argument = word_argument(RectStatus, "整改状态", STATE_WORDS)


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"“{text}”不是金额（万元）") from None


def register(commands: Commands) -> None:
    group = commands.add("rectification", help="整改台账：列出、查看、整改进展、申请销号、销号审核、问责",
                         handler=None)
    sub = commands.nested(group, "rectification_command")

    listing = sub.add("list", help="列出整改任务（逾期的在前）", handler=run_list, parents=[commands.unlock],
                      epilog="整改状态：not_started（未启动）、in_progress（正在整改）、done（已完成）、"
                             "mostly_done（基本完成、持续整改）、not_done（未完成）、closed_out（已销号）。")
    workspace_argument(listing)
    listing.add_argument("--org", metavar="NAME", help="只列此被巡察单位的任务")
    listing.add_argument("--overdue", action="store_true", help="只列已逾期的任务")
    listing.add_argument("--state", type=state_argument, metavar="S", help="只列此状态的任务（代码或中文）")
    listing.add_argument("--search", metavar="TEXT", help="按任务编号、单位、问题、牵头单位、领导查找")

    show = sub.add("show", help="查看一个问题的整改全过程：问题→反馈→任务→进展→审核→销号，及移交",
                   handler=run_show, parents=[commands.unlock])
    workspace_argument(show)
    show.add_argument("task", metavar="TASK", help=TASK_HELP)

    progress = sub.add("progress", help="登记一次整改进展（追加，不覆盖），可附佐证材料", handler=run_progress,
                       parents=[commands.unlock])
    workspace_argument(progress)
    progress.add_argument("task", metavar="TASK", help=TASK_HELP)
    progress.add_argument("--text", required=True, metavar="T", help="整改进展")
    progress.add_argument("--evidence", nargs="+", default=[], metavar="FILE", help="佐证材料文件（加密保存）")
    progress.add_argument("--state", type=state_argument, metavar="S",
                          help="进展后的整改状态：in_progress、done、mostly_done、not_done")
    progress.add_argument("--date", metavar="D", help="进展" + DATE_HELP + "（默认今天）")
    progress.add_argument("--amount", type=_amount, metavar="N", help="挽回金额（万元）")
    progress.add_argument("--rules", metavar="T", help="建章立制")

    request = sub.add("request-close", help="申请销号（代被巡察单位登记；需已完成并有佐证材料）",
                      handler=run_request, parents=[commands.unlock])
    workspace_argument(request)
    request.add_argument("task", metavar="TASK", help=TASK_HELP)

    review = sub.add("review", help="销号审核：同意销号或退回（同意须有纪委监委和组织部意见）", handler=run_review,
                     parents=[commands.unlock])
    workspace_argument(review)
    review.add_argument("task", metavar="TASK", help=TASK_HELP)
    outcome = review.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--approve", action="store_true", help="同意销号")
    outcome.add_argument("--return", dest="send_back", action="store_true", help="退回（--opinion 为退回理由）")
    review.add_argument("--opinion", required=True, metavar="T", help="巡察办审核意见")
    review.add_argument("--discipline-opinion", metavar="T", help="纪委监委意见（同意销号时必填）")
    review.add_argument("--organisation-opinion", metavar="T", help="组织部意见（同意销号时必填）")

    flag = sub.add("flag", help="认定敷衍整改或虚假整改，并登记追责问责", handler=run_flag,
                   parents=[commands.unlock])
    workspace_argument(flag)
    flag.add_argument("task", metavar="TASK", help=TASK_HELP)
    kind = flag.add_mutually_exclusive_group(required=True)
    kind.add_argument("--false", dest="kind", action="store_const", const=FlagKind.FALSE.value, help="虚假整改")
    kind.add_argument("--perfunctory", dest="kind", action="store_const", const=FlagKind.PERFUNCTORY.value,
                      help="敷衍整改")
    flag.add_argument("--accountability", required=True, metavar="T", help="追责问责情况（组织处理、纪律处分、扣分）")
    flag.add_argument("--person", nargs="+", default=[], metavar="NAME", help="被问责人")
    flag.add_argument("--points", type=int, metavar="N", help="扣分")
    flag.add_argument("--date", metavar="D", help="问责" + DATE_HELP + "（默认今天）")

    add = sub.add("add-task", help="为已反馈的问题增加一项整改任务（一个问题可有多项任务）", handler=run_add_task,
                  parents=[commands.unlock])
    workspace_argument(add)
    add.add_argument("finding", metavar="CODE", help="问题编号")
    add.add_argument("--measures", metavar="T", help="整改措施")
    add.add_argument("--standard", metavar="T", help="完成标准")
    add.add_argument("--type", dest="rect_type", default="deadline", choices=[t.value for t in RectType],
                     help="immediate（立行立改）、deadline（限期整改）、long_term（长期坚持）")
    add.add_argument("--deadline", metavar="D", help="完成时限（长期坚持可不填）")
    add.add_argument("--lead-unit", metavar="NAME", help="牵头单位")
    add.add_argument("--leader", metavar="NAME", help="责任领导")
    add.add_argument("--first-responsible", metavar="NAME", help="第一责任人")
    add.add_argument("--supervisor", metavar="NAME", help="领衔督办市领导")

    milestone = sub.add("milestone", help="登记被巡察单位报送的整改方案或整改情况报告（文件加密保存）",
                        handler=run_milestone, parents=[commands.unlock])
    workspace_argument(milestone)
    milestone.add_argument("--org", required=True, metavar="NAME", help="被巡察单位")
    milestone.add_argument("--kind", required=True, choices=[k.value for k in MilestoneKind],
                           help="plan（整改方案）、report（整改情况报告）")
    milestone.add_argument("--file", nargs="+", required=True, metavar="FILE", help="报送的文件")
    milestone.add_argument("--date", metavar="D", help="报送" + DATE_HELP + "（默认今天）")

    settings = sub.add("settings", help="查看或设置临近期限天数（黄色，默认15天）和移交反馈期限月数（默认3个月）",
                       handler=run_settings, parents=[commands.unlock])
    workspace_argument(settings)
    settings.add_argument("--warn-days", type=int, metavar="N", help="完成时限前多少天显示黄色")
    settings.add_argument("--handover-months", type=int, metavar="N", help="移交后多少个月为反馈期限")

    export = sub.add("export-ledger", help="导出一个单位的整改台账（C1，可发该单位填报整改进展和申请销号）",
                     handler=run_export_ledger, parents=[commands.unlock])
    workspace_argument(export)
    export.add_argument("--org", required=True, metavar="NAME", help="被巡察单位")
    export.add_argument("--out", required=True, metavar="FILE", help="输出的 .xlsx 文件")

    back = sub.add("import-ledger", help="导入单位填报后交回的整改台账（有一行不合格则不导入任何内容）",
                   handler=run_import_ledger, parents=[commands.unlock])
    workspace_argument(back)
    back.add_argument("--org", required=True, metavar="NAME", help="被巡察单位（只更新该单位的任务）")
    back.add_argument("file", metavar="FILE", help="交回的 .xlsx 文件")

    register_edit(sub)  # edit: a task's HQ fields after feedback (rectification_edit.py)


def _task_id(ws: object, ref: str) -> str:
    with ws.read() as session:  # type: ignore[attr-defined]
        return live_item(session, ref).id


def _task(ws: object, task_id: str) -> dict[str, object]:
    return next(task_data(r) for r in list_tasks(ws) if r.id == task_id)  # type: ignore[arg-type]


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        rows = list_tasks(ws, org=args.org, state=args.state, overdue=args.overdue, search=args.search)
    overdue = sum(1 for r in rows if r.colour == "red")
    console.result({"tasks": [task_data(r) for r in rows], "count": len(rows), "overdue": overdue},
                   [*task_table(rows), f"共 {len(rows)} 项整改任务，已逾期 {overdue} 项"])
    return 0


def run_show(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        chain = problem_chain(ws, _task_id(ws, args.task))
    lines = [f"问题 {chain.finding_code}  {chain.finding_title}（{chain.org_name}）",
             f"反馈：{fmt.day(chain.fed_back_on) or '未反馈'}  {chain.fed_back_by or ''}"]
    lines += [f"{label(MilestoneKind, m.kind)}：应报 {fmt.day(m.due_on)}  "
              f"{'已报 ' + fmt.day(m.submitted_on) if m.submitted_on else '未报送'}" for m in chain.milestones]
    for t in chain.tasks:
        lines.append(f"任务 {t.row.label}  {label(RectStatus, t.row.status)}  完成时限 {fmt.day(t.row.deadline)}")
        lines += [f"    进展 {fmt.day(p.reported_on)}  {p.text}" + (f"  佐证：{'、'.join(p.evidence)}" if p.evidence
                                                                   else "") for p in t.progress]
        for r in t.reviews:  # the three-party check: each body's opinion on its own line
            outcome = label(ReviewOutcome, r.outcome)
            lines.append(f"    审核 {fmt.day(r.reviewed_on)}  {outcome}  巡察办：{r.office_opinion}")
            lines += [f"        {body}：{opinion}" for body, opinion in (
                ("纪委监委", r.discipline_opinion), ("组织部", r.organisation_opinion)) if opinion]
        lines += [f"    问责 {fmt.day(f.decided_on)}  {label(FlagKind, f.kind)}：{f.accountability}" for f in t.flags]
    lines += [f"移交 {h.handover_no} → {h.to_org}  {fmt.day(h.handed_at)}" for h in chain.handovers]
    console.result(chain_data(chain), lines)
    return 0


def run_progress(args: Namespace, console: Console) -> int:
    on = dates("rectification_progress", reported_on=args.date)["reported_on"]
    with unlocked(args, console) as ws:
        task_id = _task_id(ws, args.task)
        result = report_progress(ws, task_id, ProgressInput(args.text, on, args.state, args.evidence,
                                                            amount_recovered=args.amount, rules_made=args.rules))
        task = _task(ws, task_id)
    if not console.json_mode:
        console.note(f"已登记整改进展，{task['task']} 现为“{task['status_label']}”。")
    console.result({"progress_id": result.progress_id, "evidence": result.evidence_ids, "task": task},
                   [str(task["task"])])
    return 0


def run_request(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        task_id = _task_id(ws, args.task)
        request_close(ws, task_id)
        task = _task(ws, task_id)
    console.result({"task": task}, [f"{task['task']} 已申请销号，等待巡察办审核。"])
    return 0


def run_review(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        task_id = _task_id(ws, args.task)
        review_id = review_close(ws, task_id, approve=args.approve, opinion=args.opinion,
                                 discipline_opinion=args.discipline_opinion,
                                 organisation_opinion=args.organisation_opinion)
        task = _task(ws, task_id)
    said = "已销号" if args.approve else "已退回，重新整改"
    console.result({"review_id": review_id, "task": task}, [f"{task['task']} {said}。"])
    return 0


def run_flag(args: Namespace, console: Console) -> int:
    on = dates("rectification_flag", decided_on=args.date)["decided_on"]
    with unlocked(args, console) as ws:
        task_id = _task_id(ws, args.task)
        flag_id = flag_task(ws, task_id, FlagInput(args.kind, args.accountability, args.person,
                                                   points_deducted=args.points, decided_on=on))
        task = _task(ws, task_id)
    console.result({"flag_id": flag_id, "task": task},
                   [f"{task['task']} 已认定为{label(FlagKind, args.kind)}，追责问责已记录。"])
    return 0


def run_export_ledger(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        count = export_unit_ledger(ws, org_id_of(ws, args.org), args.out)
    console.result({"path": str(args.out), "tasks": count},
                   [f"已导出 {args.org} 的整改台账（{count} 项任务）：{args.out}"])
    return 0


def run_import_ledger(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        report = import_unit_ledger(ws, org_id_of(ws, args.org), args.file)
    console.result({"rows": report.rows_read, "progress_added": report.progress_added,
                    "close_requested": report.close_requested, "unchanged": report.unchanged},
                   [f"已读取 {report.rows_read} 行：新增整改进展 {report.progress_added} 条，"
                    f"申请销号 {report.close_requested} 项，未变 {report.unchanged} 项。"])
    return 0


def run_add_task(args: Namespace, console: Console) -> int:
    deadline = dates("rectification_item", deadline=args.deadline)["deadline"]
    with unlocked(args, console) as ws:
        [finding_id] = finding_ids_of(ws, [args.finding], entity="rectification_item", field="finding_id")
        task_id = add_task(ws, finding_id, TaskInput(
            measures=args.measures, completion_standard=args.standard, rect_type=args.rect_type,
            responsible_leader=args.leader, lead_unit=args.lead_unit, first_responsible=args.first_responsible,
            supervising_city_leader=args.supervisor, deadline=deadline))
        task = _task(ws, task_id)
    console.result({"task": task}, [f"已增加整改任务 {task['task']}。"])
    return 0


def run_milestone(args: Namespace, console: Console) -> int:
    on = dates("rectification_milestone", submitted_on=args.date)["submitted_on"]
    with unlocked(args, console) as ws:
        org_id = org_id_of(ws, args.org)
        feedbacks = feedbacks_of(ws, org_id)
        wanted = [m for f in feedbacks for m in milestones_of(ws, f) if m.kind == args.kind]
        if not wanted:
            raise InvalidFieldsError([FieldProblem("org_id", "not_fed_back", {"value": args.org},
                                                   entity="rectification_feedback")])
        evidence = submit_milestone(ws, wanted[-1].id, args.file, on)
    console.result({"milestone_id": wanted[-1].id, "kind": args.kind, "evidence": evidence},
                   [f"已登记 {args.org} 报送的{label(MilestoneKind, args.kind)}（附件 {len(evidence)} 个）。"])
    return 0


def run_settings(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        if args.warn_days is not None:
            set_warn_days(ws, args.warn_days)
        if args.handover_months is not None:
            set_feedback_months(ws, args.handover_months)
        days, months = warn_days(ws), feedback_months(ws)
    console.result({"warn_days": days, "handover_months": months},
                   [f"完成时限前 {days} 天显示黄色；移交后 {months} 个月为反馈期限。"])
    return 0
