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
    result = cli("demo", tmp_path / "demo", "--team", "3", "--json")  # the smallest team
    assert result.code == 0, result.err
    made = result.json
    assert made["kind"] == "team" and made["team_no"] == 3 and made["passphrase"] == DEMO_PASSPHRASE
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


@pytest.mark.slow  # builds HQ and three enrolled laptops (~13 s)
def test_with_teams_makes_hq_and_enrolled_laptops_whose_packages_import(cli: CliRunner, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    hq, teams = tmp_path / "hq", tmp_path / "teams"
    result = cli("demo", hq, "--with-teams", teams, "--json")
    assert result.code == 0, result.err
    made = result.json
    assert made["kind"] == "hq" and made["plan_only"] and made["counts"].get("finding", 0) == 0
    assert [t["team_no"] for t in made["teams"]] == [1, 2, 3, 4]
    assert all(Path(t["package"]).parent == Path(made["usb"]) == (teams / "usb").resolve() for t in made["teams"])
    assert all(len(t["users"]) == 4 and t["fingerprint"] and t["counts"]["finding"] > 0 for t in made["teams"])
    assert sum(t["counts"]["finding"] for t in made["teams"]) == 570
    assert sum(t["counts"]["clue"] for t in made["teams"]) == 26

    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)
    imported = cli("import-package", hq, made["usb"], "--json")
    assert imported.code == 0, imported.out
    report = imported.json
    assert report["ok"] and report["by_status"] == {"imported": 4}
    assert set(report["totals"]) <= {"applied", "fast_forward", "noop"}  # no conflict, nothing held back
    stats = cli("stats", hq, "--json").json
    assert (stats["findings"], stats["clues"]) == (570, 26)
    for team in made["teams"]:
        assert cli("verify", team["path"]).code == 0


def test_with_teams_is_in_the_help_and_does_not_go_with_team(cli: CliRunner, tmp_path: Path) -> None:
    helped = cli("demo", "-h")
    assert helped.code == 0
    text = " ".join(helped.out.split())
    assert "--with-teams DIR" in text and "import-package WS DIR/usb" in text
    both = cli("demo", tmp_path / "hq", "--team", "2", "--with-teams", tmp_path / "teams")
    assert both.code == 2 and not (tmp_path / "hq").exists()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = cli("demo", tmp_path / "hq", "--with-teams", occupied, "--json")
    assert refused.code == 4 and refused.json["error"] == "workspace_exists" and not (tmp_path / "hq").exists()
