"""demo: the demo workspace through the CLI, its passphrase rule, and Ctrl-C cancelling cleanly."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import pytest
from sqlalchemy import func, select

from cli.commands import demo as demo_command
from cli.commands import workspace as workspace_command
from models.audit import AuditEvent
from services.demo import DEMO_PASSPHRASE
from services.workspace import unlock_workspace
from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE


def interrupting_progress(at_stage: str) -> object:
    """A console_progress whose progress presses Ctrl-C (a real SIGINT) when ``at_stage`` begins."""

    @contextmanager
    def factory(stream: TextIO, enabled: bool) -> Iterator[object]:
        def progress(stage: str, done: int, total: int) -> None:
            if stage == at_stage and done == 0:
                signal.raise_signal(signal.SIGINT)

        yield progress

    return factory


def test_team_demo_then_info_counts(cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = cli("demo", tmp_path / "demo", "--team", "4", "--json")  # the smallest team
    assert result.code == 0, result.err
    made = result.json
    assert made["kind"] == "team" and made["team_no"] == 4 and made["passphrase"] == DEMO_PASSPHRASE
    assert made["passphrase_source"] == "default" and len(made["users"]) == 4

    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)
    info = cli("info", tmp_path / "demo", "--json").json
    assert info["demo"] is True and info["role"] == "team_leader"
    assert info["counts"]["findings"] == made["counts"]["finding"] > 0
    assert info["counts"]["assignments"] == made["counts"]["assignment"]
    assert info["clues"] == made["counts"]["clue"] and info["users"] == 4
    assert cli("verify", tmp_path / "demo").code == 0


def test_demo_takes_a_chosen_passphrase_and_does_not_echo_it(cli: CliRunner, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_command, "create_demo_workspace", _fake_demo)
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    result = cli("demo", tmp_path / "demo")
    assert result.code == 0, result.err
    assert PASSPHRASE not in result.out and DEMO_PASSPHRASE not in result.out
    assert "取自 环境变量 XUNCHA_PASSPHRASE" in result.out
    assert _fake_demo.passphrase == PASSPHRASE  # type: ignore[attr-defined]
    monkeypatch.delenv("XUNCHA_PASSPHRASE")
    unset = cli("demo", tmp_path / "demo2")
    assert unset.code == 0 and f"演示口令：{DEMO_PASSPHRASE}" in unset.out


def _fake_demo(path: Path, passphrase: str, **kwargs: object) -> object:
    from services.demo import DemoReport

    _fake_demo.passphrase = passphrase  # type: ignore[attr-defined]
    from models.enums import Role, WorkspaceKind

    return DemoReport(path, WorkspaceKind.HQ, None, [("王主任", Role.HQ_ADMIN)], {"finding": 3}, 0.1)


def test_demo_refuses_a_folder_in_use(cli: CliRunner, team_path: Path) -> None:
    result = cli("demo", team_path, "--json")
    assert result.code == 4 and result.json["error"] == "workspace_exists"


def test_ctrl_c_cancels_the_demo_and_leaves_nothing(cli: CliRunner, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_command, "console_progress", interrupting_progress("organisations"))
    result = cli("demo", tmp_path / "demo", "--team", "4")
    assert result.code == 1
    assert "正在取消" in result.err and "已取消" in result.err
    assert not (tmp_path / "demo").exists()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_cancels_verify_before_it_writes(cli: CliRunner, team_path: Path, passphrase_env: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace_command, "console_progress", interrupting_progress("integrity"))
    result = cli("verify", team_path, "--json")
    assert result.code == 1 and result.json["error"] == "cancelled"
    ws = unlock_workspace(team_path, PASSPHRASE)
    try:
        with ws.read() as session:
            verify_events = session.scalar(select(func.count()).select_from(AuditEvent)
                                           .where(AuditEvent.action == "verify"))
    finally:
        ws.lock()
    assert verify_events == 0
