"""``findings list`` and ``findings show``: the findings of a workspace, searched and filtered, and one finding whole.
``findings add`` and ``findings edit`` (writing a working paper) are in finding_edits.py.

Nothing here reads the clue compartment: a finding's links to clues are C3 and never printed.
"""

from __future__ import annotations

from argparse import Namespace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from cli import formatting as fmt
from cli.commands import finding_edits
from cli.console import Console
from cli.parsing import Commands, vocabulary_argument, workspace_argument
from cli.session import unlocked
from models.base import SYNC_FIELDS
from models.entities import Finding
from models.enums import ChangeOp, Discipline, FindingStatus, SourceMethod, Vocabulary
from models.labels import field_label
from services.queries.finding_choices import org_ids_named
from services.queries.finding_detail import FindingDetail, finding_detail
from services.queries.findings import FindingFilter, FindingRow, finding_count, finding_ids, finding_rows

TITLE_WIDTH = 40  # display columns of a title in the table (Chinese characters take two)
CATEGORY_WIDTH = 24
PAGE = 500
SOURCE_KINDS = {"interview": "个别谈话", "petition": "信访", "document": "调阅资料", "document_request": "调阅资料",
                "field_visit": "下沉走访"}
# Shown by their own lines (or not at all): the id-like columns a person does not read.
HIDDEN_FIELDS = {"id", "category_id", "seq_no"}


# A finding status by its code (``draft``) or its Chinese name (``草稿``).
status_argument = vocabulary_argument(FindingStatus, "问题状态")


def register(commands: Commands) -> None:
    findings = commands.add("findings", help="问题底稿：列表、检索、筛选、详情、新建与修改", handler=None)
    sub = commands.nested(findings, "findings_command")

    listing = sub.add("list", help="列出问题（可检索、按单位和状态筛选）", handler=run_list, parents=[commands.unlock],
                      epilog="检索词以空格分隔，须全部出现（在标题、问题表现、定性依据或涉及人员中）；单字、两字也可检索。")
    workspace_argument(listing)
    listing.add_argument("--search", metavar="TEXT", default="", help="检索词，如“专项资金”或“补贴 村”")
    listing.add_argument("--org", metavar="NAME", help="被巡察单位（全称或简称）")
    listing.add_argument("--status", type=status_argument, metavar="S", action="append", default=[],
                         help="问题状态：代码或中文名称，如 draft 或 草稿（可重复）")
    listing.add_argument("--limit", type=int, metavar="N", default=0, help="最多列出 N 个（默认全部）")

    show = sub.add("show", help="显示一个问题的全部内容、来源、佐证材料和修改记录", handler=run_show,
                   parents=[commands.unlock])
    workspace_argument(show)
    show.add_argument("code", metavar="CODE", help="问题编号，如 [2026]3巡-2组-15号")
    finding_edits.register(sub, commands.unlock)


def _clip(text: str, width: int) -> str:
    if fmt.display_width(text) <= width:
        return text
    out = ""
    for char in text:
        if fmt.display_width(out + char) > width - 1:
            break
        out += char
    return out + "…"


def _label(value: str | None, vocabulary: type[Vocabulary]) -> str:
    if not value:
        return ""
    try:
        return vocabulary(value).zh
    except ValueError:
        return value


