"""``report``: a printable PDF of the round — 综合情况报告, 问题清单, 整改台账 or (clue roles only) 问题线索移交清单.

The same content the window prints (services/reports), painted by printing/ on Qt's offscreen platform: A4
portrait (the ledgers A3 landscape), the classification marking, who exported it and when on every page, page
numbers, the user's name as a light watermark. The file is written atomically and the export audited.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from printing.render import render_pdf
from services.excel.ledger import check_target
from services.progress import CancelToken
from services.reports.content import KIND_TITLES
from services.reports.exporting import REPORT_KINDS, export_report, with_pdf_suffix


def register(commands: Commands) -> None:
    parser = commands.add(
        "report", handler=run_report, parents=[commands.unlock],
        help="打印报告（PDF）：综合情况报告、问题清单、整改台账、问题线索移交清单（带密级标识、页码、导出人和导出时间）",
        epilog="clue-handover（问题线索移交清单）只有组长、线索管理员和巡察办管理员可以导出（否则退出码 3）；"
               "综合情况报告只对这些角色列出问题线索数，并标为线索密级。每次导出都记入审计；"
               "文件不能保存在工作区文件夹内。省略 --round 时取最近的一轮。")
    workspace_argument(parser)
    parser.add_argument("--kind", required=True, choices=REPORT_KINDS, metavar="KIND",
                        help="报告种类：" + "、".join(f"{kind}（{KIND_TITLES[kind]}）" for kind in REPORT_KINDS))
    parser.add_argument("--out", required=True, metavar="FILE", help="写入的 .pdf 文件")
    parser.add_argument("--round", metavar="ROUND", help="巡察轮次（编号或名称）；默认最近的一轮")
    parser.add_argument("--force", action="store_true", help="文件已存在时覆盖")


def run_report(args: Namespace, console: Console) -> int:
    check_target(with_pdf_suffix(args.out), workspace=Path(args.workspace), overwrite=args.force)
    with unlocked(args, console) as ws:
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            report = export_report(ws, args.kind, args.out, render_pdf, round_ref=args.round, progress=progress,
                                   cancel=token, overwrite=args.force)
    data = {"kind": report.kind, "path": str(report.path), "pages": report.pages, "rows": report.rows,
            "bytes": report.bytes, "marking": report.marking, "round": {"id": report.round_id,
                                                                      "title": report.round_title},
            "title": report.title,
            "seconds": round(report.seconds, 3)}
    console.result(data, [
        f"已导出“{report.title}”：{report.path}",
        f"共 {fmt.count(report.pages)} 页，{fmt.count(report.rows)} 条；用时 {fmt.seconds(report.seconds)}；"
        f"密级标识：{report.marking}",
        "此文件为明文，请按保密规定保管；本次导出已记入审计。",
    ])
    return 0
