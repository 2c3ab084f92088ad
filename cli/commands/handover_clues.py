"""``handover clue-create|clue-receipt|clue-feedback|clue-list``: the C3 clue handover (线索移交) under the rules of
classified handover (services/handover/clue_handovers.py): a holder of the clue key at HQ hands clues over, the
receipt comes before any feedback, the feedback deadline is three months on unless set, and overdue feedback shows
in the same colours. Anyone without the clue key gets exit 3 and nothing. The list names clue numbers and counts,
never a clue's text; its reading is audited. Not a command module of its own: ``handover.register`` adds these."""

from __future__ import annotations

from argparse import Namespace
from typing import Any

from cli import formatting as fmt
from cli.commands.planning_common import DATE_HELP, dates
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from services.errors import FieldProblem, InvalidFieldsError
from services.handover.clue_handovers import (
    ClueHandoverRow,
    clue_handover_id,
    clue_round,
    create_clue_handover,
    list_clue_handovers,
    record_clue_feedback,
    record_clue_receipt,
)
from services.queries.clues import find_clue_id
from services.rectification.overdue import COLOUR_ZH, RED
from services.workspace import WorkspaceSession

MARKING = "【线索移交 · C3 · 仅限巡察办线索审核人员阅知，不得复制、转发】"
CLUE_HANDOVER_HELP = "线索移交批次：编号（如 XS-YJ-2026-2-1）或 ID"


def register_under(sub: Commands) -> None:
    create = sub.add("clue-create", help="线索移交（C3）：把问题线索移交纪委监委等，反馈期限默认三个月",
                     handler=run_create, parents=[sub.unlock], epilog="只有持有线索密钥的巡察办管理员可用。")
    workspace_argument(create)
    create.add_argument("--to", required=True, metavar="NAME", help="接收单位（如 市纪委监委）")
    create.add_argument("--clues", nargs="+", required=True, metavar="CODE", help="线索编号（或只写序号）")
    create.add_argument("--date", metavar="D", help="移交" + DATE_HELP + "（默认今天）")
    create.add_argument("--deadline", metavar="D", help="反馈期限（默认移交后三个月）")

    receipt = sub.add("clue-receipt", help="登记线索移交的回执：接收人和签收时间", handler=run_receipt,
                      parents=[sub.unlock])
    workspace_argument(receipt)
    receipt.add_argument("handover", metavar="H", help=CLUE_HANDOVER_HELP)
    receipt.add_argument("--by", required=True, metavar="NAME", help="接收人")
    receipt.add_argument("--at", required=True, metavar="D", help="签收" + DATE_HELP)

    feedback = sub.add("clue-feedback", help="登记线索移交的办理结果（须先登记回执）", handler=run_feedback,
                       parents=[sub.unlock])
    workspace_argument(feedback)
    feedback.add_argument("handover", metavar="H", help=CLUE_HANDOVER_HELP)
    feedback.add_argument("--text", required=True, metavar="T", help="办理结果")
    feedback.add_argument("--date", metavar="D", help="反馈" + DATE_HELP + "（默认今天）")
    feedback.add_argument("--close", action="store_true", help="同时办结")

    listing = sub.add("clue-list", help="列出线索移交（反馈逾期的在前；查阅留痕）", handler=run_list,
                      parents=[sub.unlock])
    workspace_argument(listing)
    listing.add_argument("--overdue", action="store_true", help="只列反馈已逾期的")


def row_data(row: ClueHandoverRow) -> dict[str, Any]:
    return {"id": row.id, "handover_no": row.handover_no, "to": row.to_org, "clues": row.clues,
            "clue_nos": list(row.clue_nos), "handed_at": row.handed_at, "received_by": row.receiver_agent,
            "received_at": row.received_at, "deadline": row.deadline, "feedback_at": row.feedback_at,
            "feedback": row.feedback_content, "closed": row.closed, "colour": row.colour}


def _row(ws: WorkspaceSession, handover_id: str) -> dict[str, Any]:
    return next(row_data(r) for r in list_clue_handovers(ws) if r.id == handover_id)


def _clue_ids(ws: WorkspaceSession, codes: list[str]) -> list[str]:
    found = {code: find_clue_id(ws, code) for code in codes}
    missing = [FieldProblem("clue_no", "unknown_reference", {"value": code}, entity="clue")
               for code, clue_id in found.items() if clue_id is None]
    if missing:
        raise InvalidFieldsError(missing)
    return [clue_id for clue_id in found.values() if clue_id is not None]


def run_create(args: Namespace, console: Console) -> int:
    when = dates("handover", handed_at=args.date, deadline=args.deadline)
    with unlocked(args, console) as ws:
        ids = _clue_ids(ws, args.clues)
        round_id = clue_round(ws, ids[0])
        if round_id is None:
            raise InvalidFieldsError([FieldProblem("round_id", "unknown_reference", {"value": args.clues[0]},
                                                   entity="handover")])
        handover_id = create_clue_handover(ws, round_id, args.to, ids, when["handed_at"], when["deadline"])
        row = _row(ws, handover_id)
    console.result({"marking": "C3", "handover": row},
                   [MARKING, f"已新建线索移交 {row['handover_no']}，移交{row['to']} {row['clues']} 条线索，"
                             f"反馈期限 {row['deadline']}。"])
    return 0


def run_receipt(args: Namespace, console: Console) -> int:
    at = dates("handover", received_at=args.at)["received_at"]
    with unlocked(args, console) as ws:
        handover_id = clue_handover_id(ws, args.handover)
        record_clue_receipt(ws, handover_id, args.by, at)
        row = _row(ws, handover_id)
    console.result({"marking": "C3", "handover": row},
                   [f"{row['handover_no']} 已由{args.by}于 {row['received_at']} 签收。"])
    return 0


def run_feedback(args: Namespace, console: Console) -> int:
    on = dates("handover", feedback_at=args.date)["feedback_at"]
    with unlocked(args, console) as ws:
        handover_id = clue_handover_id(ws, args.handover)
        record_clue_feedback(ws, handover_id, args.text, on, close=args.close)
        row = _row(ws, handover_id)
    console.result({"marking": "C3", "handover": row},
                   [f"{row['handover_no']} 已登记办理结果" + ("并办结。" if row["closed"] else "。")])
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        rows = list_clue_handovers(ws, overdue=args.overdue)
        name = ws.actor.name
    overdue = sum(1 for r in rows if r.colour == RED)
    table = [["移交批次", "接收单位", "线索数", "移交时间", "签收", "反馈期限", "反馈", "进度"]]
    table += [[r.handover_no, r.to_org, fmt.count(r.clues), fmt.day(r.handed_at),
               f"{r.receiver_agent or ''} {fmt.day(r.received_at)}".strip() or "未签收", fmt.day(r.deadline),
               ("已办结" if r.closed else fmt.day(r.feedback_at)) if r.feedback_at or r.closed else "未反馈",
               COLOUR_ZH[r.colour]] for r in rows]
    console.result({"marking": "C3", "exported_by": name, "handovers": [row_data(r) for r in rows],
                    "count": len(rows), "overdue": overdue},
                   [MARKING, f"查阅人：{name}", *fmt.table(table), f"共 {len(rows)} 个线索移交，反馈逾期 {overdue} 个"])
    return 0
