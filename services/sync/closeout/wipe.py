"""Round close-out (清退): once HQ's acknowledgement covers every change, clue change and audit event of a round,
the team leader wipes that round's local rows, evidence blobs and acknowledged change records, physically.

The wipe is one transaction with ``secure_delete`` on (freed pages are zeroed) that also optimises the findings'
full-text index (FTS5 keeps deleted text in old segments until they are merged) and records the wipe in
``sync_purge`` and in the audit chain (``round_wiped`` with counts, ids only). Then ``VACUUM`` and
``wal_checkpoint(TRUNCATE)`` rewrite the files so no page of the old text survives in workspace.db, clues.db or
their -wal files (docs/security.md §9).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, func, select, text
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.clue import ClueChange, ClueMeta
from models.entities import Blob, BlobChunk, Evidence, InspectionRound
from models.enums import Role, WorkspaceKind
from models.sync import ChangeRecord, get_meta, set_meta
from models.sync_inbox import SyncPurge
from models.sync_registry import SyncDevice, SyncPeer
from services.changes import WriteTx
from services.errors import DomainError, NotPermittedError
from services.progress import CancelToken, Progress, no_progress
from services.sync.closeout.round_rows import RoundRows, chunks, entity_class, round_rows
from services.workspace import WorkspaceSession, another_program_check, writer_lock

RECEIVED_ACTIONS = ("apply_remote",)
CHECKPOINT_TRIES = 5


class RoundNotCoveredError(DomainError):
    """HQ has not acknowledged everything of the round yet: export a package, import HQ's update, try again."""

    code = "round_not_acknowledged"
    exit_code = 4


class RoundNotFoundError(DomainError):
    code = "round_not_found"
    exit_code = 4


class RoundAlreadyWipedError(DomainError):
    code = "round_already_wiped"
    exit_code = 4


@dataclass(frozen=True)
class Coverage:
    """What HQ has not acknowledged yet of a round; ``ok`` when nothing."""

    round_id: str
    unacked_changes: int
    unacked_clue_changes: int
    unacked_audit: int
    pending_rows: int
    title: str = ""
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not (self.unacked_changes or self.unacked_clue_changes or self.unacked_audit or self.pending_rows)


@dataclass
class CloseReport:
    round_id: str
    title: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    changes_purged: int = 0
    clue_changes_purged: int = 0
    blobs_purged: int = 0
    checkpoint_busy: int = 0


def _round(session: Session, round_id: str) -> InspectionRound:
    found = session.get(InspectionRound, round_id)
    if found is None:
        raise RoundNotFoundError("no such round", round=round_id)
    return found


def _acked_audit_seq(session: Session) -> int:
    """The highest own audit seq HQ acknowledged (0 before the first acknowledgement)."""
    query = (select(func.max(SyncPeer.acked_by_peer_audit_seq))
             .join(SyncDevice, SyncDevice.device_id == SyncPeer.peer_device_id).where(SyncDevice.kind == "hq"))
    return int(session.scalar(query) or 0)


def _unacked(session: Session, log: type[ChangeRecord] | type[ClueChange], ids: set[str]) -> list[str]:
    """Unacknowledged change records of the given rows (entity ids)."""
    found: list[str] = []
    for batch in chunks(ids):
        found += session.scalars(select(log.entity_id).where(log.entity_id.in_(batch), log.acked.is_(False)))
    return found


def _coverage(session: Session, ws: WorkspaceSession, rows: RoundRows, title: str) -> Coverage:
    main_ids = {i for ids in rows.main.values() for i in ids}
    clue_ids = {i for ids in rows.clues.values() for i in ids}
    unacked_main = _unacked(session, ChangeRecord, main_ids)
    unacked_clues = _unacked(session, ClueChange, clue_ids) if rows.clues else []
    everything = main_ids | clue_ids
    # HQ's rows arriving (apply_remote) need no acknowledgement: HQ holds that data, and close-out never deletes
    # audit events, so they still travel with the next package.
    events = session.execute(select(AuditEvent.entity_id, AuditEvent.change_id).where(
        AuditEvent.device_id == ws.device_id, AuditEvent.seq > _acked_audit_seq(session),
        AuditEvent.action.not_in(RECEIVED_ACTIONS)))
    unacked_audit = sum(1 for entity_id, _ in events if entity_id in everything)
    return Coverage(rows.round_id, len(unacked_main), len(unacked_clues), unacked_audit,
                    len(set(unacked_main) | set(unacked_clues)), title, sum(rows.counts().values()))


