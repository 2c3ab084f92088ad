"""``clues list``, ``clues show`` and ``clues refer``: the clue compartment (C3) from the command line.

Listing or showing clues is an export of clue-level data: only the team leader, the clue officer and HQ's
administrator hold the clue key; anyone else gets exit code 3 and nothing from clues.db. Every listing and
showing leaves an audit event (ids only). ``clues refer`` lets any user pass a finding on to the clue
officer without seeing the compartment.
"""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from cli import formatting as fmt
from cli.console import Console
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from models.clue import Clue
from models.enums import CadreLevel, Discipline, DisposalType, HandoverMode, Receiver, SourceMethod, Vocabulary
from models.finding import Finding
from models.labels import field_label
from services.clue_fields import EDITABLE
from services.clue_referrals import refer_finding
from services.errors import FieldProblem, InvalidFieldsError
from services.queries.clues import ClueRow, clue_detail, find_clue_id, list_clues

MARKING = "【问题线索 · C3 · 仅限组长、线索管理员和巡察办线索审核人员阅知，不得复制、转发】"
VOCABULARIES: dict[str, type[Vocabulary]] = {
    "reflected_person_level": CadreLevel, "clue_source": SourceMethod, "proposed_receiver": Receiver,
    "handover_mode": HandoverMode, "disposal_type": DisposalType,
}


def register(commands: Commands) -> None:
    clues = commands.add("clues", help="问题线索（仅组长、线索管理员、巡察办管理员；每次查看均记入审计）", handler=None)
    sub = commands.nested(clues, "clues_command")
    listing = sub.add("list", help="列出问题线索（记为一次线索导出）", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)
    show = sub.add("show", help="显示一条问题线索的全部字段及其关联", handler=run_show, parents=[commands.unlock])
    workspace_argument(show)
    show.add_argument("code", metavar="CODE", help="线索编号，如 [2026]3巡-2组-线索01号，或只写序号 1")
    refer = sub.add("refer", help="将一条问题底稿提请线索管理员研判（任何用户均可，不会看到线索）",
                    handler=run_refer, parents=[commands.unlock])
    workspace_argument(refer)
    refer.add_argument("finding", metavar="FINDING", help="问题编号，如 [2026]3巡-2组-17号")


def _label(value: object, vocabulary: type[Vocabulary]) -> str:
    if value in (None, ""):
        return ""
    try:
        return vocabulary(str(value)).zh
    except ValueError:
        return str(value)


def _disciplines(codes: Any) -> str:
    return "、".join(_label(code, Discipline) for code in codes or ())


def _who(ws_name: str) -> str:
    return f"导出人：{ws_name}　导出时间：{datetime.now().strftime('%Y-%m-%d %H:%M')}"


def row_data(row: ClueRow) -> dict[str, Any]:
    return {"id": row.id, "clue_no": row.clue_no, "clue_name": row.clue_name, "org": row.org_name,
            "reflected_person_name": row.reflected_person_name, "reflected_person_post": row.reflected_person_post,
            "reflected_person_level": row.reflected_person_level, "discipline": list(row.discipline),
            "clue_source": row.clue_source, "accepted_at": row.accepted_at,
            "proposed_receiver": row.proposed_receiver, "handover_mode": row.handover_mode,
            "disposal_type": row.disposal_type, "feedback_due": row.feedback_due, "closed": row.closed,
            "linked_findings": row.finding_links}


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        rows = list_clues(ws, export="json" if console.json_mode else "text")
        name = ws.actor.name
    table = [["线索编号", "被巡察单位", "被反映人", "职务", "六项纪律", "受理时间", "处置方式", "是否办结"]]
    table += [[r.clue_no, r.org_name, r.reflected_person_name, r.reflected_person_post or "",
               _disciplines(r.discipline), fmt.day(r.accepted_at), _label(r.disposal_type, DisposalType),
               "已办结" if r.closed else "办理中"] for r in rows]
    lines = [MARKING, _who(name), *(fmt.table(table) if rows else ["（尚无问题线索）"]), f"共 {len(rows)} 条问题线索"]
    console.result({"marking": MARKING, "exported_by": name, "count": len(rows),
                    "clues": [row_data(r) for r in rows]}, lines)
    return 0


def _show_value(name: str, value: Any) -> str:
    if name in VOCABULARIES:
        return _label(value, VOCABULARIES[name])
    if name == "discipline":
        return _disciplines(value)
    if name == "closed":
        return "已办结" if value else "办理中"
    return "" if value is None else str(value)


def run_show(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        clue_id = find_clue_id(ws, args.code)
        detail = clue_detail(ws, clue_id) if clue_id else None
        name = ws.actor.name
    if detail is None:
        raise InvalidFieldsError([FieldProblem("clue_no", "unknown_reference", {"value": args.code}, entity="clue")])
    width = max(fmt.display_width(field_label(Clue, n)) for n in EDITABLE if n != "assignment_id")
    lines = [MARKING, _who(name), f"{field_label(Clue, 'clue_no')}：{detail.clue_no}",
             f"{field_label(Clue, 'org_id')}：{detail.org_name}"]
    for field in EDITABLE:
        if field == "assignment_id":
            continue
        caption = field_label(Clue, field)
        pad = "\u3000" * ((width - fmt.display_width(caption)) // 2)
        lines.append(f"{caption}{pad}：{_show_value(field, detail.values[field])}")
    lines.append(f"关联记录（{len(detail.links)}）：")
    kinds = {"finding": "问题底稿", "petition": "信访件", "interview": "个别谈话"}
    lines += [f"  {kinds.get(link.target_kind, link.target_kind)}　{link.code}　{link.title}" for link in detail.links]
    data = {"marking": MARKING, "exported_by": name, "clue": {"id": detail.id, "clue_no": detail.clue_no,
            "org": detail.org_name, **detail.values},
            "links": [{"kind": link.target_kind, "id": link.target_id, "code": link.code, "title": link.title}
                      for link in detail.links]}
    console.result(data, lines)
    return 0


def run_refer(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        with ws.read() as session:
            found = session.execute(select(Finding.id, Finding.code).where(
                Finding.code == args.finding.strip(), Finding.is_deleted.is_(False))).first()
        if found is None:
            raise InvalidFieldsError([FieldProblem("code", "unknown_reference", {"value": args.finding},
                                                   entity="finding")])
        refer_finding(ws, found[0])
    lines = [f"已将问题 {found[1]} 提请线索管理员研判。", "线索管理员会看到提请人和时间；是否形成线索不会在此显示。"]
    console.result({"finding": found[1], "referred": True}, lines)
    return 0
