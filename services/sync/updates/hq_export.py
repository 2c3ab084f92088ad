"""HQ -> team update packages (docs/sync.md §8.1, decision D2): per team device, HQ's current state of every row of
that team's scope (plus the HQ reference rows it needs) changed since the device's watermark, the blobs of
evidence rows it did not store itself, and the acknowledgements of what HQ holds of that device.

One package per device, each sealed to that device's keys (clue rows in a ``clues`` payload sealed to its
clue-receiving key, only when this session holds the clue compartment). Updates are cumulative until the
device acknowledges them (``hq_pos`` in its next package). All devices are written in one transaction: a
failure or a cancel leaves no file at all and no record.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent, chain_head
from models.clue import ClueChange
from models.clue_sync import CluePeer
from models.enums import Role, WorkspaceKind
from models.sync import ChangeRecord
from models.sync_inbox import SyncPackage
from models.sync_registry import SyncDevice
from services.errors import DomainError, NotPermittedError
from services.progress import CancelToken, Progress, no_progress
from services.sync.conflicts import waiting_edits
from services.sync.crypto.keys import key_id
from services.sync.crypto.sealing import new_data_key, zero
from services.sync.devices import registry
from services.sync.package.container import package_file_name, write_container
from services.sync.package.files import (
    APP_VERSION,
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
from services.sync.updates.hq_rows import RowState, blobs_for_device, purged_rounds_of, rows_for_device

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession

__all__ = ["NoDevicesError", "RowState", "acks_for", "export_updates", "rows_for_device", "write_update_payload"]

KIND = "hq_to_team"


class NoDevicesError(DomainError):
    """No enrolled, unrevoked team device matches what was asked for."""

    code = "export_no_devices"
    exit_code = 4


@dataclass
class PayloadCounts:
    rows: int = 0
    blobs: int = 0
    blob_bytes: int = 0


def _max_pos(session: Session, clue: bool) -> int:
    log = ClueChange if clue else ChangeRecord
    return int(session.scalar(select(func.max(log.log_pos))) or 0)


def acks_for(session: Session, device: SyncDevice, *, clue: bool = False) -> dict[str, Any]:
    """What HQ holds of ``device`` (main payload), or of its clue log (``clue=True``, clue payload), and which of
    its changes wait in HQ's conflict inbox."""
    if clue:
        clue_peer = session.get(CluePeer, device.device_id)
        acks: dict[str, Any] = {"clue_seq": clue_peer.applied_clue_seq if clue_peer is not None else 0,
                                "hq_clue_pos": _max_pos(session, True)}
    else:
        peer = registry.peer(session, device.device_id)
        acks = {"pkg_seq": peer.last_seq_in, "device_seq": peer.applied_device_seq,
                "audit_seq": chain_head(session, device.device_id)[0], "hq_pos": _max_pos(session, False)}
    waiting = waiting_edits.for_device(session, device.device_id, clue=clue)
    if waiting is not None:  # which of the device's changes wait in the conflict inbox (conflicts/waiting_edits.py)
        acks[waiting_edits.ACK_KEY] = waiting
    return acks


def write_update_payload(session: Session, device: SyncDevice, writer: PayloadWriter, *, info: Mapping[str, Any],
                         since_pos: int, clue: bool = False, purged_rounds: Iterable[str] = (),
                         acks: Mapping[str, Any] | None = None, cancel: CancelToken | None = None) -> PayloadCounts:
    """Fill an open update payload for ``device``: pkg_info, the row states after ``since_pos``, the blobs they
    need (main only) and the acks (``acks_for`` unless given). The enrollment grant uses it with ``since_pos=0``."""
    counts = PayloadCounts()
    evidence: list[RowState] = []

    def states() -> Iterator[dict[str, Any]]:
        for state in rows_for_device(session, device, since_pos, clue=clue, purged_rounds=purged_rounds):
            if cancel is not None and counts.rows % 500 == 0:
                cancel.check()
            counts.rows += 1
            if state.entity == "evidence":
                evidence.append(state)
            yield state.to_row()

    writer.info(**info, log="clues" if clue else "main")
    writer.row_states(states())
    writer.acks(dict(acks) if acks is not None else acks_for(session, device, clue=clue))
    if not clue:
        for sha in blobs_for_device(session, evidence, device.device_id):
            counts.blob_bytes += writer.blob_from(session, sha)
            counts.blobs += 1
    return counts


def _devices(session: Session, device_ids: list[str] | None, team_no: int | None) -> list[SyncDevice]:
    query = select(SyncDevice).where(SyncDevice.kind == "team", SyncDevice.revoked_at.is_(None))
    if team_no is not None:
        query = query.where(SyncDevice.team_no == team_no)
    devices = list(session.scalars(query.order_by(SyncDevice.team_no, SyncDevice.enrolled_at)))
    if device_ids is not None:
        known = {d.device_id: d for d in devices}
        unknown = [d for d in device_ids if d not in known]
        if unknown:
            raise NoDevicesError(f"no enrolled device {unknown[0]}", device=unknown[0])
        devices = [known[d] for d in device_ids]
    if not devices:
        raise NoDevicesError("no enrolled team device to update", team_no=team_no)
    return devices


