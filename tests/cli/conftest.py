"""Run the CLI in-process (cli.main.run with capsys) against real encrypted workspaces in tmp_path."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cli.main import run
from models import keystore
from models.enums import Role, WorkspaceKind
from services.accounts import add_user
from services.workspace import unlock_workspace
from services.workspace_create import create_workspace
from tests.conftest import PASSPHRASE, TEST_KDF

MEMBER_PASSPHRASE = "组员口令-battery-staple"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.out)


CliRunner = Callable[..., Result]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No passphrase or debug switch leaks in from the shell running the tests."""
    for name in ("XUNCHA_PASSPHRASE", "XUNCHA_NEW_PASSPHRASE", "XUNCHA_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> CliRunner:
    def invoke(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = run([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once: a locked team workspace (team 2) whose only user is its leader 张组长."""
    path = tmp_path_factory.mktemp("templates") / "team"
    create_workspace(path, user_name="张组长", role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                     kind=WorkspaceKind.TEAM, team_no=2, kdf=TEST_KDF).lock()
    return path


@pytest.fixture(scope="session")
def crowded_template(team_template: Path) -> Path:
    """Made once: the team workspace with a member added first, then a deputy; 张组长 stays the default user."""
    path = team_template.parent / "crowded"
    shutil.copytree(team_template, path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        ws = unlock_workspace(path, PASSPHRASE)
        try:
            add_user(ws, "李组员", Role.MEMBER, MEMBER_PASSPHRASE)
            add_user(ws, "王副组长", Role.DEPUTY_LEADER, MEMBER_PASSPHRASE)
        finally:
            ws.lock()
    return path


@pytest.fixture
def team_path(tmp_path: Path, team_template: Path) -> Path:
    """A fresh copy of the team template (copying beats creating and migrating for every test)."""
    return Path(shutil.copytree(team_template, tmp_path / "team"))


@pytest.fixture
def crowded_team_path(tmp_path: Path, crowded_template: Path) -> Path:
    return Path(shutil.copytree(crowded_template, tmp_path / "crowded"))
