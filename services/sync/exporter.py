"""Export a team package (team -> HQ, docs/sync.md §5): what HQ has not acknowledged yet, sealed and signed.

One package holds every own change HQ has not acknowledged (main log -> the ``main`` payload; clue log -> a
``clues`` payload sealed only to HQ's clue key), the audit events since HQ's last acknowledgement with the signed
audit head, the blobs those changes name, and the acknowledgements of what this laptop got from HQ. Exports are
cumulative until acknowledged: a lost stick loses nothing.

Everything happens in one write transaction (nothing changes under the export): the export's own audit event
is part of the chain the package carries and signs. The package file is written atomically (H2's container);
if anything fails or is cancelled before the commit, no file is left and the transaction rolls back. Roles
(decision D5): leader, deputy, clue officer; anyone without the clue compartment exports the main part only
and is told so (warning ``main_only``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.clue import ClueChange
from models.clue_sync import CluePeer
from models.enums import Role, WorkspaceKind
from models.sync import ChangeRecord, get_meta
from models.sync_inbox import SyncPackage, SyncPurge
from services.errors import NotPermittedError
from services.progress import CancelToken, Progress, no_progress
from services.sync.crypto.keys import key_id
from services.sync.crypto.sealing import new_data_key, zero
from services.sync.devices import registry
from services.sync.package import audit_chain
from services.sync.package.container import package_file_name, write_container
from services.sync.package.files import (
    APP_VERSION,
    ExportNotEnrolledError,
    clear_leftovers,
    schema_heads,
    scratch,
    section_of,
    target_path,
    wall,
)
from services.sync.package.header import PackageHeader, seal_sections
from services.sync.package.payload_write import PayloadWriter
from services.sync.report import ExportSummary

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession

KIND = "team_to_hq"
EXPORT_ROLES = (Role.TEAM_LEADER, Role.DEPUTY_LEADER, Role.CLUE_OFFICER, Role.MEMBER)
CHANGE_COLUMNS = ("change_id", "device_id", "device_seq", "entity", "entity_id", "op", "base_change_id",
                  "before_json", "after_json", "author_user", "author_role", "hlc", "wall_time")
BATCH = 500
SECTIONS = ("main", "clues")


@dataclass
class _Collected:
    """What streaming the changes into a payload learnt on the way."""

    count: int = 0
    first: int | None = None
    last: int | None = None
    blobs: dict[str, int] = field(default_factory=dict)  # sha256 -> device_seq of the change naming it

    def range(self) -> tuple[int, int] | None:
        return (self.first, self.last) if self.first is not None and self.last is not None else None


def _unacked(session: Session, clue: bool, device_id: str, seen: _Collected,
             cancel: CancelToken | None) -> Iterator[dict[str, Any]]:
    log = ClueChange if clue else ChangeRecord
    columns = [getattr(log, name) for name in CHANGE_COLUMNS]
    if not clue:
        columns.append(ChangeRecord.base_hq_version)
    query = (select(*columns).where(log.device_id == device_id, log.acked.is_(False)).order_by(log.device_seq)
             .execution_options(yield_per=BATCH))
    for row in session.execute(query).mappings():
        if cancel is not None and seen.count % BATCH == 0:
            cancel.check()
        seen.count += 1
        seen.first = row["device_seq"] if seen.first is None else seen.first
        seen.last = row["device_seq"]
        if row["entity"] == "evidence" and '"blob_sha256"' in row["after_json"]:
            sha = json.loads(row["after_json"]).get("blob_sha256")
            if isinstance(sha, str):
                seen.blobs.setdefault(sha, row["device_seq"])
        yield dict(row)


def _count_unacked(session: Session, clue: bool, device_id: str) -> int:
    log = ClueChange if clue else ChangeRecord
    return int(session.scalar(select(func.count()).select_from(log).where(
        log.device_id == device_id, log.acked.is_(False))) or 0)


def _acks(session: Session, hq_id: str, with_clues: bool) -> dict[str, Any]:
    peer = registry.peer(session, hq_id)
    clue_pos = 0
    if with_clues:
        clue_peer = session.get(CluePeer, hq_id)
        clue_pos = clue_peer.applied_clue_seq if clue_peer is not None else 0
    purged = sorted(session.scalars(select(SyncPurge.round_id)))
    return {"hq_seq_in": peer.last_seq_in, "hq_pos": peer.applied_device_seq, "hq_clue_pos": clue_pos,
            "purged_rounds": purged}


def _previously_sent_to(session: Session, hq_id: str) -> int:
    """The last own device_seq an earlier package carried (its blobs went then, still unconfirmed)."""
    return int(session.scalar(select(func.max(SyncPackage.main_to)).where(
        SyncPackage.direction == "out", SyncPackage.peer_device_id == hq_id)) or 0)


def export_package(ws: WorkspaceSession, out: Path, *, progress: Progress = no_progress,
                   cancel: CancelToken | None = None) -> ExportSummary:
    """Write one package for HQ to ``out`` (a folder, or a ``.xcpkg`` file name) and say what it holds."""
    ws.require(*EXPORT_ROLES)
    if ws.kind != WorkspaceKind.TEAM:
        raise NotPermittedError("HQ exports update packages, not team packages", kind=str(ws.kind))
    target: Path | None = None
    try:
        with ws.write() as tx, scratch(ws.path) as tmp:
            session = tx.session
            if get_meta(session, "enrolled") != "1":
                raise ExportNotEnrolledError("this workspace is not enrolled with HQ yet")
            keys, hq = registry.own_keys(session), registry.hq_device(session)
            peer = registry.peer(session, hq.device_id)
            with_clues = ws.can_read_clues and hq.clue_public is not None
            package_id, seq = str(uuid.uuid4()), peer.last_seq_out + 1
            team_no = ws.team_no
            target = target_path(out, package_file_name(KIND, team_no, seq, package_id), ws.path)
            removed = clear_leftovers(tx, target, tmp)
            clue_count = _count_unacked(session, True, ws.device_id) if with_clues else 0
            tx.audit("package_exported", detail={
                "package_id": package_id, "seq": seq, "recipient": hq.device_id, "file": target.name,
                "changes": _count_unacked(session, False, ws.device_id), "clue_changes": clue_count})
            head = audit_chain.sign_head(session, ws.device_id, keys.signing)
            summary = ExportSummary(path=str(target), package_id=package_id, kind=KIND, seq=seq,
                                    recipient_device=hq.device_id, team_no=team_no,
                                    leftovers_removed=len(removed.names), leftover_bytes=removed.size)
            if not with_clues:
                summary.warnings.append("main_only")
            info = {"package_id": package_id, "kind": KIND, "sender_device": ws.device_id}
            keys_by_section: dict[str, bytearray] = {"main": new_data_key()}
            try:
                main, audit_from = _write_main(session, tmp / "main.db", keys_by_section["main"], info, head, peer,
                                               summary, hq.device_id, with_clues, progress, cancel)
                paths = [tmp / "main.db"]
                recipients = {"main": [X25519PublicKey.from_public_bytes(hq.enc_public)]}
                if with_clues and hq.clue_public is not None:
                    keys_by_section["clues"] = new_data_key()
                    _write_clues(session, tmp / "clues.db", keys_by_section["clues"], info, summary, ws.device_id,
                                 progress, cancel)
                    paths.append(tmp / "clues.db")
                    recipients["clues"] = [X25519PublicKey.from_public_bytes(hq.clue_public)]
                header = PackageHeader(
                    package_id=package_id, kind=KIND, sender_device=ws.device_id,
                    sender_key_id=key_id(keys.sign_public), recipient_device=hq.device_id, seq=seq,
                    schema=schema_heads(len(paths) > 1), app_version=APP_VERSION, created_wall=wall(ws.clock.now()),
                    created_hlc=head.hlc, main_range=main.range(),
                    audit_range=(audit_from, head.seq) if audit_from is not None else None,
                    sections=tuple(section_of(name, path, cancel) for name, path in zip(SECTIONS, paths, strict=False)))
                header = seal_sections(header, keys_by_section, recipients)
            finally:
                for key in keys_by_section.values():
                    zero(key)
            if cancel is not None:
                cancel.check()
            write_container(target, header, paths, keys.signing, progress=progress, cancel=cancel)
            summary.size_bytes = target.stat().st_size
            summary.main_range, summary.audit_range = header.main_range, header.audit_range
            session.add(SyncPackage(
                package_id=package_id, direction="out", kind=KIND, peer_device_id=hq.device_id, seq=seq,
                status="exported", created_wall=ws.clock.now().replace(tzinfo=None), created_hlc=head.hlc,
                file_name=target.name, size_bytes=summary.size_bytes,
                main_from=main.first, main_to=main.last, audit_from=audit_from, audit_to=head.seq,
                by_user=ws.actor.user_id, summary_json=json.dumps(summary.to_dict(), ensure_ascii=False)))
            peer.last_seq_out, peer.last_export_at = seq, ws.clock.now().replace(tzinfo=None)
    except BaseException:
        if target is not None:  # rolled back (or never committed): the file must not outlive it
            target.unlink(missing_ok=True)
        raise
    return summary


def _write_main(session: Session, path: Path, key: bytearray, info: dict[str, Any], head: audit_chain.SignedHead,
                peer: Any, summary: ExportSummary, hq_id: str, with_clues: bool, progress: Progress,
                cancel: CancelToken | None) -> tuple[_Collected, int | None]:
    seen = _Collected()
    events = _EventCounter(audit_chain.events_after(session, head.device_id, peer.acked_by_peer_audit_seq))
    with PayloadWriter(path, key, progress=progress, cancel=cancel) as writer:
        writer.info(**info, log="main")
        writer.changes(_unacked(session, False, head.device_id, seen, cancel))
        writer.audit(events, head)
        writer.acks(_acks(session, hq_id, with_clues))
        sent_before = _previously_sent_to(session, hq_id)
        for done, (sha, device_seq) in enumerate(sorted(seen.blobs.items()), 1):
            size = writer.blob_from(session, sha)
            summary.blobs, summary.blob_bytes = summary.blobs + 1, summary.blob_bytes + size
            if device_seq <= sent_before:
                summary.unconfirmed_bytes += size
            progress("export_blobs", done, len(seen.blobs))
    summary.changes, summary.audit_events = seen.count, events.count
    return seen, events.first


class _EventCounter:
    """Passes the audit events through to the writer, counting them."""

    def __init__(self, events: Any) -> None:
        self.events, self.count, self.first = events, 0, None

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for event in self.events:
            self.count += 1
            self.first = event["seq"] if self.first is None else self.first
            yield event


def _write_clues(session: Session, path: Path, key: bytearray, info: dict[str, Any], summary: ExportSummary,
                 device_id: str, progress: Progress, cancel: CancelToken | None) -> None:
    seen = _Collected()
    with PayloadWriter(path, key, progress=progress, cancel=cancel) as writer:
        writer.changes(_unacked(session, True, device_id, seen, cancel))
        writer.info(**info, log="clues", clue_from=seen.first, clue_to=seen.last)
    summary.clue_changes = seen.count

