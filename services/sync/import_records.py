"""What an import writes besides the merge (docs/sync.md §6.1 step 9): the sender's blobs and audit events,
the package log, the peer state, the attempt, and held packages kept as files in ``<ws>/held/``.

Everything here runs inside the import's one write transaction; nothing here is called for a rejection (D6).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.finding import Blob, BlobChunk
from models.sync_inbox import SyncHeldPackage, SyncImportAttempt, SyncPackage
from models.sync_registry import SyncPeer
from services.bulk_write import executemany
from services.evidence_store import blob_exists
from services.sync.verify import order

INCOMING = "incoming"
HELD = "held"
STALE_SECONDS = 3600.0  # an extracted file this old belongs to no running import
_AUDIT_COLUMNS = frozenset(column.name for column in AuditEvent.__table__.columns)


def clean_incoming(folder: Path, package_id: str | None = None, *, stale_after: float = STALE_SECONDS) -> None:
    """Delete the extracted section files of ``package_id`` (this import's, or a crashed import's of the same
    package), and anything older than ``stale_after`` seconds (a crashed import's leftovers) — never the files of
    another import running at the same moment (the CLI and the window on one workspace)."""
    if not folder.is_dir():
        return
    limit = time.time() - stale_after
    for item in folder.iterdir():
        try:
            mine = package_id is not None and item.name.startswith(package_id + ".")
            if not mine and item.stat().st_mtime > limit:
                continue
            if item.is_dir():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)
        except FileNotFoundError:
            continue


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def store_blobs(session: Session, reader: Any) -> int:
    """Copy the payload's blobs this workspace lacks, chunk by chunk (never whole in memory; each chunk checked
    again as it passes, ``blob_damaged`` rolls the transaction back). Returns how many."""
    stored = 0
    metas = reader.blobs() if hasattr(reader, "blobs") else [reader.blob_meta(sha) for sha in reader.blob_shas()]
    for meta in metas:
        sha = meta.sha256
        if blob_exists(session, sha):
            continue
        session.execute(insert(Blob), [{"sha256": sha, "size": meta.size, "mime": meta.mime}])
        for idx, data in enumerate(reader.blob_chunks(sha)):
            # Core INSERT, one chunk at a time: no ORM object keeps a chunk alive (as evidence_store.store_file).
            session.execute(insert(BlobChunk), [{"sha256": sha, "idx": idx, "data": data}])
        stored += 1
    return stored


def store_audit_events(session: Session, events: Iterable[dict[str, Any]]) -> int:
    """The sender's own audit events, under its device id (verify_workspace walks every device's chain)."""
    rows = [{key: value for key, value in event.items() if key in _AUDIT_COLUMNS} for event in events]
    for start in range(0, len(rows), 500):
        executemany(session, AuditEvent.__table__, rows[start:start + 500])
    return len(rows)


def record_package(session: Session, header: Any, device_id: str, *, path: Path, sha256: str, status: str,
                   by_user: str, summary: dict[str, Any]) -> SyncPackage:
    """Insert (or update, for a held package now applied) the package's row in the package log."""
    row = session.get(SyncPackage, header.package_id)
    main_range = header.main_range or (None, None)
    audit_range = header.audit_range or (None, None)
    if row is None:
        row = SyncPackage(package_id=header.package_id, direction="in", kind=str(header.kind),
                          peer_device_id=device_id, seq=header.seq, created_wall=_wall(header.created_wall),
                          created_hlc=str(header.created_hlc or ""))
        session.add(row)
    row.status = status
    row.file_name, row.file_sha256, row.size_bytes = path.name[:255], sha256, path.stat().st_size
    row.main_from, row.main_to = main_range[0], main_range[1]
    row.audit_from, row.audit_to = audit_range[0], audit_range[1]
    row.by_user, row.summary_json = by_user, json.dumps(summary, sort_keys=True, default=str)
    session.flush()
    return row


def record_attempt(session: Session, header: Any, device_id: str | None, *, path: Path, sha256: str | None,
                   result: str, by_user: str, reason_code: str | None = None,
                   params: dict[str, Any] | None = None) -> None:
    session.add(SyncImportAttempt(
        by_user=by_user, file_name=path.name[:255], file_sha256=sha256, package_id=getattr(header, "package_id", None),
        peer_device_id=device_id, seq=getattr(header, "seq", None), result=result, reason_code=reason_code,
        reason_params_json=json.dumps(params or {}, sort_keys=True, default=str)))


def hold(session: Session, ws_path: Path, path: Path, header: Any, device_id: str, *, log: str,
         missing_from: int, missing_to: int, sha256: str) -> SyncHeldPackage:
    """Keep a verified package whose predecessors are missing: the file goes to ``<ws>/held/``."""
    folder = ws_path / HELD / header.package_id
    folder.mkdir(parents=True, exist_ok=True)
    row = session.get(SyncHeldPackage, header.package_id)
    name = path.name if path.name.endswith(".xcpkg") else f"{header.package_id}.xcpkg"
    stored = row.stored_name if row is not None else f"{header.package_id}/{name}"[:255]
    target = ws_path / HELD / stored
    if not target.exists():
        temp = folder / ".part"
        shutil.copyfile(path, temp)
        temp.replace(target)
    if row is None:
        row = SyncHeldPackage(package_id=header.package_id, peer_device_id=device_id, seq=header.seq,
                              stored_name=stored, file_sha256=sha256, log=log,
                              missing_from=missing_from, missing_to=missing_to)
        session.add(row)
    else:
        row.missing_from, row.missing_to, row.log = missing_from, missing_to, log
    session.flush()
    return row


def held_packages(session: Session, device_id: str) -> list[SyncHeldPackage]:
    """The sender's packages still held, oldest first."""
    return list(session.scalars(select(SyncHeldPackage).where(
        SyncHeldPackage.peer_device_id == device_id, SyncHeldPackage.released_at.is_(None))
        .order_by(SyncHeldPackage.seq)))


def held_file(ws_path: Path, row: SyncHeldPackage) -> Path:
    return ws_path / HELD / row.stored_name


def drop_held_file(ws_path: Path, row: SyncHeldPackage) -> None:
    """Delete a held package's file (and its folder) once it was imported or dropped."""
    path = held_file(ws_path, row)
    path.unlink(missing_ok=True)
    if path.parent != ws_path / HELD and path.parent.is_dir() and not any(path.parent.iterdir()):
        path.parent.rmdir()


def _wall(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    text = str(value).replace("Z", "+00:00")
    return datetime.fromisoformat(text).replace(tzinfo=None)


def order_state(session: Session, header: Any, device_id: str) -> tuple[
        order.PeerView, order.PackageRecord | None, order.PackageRecord | None]:
    """What ``order.judge`` needs: the peer's in-state, the record with this package id, and the record of the
    same sender and sequence number."""
    row = session.get(SyncPeer, device_id)
    peer = order.PeerView(device_id, row.last_seq_in if row else 0, row.applied_device_seq if row else 0,
                          row.audit_seq if row else 0)
    known = session.get(SyncPackage, header.package_id)
    same = session.scalars(select(SyncPackage).where(
        SyncPackage.direction == "in", SyncPackage.peer_device_id == device_id, SyncPackage.seq == header.seq)).first()

    def record(package: SyncPackage | None) -> order.PackageRecord | None:
        return None if package is None else order.PackageRecord(package.package_id, package.seq, package.status,
                                                                 package.at)

    return peer, record(known), record(same)
