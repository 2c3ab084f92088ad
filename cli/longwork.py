"""Long work on the console: a progress line on stderr (only when it is a terminal) and Ctrl-C as cancel.

The first Ctrl-C sets the CancelToken the service checks between batches, so its transaction rolls back
and nothing is half-written; a second Ctrl-C interrupts at once.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from cli.formatting import display_width
from cli.messages import stage_label
from services.progress import CancelToken, Progress, no_progress

BAR_WIDTH = 24
MIN_INTERVAL = 0.1


class ConsoleProgress:
    """``Progress`` that redraws one line: ``审计链  2/4 [############------------]  50%``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._last = 0.0
        self._width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last < MIN_INTERVAL and done < total:
            return
        self._last = now
        label = stage_label(stage)
        if total > 0:
            filled = BAR_WIDTH * min(done, total) // total
            line = f"{label}  {done}/{total} [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {100 * done // total:3d}%"
        else:
            line = f"{label}  {done}"
        width = display_width(line)
        self.stream.write("\r" + line + " " * max(0, self._width - width))
        self.stream.flush()
        self._width = max(self._width, width)

    def finish(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


@contextmanager
def console_progress(stream: TextIO, enabled: bool) -> Iterator[Progress]:
    if not enabled:
        yield no_progress
        return
    progress = ConsoleProgress(stream)
    try:
        yield progress
    finally:
        progress.finish()


@contextmanager
def interrupt_cancels(token: CancelToken, stream: TextIO) -> Iterator[CancelToken]:
    """While the block runs, Ctrl-C cancels ``token`` (the second one raises KeyboardInterrupt)."""
    if threading.current_thread() is not threading.main_thread():
        yield token
        return

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()
        stream.write("\n正在取消……（再按一次 Ctrl-C 立即中断）\n")
        stream.flush()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)
