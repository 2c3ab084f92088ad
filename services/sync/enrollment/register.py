"""Enrollment by file, with the laptop present (docs/sync.md §4, decisions D1 and D5).

Team leader: ``make_request`` writes a self-signed ``.xcreq``. HQ administrator: ``register_device`` checks it,
records the device and writes a signed ``.xcgrant`` container (kind ``enrollment_grant``, seq 1) whose main
section carries the bootstrap row states (round, team, members, assignments, their units, HQ taxonomy) sealed to
the device. Team leader: ``read_grant`` shows HQ's fingerprint; ``accept_grant`` verifies the grant with the key
it names (trust on first use plus a person comparing fingerprints), checks it answers this workspace's own
pending request, pins HQ and applies the bootstrap through the normal update path, in one transaction.
"""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from models.enums import Role, WorkspaceKind
from models.migrate import CLUE_SCRIPTS, head_revision
from models.organisation import InspectionRound, InspectionTeam
from models.store import atomic_write
from models.sync import get_meta
from models.sync_inbox import SyncPackage
from models.sync_registry import SyncEnrollment
from services.leftovers import GRANT_SCRATCH_PREFIX
from services.sync.crypto import keys
from services.sync.crypto.sealing import new_data_key, zero
from services.sync.devices.registry import (
    EnrollmentError,
    add_device,
    ensure_own_keys,
    own_device_record,
    peer,
)
from services.sync.enrollment.request import (
    GRANT,
    EnrollRequest,
    build_request,
    need,
    now_of,
    parse_request,
    refuse_if_holding_data,
    wall,
)
from services.sync.enrollment.team_accept import GrantPreview, accept_grant, read_grant
from services.sync.package.container import file_facts, write_container
from services.sync.package.header import PackageHeader, Section, seal_sections
from services.sync.package.payload_write import PayloadWriter
from services.sync.updates.hq_export import write_update_payload

if TYPE_CHECKING:
    from services.changes import WriteTx
    from services.workspace import WorkspaceSession

__all__ = ["GrantInfo", "GrantPreview", "RequestInfo", "accept_grant", "check_can_enroll", "make_request", "read_grant",
           "register_device"]
APP_VERSION = "0.1.0"


@dataclass(frozen=True)
class RequestInfo:
    path: Path
    device_id: str
    fingerprint: str


@dataclass(frozen=True)
class GrantInfo:
    path: Path
    device_id: str
    team_no: int
    device_fingerprint: str
    hq_fingerprint: str
    round_id: str = ""
    round_title: str = ""
    rows: int = 0


def check_can_enroll(ws: WorkspaceSession) -> None:
    """Whether this team laptop may request or accept enrollment now (role, kind, not enrolled, D1); else the
    EnrollmentError/NotPermittedError the action itself would raise. The windows ask before offering it."""
    need(ws, WorkspaceKind.TEAM, Role.TEAM_LEADER)
    with ws.read() as session:
        if get_meta(session, "enrolled") == "1":
            raise EnrollmentError("already_enrolled")
        refuse_if_holding_data(session)


def make_request(ws: WorkspaceSession, out: Path) -> RequestInfo:
    """Team leader: this laptop's keys (made on first use) in a self-signed request file for HQ."""
    need(ws, WorkspaceKind.TEAM, Role.TEAM_LEADER)
    with ws.write() as tx:
        if get_meta(tx.session, "enrolled") == "1":
            raise EnrollmentError("already_enrolled")
        refuse_if_holding_data(tx.session)
        signer = ensure_own_keys(tx).signing
        record = own_device_record(tx.session)
        data, request = build_request(record, team_no=ws.team_no or 0, created_wall=wall(now_of(ws)),
                                      schema=head_revision(), signer=signer)
        tx.session.add(SyncEnrollment(enrollment_id=request.request_id, side="request", device_id=record.device_id,
                                      team_no=ws.team_no, request_sha256=request.sha256, status="requested",
                                      created_at=now_of(ws)))
        tx.audit("enroll_requested", entity="sync_enrollment", entity_id=request.request_id,
                 detail={"request_sha256": request.sha256, "fingerprint": record.fingerprint})
        with atomic_write(out) as handle:
            handle.write(data)
    return RequestInfo(out, record.device_id, record.fingerprint)


def _team(tx: WriteTx, team_no: int, round_id: str | None) -> tuple[InspectionTeam, InspectionRound]:
    query = (select(InspectionTeam, InspectionRound)
             .join(InspectionRound, InspectionTeam.round_id == InspectionRound.id)
             .where(InspectionTeam.team_no == team_no, InspectionTeam.is_deleted.is_(False),
                    InspectionRound.is_deleted.is_(False)))
    if round_id:
        query = query.where(InspectionRound.id == round_id)
    found = tx.session.execute(query.order_by(InspectionRound.created_at.desc()).limit(1)).first()
    if found is None:
        raise EnrollmentError("unknown_team", team_no=team_no, round=round_id or "")
    return found[0], found[1]


