"""``handover create|receipt|feedback|list``: classified handover (分类移交) of findings to 纪委监委, 组织部 or a
functional department, with the receipt (回执), the feedback deadline and feedback (services/handover/);
``proposal`` and ``common-report``; the C3 clue handover's ``clue-*`` commands are in handover_clues.py."""

from __future__ import annotations

from argparse import Namespace

from sqlalchemy import select

from cli.commands.handover_clues import register_under as register_clue_handovers
from cli.commands.planning_common import DATE_HELP, dates
from cli.commands.rectification_common import finding_ids_of, handover_data, handover_table
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from models.entities import Assignment, Finding
from models.rectification_enums import HandoverTarget, ProposalTheme
from services.handover.batches import HandoverInput, add_feedback, create_handover, live_handover, record_receipt
from services.handover.proposals import common_problems, create_proposal, write_common_report
from services.queries.rectification_board import list_handovers

HANDOVER_HELP = "移交批次：编号（如 YJ-2026-3-1）或 ID"


def register(commands: Commands) -> None:
    group = commands.add("handover", help="分类移交：移交纪委监委、组织部或职能部门，回执、反馈、逾期", handler=None)
    sub = commands.nested(group, "handover_command")

    create = sub.add("create", help="新建移交批次", handler=run_create, parents=[commands.unlock],
                     epilog="反馈期限默认为移交后三个月。")
    workspace_argument(create)
    create.add_argument("--kind", required=True, choices=[t.value for t in HandoverTarget],
                        help="discipline（纪委监委）、organisation（组织部）、department（职能部门）")
    create.add_argument("--to", metavar="NAME", help="接收单位（职能部门必填；默认 市纪委监委 / 市委组织部）")
    create.add_argument("--items", nargs="+", required=True, metavar="CODE", help="移交的问题编号")
    create.add_argument("--date", metavar="D", help="移交" + DATE_HELP + "（默认今天）")
    create.add_argument("--deadline", metavar="D", help="反馈期限（默认移交后三个月）")

    receipt = sub.add("receipt", help="登记回执：接收人和签收时间", handler=run_receipt, parents=[commands.unlock])
    workspace_argument(receipt)
    receipt.add_argument("handover", metavar="H", help=HANDOVER_HELP)
    receipt.add_argument("--by", required=True, metavar="NAME", help="接收人")
    receipt.add_argument("--at", required=True, metavar="D", help="签收" + DATE_HELP)

    feedback = sub.add("feedback", help="登记接收单位的反馈（追加）", handler=run_feedback, parents=[commands.unlock])
    workspace_argument(feedback)
    feedback.add_argument("handover", metavar="H", help=HANDOVER_HELP)
    feedback.add_argument("--text", required=True, metavar="T", help="反馈内容")
    feedback.add_argument("--date", metavar="D", help="反馈" + DATE_HELP + "（默认今天）")
    feedback.add_argument("--close", action="store_true", help="同时办结此批次")

    proposal = sub.add("proposal", help="巡察建议：向职能部门提出专项治理建议（政府购买服务、专项资金、中介服务费用、"
                       "国有资产管理等），其答复用 handover feedback 登记", handler=run_proposal,
                       parents=[commands.unlock])
    workspace_argument(proposal)
    proposal.add_argument("--to", required=True, metavar="NAME", help="责任部门")
    proposal.add_argument("--theme", required=True, choices=[t.value for t in ProposalTheme],
                          help="专项治理主题：" + "、".join(f"{t.value}（{t.zh}）" for t in ProposalTheme))
    proposal.add_argument("--items", nargs="+", required=True, metavar="CODE", help="建议所依据的问题编号")
    proposal.add_argument("--deadline", metavar="D", help="答复期限（默认三个月）")

    common = sub.add("common-report", help="共性问题通报：各单位标记为共性问题的问题，按类别汇总，写成文本文件",
                     handler=run_common, parents=[commands.unlock])
    workspace_argument(common)
    common.add_argument("--out", required=True, metavar="FILE", help="输出的文本文件")

    listing = sub.add("list", help="列出移交批次（反馈逾期的在前）", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)
    listing.add_argument("--overdue", action="store_true", help="只列反馈已逾期的批次")

    register_clue_handovers(sub)  # clue-create|clue-receipt|clue-feedback|clue-list: the C3 clue handover


