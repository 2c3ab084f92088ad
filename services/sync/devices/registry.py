"""The device registry: this workspace's own key pairs, the devices it knows, and the state per peer.

- Both HQ and a team device hold an X25519 ``encrypt`` and an Ed25519 ``sign`` pair in workspace.db (``sync_key``)
  and an X25519 ``clue`` pair in clues.db (``clue_key``): the private clue key never sits in workspace.db, so users
  without the clue role cannot open clue payloads.
- ``sync_device`` lists the devices this workspace knows: at HQ every enrolled team device and HQ itself; at a
  team, HQ (pinned at enroll-accept) and itself. Public keys only.
- The device list and revocation live in services/sync/devices/listing.py (re-exported here).
- Fingerprints: ``signing.fingerprint(sign_public)`` regrouped as 4 groups of 5 characters for reading aloud.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.clue_sync import ClueKey
from models.enums import WorkspaceKind
from models.sync import get_meta, set_meta
from models.sync_registry import SyncDevice, SyncKey, SyncPeer
from services.sync.crypto import keys, signing
from services.sync.devices.listing import HQ_KIND, TEAM_KIND, DeviceInfo, EnrollmentError, list_devices, revoke
from services.sync.package.rejections import PackageRejected

if TYPE_CHECKING:
    from services.changes import WriteTx
    from services.workspace import WorkspaceSession

__all__ = ["HQ_KIND", "TEAM_KIND", "DeviceInfo", "DeviceRecord", "EnrollmentError", "OwnKeys", "add_device",
           "clues_attached", "device", "display_fingerprint", "ensure_own_keys", "hq_device", "list_devices",
           "own_device_record", "own_keys", "peer", "pin_hq", "revoke", "sender_for", "team_id_of"]
ENCRYPT, SIGN, CLUE = "encrypt", "sign", "clue"
# Which package kind each side may receive, and from which kind of device.
RECEIVES = {HQ_KIND: ("team_to_hq", TEAM_KIND), TEAM_KIND: ("hq_to_team", HQ_KIND)}


def display_fingerprint(public: bytes) -> str:
    """The 20-character fingerprint of a public key as 4 groups of 5 (``"7KQ2M 9XD4A ..."``)."""
    chars = signing.fingerprint(public).replace(" ", "")
    return " ".join(chars[i:i + 5] for i in range(0, len(chars), 5))


@dataclass(frozen=True)
class OwnKeys:
    """This workspace's key pairs while unlocked. ``clue`` is None when clues.db is not attached."""

    device_id: str
    encryption: X25519PrivateKey
    signing: Ed25519PrivateKey
    clue: X25519PrivateKey | None
    enc_public: bytes
    sign_public: bytes
    clue_public: bytes | None

    @property
    def enc_key_id(self) -> str:
        return keys.key_id(self.enc_public)

    @property
    def sign_key_id(self) -> str:
        return keys.key_id(self.sign_public)

    @property
    def fingerprint(self) -> str:
        return display_fingerprint(self.sign_public)


@dataclass(frozen=True)
class DeviceRecord:
    """What one workspace tells another about itself: ids and public keys (a request, a grant, a pairing)."""

    device_id: str
    workspace_id: str
    label: str
    enc_public: bytes
    sign_public: bytes
    clue_public: bytes | None
    demo: bool

    @property
    def fingerprint(self) -> str:
        return display_fingerprint(self.sign_public)


def clues_attached(session: Session) -> bool:
    return any(row[1] == "clues" for row in session.execute(text("PRAGMA database_list")))


def _own_kind(session: Session) -> str:
    return HQ_KIND if get_meta(session, "kind") == WorkspaceKind.HQ.value else TEAM_KIND


def _active(session: Session, table: type[SyncKey] | type[ClueKey], purpose: str) -> SyncKey | ClueKey | None:
    stmt = select(table).where(table.purpose == purpose, table.retired_at.is_(None))
    return cast("SyncKey | ClueKey | None", session.scalars(stmt.order_by(table.created_at.desc()).limit(1)).first())


