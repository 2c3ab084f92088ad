"""Idle auto-lock (docs/security.md §1.5): no input for N minutes -> the workspace locks itself.

An application-wide event filter notes the time of every mouse, key, wheel and touch event from the
injected clock; a timer looks every few seconds. Tests move a FakeClock and call ``check()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from services.clock import Clock

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.ShortcutOverride,
})
CHECK_INTERVAL_MS = 5000


class IdleLock(QObject):
    """Emits ``idle`` once when no input arrived for ``minutes``; ``start()`` arms it again."""

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

    @property
    def armed(self) -> bool:
        return self._armed

    def start(self) -> None:
        """Arm: count idle time from now, watch input from the whole application."""
        self._last = self.clock.monotonic()
        self._armed = True
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

    def check(self) -> bool:
        """Lock now if the idle time has reached the limit; True when it fired."""
        if not self._armed or self.idle_seconds() < self.minutes * 60:
            return False
        self.stop()
        self.idle.emit()
        return True
