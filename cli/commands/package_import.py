"""``import-package WS FILE_OR_DIR...``: import packages (files, or folders searched for *.xcpkg).

Each package is judged on its own. Exit 4 when any was rejected (the others are still imported); a held
package (earlier ones missing) is not an error: exit 0 with the message naming what is missing.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.messages import BOOK
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from services.phrasing import phrase_error
from services.progress import CancelToken
from services.sync.batch_import import import_packages
from services.sync.package.rejections import PackageRejected
from services.sync.report import BatchReport, ImportStatus, Outcome, PackageResult

STATUS = {
    ImportStatus.IMPORTED: "已导入", ImportStatus.ALREADY_IMPORTED: "已导入过，未改动",
    ImportStatus.HELD: "已暂存", ImportStatus.RELEASED: "已补齐并导入", ImportStatus.REJECTED: "已拒绝",
}
OUTCOMES = {
    Outcome.APPLIED: "新增/应用", Outcome.FAST_FORWARD: "快进", Outcome.MERGED: "合并", Outcome.CONFLICT: "冲突",
    Outcome.BACKLOG: "待补", Outcome.RELEASED: "补齐", Outcome.NOOP: "无变化", Outcome.DUPLICATE: "重复",
    Outcome.REFUSED: "越权拒收",
}
WARNINGS = {
    "clock_ahead": "发送设备的时钟比本机快 24 小时以上，已标记（不影响合并结果）。",
    "ack_ahead": ("发送设备确认收到的更新多于巡察办发出的（伪造，或巡察办用旧备份恢复过）："
                  "已忽略该确认，巡察办会继续发送。"),
    "completed": "上次导入中断，本次补齐了未完成的部分。",
    "clues_pending": "数据包中的线索部分需由线索管理员导入（持有线索密钥），其余部分已导入。",
}


def register(commands: Commands) -> None:
    command = commands.add(
        "import-package", help="导入数据包（巡察组发给巡察办，或巡察办发回的更新包）", handler=run_import,
        parents=[commands.unlock],
        epilog="可给出多个文件或文件夹（递归查找 *.xcpkg）；同一设备的数据包按序号导入，重复的只导入一次。"
               "任何一个数据包被拒绝时退出码为 4（其余数据包照常导入，被拒绝的不写入任何内容）；"
               "缺少前序数据包的会暂存，并说明缺少哪些变更。")
    workspace_argument(command)
    command.add_argument("paths", metavar="FILE_OR_DIR", nargs="+", help="数据包文件（.xcpkg）或包含数据包的文件夹")


def reason_text(result: PackageResult) -> str:
    """The Chinese sentence of a rejection or a hold; empty otherwise."""
    if result.status is ImportStatus.REJECTED and result.code:
        return phrase_error(result.code, result.params, BOOK).text
    if result.status is ImportStatus.HELD:
        return phrase_error("package_held", result.params, BOOK).text
    return ""


def counts_text(result: PackageResult) -> str:
    parts = [f"{label} {result.count(outcome)}" for outcome, label in OUTCOMES.items() if result.count(outcome)]
    if result.blobs:
        parts.append(f"附件 {result.blobs}")
    return "，".join(parts)


def result_lines(result: PackageResult) -> list[str]:
    who = f"第 {result.team_no} 组" if result.team_no is not None else "巡察办" if result.kind == "hq_to_team" else ""
    head = f"{STATUS[result.status]}：{Path(result.path).name}"
    facts = [part for part in (who, f"序号 {result.seq}" if result.seq is not None else "") if part]
    if facts:
        head += "（" + "，".join(facts) + "）"
    lines = [head]
    if result.status is ImportStatus.ALREADY_IMPORTED and result.imported_at:
        lines.append(f"  已于 {result.imported_at[:19].replace('T', ' ')} 导入过。")
    if counts := counts_text(result):
        lines.append(f"  变更：{counts}")
    if text := reason_text(result):
        lines.append(f"  {text}")
    lines += [f"  注意：{WARNINGS.get(code, code)}" for code in result.warnings]
    return lines


def report_lines(report: BatchReport) -> list[str]:
    skipped = [f"另有 {len(report.skipped)} 个数据包是发给其他工作区的（如同组另一台笔记本），已跳过。"] \
        if report.skipped else []
    if not report.results:
        return ["没有找到要导入的数据包（*.xcpkg）。", *skipped]
    lines = [line for result in report.results for line in result_lines(result)] + skipped
    by_status = report.by_status()
    summary = "，".join(f"{STATUS[ImportStatus(s)]} {n} 个" for s, n in by_status.items())
    lines.append(f"共 {len(report.results)} 个数据包：{summary}。")
    if report.cancelled:
        lines.append("已取消：其余数据包未处理（正在导入的那个未写入任何内容）。")
    conflicts = report.totals().get(Outcome.CONFLICT.value, 0)
    if conflicts:
        lines.append(f"有 {conflicts} 处冲突待处理：用 conflicts list 查看。")
    return lines


def report_data(report: BatchReport) -> dict[str, Any]:
    data = report.to_dict()
    for package, result in zip(data["packages"], report.results, strict=True):
        package["message"] = reason_text(result) or None
    return data


def run_import(args: Namespace, console: Console) -> int:
    token = CancelToken()
    with unlocked(args, console) as ws, interrupt_cancels(token, console.err), \
            console_progress(console.err, console.stderr_is_tty()) as progress:
        report = import_packages(ws, [Path(p) for p in args.paths], progress=progress, cancel=token)
    console.result(report_data(report), report_lines(report))
    if not report.ok:
        return PackageRejected.exit_code
    return 1 if report.cancelled else 0
