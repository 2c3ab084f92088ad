"""``template`` and ``export-excel``: blank Excel templates and ledgers in the official layouts."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from services.excel.columns import KINDS
from services.excel.exporting import EXPORT_KINDS, export_excel
from services.excel.ledger import check_target, with_suffix
from services.excel.statistics_export import TITLE as STATISTICS_TITLE
from services.excel.templates import write_template
from services.progress import CancelToken

KIND_TITLES = {**{kind: spec.title for kind, spec in KINDS.items()}, "statistics": STATISTICS_TITLE}
TEMPLATE_KINDS = tuple(KINDS)


def _kinds_help(kinds: tuple[str, ...]) -> str:
    return "、".join(f"{kind}（{KIND_TITLES[kind]}）" for kind in kinds)


def register(commands: Commands) -> None:
    template = commands.add(
        "template", help="生成空白 Excel 模板：官方表头、下拉选项、填写提示、冻结表头", handler=run_template,
        parents=[commands.unlock],
        epilog="给出 --workspace 时，问题分类和被巡察单位的下拉选项取自该工作区（需要口令）；否则取自内置分类。"
               "模板中隐藏的工作表记录了每列的含义，表头改名后仍可导入。",
    )
    template.add_argument("--kind", required=True, choices=TEMPLATE_KINDS, metavar="KIND",
                          help="模板种类：" + _kinds_help(TEMPLATE_KINDS))
    template.add_argument("--out", required=True, metavar="FILE", help="写入的 .xlsx 文件")
    template.add_argument("--workspace", metavar="WS", help="从该工作区取问题分类和被巡察单位作为下拉选项")
    template.add_argument("--force", action="store_true", help="文件已存在时覆盖")

    export = commands.add(
        "export-excel", help="把台账导出为 Excel（官方格式，带密级标识和导出人、导出时间；每次导出都记入审计）",
        handler=run_export, parents=[commands.unlock],
        epilog="clues（问题线索移交清单）只有组长、线索管理员和巡察办管理员可以导出，并作为线索导出单独审计。"
               "导出的文件是明文，请按保密规定保管；不能保存在工作区文件夹内。",
    )
    workspace_argument(export)
    export.add_argument("--kind", required=True, choices=EXPORT_KINDS, metavar="KIND",
                        help="导出内容：" + _kinds_help(EXPORT_KINDS))
    export.add_argument("--out", required=True, metavar="FILE", help="写入的 .xlsx 文件")
    export.add_argument("--force", action="store_true", help="文件已存在时覆盖")


def run_template(args: Namespace, console: Console) -> int:
    target = check_target(with_suffix(args.out), overwrite=args.force)  # before asking for a passphrase
    if args.workspace:
        with unlocked(args, console) as ws:
            report = write_template(args.kind, target, ws, overwrite=args.force)
    else:
        report = write_template(args.kind, target, overwrite=args.force)
    data = {"kind": report.kind, "path": str(report.path), "columns": report.columns,
            "taxonomy_from": "workspace" if args.workspace else "default"}
    console.result(data, [
        f"已生成空白模板“{KIND_TITLES[report.kind]}”：{report.path}",
        f"共 {report.columns} 列；下拉选项取自{'工作区' if args.workspace else '内置分类'}。",
    ])
    return 0


def run_export(args: Namespace, console: Console) -> int:
    check_target(with_suffix(args.out), workspace=Path(args.workspace), overwrite=args.force)
    with unlocked(args, console) as ws:
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            report = export_excel(ws, args.kind, args.out, progress, token, overwrite=args.force)
    data = {"kind": report.kind, "path": str(report.path), "rows": report.rows, "marking": report.marking,
            "seconds": round(report.seconds, 3)}
    console.result(data, [
        f"已导出“{KIND_TITLES[report.kind]}”：{report.path}",
        f"共 {fmt.count(report.rows)} 条{'问题的统计' if report.kind == 'statistics' else ''}，"
        f"用时 {fmt.seconds(report.seconds)}；密级标识：{report.marking}",
        "此文件为明文，请按保密规定保管；本次导出已记入审计。",
    ])
    return 0
