"""``--self-test``: services/selftest.py in a temporary folder that is removed afterwards; prints OK."""

from __future__ import annotations

import tempfile
from pathlib import Path

from cli import VERSION
from cli import formatting as fmt
from cli.console import Console
from services.selftest import run_self_test

STEP_LABELS = {
    "create": "新建加密工作区", "write": "写入轮次、巡察组、单位、任务、问题和线索", "verify": "校验",
    "lock": "锁定", "encrypted": "数据库文件已加密", "unlock": "重新解锁", "read back": "读回并核对",
}


def self_test(console: Console) -> int:
    with tempfile.TemporaryDirectory(prefix="xuncha-self-test-") as folder:
        report = run_self_test(Path(folder))
    lines = [f"巡察通 {VERSION} 自检：", *(f"  {STEP_LABELS.get(s, s)}：通过" for s in report.steps),
             f"  用时 {fmt.seconds(report.seconds)}", "OK"]
    console.result({"ok": True, "version": VERSION, "steps": report.steps, "seconds": round(report.seconds, 3)},
                   lines)
    return 0
