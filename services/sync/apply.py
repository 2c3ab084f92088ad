"""Applying a verified package at HQ (sync-plan.md §3.1, §3.4): merge decisions written in batches."""

from __future__ import annotations

from typing import Any

from models.sync_registry import SyncDevice
from services.changes import WriteTx
from services.progress import CancelToken, Progress, no_progress
from services.sync.report import Outcome


def apply_main(tx: WriteTx, reader: Any, device: SyncDevice, package_id: str, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None) -> dict[Outcome, int]:
    """Merge every change of the main payload; store each verbatim in HQ's change log. Returns counts."""
    raise NotImplementedError


def apply_clues(tx: WriteTx, reader: Any, device: SyncDevice, package_id: str, *, progress: Progress = no_progress,
                cancel: CancelToken | None = None) -> dict[Outcome, int]:
    """The same for the clue payload (clue_change_log, clue_conflict, clue_backlog)."""
    raise NotImplementedError


def retry_backlog(tx: WriteTx, clue: bool) -> int:
    """Decide again every backlog entry whose wait is over, oldest first; returns how many were released."""
    raise NotImplementedError
