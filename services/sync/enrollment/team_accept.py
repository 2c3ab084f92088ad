"""Accepting an enrollment grant on a team laptop (the team half of services/sync/enrollment/).

``read_grant`` shows what a grant says (HQ's fingerprint for a person to compare with HQ's screen).
``accept_grant`` checks, in order and before writing anything: the file is a grant whose signature verifies with
the HQ key it names; it is addressed to this laptop and answers a request this laptop made and has not used;
this workspace is not enrolled and holds nothing beyond the default taxonomy (decision D1). Then ONE write
transaction pins HQ's keys, marks the workspace enrolled to the team and takes HQ's bootstrap rows through the
normal update path (``team_apply.apply_update``); any failure rolls all of it back.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import Role, WorkspaceKind
from models.sync import get_meta
from models.sync_inbox import SyncPackage
from models.sync_registry import SyncEnrollment
from services.progress import no_progress
from services.sync.crypto import keys
from services.sync.crypto.errors import KeyFormatError
from services.sync.crypto.sealing import zero
from services.sync.devices.registry import DeviceRecord, EnrollmentError, display_fingerprint, own_keys, peer, pin_hq
from services.sync.enrollment.request import GRANT, need, now_of, refuse_if_holding_data
from services.sync.package.container import file_facts, read_header, verify_and_extract, verify_bytes_only
from services.sync.package.header import PackageHeader, open_section_key
from services.sync.package.payload_read import open_payload
from services.sync.package.rejections import PackageRejected
from services.sync.report import AcceptInfo
from services.sync.updates.team_apply import apply_update

if TYPE_CHECKING:
    from services.changes import WriteTx
    from services.progress import CancelToken, Progress
    from services.workspace import WorkspaceSession

HQ_LABEL = "巡察办"


@dataclass(frozen=True)
class GrantPreview:
    path: Path
    device_id: str
    team_no: int
    round_id: str | None
    hq_device_id: str
    hq_fingerprint: str
    device_fingerprint: str = ""  # this laptop's own, when read_grant was given the workspace
    granted_wall: str = ""
    package_id: str = ""


def _grant_of(header: PackageHeader) -> dict[str, Any]:
    if header.kind != GRANT or header.grant is None:
        raise EnrollmentError("not_a_grant")
    return dict(header.grant)


def _verified(path: Path) -> tuple[PackageHeader, dict[str, Any], bytes]:
    """The grant's header and fields, its signature checked with the HQ sign key it names."""
    try:
        header = read_header(path)
        grant = _grant_of(header)
        hq_sign = keys.decode_b64(str(grant["hq_sign_public"]))
        if path.stat().st_size <= 64 << 20:
            verify_bytes_only(path.read_bytes(), header, hq_sign)
    except (PackageRejected, KeyFormatError, OSError) as exc:
        raise EnrollmentError("not_a_grant", str(exc), reason=getattr(exc, "code", "unreadable")) from exc
    return header, grant, hq_sign


def read_grant(path: Path, ws: WorkspaceSession | None = None) -> GrantPreview:
    """What a grant says, before accepting it. With ``ws``: also this laptop's own fingerprint, and
    ``grant_not_for_us`` when the grant names another device."""
    header, grant, hq_sign = _verified(path)
    own = ""
    if ws is not None:
        with ws.read() as session:
            if header.recipient_device != ws.device_id or grant["device_id"] != ws.device_id:
                raise EnrollmentError("grant_not_for_us")
            own = own_keys(session).fingerprint
    return GrantPreview(path, str(grant["device_id"]), int(grant["team_no"]), grant.get("round_id"),
                        str(grant["hq_device_id"]), display_fingerprint(hq_sign), own,
                        str(grant.get("granted_wall") or ""), header.package_id)


