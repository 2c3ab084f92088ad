"""The devices a workspace knows, as people see them, and revoking one (HQ administrator only, audited).

Also ``EnrollmentError``, the refusal of the enrollment and registry steps (services/sync/devices/registry.py,
enrollment/); its ``code`` picks the sentence in cli/ui messages.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from models.enums import Role, WorkspaceKind
from models.sync_registry import SyncDevice, SyncPeer
from services.errors import DomainError

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession

HQ_KIND, TEAM_KIND = "hq", "team"


class EnrollmentError(DomainError):
    """Enrollment or device registry input refused; ``code`` says why (sentences in cli/ui messages)."""

    code = "enrollment_refused"
    exit_code = 4

    def __init__(self, code: str, message: str = "", **params: Any) -> None:
        super().__init__(message or code, **params)
        self.code = code


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    kind: str
    team_no: int | None
    label: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    revoke_reason: str | None
    is_self: bool
    last_import_at: datetime | None = None
    last_export_at: datetime | None = None
    last_seq_in: int = 0
    last_seq_out: int = 0


def list_devices(ws: WorkspaceSession) -> list[DeviceInfo]:
    """Every device this workspace knows: HQ first, then teams by number and enrollment time."""
    with ws.read() as session:
        peers = {p.peer_device_id: p for p in session.scalars(select(SyncPeer))}
        rows = list(session.scalars(select(SyncDevice)))
    out = []
    for row in sorted(rows, key=lambda r: (r.kind != HQ_KIND, r.team_no or 0, r.enrolled_at)):
        p = peers.get(row.device_id)
        out.append(DeviceInfo(row.device_id, row.kind, row.team_no, row.label, row.fingerprint, row.enrolled_at,
                              row.revoked_at, row.revoke_reason, row.device_id == ws.device_id,
                              p.last_import_at if p else None, p.last_export_at if p else None,
                              p.last_seq_in if p else 0, p.last_seq_out if p else 0))
    return out


def revoke(ws: WorkspaceSession, device_id: str, reason: str) -> None:
    """HQ refuses every later package of ``device_id`` (HQ administrator only; audited with the reason)."""
    if ws.kind is not WorkspaceKind.HQ:
        raise EnrollmentError("hq_workspace_only")
    ws.require(Role.HQ_ADMIN)
    with ws.write() as tx:
        row = tx.session.get(SyncDevice, device_id)
        if row is None or row.kind != TEAM_KIND:
            raise EnrollmentError("unknown_device", device=device_id)
        if row.revoked_at is not None:
            raise EnrollmentError("already_revoked", device=device_id, at=row.revoked_at.isoformat(" ", "minutes"))
        row.revoked_at = ws.clock.now().replace(tzinfo=None)
        row.revoked_by, row.revoke_reason = ws.actor.user_id, reason.strip() or None
        tx.audit("device_revoked", entity="sync_device", entity_id=device_id,
                 detail={"team_no": row.team_no, "reason": row.revoke_reason or ""})