def _may_close(ws: WorkspaceSession) -> None:
    ws.require(Role.TEAM_LEADER)
    if ws.kind != WorkspaceKind.TEAM:
        raise NotPermittedError("close-out is for team workspaces", role=ws.actor.role)


def rounds(ws: WorkspaceSession) -> list[tuple[str, str]]:
    """(id, title) of the rounds this workspace still holds, newest first (wiped ones are gone)."""
    with ws.read() as session:
        query = select(InspectionRound.id, InspectionRound.title).order_by(
            InspectionRound.year.desc(), InspectionRound.round_no.desc())
        return [(str(round_id), str(title)) for round_id, title in session.execute(query)]


def coverage(ws: WorkspaceSession, round_id: str) -> Coverage:
    """How much of the round HQ has not acknowledged (changes, clue changes, audit events, rows)."""
    with ws.read() as session:
        rnd = _round(session, round_id)
        return _coverage(session, ws, round_rows(session, round_id, clues=ws.can_read_clues), rnd.title)


def _delete_ids(session: Session, table: Any, column: Any, ids: set[str], cancel: CancelToken | None) -> int:
    removed = 0
    for batch in chunks(sorted(ids)):
        removed += session.execute(delete(table).where(column.in_(batch))).rowcount or 0  # type: ignore[attr-defined]
        if cancel:
            cancel.check()
    return removed


def _purge_changes(session: Session, log: type[ChangeRecord] | type[ClueChange], ids: set[str], device_id: str,
                   cancel: CancelToken | None) -> tuple[int, int, int]:
    """Delete the (acknowledged) change records of ``ids``: (deleted, own deleted, highest own device_seq)."""
    own, top = 0, 0
    for batch in chunks(sorted(ids)):
        mine = (log.entity_id.in_(batch), log.device_id == device_id)
        own += int(session.scalar(select(func.count()).select_from(log).where(*mine)) or 0)
        top = max(top, int(session.scalar(select(func.max(log.device_seq)).where(*mine)) or 0))
    return _delete_ids(session, log.__table__, log.entity_id, ids, cancel), own, top


def _unused_blobs(session: Session, candidates: set[str], wiped_evidence: set[str]) -> set[str]:
    """The round's blobs no other evidence row still points at."""
    keep: set[str] = set()
    for batch in chunks(sorted(candidates)):
        keep.update(session.scalars(select(Evidence.blob_sha256).where(
            and_(Evidence.blob_sha256.in_(batch), Evidence.id.not_in(wiped_evidence)))))
    return candidates - keep


def _bump(session: Session, clue: bool, purged: int) -> None:
    """The purge count verify adds to the own change sequence (its records were deleted on purpose)."""
    if not purged:
        return
    if clue:
        row = session.get(ClueMeta, "purged_changes")
        if row is None:
            session.add(ClueMeta(key="purged_changes", value=str(purged)))
        else:
            row.value = str(int(row.value) + purged)
    else:
        set_meta(session, "purged_changes", str(int(get_meta(session, "purged_changes", "0") or 0) + purged))


