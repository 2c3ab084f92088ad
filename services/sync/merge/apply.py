"""Applying a verified package at HQ (docs/sync.md §7.1, §7.4): every received change merged, in batches.

Called by the importer (step 9) inside its one write transaction, after every check passed. For each batch of
500 changes (device_seq order): prefetch the rows and facts the merge needs (``DbContext``), ``merge.decide`` each
change, stage the decision (``Writer``: the change verbatim in HQ's change log with its own log_pos, origin
package and outcome; rows; conflicts; backlog; one ``apply_remote`` audit event per change), write the batch,
report progress and honour cancel. Then the backlog is retried: entries whose wait is over are decided again,
oldest first, until nothing more moves. Nothing here commits: the caller's transaction does, or rolls back.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from models.sync_registry import SyncDevice
from services.changes import WriteTx
from services.progress import CancelToken, Progress, no_progress
from services.sync.merge.context import DbContext, canon_change
from services.sync.merge.decision import IncomingChange, decide, incoming_from_row, refused
from services.sync.merge.policy_refs import SenderScopes, note_refusal
from services.sync.merge.writer import Writer, observe
from services.sync.report import Outcome

__all__ = ["BATCH", "DbContext", "apply_changes", "apply_clues", "apply_main", "retry_backlog"]

BATCH = 500


def apply_main(tx: WriteTx, reader: Any, device: SyncDevice, package_id: str, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None) -> dict[Outcome, int]:
    """Merge every change of the main payload; store each verbatim in HQ's change log. Returns counts per
    outcome (RELEASED: backlog entries this package let through)."""
    return _apply(tx, reader, package_id, clue=False, progress=progress, cancel=cancel)


def apply_clues(tx: WriteTx, reader: Any, device: SyncDevice, package_id: str, *, progress: Progress = no_progress,
                cancel: CancelToken | None = None) -> dict[Outcome, int]:
    """The same for the clue payload (clue_change_log, clue_conflict, clue_backlog)."""
    return _apply(tx, reader, package_id, clue=True, progress=progress, cancel=cancel)


def _apply(tx: WriteTx, reader: Any, package_id: str, *, clue: bool, progress: Progress,
           cancel: CancelToken | None) -> dict[Outcome, int]:
    total = _count(reader)
    batches = ([incoming_from_row(row) if isinstance(row, dict) else row for row in rows]
               for rows in reader.changes(batch=BATCH))
    return apply_changes(tx, batches, package_id, clue=clue, progress=progress, cancel=cancel, total=total)


def apply_changes(tx: WriteTx, batches: Any, package_id: str | None, *, clue: bool,
                  progress: Progress = no_progress, cancel: CancelToken | None = None,
                  total: int = 0) -> dict[Outcome, int]:
    """The merge loop over batches of ``IncomingChange`` (as sent: JSON values not yet canonical)."""
    ctx = DbContext(tx.session, clue)
    writer = Writer(tx, ctx, package_id)
    counts: Counter[Outcome] = Counter()
    done = 0
    stage = "merge_clues" if clue else "merge"
    for raw_batch in batches:
        if cancel is not None:
            cancel.check()
        batch = [canon_change(raw) for raw in raw_batch]
        ctx.prefetch(batch)
        for raw, ch in zip(raw_batch, batch, strict=True):
            d = decide(ch, ctx.row(ch.entity, ch.entity_id), ctx)
            writer.stage(raw, ch, d)
            counts[d.outcome] += 1
        writer.flush()
        observe(tx, [ch.hlc for ch in batch])
        done += len(batch)
        progress(stage, done, max(total, done))
    released = _retry(tx, ctx, writer, counts)
    if released:
        counts[Outcome.RELEASED] += released
    return dict(counts)


def retry_backlog(tx: WriteTx, clue: bool) -> int:
    """Decide again every backlog entry whose wait is over, oldest first, until nothing more moves (e.g. after
    a conflict resolution created a missing row). Returns how many left the backlog."""
    ctx = DbContext(tx.session, clue)
    return _retry(tx, ctx, Writer(tx, ctx, None))


def _retry(tx: WriteTx, ctx: DbContext, writer: Writer, counts: Counter[Outcome] | None = None) -> int:
    record = ctx.t.record
    backlog = ctx.t.backlog
    released, moved, staged = 0, True, 0
    senders = SenderScopes(tx.session)
    while moved and ctx.backlog:
        moved = False
        reasons: dict[str, str] = dict(tx.session.execute(select(backlog.c.change_id, backlog.c.waiting_for.concat("\0")
                                                 .concat(backlog.c.reason))
                                          .where(backlog.c.released_at.is_(None))).all())
        ctx.prefetch_waited_rows(reasons.get(change_id, "\0") for change_id in ctx.backlog)
        for change_id in list(ctx.backlog):
            waiting, _, reason = reasons.get(change_id, "\0").partition("\0")
            if change_id not in reasons or not ctx.release_wait(reason, waiting):
                continue
            row = tx.session.execute(select(record).where(record.c.change_id == change_id)).mappings().one()
            raw = _from_record(row)
            ch = canon_change(raw)
            del ctx.backlog[change_id]   # it does not wait behind itself
            refusal = senders.refusal(ch, ctx)   # the rows as they are now: still the sender's scope?
            d = refused(refusal) if refusal else decide(ch, ctx.row(ch.entity, ch.entity_id), ctx, retry=True)
            writer.stage(raw, ch, d, retry=True)
            staged += 1
            if d.outcome is not Outcome.BACKLOG:
                released += d.outcome is not Outcome.REFUSED
                moved = True
            if refusal or staged >= BATCH:  # a refusal's own writes come after the entry's, as they always did
                writer.flush()
                staged = 0
            if refusal:
                note_refusal(tx, backlog, ch, refusal)
                if counts is not None:
                    counts[Outcome.REFUSED] += 1
        writer.flush()  # before the backlog is read again: every decision of this pass written
        staged = 0
    return released


def _from_record(row: Any) -> IncomingChange:
    return incoming_from_row({**row, "wall_time": row["wall_time"]})


def _count(reader: Any) -> int:
    count = getattr(reader, "count", None)
    try:
        return int(count("change")) if count is not None else 0
    except Exception:  # an older reader without the table count: progress without a total
        return 0