def _hlc_now(session: Session, device_id: str) -> str:
    session.flush()
    seq, _ = chain_head(session, device_id)
    return session.scalar(select(AuditEvent.hlc).where(AuditEvent.device_id == device_id,
                                                       AuditEvent.seq == seq)) or ""


def export_updates(ws: WorkspaceSession, out: Path, *, device_ids: list[str] | None = None,
                   team_no: int | None = None, progress: Progress = no_progress,
                   cancel: CancelToken | None = None) -> list[ExportSummary]:
    """One update package per enrolled (unrevoked) team device (or those of ``team_no``, or ``device_ids``),
    written into the folder ``out`` (a ``.xcpkg`` file name when there is exactly one device)."""
    ws.require(Role.HQ_ADMIN)
    if ws.kind != WorkspaceKind.HQ:
        raise NotPermittedError("only HQ exports update packages", kind=str(ws.kind))
    written: list[Path] = []
    summaries: list[ExportSummary] = []
    try:
        with ws.write() as tx, scratch(ws.path) as tmp:
            devices = _devices(tx.session, device_ids, team_no)
            if len(devices) > 1 and out.suffix.lower() == ".xcpkg":
                out = out.parent
            keys = registry.own_keys(tx.session)
            for done, device in enumerate(devices):
                progress("export_devices", done, len(devices))
                summary = _export_one(ws, tx, keys, device, out, tmp, written, progress, cancel)
                summaries.append(summary)
            progress("export_devices", len(devices), len(devices))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return summaries


def _export_one(ws: WorkspaceSession, tx: Any, keys: registry.OwnKeys, device: SyncDevice, out: Path, tmp: Path,
                written: list[Path], progress: Progress, cancel: CancelToken | None) -> ExportSummary:
    session = tx.session
    peer = registry.peer(session, device.device_id)
    package_id, seq = str(uuid.uuid4()), peer.last_seq_out + 1
    target = target_path(out, package_file_name(KIND, device.team_no, seq, package_id), ws.path)
    removed = clear_leftovers(tx, target, tmp)
    summary = ExportSummary(path=str(target), package_id=package_id, kind=KIND, seq=seq,
                            recipient_device=device.device_id, team_no=device.team_no,
                            leftovers_removed=len(removed.names), leftover_bytes=removed.size)
    info = {"package_id": package_id, "kind": KIND, "sender_device": keys.device_id}
    purged = purged_rounds_of(peer.purged_rounds_json)
    with_clues = ws.can_read_clues and device.clue_public is not None
    data_keys = {"main": new_data_key()}
    recipients = {"main": [X25519PublicKey.from_public_bytes(device.enc_public)]}
    paths = [tmp / f"{package_id}.main.db"]
    try:
        with PayloadWriter(paths[0], data_keys["main"], progress=progress, cancel=cancel) as writer:
            main = write_update_payload(session, device, writer, info=info, since_pos=peer.peer_acked_pos,
                                        purged_rounds=purged, cancel=cancel)
        summary.row_states, summary.blobs, summary.blob_bytes = main.rows, main.blobs, main.blob_bytes
        if with_clues and device.clue_public is not None:
            clue_peer = session.get(CluePeer, device.device_id)
            data_keys["clues"] = new_data_key()
            recipients["clues"] = [X25519PublicKey.from_public_bytes(device.clue_public)]
            paths.append(tmp / f"{package_id}.clues.db")
            with PayloadWriter(paths[1], data_keys["clues"], progress=progress, cancel=cancel) as writer:
                clues = write_update_payload(
                    session, device, writer, info=info, clue=True, purged_rounds=purged, cancel=cancel,
                    since_pos=clue_peer.peer_acked_clue_pos if clue_peer is not None else 0)
            summary.row_states += clues.rows
        tx.audit("update_exported", detail={"package_id": package_id, "seq": seq, "recipient": device.device_id,
                                            "team_no": device.team_no, "rows": summary.row_states})
        hlc = _hlc_now(session, keys.device_id)
        header = PackageHeader(
            package_id=package_id, kind=KIND, sender_device=keys.device_id, sender_key_id=key_id(keys.sign_public),
            recipient_device=device.device_id, seq=seq, schema=schema_heads(len(paths) > 1), app_version=APP_VERSION,
            created_wall=wall(ws.clock.now()), created_hlc=hlc, main_range=None, audit_range=None,
            sections=tuple(section_of(name, path, cancel) for name, path in zip(("main", "clues"), paths,
                                                                                strict=False)))
        header = seal_sections(header, data_keys, recipients)
    finally:
        for key in data_keys.values():
            zero(key)
    written.append(target)
    write_container(target, header, paths, keys.signing, progress=progress, cancel=cancel)
    for path in paths:
        path.unlink(missing_ok=True)
    summary.size_bytes = target.stat().st_size
    now = ws.clock.now().replace(tzinfo=None)
    session.add(SyncPackage(
        package_id=package_id, direction="out", kind=KIND, peer_device_id=device.device_id, seq=seq,
        status="exported", created_wall=now, created_hlc=hlc, file_name=target.name, size_bytes=summary.size_bytes,
        by_user=ws.actor.user_id, summary_json=json.dumps(summary.to_dict(), ensure_ascii=False)))
    peer.last_seq_out, peer.last_export_at = seq, now
    return summary