def _wipe(tx: WriteTx, rows: RoundRows, report: CloseReport, progress: Progress, cancel: CancelToken | None) -> None:
    session = tx.session
    session.execute(text("PRAGMA main.secure_delete = ON"))
    if rows.clues:
        session.execute(text("PRAGMA clues.secure_delete = ON"))
    groups = [*rows.clues.items(), *rows.main.items()]
    blobs = _unused_blobs(session, rows.blobs, rows.main.get("evidence", set()))
    total = len(groups) + 3
    main_ids = {i for ids in rows.main.values() for i in ids}
    clue_ids = {i for ids in rows.clues.values() for i in ids}
    progress("wipe_changes", 0, total)
    device = tx.ws.device_id
    report.changes_purged, own_main, through = _purge_changes(session, ChangeRecord, main_ids, device, cancel)
    own_clues = 0
    if rows.clues:
        report.clue_changes_purged, own_clues, _ = _purge_changes(session, ClueChange, clue_ids, device, cancel)
    for done, (name, ids) in enumerate(groups, start=1):
        progress("wipe_rows", done, total)
        entity = entity_class(name)
        removed = _delete_ids(session, entity.__table__, entity.id, ids, cancel)  # type: ignore[attr-defined]
        if removed:
            report.counts[name] = removed
    progress("wipe_blobs", len(groups) + 1, total)
    _delete_ids(session, BlobChunk.__table__, BlobChunk.sha256, blobs, cancel)
    report.blobs_purged = _delete_ids(session, Blob.__table__, Blob.sha256, blobs, cancel)
    progress("wipe_index", len(groups) + 2, total)
    session.execute(text("INSERT INTO finding_fts(finding_fts) VALUES ('optimize')"))
    _bump(session, False, own_main)
    _bump(session, True, own_clues)
    detail = {"counts": report.counts, "changes_purged": report.changes_purged,
              "clue_changes_purged": report.clue_changes_purged, "blobs_purged": report.blobs_purged}
    session.add(SyncPurge(round_id=rows.round_id, wiped_at=tx.ws.clock.now().replace(tzinfo=None),
                          wiped_by=tx.ws.actor.user_id, counts_json=json.dumps(detail, sort_keys=True),
                          changes_purged=report.changes_purged, blobs_purged=report.blobs_purged,
                          through_device_seq=through))
    tx.audit("round_wiped", entity="inspection_round", entity_id=rows.round_id, detail=detail)
    if cancel:
        cancel.check()


def _compact(ws: WorkspaceSession, clues: bool) -> int:
    """VACUUM (rewrites every page; freed ones are gone) and truncate the WAL. Returns checkpoint's busy flag."""
    busy = 0
    with writer_lock(ws.path), another_program_check(ws.path):  # VACUUM writes: it queues with the other writers
        pooled = ws.engine.raw_connection()  # the DB-API connection itself: VACUUM cannot run inside BEGIN
        try:
            con: Any = pooled.driver_connection
            if con.in_transaction:
                con.rollback()
            for schema in ("main", "clues") if clues else ("main",):
                con.execute(f"VACUUM {schema}")
                for attempt in range(CHECKPOINT_TRIES):  # a reader elsewhere may hold the WAL a moment
                    flag = int(con.execute(f"PRAGMA {schema}.wal_checkpoint(TRUNCATE)").fetchone()[0])
                    if not flag:
                        break
                    time.sleep(0.2 * (attempt + 1))
                busy |= flag
        finally:
            pooled.close()
    return busy


def close_round(ws: WorkspaceSession, round_id: str, *, progress: Progress = no_progress,
                cancel: CancelToken | None = None) -> CloseReport:
    """Wipe the round (team leader only). RoundNotCoveredError while HQ has not acknowledged all of it."""
    _may_close(ws)
    progress("checking", 0, 1)
    with ws.write() as tx:
        session = tx.session
        if session.get(SyncPurge, round_id) is not None:
            raise RoundAlreadyWipedError("round already wiped", round=round_id)
        title = _round(session, round_id).title
        rows = round_rows(session, round_id, clues=ws.can_read_clues)
        covered = _coverage(session, ws, rows, title)
        if not covered.ok:
            raise RoundNotCoveredError(
                "HQ has not acknowledged all of the round", round=title, changes=covered.unacked_changes,
                clue_changes=covered.unacked_clue_changes, audit=covered.unacked_audit)
        report = CloseReport(round_id, title)
        _wipe(tx, rows, report, progress, cancel)
    progress("compact", 0, 1)
    report.checkpoint_busy = _compact(ws, bool(rows.clues))
    progress("compact", 1, 1)
    return report
