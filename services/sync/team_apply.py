"""Applying an HQ update on a team device (sync-plan.md §3.8): acknowledgements, then HQ's row states."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.sync_registry import SyncDevice
from services.changes import WriteTx
from services.progress import CancelToken, Progress, no_progress


def apply_update(tx: WriteTx, reader: Any, hq: SyncDevice, package_id: str, *, clue: bool,
                 progress: Progress = no_progress, cancel: CancelToken | None = None) -> dict[str, int]:
    """Acks first, then every row state: insert or overwrite, except fields with unacked own changes."""
    raise NotImplementedError


def apply_acks(tx: WriteTx, acks: Mapping[str, str]) -> None:
    """Mark own changes HQ holds as acked (change_log.acked) and their rows 'synced'."""
    raise NotImplementedError
