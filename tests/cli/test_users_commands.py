"""users add / users list / passwd, and who a command acts as (--as and the default user)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import MEMBER_PASSPHRASE, CliRunner
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "新口令-tr0ub4dor-&3"


def test_leader_adds_a_member_who_then_lists_users(cli: CliRunner, team_path: Path, passphrase_env: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", MEMBER_PASSPHRASE)
    added = cli("users", "add", team_path, "李组员", "--role", "member")
    assert added.code == 0, added.err
    assert "李组员（组员）" in added.out

    listed = cli("users", "list", team_path, "--json")
    assert listed.code == 0
    users = listed.json["users"]
    assert [(u["name"], u["role"], u["active"]) for u in users] == [("张组长", "team_leader", True),
                                                                    ("李组员", "member", True)]
    assert listed.json["acting_user"] == "张组长"

    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    as_member = cli("users", "list", team_path, "--as", "李组员")
    assert as_member.code == 0 and "← 当前用户" in as_member.out and "共 2 人" in as_member.out


def test_a_member_cannot_add_users(cli: CliRunner, crowded_team_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", NEW_PASSPHRASE)
    result = cli("users", "add", crowded_team_path, "赵组员", "--role", "member", "--as", "李组员", "--json")
    assert result.code == 3
    assert result.json["error"] == "not_permitted" and "组员" in result.json["message"]


def test_users_add_rejects_a_duplicate_and_an_hq_role_in_a_team(cli: CliRunner, crowded_team_path: Path,
                                                               passphrase_env: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", NEW_PASSPHRASE)
    duplicate = cli("users", "add", crowded_team_path, "李组员", "--role", "member", "--json")
    assert duplicate.code == 4 and duplicate.json["message"] == "已存在名为“李组员”的用户。"
    hq_role = cli("users", "add", crowded_team_path, "钱主任", "--role", "hq_admin", "--json")
    assert hq_role.code == 4 and hq_role.json["error"] == "invalid_input"


def test_new_user_passphrase_needs_a_source(cli: CliRunner, team_path: Path, passphrase_env: str) -> None:
    result = cli("users", "add", team_path, "李组员", "--role", "member")
    assert result.code == 2 and "XUNCHA_NEW_PASSPHRASE" in result.err


def test_passwd_old_passphrase_stops_working(cli: CliRunner, team_path: Path, passphrase_env: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", NEW_PASSPHRASE)
    changed = cli("passwd", team_path)
    assert changed.code == 0, changed.err
    assert "旧口令已失效" in changed.out

    assert cli("info", team_path).code == 3
    monkeypatch.setenv("XUNCHA_PASSPHRASE", NEW_PASSPHRASE)
    assert cli("info", team_path, "--json").json["user"] == "张组长"


def test_passwd_from_files_and_same_passphrase_rejected(cli: CliRunner, team_path: Path, tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new.write_text(PASSPHRASE + "\n", encoding="utf-8")
    same = cli("passwd", team_path, "--passphrase-file", old, "--new-passphrase-file", new, "--json")
    assert same.code == 4 and same.json["error"] == "invalid_input"
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    assert cli("passwd", team_path, "--passphrase-file", old, "--new-passphrase-file", new).code == 0
    assert cli("info", team_path, "--passphrase-file", new).code == 0


def test_passwd_prompts_twice_on_a_terminal(cli: CliRunner, team_path: Path, passphrase_env: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from cli import passphrase as cli_passphrase

    answers = iter([NEW_PASSPHRASE, NEW_PASSPHRASE + "x"])
    monkeypatch.setattr(cli_passphrase, "stdin_is_tty", lambda: True)
    monkeypatch.setattr(cli_passphrase, "ask", lambda prompt: next(answers))
    mismatch = cli("passwd", team_path, "--json")
    assert mismatch.code == 4 and mismatch.json["message"] == "两次输入的口令不一致。"
    assert cli("info", team_path).code == 0  # unchanged


def test_default_user_is_the_first_team_leader(cli: CliRunner, crowded_team_path: Path, passphrase_env: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("info", crowded_team_path, "--json").json["user"] == "张组长"
    # Without --as the member's passphrase is tried against the leader's slot.
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    assert cli("info", crowded_team_path, "--json").code == 3


def test_as_selects_the_user_and_their_rights(cli: CliRunner, crowded_team_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    member = cli("info", crowded_team_path, "--as", "李组员", "--json").json
    assert (member["user"], member["role"], member["clue_access"], member["clues"]) == \
        ("李组员", "member", False, None)
    deputy = cli("info", crowded_team_path, "--as", "王副组长").out
    assert "当前用户：王副组长（副组长）" in deputy and "不可访问" in deputy
    unknown = cli("info", crowded_team_path, "--as", "无名氏", "--json")
    assert unknown.code == 3 and unknown.json["error"] == "unknown_user" and "无名氏" in unknown.json["message"]


def test_hq_default_user_is_the_first_hq_admin(cli: CliRunner, tmp_path: Path, passphrase_env: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("init", tmp_path / "hq", "--user", "王主任", "--hq").code == 0
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", MEMBER_PASSPHRASE)
    assert cli("users", "add", tmp_path / "hq", "孙干事", "--role", "clue_officer").code == 0
    assert cli("info", tmp_path / "hq", "--json").json["user"] == "王主任"
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    officer = cli("info", tmp_path / "hq", "--as", "孙干事", "--json").json
    assert officer["role"] == "clue_officer" and officer["clue_access"] is True


# ---- issue 15, item 3: recovery code and key rotation ----


def test_init_shows_the_recovery_code_once_and_passwd_recover_resets(cli: CliRunner, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", PASSPHRASE)
    ws = tmp_path / "hq"
    made = cli("--json", "init", ws, "--user", "王主任", "--hq")
    assert made.code == 0, made.err
    code = made.json["recovery_code"]
    assert code and code.count("-") == 5
    human_ws = tmp_path / "hq2"
    human = cli("init", human_ws, "--user", "王主任", "--hq")
    assert "恢复密钥（只显示这一次）" in human.out
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    assert cli("--json", "info", ws).json["recovery_slot"] is True

    monkeypatch.delenv("XUNCHA_PASSPHRASE")
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", "忘了旧口令以后的新口令")
    monkeypatch.setenv("XUNCHA_RECOVERY_CODE", "0" * 30)
    wrong = cli("--json", "passwd", ws, "--recover")
    assert wrong.code == 3 and wrong.json["error"] == "wrong_recovery_code"
    monkeypatch.setenv("XUNCHA_RECOVERY_CODE", code.lower())
    ok = cli("passwd", ws, "--recover")
    assert ok.code == 0, ok.err
    assert "已用恢复密钥为 王主任" in ok.out and "1 次失败的解锁尝试" in ok.err + ok.out
    monkeypatch.setenv("XUNCHA_PASSPHRASE", "忘了旧口令以后的新口令")
    assert cli("info", ws).code == 0
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    assert cli("info", ws).code == 3  # the old passphrase no longer opens


def test_a_workspace_without_recovery_says_so_and_makes_one(cli: CliRunner, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", PASSPHRASE)
    assert cli("init", tmp_path / "t", "--user", "张组长", "--team", "2").code == 0
    keys = tmp_path / "t" / "keys.json"  # as a workspace made before recovery codes: no recovery slot
    keys.write_text(json.dumps({k: v for k, v in json.loads(keys.read_text()).items() if k != "recovery"}))
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    info = cli("info", tmp_path / "t")
    assert "恢复密钥：未设置" in info.out and "--make-recovery" in info.out
    verify = cli("verify", tmp_path / "t")
    assert verify.code == 0 and "恢复密钥：未设置" in verify.out
    monkeypatch.setenv("XUNCHA_RECOVERY_CODE", "ABCDE" * 6)
    assert cli("--json", "passwd", tmp_path / "t", "--recover").json["error"] == "no_recovery_slot"
    made = cli("--json", "passwd", tmp_path / "t", "--make-recovery")
    assert made.code == 0 and made.json["recovery_code"]
    assert cli("--json", "info", tmp_path / "t").json["recovery_slot"] is True


def test_rekey_then_verify(cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", PASSPHRASE)
    ws = tmp_path / "t"
    assert cli("init", ws, "--user", "张组长", "--team", "2").code == 0
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    keys_before = (ws / "keys.json").read_text()
    result = cli("rekey", ws)
    assert result.code == 0, result.err
    assert "已轮换数据库加密密钥：clues.db、workspace.db" in result.out
    assert (ws / "keys.json").read_text() != keys_before
    assert cli("verify", ws).code == 0
    member = cli("users", "add", ws, "李组员", "--role", "member")
    assert member.code == 0
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    denied = cli("--json", "rekey", ws, "--as", "李组员")
    assert denied.code == 3 and denied.json["error"] == "not_permitted"