def _row(ws: object, handover_id: str) -> dict[str, object]:
    return next(handover_data(r) for r in list_handovers(ws) if r.id == handover_id)  # type: ignore[arg-type]


def run_create(args: Namespace, console: Console) -> int:
    when = dates("handover", handed_at=args.date, deadline=args.deadline)
    with unlocked(args, console) as ws:
        ids = finding_ids_of(ws, args.items, entity="handover_item", field="item_id")
        with ws.read() as session:
            round_id = session.scalar(select(Assignment.round_id).join(Finding, Finding.assignment_id == Assignment.id)
                                      .where(Finding.id == ids[0]))
        handover_id = create_handover(ws, HandoverInput(str(round_id), args.kind, ids, args.to, when["handed_at"],
                                                        when["deadline"]))
        row = _row(ws, handover_id)
    console.result({"handover": row}, [f"已新建移交批次 {row['handover_no']}，移交{row['to']}，"
                                       f"反馈期限 {row['deadline']}。"])
    return 0


def _round_of(ws: object, finding_id: str) -> str:
    with ws.read() as session:  # type: ignore[attr-defined]
        return str(session.scalar(select(Assignment.round_id).join(Finding, Finding.assignment_id == Assignment.id)
                                  .where(Finding.id == finding_id)))


def run_proposal(args: Namespace, console: Console) -> int:
    deadline = dates("handover", deadline=args.deadline)["deadline"]
    with unlocked(args, console) as ws:
        ids = finding_ids_of(ws, args.items, entity="handover_item", field="item_id")
        handover_id = create_proposal(ws, _round_of(ws, ids[0]), args.to, args.theme, ids, deadline=deadline)
        row = _row(ws, handover_id)
    console.result({"handover": row}, [f"已向{row['to']}提出巡察建议（{row['theme_label']}），"
                                       f"编号 {row['handover_no']}，答复期限 {row['deadline']}。"])
    return 0


def run_common(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        count = write_common_report(ws, args.out)
        groups = common_problems(ws)
    console.result({"path": str(args.out), "problems": count,
                    "groups": [{"category": g.category, "units": g.units, "problems": len(g.findings)}
                               for g in groups]},
                   [f"共性问题通报已写入 {args.out}：{len(groups)} 类、{count} 个问题。"])
    return 0


def run_receipt(args: Namespace, console: Console) -> int:
    at = dates("handover", received_at=args.at)["received_at"]
    with unlocked(args, console) as ws:
        with ws.read() as session:
            handover_id = live_handover(session, args.handover).id
        record_receipt(ws, handover_id, args.by, at)
        row = _row(ws, handover_id)
    console.result({"handover": row}, [f"{row['handover_no']} 已由{args.by}于 {row['received_at']} 签收。"])
    return 0


def run_feedback(args: Namespace, console: Console) -> int:
    on = dates("handover_feedback", received_on=args.date)["received_on"]
    with unlocked(args, console) as ws:
        with ws.read() as session:
            handover_id = live_handover(session, args.handover).id
        add_feedback(ws, handover_id, args.text, on, close=args.close)
        row = _row(ws, handover_id)
    console.result({"handover": row}, [f"{row['handover_no']} 已登记反馈。"])
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        rows = list_handovers(ws, overdue=args.overdue)
    overdue = sum(1 for r in rows if r.colour == "red")
    console.result({"handovers": [handover_data(r) for r in rows], "count": len(rows), "overdue": overdue},
                   [*handover_table(rows), f"共 {len(rows)} 个移交批次，反馈逾期 {overdue} 个"])
    return 0
