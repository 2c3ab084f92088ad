"""The shell: it opens on the welcome page, and run() opens the folder given on the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from services.preferences import Preferences, load_preferences
from ui import app as app_module


def test_the_shell_opens_on_the_welcome_page_in_chinese(make_controller) -> None:
    controller = make_controller(Preferences(recent_workspaces=["/nowhere/工作区"]))
    window = controller.window
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "巡察通"
    assert window.welcome.create_button.text().startswith("新建工作区")
    assert window.workspace_label.text() == "未打开工作区"
    assert not window.lock_action.isEnabled() and not window.verify_action.isEnabled()
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    recent = window.welcome.recent_list.item(0)
    assert "（未找到）" in recent.text()  # a missing folder is shown but cannot be opened


def test_opening_a_folder_that_is_no_workspace_says_so(make_controller, tmp_path: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("ui.controller.show_error", lambda parent, error: shown.append(error.code))
    controller = make_controller()
    assert controller.open_workspace(tmp_path) is None
    assert shown == ["workspace_not_found"]


def test_start_opens_the_workspace_named_on_the_command_line(qapp: QApplication, ws_path: Path, qtbot,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # start() is run() without the event loop (calling exec() inside pytest-qt upsets later tests).
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own; put it back afterwards
    shell = app_module.start(["--lang", "zh_CN", str(ws_path)])
    try:
        assert shell.language == "zh_CN" and sys.excepthook is not sys.__excepthook__
        window = shell.controller.window
        assert window.isVisible() and window.windowTitle() == "巡察通"
        qtbot.waitUntil(lambda: shell.controller.unlock_dialog is not None, timeout=2_000)
        dialog = shell.controller.unlock_dialog
        assert dialog.isVisible() and dialog.path == ws_path and dialog.windowTitle() == "解锁工作区"
    finally:
        shell.close()
        qapp.setStyleSheet("")


def test_language_comes_from_flag_then_environment_then_preference() -> None:
    from ui.i18n import choose_language

    prefs = Preferences(language="en")
    assert choose_language("zh-CN", prefs, {"XUNCHA_LANG": "en"}) == "zh_CN"
    assert choose_language(None, prefs, {"XUNCHA_LANG": "zh"}) == "zh_CN"
    assert choose_language(None, prefs, {}) == "en"
    assert choose_language(None, Preferences(), {}) == "zh_CN"
    assert choose_language("klingon", Preferences(), {"XUNCHA_LANG": "??"}) == "zh_CN"


def test_language_and_idle_minutes_are_stored_in_the_preferences(make_controller, config_dir: Path,
                                                                  monkeypatch) -> None:
    monkeypatch.setattr("ui.controller.QMessageBox.information", lambda *args: None)
    controller = make_controller()
    controller.window.language_actions["en"].trigger()
    controller.set_idle_minutes(3)
    saved = load_preferences(config_dir / "preferences.json")
    assert (saved.language, saved.idle_lock_minutes) == ("en", 3)
    assert controller.idle.minutes == 3


def test_a_bug_is_logged_and_shown_in_the_crash_dialog(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui import crash

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    log_path = crash.setup_logging()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash.report_exception(exc)
    assert log_path.parent == tmp_path / "logs"
    assert "RuntimeError: boom" in log_path.read_text(encoding="utf-8")
    assert len(shown) == 1 and str(log_path) in shown[0][0] and "RuntimeError: boom" in shown[0][1]
    assert shown[0][0].startswith("程序内部出现错误")
