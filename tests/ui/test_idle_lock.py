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
from ui.idle_lock import IdleLock, away_reason


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
    assert restored is not None
    qtbot.waitUntil(lambda: restored.areas["findings"].model.complete, timeout=5_000)  # head first, then the rest
    assert restored.areas["findings"].model.rowCount() == FINDINGS
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


# ---- issue 15, item 5: lock when the session locks, the application goes away or the laptop sleeps ----


def test_a_suspended_application_locks_at_once(make_controller, leader_ws, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    controller = make_controller(Preferences(idle_lock_minutes=10))
    controller.enter_session(leader_ws)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)  # as Qt says it on sleep
    assert controller.ws is None and leader_ws.locked and leader_ws.keyring.is_zeroed()
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.reason_label.text() == away_reason("suspended", 5)
    assert controller.idle.reason == "suspended"


def test_inactive_for_long_locks_and_a_short_absence_does_not(make_controller, leader_ws, clock: FakeClock,
                                                               qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    controller = make_controller(Preferences(idle_lock_minutes=30))
    controller.enter_session(leader_ws)
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # the session locked
    clock.advance(2 * 60)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # back after 2 minutes: no lock
    assert controller.ws is leader_ws
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationHidden)
    clock.advance(4 * 60)
    assert not controller.idle.check()
    clock.advance(60)  # 5 minutes away, well before the 30 idle minutes
    assert controller.idle.check() and controller.idle.reason == "inactive"
    assert controller.ws is None and leader_ws.locked
    assert controller.unlock_dialog.reason_label.text() == away_reason("inactive", 5)


def test_back_from_sleep_locks(make_controller, leader_ws, clock: FakeClock, qtbot) -> None:
    """A monotonic clock stands still while the laptop sleeps and no timer fires: the wall clock's jump tells."""
    from datetime import timedelta

    controller = make_controller(Preferences(idle_lock_minutes=30))
    controller.enter_session(leader_ws)
    assert not controller.idle.check()
    clock._now += timedelta(hours=3)  # slept: wall time moved, monotonic time did not
    assert controller.idle.check() and controller.idle.reason == "slept"
    assert controller.ws is None and leader_ws.locked
    assert controller.unlock_dialog.reason_label.text() == away_reason("slept", 0)


def test_the_state_change_is_ignored_when_nothing_is_open(make_controller, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    controller = make_controller()
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert controller.ws is None and controller.unlock_dialog is None