def _check(session: Session, ws: WorkspaceSession, header: PackageHeader, grant: dict[str, Any]) -> None:
    if get_meta(session, "enrolled") == "1":
        raise EnrollmentError("already_enrolled")
    if header.recipient_device != ws.device_id or grant["device_id"] != ws.device_id:
        raise EnrollmentError("grant_not_for_us")
    if grant["team_no"] != ws.team_no:
        raise EnrollmentError("team_mismatch", requested=ws.team_no, given=grant["team_no"])
    pending = session.scalar(select(SyncEnrollment).where(
        SyncEnrollment.side == "request", SyncEnrollment.request_sha256 == grant["request_sha256"],
        SyncEnrollment.device_id == ws.device_id))
    if pending is None or pending.status != "requested":
        raise EnrollmentError("unknown_request")
    refuse_if_holding_data(session)


def accept_grant(ws: WorkspaceSession, grant: Path, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> AcceptInfo:
    """Team leader: verify the grant, pin HQ, take HQ's bootstrap rows; all in one transaction."""
    need(ws, WorkspaceKind.TEAM, Role.TEAM_LEADER)
    header, fields, hq_sign = _verified(grant)
    with ws.read() as session:
        _check(session, ws, header, fields)
        own = own_keys(session)
    clue_text = fields["hq_clue_public"]
    hq_record = DeviceRecord(str(fields["hq_device_id"]), "", HQ_LABEL,
                             keys.decode_b64(str(fields["hq_enc_public"])), hq_sign,
                             keys.decode_b64(str(clue_text)) if clue_text else None, ws.demo)
    try:
        sections = verify_and_extract(grant, header, hq_sign, ws.path / "incoming", progress=progress,
                                      cancel=cancel)
    except PackageRejected as exc:
        raise EnrollmentError("not_a_grant", str(exc), reason=exc.code) from exc
    try:
        key = open_section_key(header, "main", own.encryption)
        try:
            reader = open_payload(sections["main"], key)
        finally:
            zero(key)
        with reader, ws.write() as tx:
            _check(tx.session, ws, header, fields)
            hq = pin_hq(tx, hq_record, team_id=str(fields["team_id"]), team_no=int(fields["team_no"]),
                        round_id=fields["round_id"], grant_id=header.package_id)
            counts = apply_update(tx, reader, hq, header.package_id, clue=False, progress=progress, cancel=cancel)
            _record_accept(tx, header, grant, fields, counts)
    finally:
        for path in sections.values():
            with contextlib.suppress(OSError):
                path.unlink()
    return AcceptInfo(ws.device_id, int(fields["team_no"]), hq_record.device_id, hq_record.fingerprint,
                      own.fingerprint, fields["round_id"], {str(k): int(v) for k, v in counts.items()})


def _record_accept(tx: WriteTx, header: PackageHeader, grant: Path, fields: dict[str, Any],
                   counts: dict[str, int]) -> None:
    size, digest = file_facts(grant)
    now = now_of(tx.ws)
    hq_id = str(fields["hq_device_id"])
    pending = tx.session.scalar(select(SyncEnrollment).where(
        SyncEnrollment.side == "request", SyncEnrollment.request_sha256 == fields["request_sha256"]))
    if pending is not None:
        pending.status, pending.grant_id, pending.grant_sha256 = "accepted", header.package_id, digest
        pending.decided_at, pending.decided_by = now, tx.ws.actor.user_id
    tx.session.add(SyncPackage(
        package_id=header.package_id, direction="in", kind=GRANT, peer_device_id=hq_id, seq=header.seq,
        status="imported", created_wall=datetime.fromisoformat(header.created_wall.rstrip("Z")),
        created_hlc=header.created_hlc, file_name=grant.name, file_sha256=digest, size_bytes=size, at=now,
        by_user=tx.ws.actor.user_id, summary_json=f'{{"row_states":{sum(counts.values())}}}'))
    state = peer(tx.session, hq_id)
    state.last_seq_in, state.last_package_in, state.last_import_at = header.seq, header.package_id, now
    tx.audit("grant_accepted", entity="sync_device", entity_id=hq_id,
             detail={"grant_id": header.package_id, "team_no": fields["team_no"], "round_id": fields["round_id"],
                     "hq_fingerprint": display_fingerprint(keys.decode_b64(str(fields["hq_sign_public"])))})