def row_data(row: FindingRow) -> dict[str, Any]:
    return {"id": row.id, "code": row.code, "title": row.title, "org": row.org_name, "category_l1": row.category_l1,
            "category_l2": row.category_l2, "status": row.status, "status_label": _label(row.status, FindingStatus),
            "amount": row.amount, "discovered_at": row.discovered_at, "is_key": row.is_key}


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        org_ids = org_ids_named(ws, args.org) if args.org else ()
        wanted = FindingFilter(search=args.search or "", org_ids=org_ids, statuses=tuple(args.status))
        ids = finding_ids(ws, wanted)
        total = len(ids) if wanted.is_empty else finding_count(ws)
        shown = ids[:args.limit] if args.limit > 0 else ids
        rows = [row for start in range(0, len(shown), PAGE) for row in finding_rows(ws, shown[start:start + PAGE])]
    count = f"共 {fmt.count(total)} 个问题" + ("" if wanted.is_empty else f"，筛选出 {fmt.count(len(ids))} 个")
    if len(shown) < len(ids):
        count += f"（列出前 {fmt.count(len(shown))} 个）"
    table = [["编号", "问题标题", "被巡察单位", "问题类别", "状态", "涉及金额"]]
    table += [[r.code, _clip(r.title, TITLE_WIDTH), r.org_name, _clip(r.category_l2 or r.category_l1 or "",
                                                                        CATEGORY_WIDTH),
               _label(r.status, FindingStatus), fmt.amount(r.amount)] for r in rows]
    lines = [*fmt.table(table), count] if rows else [count if not wanted.is_empty else "本工作区还没有登记问题。"]
    console.result({"total": total, "matched": len(ids), "findings": [row_data(r) for r in rows]}, lines)
    return 0


def _fields() -> list[str]:
    return [attr.key for attr in inspect(Finding).column_attrs
            if attr.key not in SYNC_FIELDS and attr.key not in HIDDEN_FIELDS]


def _person(entry: object) -> str:
    if isinstance(entry, dict):
        name, post = str(entry.get("name") or ""), str(entry.get("post") or "")
        return f"{name}（{post}）" if post else name
    return str(entry)


def _text(name: str, value: Any, detail: FindingDetail) -> str:
    """One field's value as a person reads it."""
    if name == "org_id":
        return detail.org_name
    if name == "assignment_id":
        return f"第{detail.team_no}组" if detail.team_no is not None else ""
    if name in detail.people:
        return detail.people[name]
    if value is None or value == "" or value == []:
        return "—"
    if name == "status":
        return _label(value, FindingStatus)
    if name == "source_method":
        return _label(value, SourceMethod)
    if name == "discipline_tags":
        return "、".join(_label(tag, Discipline) for tag in value)
    if name == "persons_involved":
        return "；".join(_person(entry) for entry in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return fmt.amount(value)
    if isinstance(value, datetime):
        return fmt.moment(value)
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return str(value)


def run_show(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        detail = finding_detail(ws, args.code)
    finding = detail.finding
    names = _fields()
    labels = {name: field_label(Finding, name) for name in names}
    lines = [f"问题 {finding.code}"]
    width = max(fmt.display_width(label) for label in labels.values())
    for name in names:
        label = labels[name]
        value = _text(name, getattr(finding, name), detail).replace("\n", "\n" + " " * (width + 2))
        lines.append(f"{label}{' ' * (width - fmt.display_width(label))}  {value}")
    lines.append(f"\n问题来源关联（{len(detail.sources)}）")
    lines += [f"  {SOURCE_KINDS.get(s.kind, s.kind)} {s.number}  {_clip(s.text, 60)}"
              for s in detail.sources] or ["  无"]
    lines.append(f"\n佐证材料（{len(detail.evidence)}）")
    lines += [f"  {e.number}  {e.title}  {e.file_name}  {fmt.size(e.size) if e.size is not None else ''}".rstrip()
              for e in detail.evidence] or ["  无"]
    lines.append(f"\n修改记录（{len(detail.history)}）")
    for h in detail.history:
        changed = "、".join(labels.get(name, field_label(Finding, name)) for name in h.fields)
        lines.append(f"  {fmt.moment(h.when)}  {_label(h.op, ChangeOp)}  {h.author}" + (f"：{changed}" if changed
                                                                                           else ""))
    data = {
        "finding": {name: getattr(finding, name) for name in ["id", *names]},
        "labels": labels,
        "org": detail.org_name, "team_no": detail.team_no, "people": detail.people,
        "sources": [{"kind": s.kind, "number": s.number, "text": s.text} for s in detail.sources],
        "evidence": [{"number": e.number, "type": e.evidence_type, "title": e.title, "file_name": e.file_name,
                      "size": e.size, "pages": e.pages} for e in detail.evidence],
        "history": [{"at": h.when, "op": h.op, "author": h.author, "role": h.role, "fields": list(h.fields)}
                    for h in detail.history],
    }
    console.result(data, lines)
    return 0
