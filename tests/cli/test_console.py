"""The console's pieces: messages, formatting, the progress line and how a bug is reported."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from cli import formatting as fmt
from cli.commands import workspace as workspace_command
from cli.longwork import ConsoleProgress
from cli.messages import message_for, problem_text
from models.audit import Problem
from services.errors import DomainError, NotPermittedError, ValidationError, WorkspaceNotFoundError
from tests.cli.conftest import CliRunner


def test_messages_fill_parameters_and_name_the_place() -> None:
    assert message_for(NotPermittedError("x", role="member")) == "当前角色（组员）无权执行此操作。"
    assert message_for(WorkspaceNotFoundError("x", path="D:/ws")) == "“D:/ws”不是巡察通工作区。"
    assert message_for(ValidationError("x", field="passphrase", minimum=8)) == "口令太短：至少需要 8 个字符。"
    at_cell = message_for(ValidationError("x", field="amount", row=7, column="涉及金额(万元)"))
    assert at_cell == "输入未被接受。（位置：第 7 行，“涉及金额(万元)”列，字段“amount”）"


def test_an_unknown_code_still_says_something() -> None:
    class PackageTampered(DomainError):
        code = "package_tampered"

    assert message_for(PackageTampered("x")) == "操作未能完成（错误代码 package_tampered）。"


@pytest.mark.parametrize(("problem", "chinese"), [
    (Problem("audit_entry_altered", "audit #2: entry altered", device="d", seq=2), "审计记录 #2 被改动"),
    (Problem("audit_entry_missing", "device 1a2b3c4d: audit #5: missing (next is #7)", device="1a2b3c4d-ffff",
             seq=5, next=7, show_device=True), "设备 1a2b3c4d：审计记录 #5 缺失（下一条为 #7）"),
    (Problem("trigger_missing", "append-only trigger audit_log_no_update is missing", name="audit_log_no_update"),
     "只追加保护触发器 audit_log_no_update 缺失"),
    (Problem("sequence_broken", "change_log: sequence broken at #3 (found #4)", log="change_log", expected=3,
             found=4), "变更日志序号在 #3 处断开（实为 #4）"),
    (Problem("integrity", "main: *** in database main ***", schema="main", detail="*** in database main ***"),
     "数据库完整性（主库）：*** in database main ***"),
    ("something new", "something new"),
])
def test_verification_problems_read_in_chinese(problem: str, chinese: str) -> None:
    assert problem_text(problem) == chinese


def test_amounts_dates_and_sizes() -> None:
    assert fmt.amount(Decimal("1234.500000")) == "1,234.5 万元"
    assert fmt.amount(Decimal("0.000001")) == "0.000001 万元"
    assert fmt.amount(Decimal("-12000")) == "-12,000 万元"
    assert fmt.amount(None) == ""
    assert fmt.size(2048) == "2.0 KB" and fmt.size(12) == "12 B"
    assert fmt.seconds(75) == "1 分 15 秒"


def test_progress_line_redraws_in_place_and_clears() -> None:
    stream = io.StringIO()
    progress = ConsoleProgress(stream)
    progress("audit", 1, 4)
    progress("changes", 4, 4)
    progress.finish()
    text = stream.getvalue()
    assert "\r审计链  1/4 [######------------------]  25%" in text
    assert "\r变更日志  4/4 [########################] 100%" in text
    assert text.endswith("\r") and "\n" not in text
    assert fmt.display_width("审计链 1") == 8


def test_tables_align_chinese_by_display_width() -> None:
    assert fmt.table([["姓名", "角色"], ["张组长", "组长"], ["Li", "组员"]]) == [
        "姓名    角色", "张组长  组长", "Li      组员"]


def test_a_bug_prints_its_type_only_and_the_traceback_on_request(cli: CliRunner, team_path: Path,
                                                                 passphrase_env: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ws: object) -> None:
        raise RuntimeError("线索内容：某某收受礼金")

    monkeypatch.setattr(workspace_command, "workspace_info", broken)
    plain = cli("info", team_path)
    assert plain.code == 1
    assert "程序内部错误（RuntimeError）" in plain.err and "礼金" not in plain.err + plain.out
    as_json = cli("info", team_path, "--json")
    assert as_json.code == 1 and as_json.json["error"] == "internal_error" and "礼金" not in as_json.out
    debug = cli("info", team_path, "--debug")
    assert debug.code == 1 and "Traceback" in debug.err
    monkeypatch.setenv("XUNCHA_DEBUG", "1")
    assert "Traceback" in cli("info", team_path).err


def test_self_test_in_process_reports_every_step(cli: CliRunner) -> None:
    result = cli("--self-test", "--json")
    assert result.code == 0, result.err
    assert result.json["steps"] == ["create", "write", "verify", "lock", "encrypted", "unlock", "read back", "report"]


def test_version(cli: CliRunner) -> None:
    from cli import VERSION

    assert cli("--version").out.strip() == f"巡察通 {VERSION}"