def _new_key(table: type[SyncKey] | type[ClueKey], purpose: str, private: X25519PrivateKey | Ed25519PrivateKey,
             now: datetime) -> SyncKey | ClueKey:
    public = keys.public_raw(private.public_key())
    raw = keys.private_raw(private)
    try:
        return table(key_id=keys.key_id(public), purpose=purpose, public_raw=public, private_raw=bytes(raw),
                     created_at=now)
    finally:
        raw[:] = bytes(len(raw))


def ensure_own_keys(tx: WriteTx) -> OwnKeys:
    """This workspace's key pairs, made on first use (encrypt + sign in workspace.db; the clue pair in clues.db
    when the session holds the clue key), plus this workspace's own ``sync_device`` row."""
    session, now = tx.session, tx.ws.clock.now().replace(tzinfo=None)
    made: dict[str, str] = {}
    for purpose, maker in ((ENCRYPT, X25519PrivateKey.generate), (SIGN, Ed25519PrivateKey.generate)):
        if _active(session, SyncKey, purpose) is None:
            row = _new_key(SyncKey, purpose, maker(), now)
            session.add(row)
            made[purpose] = row.key_id
    if clues_attached(session) and _active(session, ClueKey, CLUE) is None:
        row = _new_key(ClueKey, CLUE, X25519PrivateKey.generate(), now)
        session.add(row)
        made[CLUE] = row.key_id
    session.flush()
    record = own_device_record(session)
    own = session.get(SyncDevice, record.device_id)
    if own is None:
        add_device(tx, record, kind=_own_kind(session), team_id=None, team_no=tx.ws.team_no, round_id=None)
    elif made:
        _set_keys(own, record)
    if made:
        tx.audit("sync_keys_created", entity="sync_device", entity_id=record.device_id, detail={"keys": made})
    return own_keys(session)


def own_keys(session: Session) -> OwnKeys:
    device_id = get_meta(session, "device_id") or ""
    enc, sig = _active(session, SyncKey, ENCRYPT), _active(session, SyncKey, SIGN)
    if enc is None or sig is None:
        raise EnrollmentError("no_device_keys", "this workspace has no device keys yet")
    clue_row = _active(session, ClueKey, CLUE) if clues_attached(session) else None
    clue_public = clue_row.public_raw if clue_row is not None else None
    if clue_public is None:
        own = session.get(SyncDevice, device_id)
        clue_public = own.clue_public if own is not None else None
    return OwnKeys(device_id, keys.load_x25519_private(enc.private_raw), keys.load_ed25519_private(sig.private_raw),
                   keys.load_x25519_private(clue_row.private_raw) if clue_row is not None else None,
                   enc.public_raw, sig.public_raw, clue_public)


def own_device_record(session: Session) -> DeviceRecord:
    """This workspace as another one will know it (call ``ensure_own_keys`` first)."""
    own = own_keys(session)
    return DeviceRecord(own.device_id, get_meta(session, "workspace_id") or "", platform.node()[:120] or "?",
                        own.enc_public, own.sign_public, own.clue_public, get_meta(session, "demo") == "1")


def _set_keys(row: SyncDevice, record: DeviceRecord) -> None:
    row.enc_public, row.sign_public, row.clue_public = record.enc_public, record.sign_public, record.clue_public
    row.enc_key_id, row.sign_key_id = keys.key_id(record.enc_public), keys.key_id(record.sign_public)
    row.clue_key_id = keys.key_id(record.clue_public) if record.clue_public is not None else None
    row.fingerprint = record.fingerprint


