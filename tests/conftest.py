"""Shared fixtures: a real encrypted workspace in a temp folder per test (a copy of one made once per run, opened
with its passphrase), an injected clock, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XUNCHA_LANG", "zh_CN")

from PySide6.QtWidgets import QApplication

from models import keystore
from models.enums import Role, WorkspaceKind
from services.clock import FakeClock
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace

# One QApplication for the whole run, made before any test can run a command in-process: the printing layer makes a
# bare QGuiApplication when none exists (the command line needs no widgets), and a window made after that aborts.
_QAPP = QApplication.instance() or QApplication(["xuncha-tests"])

PASSPHRASE = "巡察口令-correct-horse"
# Argon2id at full cost takes ~0.25 s per slot; tests use the same code with a small memory cost.
TEST_KDF = keystore.KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@dataclass(frozen=True)
class Template:
    """A workspace made once per test run (locked), copied by each test that wants a fresh one."""

    path: Path
    recovery_code: str | None  # what the creation showed once (docs/security.md §1.7)


def _template(factory: pytest.TempPathFactory, name: str, **how: Any) -> Template:
    path = factory.mktemp("ws-templates") / name
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        # The same FakeClock start as each test's ``clock``: the copy's creation time and HLC are what a workspace
        # made in the test would hold.
        ws = create_workspace(path, passphrase=PASSPHRASE, clock=FakeClock(), **how)
        code = ws.recovery_code
        ws.lock()
    return Template(path, code)


def _copy(template: Template, target: Path, clock: FakeClock) -> WorkspaceSession:
    """The template's files (real SQLCipher databases and keys.json) copied to ``target``, opened with the same
    passphrase as a user would, on this test's clock."""
    shutil.copytree(template.path, target)
    ws = unlock_workspace(target, PASSPHRASE, clock=clock)
    if template.recovery_code is not None:
        ws.recovery_code = template.recovery_code  # as the creation hands it over: shown once, then dropped
    return ws


@pytest.fixture(scope="session")
def team_ws_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _template(tmp_path_factory, "team", user_name="张组长", role=Role.TEAM_LEADER, kind=WorkspaceKind.TEAM,
                     team_no=2)


@pytest.fixture(scope="session")
def hq_ws_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _template(tmp_path_factory, "hq", user_name="王主任", role=Role.HQ_ADMIN, kind=WorkspaceKind.HQ)


@pytest.fixture
def team_ws(tmp_path: Path, clock: FakeClock, team_ws_template: Template) -> Iterator[WorkspaceSession]:
    """A team workspace (team 2) whose first user is its leader 张组长 (a copy of the run's template)."""
    ws = _copy(team_ws_template, tmp_path / "team", clock)
    yield ws
    ws.lock()


@pytest.fixture
def hq_ws(tmp_path: Path, clock: FakeClock, hq_ws_template: Template) -> Iterator[WorkspaceSession]:
    """An HQ workspace whose first user is the HQ administrator 王主任 (a copy of the run's template)."""
    ws = _copy(hq_ws_template, tmp_path / "hq", clock)
    yield ws
    ws.lock()
