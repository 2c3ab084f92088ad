"""Idle auto-lock (docs/security.md §1.5): no input for N minutes -> the workspace locks itself; and it locks when
Qt says the application was suspended, when it stayed inactive or hidden (the session locked, another user
switched in, the lid closed) for INACTIVE_MINUTES, or when the wall clock jumped far ahead between two checks
(the laptop slept: a monotonic clock stands still in suspend, timers do not fire).

An application-wide event filter notes the time of every mouse, key, wheel and touch event from the
injected clock; a timer looks every few seconds; QGuiApplication.applicationStateChanged is watched.
Tests move a FakeClock, emit the state change and call ``check()``. ``reason`` says why it fired.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from services.clock import Clock

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.ShortcutOverride,
})
CHECK_INTERVAL_MS = 5000
INACTIVE_MINUTES = 5  # inactive or hidden this long (and never longer than the idle minutes) -> lock
SLEEP_GAP_SECONDS = 120  # the wall clock moved this much more than the monotonic one between checks -> slept
AWAY_STATES = (Qt.ApplicationState.ApplicationInactive, Qt.ApplicationState.ApplicationHidden)


class IdleLock(QObject):
    """Emits ``idle`` once when no input arrived for ``minutes`` (or the application was suspended, away too long,
    or the laptop slept: ``reason`` is "idle", "suspended", "inactive" or "slept"); ``start()`` arms it again."""

    idle = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None,
                 check_interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self._last = clock.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._filtering = False
        self.reason = "idle"
        self._away_since: float | None = None  # monotonic time the application became inactive or hidden
        self._wall, self._mono = clock.now(), clock.monotonic()  # the last check, to notice a sleep
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_state_changed)

    @property
    def armed(self) -> bool:
        return self._armed

    def start(self) -> None:
        """Arm: count idle time from now, watch input from the whole application."""
        self._last = self.clock.monotonic()
        self._armed = True
        self._away_since = None
        self._wall, self._mono = self.clock.now(), self.clock.monotonic()
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def note_activity(self) -> None:
        self._last = self.clock.monotonic()

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = self.clock.monotonic()
        return False

    def inactive_limit_seconds(self) -> float:
        return min(INACTIVE_MINUTES, self.minutes) * 60

    def on_state_changed(self, state: Qt.ApplicationState) -> None:
        """Qt's application state: suspended locks at once; inactive or hidden starts the away time; active again
        looks whether the time away (or a sleep) was long enough to lock."""
        if not self._armed:
            return
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._fire("suspended")
        elif state in AWAY_STATES:
            if self._away_since is None:
                self._away_since = self.clock.monotonic()
        else:
            self.check()
            self._away_since = None

    def check(self) -> bool:
        """Lock now if the idle time, the time away or a sleep has reached the limit; True when it fired."""
        if not self._armed:
            return False
        wall, mono = self.clock.now(), self.clock.monotonic()
        slept = (wall - self._wall).total_seconds() - (mono - self._mono) >= SLEEP_GAP_SECONDS
        self._wall, self._mono = wall, mono
        if slept:
            return self._fire("slept")
        if self._away_since is not None and mono - self._away_since >= self.inactive_limit_seconds():
            return self._fire("inactive")
        if self.idle_seconds() >= self.minutes * 60:
            return self._fire("idle")
        return False

    def _fire(self, reason: str) -> bool:
        self.reason = reason
        self.stop()
        self.idle.emit()
        return True


def away_reason(reason: str, minutes: float) -> str:
    """The unlock dialog's sentence for a lock that was not the idle timer's ("" for the idle timer)."""
    if reason == "suspended":
        return QCoreApplication.translate("IdleLock", "The workspace was locked because the system suspended the "
                                                      "program.")
    if reason == "slept":
        return QCoreApplication.translate("IdleLock", "The workspace was locked because the computer went to sleep.")
    if reason == "inactive":
        count = int(minutes)  # a plain name: pyside6-lupdate skips a call whose count is an expression
        return QCoreApplication.translate(
            "IdleLock", "The workspace was locked because the program was in the background, or the session was "
                        "locked, for %n minute(s).", "", count)
    return ""