def register_device(ws: WorkspaceSession, request: Path, *, team_no: int, round_id: str | None,
                    out: Path) -> GrantInfo:
    """HQ administrator: register the requesting laptop to team ``team_no`` and write its signed grant."""
    need(ws, WorkspaceKind.HQ, Role.HQ_ADMIN)
    try:
        req = parse_request(request.read_bytes())
    except OSError as exc:
        raise EnrollmentError("bad_request", why="unreadable", path=str(request)) from exc
    if req.team_no != team_no:
        raise EnrollmentError("team_mismatch", requested=req.team_no, given=team_no)
    if req.record.demo != ws.demo:
        raise EnrollmentError("demo_mismatch")
    written = False
    try:
        with ws.write() as tx, tempfile.TemporaryDirectory(dir=ws.path, prefix=GRANT_SCRATCH_PREFIX) as tmp:
            if tx.session.get(SyncEnrollment, req.request_id) is not None:
                raise EnrollmentError("device_already_enrolled", device=req.record.device_id)
            hq = ensure_own_keys(tx)
            team, round_ = _team(tx, team_no, round_id)
            grant_id, now = str(uuid.uuid4()), now_of(ws)
            device = add_device(tx, req.record, kind="team", team_id=team.id, team_no=team_no, round_id=round_.id,
                                grant_id=grant_id)
            payload = Path(tmp) / "main.db"
            key = new_data_key()
            try:
                rows = _write_bootstrap(tx, device, payload, key, grant_id, hq.device_id)
                size, digest = file_facts(payload)
                stamp = tx._stamp()[0]
                header = PackageHeader(
                    package_id=grant_id, kind=GRANT, sender_device=hq.device_id, sender_key_id=hq.sign_key_id,
                    recipient_device=device.device_id, seq=1,
                    schema={"main": head_revision(), "clues": head_revision(CLUE_SCRIPTS)}, app_version=APP_VERSION,
                    created_wall=wall(now), created_hlc=stamp, main_range=None, audit_range=None,
                    sections=(Section("main", size, digest),), grant=_grant_fields(hq, device, team, round_, req, now))
                header = seal_sections(header, {"main": key}, {"main": [keys.load_x25519_public(device.enc_public)]})
            finally:
                zero(key)
            write_container(out, header, [payload], hq.signing)
            written = True
            _record_grant(tx, req, device.device_id, grant_id, header, out, rows)
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return GrantInfo(out, device.device_id, team_no, req.record.fingerprint, hq.fingerprint, round_.id,
                     round_.title, rows)


def _grant_fields(hq: Any, device: Any, team: InspectionTeam, round_: InspectionRound, req: EnrollRequest,
                 now: datetime) -> dict[str, Any]:
    return {"device_id": device.device_id, "team_id": team.id, "team_no": team.team_no, "round_id": round_.id,
            "hq_device_id": hq.device_id, "hq_enc_public": keys.encode_b64(hq.enc_public),
            "hq_sign_public": keys.encode_b64(hq.sign_public),
            "hq_clue_public": keys.encode_b64(hq.clue_public) if hq.clue_public else None,
            "request_sha256": req.sha256, "granted_wall": wall(now)}


def _write_bootstrap(tx: WriteTx, device: Any, payload: Path, key: bytearray, grant_id: str,
                     hq_device_id: str) -> int:
    """The grant's main payload, written exactly like an update from position 0: HQ's rows the device's team
    needs, as row states, and the acknowledgements (``hq_pos`` = what the row states cover of HQ's log)."""
    with PayloadWriter(payload, key) as writer:
        counts = write_update_payload(tx.session, device, writer, since_pos=0,
                                      info={"package_id": grant_id, "kind": GRANT, "sender_device": hq_device_id})
    return counts.rows


def _record_grant(tx: WriteTx, req: EnrollRequest, device_id: str, grant_id: str, header: PackageHeader, out: Path,
                  rows: int) -> None:
    size, digest = file_facts(out)
    now = now_of(tx.ws)
    tx.session.add(SyncEnrollment(
        enrollment_id=req.request_id, side="grant", device_id=device_id, team_no=req.team_no,
        request_sha256=req.sha256, grant_id=grant_id, grant_sha256=digest, status="granted", created_at=now,
        decided_at=now, decided_by=tx.ws.actor.user_id))
    tx.session.add(SyncPackage(
        package_id=grant_id, direction="out", kind=GRANT, peer_device_id=device_id, seq=1, status="exported",
        created_wall=now, created_hlc=header.created_hlc, file_name=out.name, file_sha256=digest, size_bytes=size,
        at=now, by_user=tx.ws.actor.user_id, summary_json=f'{{"row_states":{rows}}}'))
    state = peer(tx.session, device_id)
    state.last_seq_out, state.last_export_at = 1, now
    tx.audit("device_enrolled", entity="sync_device", entity_id=device_id,
             detail={"team_no": req.team_no, "grant_id": grant_id, "fingerprint": req.record.fingerprint,
                     "row_states": rows})


# ---- what the windows show before acting ----

@dataclass(frozen=True)
class RequestPreview:
    device_id: str
    team_no: int
    label: str
    fingerprint: str
    demo: bool
    created_wall: str


@dataclass(frozen=True)
class TeamChoice:
    team_id: str
    team_no: int
    name: str
    round_id: str
    round_title: str


def preview_request(path: Path) -> RequestPreview:
    """What a request file says (its self-signature checked), for HQ to compare with the laptop's screen."""
    try:
        req = parse_request(path.read_bytes())
    except OSError as exc:
        raise EnrollmentError("bad_request", why="unreadable", path=str(path)) from exc
    return RequestPreview(req.record.device_id, req.team_no, req.record.label, req.record.fingerprint,
                          req.record.demo, req.created_wall)


def enrollment_teams(ws: WorkspaceSession) -> list[TeamChoice]:
    """The teams a device can be registered to: every live team of every live round, newest round first."""
    query = (select(InspectionTeam, InspectionRound)
             .join(InspectionRound, InspectionTeam.round_id == InspectionRound.id)
             .where(InspectionTeam.is_deleted.is_(False), InspectionRound.is_deleted.is_(False))
             .order_by(InspectionRound.created_at.desc(), InspectionTeam.team_no))
    with ws.read() as session:
        return [TeamChoice(team.id, team.team_no, team.name, round_.id, round_.title)
                for team, round_ in session.execute(query)]
