"""init, info and verify in-process: outputs, JSON shapes, exit codes and where passphrases come from."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cli import passphrase as cli_passphrase
from services.workspace import unlock_workspace
from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE


def test_init_team_workspace_then_info(cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", PASSPHRASE)
    ws = tmp_path / "组2"
    result = cli("init", ws, "--user", "张组长", "--team", "2")
    assert result.code == 0, result.err
    assert "巡察组工作区（第 2 组）" in result.out and "张组长（组长）" in result.out

    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    info = cli("info", ws, "--json")
    assert info.code == 0, info.err
    data = info.json
    assert (data["kind"], data["team_no"], data["user"], data["role"]) == ("team", 2, "张组长", "team_leader")
    assert data["clue_access"] is True and data["users"] == 1 and data["counts"]["findings"] == 0

    human = cli("info", ws)
    assert human.code == 0
    assert "当前用户：张组长（组长）" in human.out and "问题底稿" in human.out and "线索库：可访问" in human.out


def test_init_hq_workspace_takes_xuncha_passphrase_when_no_new_one(cli: CliRunner, tmp_path: Path,
                                                                   passphrase_env: str) -> None:
    result = cli("--json", "init", tmp_path / "hq", "--user", "王主任", "--hq", "--role", "巡察办管理员")
    assert result.code == 0, result.err
    assert result.json["kind"] == "hq" and result.json["role"] == "hq_admin" and result.json["team_no"] is None
    info = cli("info", tmp_path / "hq", "--json").json
    assert info["kind"] == "hq" and info["user"] == "王主任"


@pytest.mark.parametrize(("argv", "reason"), [
    (["--team", "2", "--hq"], "--hq"),
    ([], "--team N"),
    (["--team", "zero"], "组号须为正整数"),
    (["--team", "2", "--role", "副处长"], "未知角色"),
])
def test_init_usage_errors_exit_2(cli: CliRunner, tmp_path: Path, passphrase_env: str, argv: list[str],
                                  reason: str) -> None:
    result = cli("init", tmp_path / "ws", "--user", "张组长", *argv)
    assert result.code == 2
    assert reason in result.err
    assert not (tmp_path / "ws").exists()


def test_init_rejects_a_member_as_first_user_and_a_full_folder(cli: CliRunner, tmp_path: Path,
                                                              passphrase_env: str) -> None:
    member = cli("--json", "init", tmp_path / "ws", "--user", "李组员", "--team", "2", "--role", "member")
    assert member.code == 4 and member.json["error"] == "invalid_input"
    assert "第一个用户须为组长或巡察办管理员" in member.json["message"]
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("x")
    full = cli("init", tmp_path / "full", "--user", "张组长", "--team", "2")
    assert full.code == 4 and "不是空文件夹" in full.err


def test_init_rejects_a_short_passphrase(cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", "short")
    result = cli("--json", "init", tmp_path / "ws", "--user", "张组长", "--team", "2")
    assert result.code == 4
    assert result.json == {"error": "invalid_input", "message": "口令太短：至少需要 8 个字符。", "details": []}
    assert not (tmp_path / "ws").exists()


def test_wrong_passphrase_exits_3_with_the_json_error_shape(cli: CliRunner, team_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", "not-the-passphrase")
    result = cli("info", team_path, "--json")
    assert result.code == 3
    assert result.json == {"error": "wrong_passphrase", "message": "口令不正确。", "details": []}
    human = cli("info", team_path)
    assert human.code == 3 and human.out == "" and "口令不正确" in human.err


def test_no_passphrase_and_no_terminal_is_a_usage_error(cli: CliRunner, team_path: Path) -> None:
    result = cli("verify", team_path, "--json")
    assert result.code == 2
    assert result.json["error"] == "usage" and "XUNCHA_PASSPHRASE" in result.json["message"]


def test_passphrase_file_first_line(cli: CliRunner, team_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "口令.txt"
    secret.write_text(PASSPHRASE + "\r\nsecond line is ignored\n", encoding="utf-8")
    assert cli("info", team_path, "--passphrase-file", secret).code == 0
    missing = cli("info", team_path, "--passphrase-file", tmp_path / "nope.txt", "--json")
    assert missing.code == 4 and missing.json["error"] == "invalid_input" and "口令文件" in missing.json["message"]


def test_passphrase_file_wins_over_the_environment(cli: CliRunner, team_path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", "not-the-passphrase")
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    assert cli("info", team_path, "--passphrase-file", secret).code == 0


def test_prompt_on_a_terminal_retries_a_wrong_passphrase(cli: CliRunner, team_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["typo-typo", PASSPHRASE])
    monkeypatch.setattr(cli_passphrase, "stdin_is_tty", lambda: True)
    monkeypatch.setattr(cli_passphrase, "ask", lambda prompt: next(answers))
    result = cli("info", team_path, "--json")
    assert result.code == 0 and result.json["user"] == "张组长"
    assert "口令不正确，请重新输入" in result.err


def test_missing_workspace_exits_4_before_asking(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("info", tmp_path / "nowhere", "--json")
    assert result.code == 4 and result.json["error"] == "workspace_not_found"


def test_verify_ok(cli: CliRunner, team_path: Path, passphrase_env: str) -> None:
    result = cli("verify", team_path)
    assert result.code == 0, result.err
    assert "校验通过" in result.out
    data = cli("verify", team_path, "--json").json
    assert data["ok"] is True and data["clues_checked"] is True and data["problems"] == []


def test_verify_names_the_altered_audit_entry_and_exits_4(cli: CliRunner, team_path: Path,
                                                          passphrase_env: str) -> None:
    ws = unlock_workspace(team_path, PASSPHRASE)
    try:
        with ws.write() as tx:
            tx.session.execute(text("DROP TRIGGER audit_log_no_update"))
            tx.session.execute(text("UPDATE audit_log SET action = 'nothing to see' WHERE seq = 2"))
    finally:
        ws.lock()
    result = cli("verify", team_path)
    assert result.code == 4
    assert "校验未通过" in result.err and "审计记录 #2 被改动" in result.err
    assert "只追加保护触发器 audit_log_no_update 缺失" in result.err
    data = cli("verify", team_path, "--json")
    assert data.code == 4 and data.json["error"] == "verification_failed"
    assert "audit #2: entry altered" in data.json["details"]


def test_unknown_command_and_missing_command_exit_2(cli: CliRunner) -> None:
    unknown = cli("frobnicate", "ws")
    assert unknown.code == 2 and "命令行用法有误" in unknown.err and "用法：" in unknown.err
    assert cli("--json", "frobnicate").json["error"] == "usage"
    assert cli().code == 2
    assert cli("users").code == 2


def test_help_exits_0(cli: CliRunner) -> None:
    result = cli("--help")
    assert result.code == 0 and "用法：" in result.out and "verify" in result.out
    assert cli("init", "-h").code == 0


def test_a_workspace_another_program_writes_to_exits_3_at_once(cli: CliRunner, team_path: Path,
                                                                passphrase_env: str) -> None:
    """Issue 16, fault 2: a second 巡察通 holding the write lock; no 5-second wait, no internal_error."""
    import time

    from tests.services.writer_holder import holding_writer

    with holding_writer(team_path):
        started = time.monotonic()
        result = cli("info", team_path)
        elapsed = time.monotonic() - started
        as_json = cli("info", team_path, "--json")
    assert result.code == 3, result.err
    assert "另一个程序" in result.err and str(team_path) in result.err and "Traceback" not in result.err
    assert elapsed < 2.5, elapsed
    assert as_json.code == 3 and as_json.json["error"] == "workspace_busy"
    assert cli("info", team_path).code == 0  # the holder is gone: the workspace opens again


def test_failed_unlocks_are_noted_audited_and_throttled(cli: CliRunner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15, item 4: the CLI records a wrong passphrase too; the next unlock says and audits it; after too many
    the command stops at once with exit 3 and says how long to wait, before asking for a passphrase."""
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", PASSPHRASE)
    ws = tmp_path / "组2"
    assert cli("init", ws, "--user", "张组长", "--team", "2").code == 0
    monkeypatch.setenv("XUNCHA_PASSPHRASE", "不是这个口令-wrong")
    assert [cli("info", ws).code for _ in range(2)] == [3, 3]
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    good = cli("info", ws)
    assert good.code == 0 and "2 次失败的解锁尝试" in good.err + good.out
    monkeypatch.setenv("XUNCHA_PASSPHRASE", "不是这个口令-wrong")
    assert [cli("info", ws).code for _ in range(5)] == [3] * 5
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    throttled = cli("--json", "info", ws)
    assert throttled.code == 3 and throttled.json["error"] == "unlock_throttled"
    human = cli("info", ws)
    assert human.code == 3 and "请等待" in human.err + human.out and "秒" in human.err + human.out
