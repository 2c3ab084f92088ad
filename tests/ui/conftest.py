"""Fixtures for the windows: real encrypted workspaces (copied from a template made once), an injected
clock, the Chinese translators installed on the shared QApplication, preferences in a temp folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from models import keystore
from models.enums import Role, WorkspaceKind
from scripts.update_translations import LANGUAGES, TRANSLATIONS, lrelease
from services.accounts import add_user
from services.clock import FakeClock
from services.preferences import Preferences
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.ui.data import populate
from ui import i18n
from ui.controller import AppController
from ui.tasks import TaskRunner

MEMBER = "李组员"
FINDINGS = 300


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the committed .ts sources (the tests do not rely on a prior setup run)."""
    out = tmp_path_factory.mktemp("qm")
    lrelease([TRANSLATIONS / f"xuncha_{language}.ts" for language in LANGUAGES], out)
    return out


@pytest.fixture(scope="session")
def translators(qapp: QApplication, qm_dir: Path) -> Iterator[i18n.Translators]:
    installed = i18n.Translators()
    installed.install("zh_CN", qm_dir)
    yield installed
    installed.remove()


@pytest.fixture(autouse=True)
def chinese(translators: i18n.Translators, qm_dir: Path) -> Iterator[i18n.Translators]:
    """Every UI test starts in Chinese (the default language), whatever the test before it did."""
    if translators.language != "zh_CN" or i18n.current_language() != "zh_CN":
        translators.install("zh_CN", qm_dir)
    yield translators


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XUNCHA_LOG_DIR", str(tmp_path / "logs"))
    return folder


@pytest.fixture(scope="session")
def template_ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A team workspace with its leader, a member and 300 findings, made once and copied by each test."""
    path = tmp_path_factory.mktemp("template") / "team"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        ws = create_workspace(path, user_name="张组长", role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                              kind=WorkspaceKind.TEAM, team_no=2, clock=FakeClock())
        try:
            add_user(ws, MEMBER, Role.MEMBER, PASSPHRASE)
            populate(ws, FINDINGS, clues=3)
        finally:
            ws.lock()
    return path


@pytest.fixture
def ws_path(template_ws: Path, tmp_path: Path) -> Path:
    path = tmp_path / "workspace"
    shutil.copytree(template_ws, path)
    return path


@pytest.fixture
def leader_ws(ws_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(ws_path, PASSPHRASE, clock=clock)
    yield ws
    ws.lock()


@pytest.fixture
def member_ws(ws_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(ws_path, PASSPHRASE, MEMBER, clock=clock)
    yield ws
    ws.lock()


@pytest.fixture
def make_controller(qtbot, clock: FakeClock, config_dir: Path) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(prefs: Preferences | None = None) -> AppController:
        controller = AppController(prefs or Preferences(), clock=clock, prefs_path=config_dir / "preferences.json")
        qtbot.addWidget(controller.window)
        controller.window.show()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    """A TaskRunner whose progress dialogs appear at once; stopped and drained after the test."""
    made = TaskRunner(dialog_delay_ms=0)
    yield made
    made.cancel_all()
    made.wait(10_000)
