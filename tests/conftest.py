"""Shared fixtures: a real encrypted workspace in a temp folder per test, an injected clock, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XUNCHA_LANG", "zh_CN")

from PySide6.QtWidgets import QApplication

from models import keystore
from models.enums import Role, WorkspaceKind
from services.clock import FakeClock
from services.workspace import WorkspaceSession
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


@pytest.fixture
def team_ws(tmp_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    """A team workspace (team 2) whose first user is its leader 张组长."""
    ws = create_workspace(tmp_path / "team", user_name="张组长", role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                          kind=WorkspaceKind.TEAM, team_no=2, clock=clock)
    yield ws
    ws.lock()


@pytest.fixture
def hq_ws(tmp_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    """An HQ workspace whose first user is the HQ administrator 王主任."""
    ws = create_workspace(tmp_path / "hq", user_name="王主任", role=Role.HQ_ADMIN, passphrase=PASSPHRASE,
                          kind=WorkspaceKind.HQ, clock=clock)
    yield ws
    ws.lock()
