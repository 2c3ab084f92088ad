"""The enrollment request file (``.xcreq``, docs/sync.md §4.1) and the "enroll first" rule (decision D1).

A request is canonical JSON: ``{format, v, request_id, workspace_id, device_id, team_no, label, demo,
enc_public, sign_public, clue_public, created_wall, schema}`` plus ``signature``, made by the device's own sign
key over the canonical body (purpose ``enroll-request``): proof that the sender holds the key, and a binding of
the encrypt and clue keys to it. HQ pins the keys only after a person compared the fingerprint with the laptop.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, not_, select
from sqlalchemy.orm import Session

from models.base import Base, ClueBase, Synced
from models.clue import ClueChange
from models.enums import Role, WorkspaceKind
from models.sync import ChangeRecord
from models.taxonomy import TaxonomyNode
from services.sync.crypto import keys
from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.errors import KeyFormatError, SignatureError
from services.sync.crypto.signing import Signature, sign_bytes, verify_bytes
from services.sync.devices.registry import DeviceRecord, EnrollmentError, clues_attached
from services.taxonomy import default_node_id, load_default_taxonomy

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession

FORMAT = "xuncha-enroll-request"
VERSION = 1
PURPOSE = b"enroll-request"
MAX_BYTES = 16384
FIELDS = frozenset({"format", "v", "request_id", "workspace_id", "device_id", "team_no", "label", "demo",
                    "enc_public", "sign_public", "clue_public", "created_wall", "schema"})


@dataclass(frozen=True)
class EnrollRequest:
    request_id: str
    team_no: int
    record: DeviceRecord
    created_wall: str
    sha256: str


def build_request(record: DeviceRecord, *, team_no: int, created_wall: str, schema: str,
                  signer: Any) -> tuple[bytes, EnrollRequest]:
    """The signed request file's bytes and what it says."""
    if record.clue_public is None:
        raise EnrollmentError("no_clue_key")
    body = {"format": FORMAT, "v": VERSION, "request_id": str(uuid.uuid4()), "workspace_id": record.workspace_id,
            "device_id": record.device_id, "team_no": team_no, "label": record.label, "demo": record.demo,
            "enc_public": keys.encode_b64(record.enc_public), "sign_public": keys.encode_b64(record.sign_public),
            "clue_public": keys.encode_b64(record.clue_public), "created_wall": created_wall, "schema": schema}
    signature = sign_bytes(canonical_json(body), signer, purpose=PURPOSE)
    data = canonical_json({**body, "signature": signature.to_json()})
    return data, EnrollRequest(str(body["request_id"]), team_no, record, created_wall,
                               hashlib.sha256(data).hexdigest())


def _bad(why: str) -> EnrollmentError:
    return EnrollmentError("bad_request", f"enrollment request: {why}", why=why)


def _text(body: dict[str, Any], key: str, limit: int) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise _bad(key)
    return value


def parse_request(data: bytes) -> EnrollRequest:
    """The request in ``data``, its self-signature checked; ``bad_request`` for anything else."""
    if not 0 < len(data) <= MAX_BYTES:
        raise _bad("size")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad("not JSON") from exc
    if not isinstance(body, dict) or set(body) != FIELDS | {"signature"}:
        raise _bad("fields")
    if body["format"] != FORMAT or body["v"] != VERSION:
        raise _bad("format")
    try:
        signature = Signature.from_json(body.pop("signature"))
        sign_public = keys.decode_b64(_text(body, "sign_public", 64))
        record = DeviceRecord(
            str(uuid.UUID(_text(body, "device_id", 36))), _text(body, "workspace_id", 36),
            _text(body, "label", 120), keys.decode_b64(_text(body, "enc_public", 64)), sign_public,
            keys.decode_b64(_text(body, "clue_public", 64)), body["demo"] is True)
        request_id = str(uuid.UUID(_text(body, "request_id", 36)))
        verify_bytes(canonical_json(body), signature, {keys.key_id(sign_public): keys.load_ed25519_public(sign_public)},
                     purpose=PURPOSE)
    except (KeyFormatError, SignatureError, ValueError, TypeError) as exc:
        raise _bad("signature or keys") from exc
    team_no = body["team_no"]
    if type(team_no) is not int or not 0 < team_no < 1000 or type(body["demo"]) is not bool:
        raise _bad("team_no")
    return EnrollRequest(request_id, team_no, record, _text(body, "created_wall", 40),
                         hashlib.sha256(data).hexdigest())


# ---- D1: enroll before entering data ----

def _synced_classes(base: type[Any]) -> list[type[Synced]]:
    return sorted((m.class_ for m in base.registry.mappers if issubclass(m.class_, Synced)),
                  key=lambda cls: cls.__tablename__)


def data_beyond_defaults(session: Session) -> dict[str, int]:
    """Rows this workspace holds beyond the default taxonomy (and user accounts, which are not synced): entity ->
    count. Own change records other than the default-taxonomy inserts count too. Empty = may enroll."""
    defaults = [default_node_id(spec.scheme, node.code) for spec in load_default_taxonomy()
                for node, _ in spec.walk()]
    found: dict[str, int] = {}
    classes = _synced_classes(Base) + (_synced_classes(ClueBase) if clues_attached(session) else [])
    for cls in classes:
        query = select(func.count()).select_from(cls)
        if cls is TaxonomyNode:
            query = query.where(not_(TaxonomyNode.id.in_(defaults)))
        count = int(session.scalar(query) or 0)
        if count:
            found[cls.__tablename__] = count
    other_changes = select(func.count()).select_from(ChangeRecord).where(not_(
        (ChangeRecord.op == "insert") & (ChangeRecord.entity == TaxonomyNode.__tablename__)
        & ChangeRecord.entity_id.in_(defaults)))
    count = int(session.scalar(other_changes) or 0)
    if clues_attached(session):
        count += int(session.scalar(select(func.count()).select_from(ClueChange)) or 0)
    if count:
        found["change_log"] = count
    return found


def refuse_if_holding_data(session: Session) -> None:
    found = data_beyond_defaults(session)
    if found:
        raise EnrollmentError("workspace_not_empty", "the workspace holds data; enroll before entering data",
                              count=sum(v for k, v in found.items() if k != "change_log") or found["change_log"],
                              tables=found)


# ---- small shared helpers of register.py and team_accept.py ----

GRANT = "enrollment_grant"


def now_of(ws: WorkspaceSession) -> datetime:
    return ws.clock.now().replace(tzinfo=None)


def wall(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds") + "Z"


def need(ws: WorkspaceSession, kind: WorkspaceKind, role: Role) -> None:
    """D5: enrollment steps belong to one role on one kind of workspace."""
    if ws.kind is not kind:
        raise EnrollmentError(f"{kind}_workspace_only")
    ws.require(role)
