"""``--self-test``: services/selftest.py in a temporary folder that is removed afterwards, printing a report with
printing/ (offscreen Qt, the shipped font); prints OK."""

from __future__ import annotations

import tempfile
from pathlib import Path

from cli import VERSION
from cli import formatting as fmt
from cli.console import Console
from printing.fonts import REPORT_FAMILY, register_fonts
from printing.render import render_pdf
from services.progress import CancelToken, Progress
from services.reports.document import Document
from services.reports.exporting import Rendered
from services.selftest import SelfTestFailed, run_self_test

STEP_LABELS = {
    "create": "新建加密工作区", "write": "写入轮次、巡察组、单位、任务、问题和线索", "verify": "校验",
    "lock": "锁定", "encrypted": "数据库文件已加密", "unlock": "重新解锁", "read back": "读回并核对",
    "report": "打印报告（PDF，内置字体）",
}


def self_test(console: Console) -> int:
    with tempfile.TemporaryDirectory(prefix="xuncha-self-test-") as folder:
        report = run_self_test(Path(folder), render=_render_with_shipped_font)
    lines = [f"巡察通 {VERSION} 自检：", *(f"  {STEP_LABELS.get(s, s)}：通过" for s in report.steps),
             f"  用时 {fmt.seconds(report.seconds)}", "OK"]
    console.result({"ok": True, "version": VERSION, "steps": report.steps, "seconds": round(report.seconds, 3)},
                   lines)
    return 0


def _render_with_shipped_font(document: Document, progress: Progress, cancel: CancelToken) -> Rendered:
    """The PDF painter, after checking that the font shipped in resources/fonts is there (a frozen build
    without it would print in whatever font the machine has)."""
    if REPORT_FAMILY not in register_fonts():
        raise SelfTestFailed("the report font is missing", step="report")
    rendered = render_pdf(document, progress, cancel)
    if b"NotoSansCJKsc" not in rendered.data:
        raise SelfTestFailed("the report font is not embedded", step="report")
    return rendered
