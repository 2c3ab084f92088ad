"""``evidence add|list|save|remove``: the evidence files (佐证材料) of a finding, named by its code.

``save`` writes a plaintext copy out of the encrypted workspace: it is audited, and says so.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.parsing import Commands, UsageError, vocabulary_argument, workspace_argument
from cli.session import unlocked
from models.enums import EvidenceType
from services.evidence import (
    EvidenceItem,
    attach_files,
    find_evidence,
    finding_id_for_code,
    list_evidence,
    remove_evidence,
    save_evidence_copy,
)
from services.progress import CancelToken

evidence_type_argument = vocabulary_argument(EvidenceType, "证据类型")


def register(commands: Commands) -> None:
    evidence = commands.add("evidence", help="问题底稿的佐证材料：添加、列出、另存副本、删除", handler=None)
    sub = commands.nested(evidence, "evidence_command")

    add = sub.add("add", help="把文件作为佐证材料加密存入工作区（编号 证1、证2……）", handler=run_add,
                  parents=[commands.unlock])
    workspace_argument(add)
    add.add_argument("finding", metavar="FINDING_CODE", help="问题编号，如 [2026]3巡-2组-1号")
    add.add_argument("files", metavar="FILE", nargs="+", type=Path, help="要添加的文件（照片、PDF、Office 文档等）")
    add.add_argument("--title", help="证据名称（默认取文件名；只添加一个文件时可用）")
    add.add_argument("--type", dest="evidence_type", type=evidence_type_argument, metavar="TYPE",
                     help="证据类型：" + "、".join(t.zh for t in EvidenceType) + "（默认按文件推断）")
    add.add_argument("--from", dest="obtained_from", metavar="WHERE", help="取证来源")

    listing = sub.add("list", help="列出问题的佐证材料", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)
    listing.add_argument("finding", metavar="FINDING_CODE", help="问题编号")

    save = sub.add("save", help="把一份佐证材料另存为明文副本（记入审计日志）", handler=run_save,
                   parents=[commands.unlock],
                   epilog="副本不加密，任何拿到文件的人都能读取；请妥善保管，用完删除。")
    workspace_argument(save)
    save.add_argument("finding", metavar="FINDING_CODE", help="问题编号")
    save.add_argument("number", metavar="EVIDENCE_NO", help="证据编号，如 证2 或 2")
    save.add_argument("--out", required=True, type=Path, metavar="FILE", help="副本的文件名")
    save.add_argument("--force", action="store_true", help="FILE 已存在时覆盖")

    remove = sub.add("remove", help="删除一份佐证材料（保留记录与原因，编号不再使用）", handler=run_remove,
                     parents=[commands.unlock])
    workspace_argument(remove)
    remove.add_argument("finding", metavar="FINDING_CODE", help="问题编号")
    remove.add_argument("number", metavar="EVIDENCE_NO", help="证据编号，如 证2 或 2")
    remove.add_argument("--reason", required=True, help="删除原因")


def item_data(item: EvidenceItem) -> dict[str, Any]:
    return {"id": item.id, "evidence_no": item.evidence_no, "evidence_type": item.evidence_type, "title": item.title,
            "file_name": item.file_name, "size": item.size, "mime": item.mime, "sha256": item.sha256,
            "pages": item.pages, "obtained_from": item.obtained_from, "obtained_at": item.obtained_at,
            "collected_by": item.collected_by, "created_at": item.created_at}


def _type_label(code: str) -> str:
    try:
        return EvidenceType(code).zh
    except ValueError:
        return code


def run_add(args: Namespace, console: Console) -> int:
    if args.title and len(args.files) > 1:
        raise UsageError("--title with several files", reason="--title 只能在添加一个文件时使用")
    with unlocked(args, console) as ws:
        finding_id = finding_id_for_code(ws, args.finding)
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            ids = attach_files(ws, "finding", finding_id, args.files, title=args.title,
                               evidence_type=args.evidence_type, obtained_from=args.obtained_from,
                               progress=progress, cancel=token)
        items = [item for item in list_evidence(ws, "finding", finding_id) if item.id in ids]
    lines = [f"已添加 {item.evidence_no}：{item.title}（{_type_label(item.evidence_type)}，{item.file_name}，"
             f"{fmt.size(item.size)}）" for item in items]
    console.result({"finding": args.finding, "added": [item_data(item) for item in items]}, lines)
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        items = list_evidence(ws, "finding", finding_id_for_code(ws, args.finding))
    rows = [["编号", "类型", "名称", "文件", "大小", "取证来源", "取证日期", "取证人"]]
    rows += [[i.evidence_no, _type_label(i.evidence_type), i.title, i.file_name, fmt.size(i.size),
              i.obtained_from or "", fmt.day(i.obtained_at), i.collected_by or ""] for i in items]
    lines = [*fmt.table(rows), f"共 {len(items)} 份"] if items else [f"问题 {args.finding} 尚无佐证材料。"]
    console.result({"finding": args.finding, "evidence": [item_data(i) for i in items]}, lines)
    return 0


def run_save(args: Namespace, console: Console) -> int:
    target: Path = args.out
    if target.exists() and not args.force:
        raise UsageError("target exists", reason=f"“{target}”已存在；要覆盖请加 --force")
    with unlocked(args, console) as ws:
        item = find_evidence(ws, "finding", finding_id_for_code(ws, args.finding), args.number)
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            written = save_evidence_copy(ws, item.id, target, progress, token)
    console.result({"finding": args.finding, "evidence": item_data(item), "saved_to": written, "plaintext": True},
                   [f"已将 {item.evidence_no}（{item.file_name}，{fmt.size(item.size)}）另存为：{written}",
                    "注意：副本未加密，任何拿到该文件的人都能读取；此操作已记入审计日志。"])
    return 0


def run_remove(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        item = find_evidence(ws, "finding", finding_id_for_code(ws, args.finding), args.number)
        remove_evidence(ws, item.id, args.reason)
    console.result({"finding": args.finding, "removed": item_data(item), "reason": args.reason},
                   [f"已删除 {item.evidence_no}：{item.title}（原因：{args.reason}）"])
    return 0
