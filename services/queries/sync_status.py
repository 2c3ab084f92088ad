"""What the Packages area shows: on a team laptop its enrolment and what HQ has not acknowledged yet; at HQ the
enrolled devices with their last package, held packages and revocation, and the open conflicts. Read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.clue import ClueChange
from models.clue_sync import ClueConflict
from models.enums import WorkspaceKind
from models.sync import ChangeRecord, get_meta
from models.sync_inbox import SyncConflict, SyncHeldPackage, SyncPackage
from models.sync_registry import SyncDevice, SyncEnrollment, SyncPeer
from services.sync.devices.registry import display_fingerprint
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class TeamSyncStatus:
    """A team laptop's side of the exchange. ``unacked_clue_changes`` is None when the clue log is closed."""

    enrolled: bool
    request_pending: bool
    device_fingerprint: str | None
    hq_fingerprint: str | None
    unacked_changes: int
    unacked_clue_changes: int | None
    unacked_audit: int
    packages_sent: int
    packages_acked: int
    last_export_at: datetime | None
    last_import_at: datetime | None


@dataclass(frozen=True)
class DeviceRow:
    """One enrolled team device as HQ sees it."""

    device_id: str
    team_no: int | None
    label: str
    fingerprint: str
    enrolled_at: datetime | None
    last_package_seq: int | None
    last_import_at: datetime | None
    held: int
    revoked_at: datetime | None
    revoke_reason: str | None


def _fingerprint(device: SyncDevice | None) -> str | None:
    return display_fingerprint(device.sign_public) if device is not None else None


def _own_audit_seq(session: Session, device_id: str) -> int:
    return int(session.scalar(select(func.max(AuditEvent.seq)).where(AuditEvent.device_id == device_id)) or 0)


def team_status(ws: WorkspaceSession) -> TeamSyncStatus:
    with ws.read() as session:
        enrolled = get_meta(session, "enrolled") == "1"
        hq_id = get_meta(session, "hq_device_id")
        hq = session.get(SyncDevice, hq_id) if hq_id else None
        own = session.get(SyncDevice, ws.device_id)
        pending = session.scalar(select(func.count()).select_from(SyncEnrollment).where(
            SyncEnrollment.side == "request", SyncEnrollment.status == "requested"))
        unacked = session.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.device_id == ws.device_id, ChangeRecord.acked.is_(False)))
        unacked_clues = None
        if ws.can_read_clues:
            unacked_clues = int(session.scalar(select(func.count()).select_from(ClueChange).where(
                ClueChange.device_id == ws.device_id, ClueChange.acked.is_(False))) or 0)
        peer = session.get(SyncPeer, hq_id) if hq_id else None
        acked_audit = peer.acked_by_peer_audit_seq if peer is not None else 0
        return TeamSyncStatus(
            enrolled=enrolled, request_pending=bool(pending) and not enrolled,
            device_fingerprint=_fingerprint(own), hq_fingerprint=_fingerprint(hq),
            unacked_changes=int(unacked or 0), unacked_clue_changes=unacked_clues,
            unacked_audit=max(0, _own_audit_seq(session, ws.device_id) - acked_audit),
            packages_sent=peer.last_seq_out if peer else 0, packages_acked=peer.peer_acked_seq_out if peer else 0,
            last_export_at=peer.last_export_at if peer else None, last_import_at=peer.last_import_at if peer else None,
        )


def hq_devices(ws: WorkspaceSession) -> list[DeviceRow]:
    """Every team device HQ has enrolled (revoked ones included), by team then enrolment time."""
    with ws.read() as session:
        devices = session.scalars(select(SyncDevice).where(SyncDevice.kind == WorkspaceKind.TEAM.value)
                                  .order_by(SyncDevice.team_no, SyncDevice.enrolled_at)).all()
        held: dict[str, int] = {peer: int(n) for peer, n in session.execute(
            select(SyncHeldPackage.peer_device_id, func.count()).where(SyncHeldPackage.released_at.is_(None))
            .group_by(SyncHeldPackage.peer_device_id))}
        last_seq: dict[str, int] = {peer: int(seq) for peer, seq in session.execute(
            select(SyncPackage.peer_device_id, func.max(SyncPackage.seq))
            .where(SyncPackage.direction == "in", SyncPackage.status != "held")
            .group_by(SyncPackage.peer_device_id))}
        peers = {p.peer_device_id: p for p in session.scalars(select(SyncPeer))}
        rows = []
        for device in devices:
            peer = peers.get(device.device_id)
            rows.append(DeviceRow(
                device_id=device.device_id, team_no=device.team_no, label=device.label,
                fingerprint=display_fingerprint(device.sign_public), enrolled_at=device.enrolled_at,
                last_package_seq=last_seq.get(device.device_id), last_import_at=peer.last_import_at if peer else None,
                held=int(held.get(device.device_id, 0)), revoked_at=device.revoked_at,
                revoke_reason=device.revoke_reason,
            ))
        return rows


def own_fingerprint(ws: WorkspaceSession) -> str | None:
    """This workspace's signing-key fingerprint (None before its sync keys exist)."""
    with ws.read() as session:
        return _fingerprint(session.get(SyncDevice, ws.device_id))


def open_conflict_count(ws: WorkspaceSession) -> int:
    """Open conflicts in HQ's inbox this user may see (clue conflicts only with the clue key)."""
    with ws.read() as session:
        total = int(session.scalar(select(func.count()).select_from(SyncConflict)
                                   .where(SyncConflict.status == "open")) or 0)
        if ws.can_read_clues:
            total += int(session.scalar(select(func.count()).select_from(ClueConflict)
                                        .where(ClueConflict.status == "open")) or 0)
        return total
