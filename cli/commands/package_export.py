"""``export-package``: a team's package for HQ, or HQ's update packages for the teams (one file per device)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from models.enums import WorkspaceKind
from services.progress import CancelToken
from services.sync.exporter import export_package
from services.sync.report import ExportSummary
from services.sync.updates.hq_export import export_updates

MB = 1024 * 1024


def register(commands: Commands) -> None:
    parser = commands.add(
        "export-package", help="导出数据包：巡察组导出给巡察办的数据包；巡察办为各组设备导出更新包",
        handler=run_export, parents=[commands.unlock],
        epilog="巡察组：导出巡察办尚未确认收到的全部变更、审计记录和附件（加密并签名，未确认前每次都会重复携带）。"
               "巡察办：为每台已登记设备各生成一个更新包，可用 --team 或 --device 限定。"
               "--out 给出文件夹（自动命名）或 .xcpkg 文件名。数据包不能保存在工作区文件夹内。")
    workspace_argument(parser)
    parser.add_argument("--out", required=True, metavar="DIR_OR_FILE", help="保存数据包的文件夹或 .xcpkg 文件")
    parser.add_argument("--team", type=int, metavar="N", help="巡察办：只为第 N 组的设备导出更新包")
    parser.add_argument("--device", action="append", metavar="ID", help="巡察办：只为该设备导出（可重复）")


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"


def _lines(summary: ExportSummary) -> list[str]:
    if summary.kind == "team_to_hq":
        lines = [f"已导出数据包 #{summary.seq}：{summary.path}",
                 f"  变更 {summary.changes} 条，线索变更 {summary.clue_changes} 条，"
                 f"审计记录 {summary.audit_events} 条，"
                 f"附件 {summary.blobs} 个（{_mb(summary.blob_bytes)}），文件大小 {_mb(summary.size_bytes)}。"]
        if summary.main_range:
            lines.append(f"  变更序号 {summary.main_range[0]}–{summary.main_range[1]}。")
        if summary.unconfirmed_bytes:
            lines.append(f"  其中 {_mb(summary.unconfirmed_bytes)} 附件此前已发送、巡察办尚未确认收到，本次再次携带。")
    else:
        lines = [f"已导出第 {summary.team_no} 组设备 {summary.recipient_device[:8]} 的更新包 #{summary.seq}："
                 f"{summary.path}",
                 f"  记录 {summary.row_states} 条，附件 {summary.blobs} 个（{_mb(summary.blob_bytes)}），"
                 f"文件大小 {_mb(summary.size_bytes)}。"]
    if summary.leftovers_removed:
        lines.append(f"  已删除此前中断的导出留下的临时文件 {summary.leftovers_removed} 个"
                     f"（{_mb(summary.leftover_bytes)}）。")
    if "main_only" in summary.warnings:
        lines.append("  注意：当前用户不持有线索密钥，数据包未包含线索变更；请组长或线索管理员另行导出。")
    return lines


def run_export(args: Namespace, console: Console) -> int:
    out = Path(args.out)
    with unlocked(args, console) as ws:
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            if ws.kind == WorkspaceKind.HQ:
                summaries = export_updates(ws, out, device_ids=args.device, team_no=args.team, progress=progress,
                                           cancel=token)
            else:
                summaries = [export_package(ws, out, progress=progress, cancel=token)]
    data = {"packages": [s.to_dict() for s in summaries], "paths": [s.path for s in summaries]}
    console.result(data, [line for s in summaries for line in _lines(s)])
    return 0
