"""Idle auto-lock with an injected clock: engine disposed, keys zeroed, models cleared, unlock shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from services.clock import FakeClock
from services.errors import LockedError
from services.preferences import Preferences
from services.queries.findings import finding_ids
from tests.conftest import PASSPHRASE
from tests.ui.conftest import FINDINGS
from ui.idle_lock import IdleLock


def test_the_workspace_locks_itself_after_the_idle_minutes(make_controller, leader_ws, clock: FakeClock,
                                                           qtbot) -> None:
    controller = make_controller(Preferences(idle_lock_minutes=10))
    controller.enter_session(leader_ws)
    view = controller.window.workspace_view
    assert view is not None
    model = view.areas["findings"].model
    model.data(model.index(0, 1))
    assert model.cached_rows() > 0

    clock.advance(9 * 60)
    assert not controller.idle.check()
    QTest.keyClick(view.nav, Qt.Key.Key_Down)  # activity: the idle time starts again
    assert controller.idle.idle_seconds() == 0
    clock.advance(9 * 60)
    assert not controller.idle.check() and controller.ws is leader_ws
    clock.advance(60)
    assert controller.idle.check()

    window = controller.window
    assert controller.ws is None and window.workspace_view is None
    assert window.stack.currentWidget() is window.locked_page
    assert model.rowCount() == 0 and model.cached_rows() == 0
    assert leader_ws.locked and leader_ws.keyring.is_zeroed()
    assert leader_ws.engine.pool.checkedin() == 0 and leader_ws.engine.pool.checkedout() == 0
    with pytest.raises(LockedError):
        finding_ids(leader_ws)
    assert not window.lock_action.isEnabled()

    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason_label.text() == "因 10 分钟内没有操作，工作区已自动锁定。"
    assert dialog.user_edit.text() == "张组长"
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.submit()
    restored = controller.window.workspace_view
    assert restored is not None and restored.areas["findings"].model.rowCount() == FINDINGS
    assert controller.idle.armed


def test_lock_now_needs_no_waiting(make_controller, leader_ws) -> None:
    controller = make_controller()
    controller.enter_session(leader_ws)
    controller.window.lock_action.trigger()
    assert leader_ws.locked and controller.window.stack.currentWidget() is controller.window.locked_page
    assert controller.unlock_dialog is not None and not controller.unlock_dialog.reason_label.isVisibleTo(
        controller.unlock_dialog)


def test_the_timer_checks_by_itself(qtbot, clock: FakeClock) -> None:
    idle = IdleLock(clock, minutes=1, check_interval_ms=10)
    idle.start()
    try:
        clock.advance(61)
        with qtbot.waitSignal(idle.idle, timeout=2_000):
            pass
        assert not idle.armed  # fires once; start() arms it again
    finally:
        idle.stop()
