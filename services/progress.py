"""Long work is a plain function ``fn(ctx, ..., progress, cancel) -> Report`` (docs/architecture.md §5).

The GUI passes a progress that feeds a QProgressDialog, the CLI one that prints, tests none at all.
"""

from __future__ import annotations

import threading
from typing import Protocol

from services.errors import CancelledError


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int) -> None: ...


def no_progress(stage: str, done: int, total: int) -> None:
    """The progress of work nobody watches."""


class CancelToken:
    """Checked between batches; raising CancelledError makes the caller's transaction roll back."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledError("cancelled")