def add_device(tx: WriteTx, record: DeviceRecord, *, kind: str, team_id: str | None, team_no: int | None,
               round_id: str | None, grant_id: str | None = None) -> SyncDevice:
    """Write a ``sync_device`` row (HQ registering a team device; either side's own row). A device already
    known (revoked or not) is refused: ``device_already_enrolled``."""
    if tx.session.get(SyncDevice, record.device_id) is not None:
        raise EnrollmentError("device_already_enrolled", device=record.device_id)
    row = SyncDevice(device_id=record.device_id, kind=kind, team_id=team_id, team_no=team_no, round_id=round_id,
                     workspace_id=record.workspace_id, label=record.label, demo=record.demo, grant_id=grant_id,
                     enrolled_at=tx.ws.clock.now().replace(tzinfo=None), enrolled_by=tx.ws.actor.user_id)
    _set_keys(row, record)
    tx.session.add(row)
    tx.session.flush()
    return row


def pin_hq(tx: WriteTx, record: DeviceRecord, *, team_id: str, team_no: int | None, round_id: str | None,
           grant_id: str | None = None) -> SyncDevice:
    """Team side: pin HQ's keys (a ``sync_device`` row of kind 'hq'), mark this workspace enrolled to the team."""
    session = tx.session
    if get_meta(session, "enrolled") == "1":
        raise EnrollmentError("already_enrolled")
    row = add_device(tx, record, kind=HQ_KIND, team_id=None, team_no=None, round_id=None, grant_id=grant_id)
    own = session.get(SyncDevice, get_meta(session, "device_id") or "")
    if own is not None:
        own.team_id, own.team_no, own.round_id, own.grant_id = team_id, team_no, round_id, grant_id
    for key, value in {"enrolled": "1", "team_id": team_id, "hq_device_id": record.device_id}.items():
        set_meta(session, key, value)
    peer(session, record.device_id)
    session.flush()
    return row


def device(session: Session, device_id: str) -> SyncDevice | None:
    return session.get(SyncDevice, device_id)


def hq_device(session: Session) -> SyncDevice:
    """HQ's device row: at a team the pinned HQ, at HQ its own row. ``not_enrolled`` when there is none."""
    row = session.scalars(select(SyncDevice).where(SyncDevice.kind == HQ_KIND, SyncDevice.revoked_at.is_(None))
                          .order_by(SyncDevice.enrolled_at).limit(1)).first()
    if row is None:
        raise EnrollmentError("not_enrolled")
    return row


def sender_for(session: Session, header: Any) -> SyncDevice:
    """Step 2 of the verification order: the known, unrevoked sender whose pinned key signed the header, for a
    package addressed to this workspace and of a kind it may receive. Raises ``PackageRejected``."""
    own_id = get_meta(session, "device_id") or ""
    kind = _own_kind(session)
    if kind == TEAM_KIND and get_meta(session, "enrolled") != "1":
        raise PackageRejected("not_enrolled")
    sender_id = str(header.sender_device)
    row = session.get(SyncDevice, sender_id)
    if row is None or sender_id == own_id:
        raise PackageRejected("unknown_sender", device=sender_id)
    if row.revoked_at is not None:
        raise PackageRejected("revoked_sender", device=sender_id)
    if header.sender_key_id != row.sign_key_id:
        raise PackageRejected("key_mismatch", device=sender_id)
    if header.recipient_device != own_id:
        raise PackageRejected("not_for_this_workspace")
    package_kind, sender_kind = RECEIVES[kind]
    if header.kind != package_kind or row.kind != sender_kind:
        raise PackageRejected("wrong_kind", kind=str(header.kind))
    return row


def peer(session: Session, device_id: str) -> SyncPeer:
    """The exchange state with ``device_id``, created (all zero) on first use."""
    row = session.get(SyncPeer, device_id)
    if row is None:
        row = SyncPeer(peer_device_id=device_id)
        session.add(row)
        session.flush()
    return row


def team_id_of(ws: WorkspaceSession) -> str:
    """The InspectionTeam id this team workspace is enrolled to (``not_enrolled`` before enroll-accept)."""
    with ws.read() as session:
        team_id = get_meta(session, "team_id")
    if not team_id:
        raise EnrollmentError("not_enrolled")
    return team_id
