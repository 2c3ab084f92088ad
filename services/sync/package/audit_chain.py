"""The device's audit chain in a package: the signed head, and HQ's check that new events extend what it holds.

A team package carries the audit events since the last acknowledgement and the chain head signed by the device
(docs/security.md §8.3, docs/sync.md §3.4). HQ holds every team device's chain in its own ``audit_log`` (primary key
``(device_id, seq)``), so the head it holds is simply the last event it stored for that device. The check:

- the package's events are one contiguous piece of the device's chain: ``seq`` +1 each, each ``prev_hash`` the
  ``entry_hash`` before it, each ``entry_hash`` recomputed from the entry (else ``audit_chain_broken``);
- the events HQ holds already (a cumulative package repeats them) are byte-for-byte the ones stored, and the
  first new event links to the held head; a head below the held one is a chain that went back in time, e.g. a
  laptop restored from an old copy (``audit_regressed``);
- the last event is the signed head and the signature is the device's pinned key (``audit_chain_broken``);
- every change in the package has its audit event (``unaudited_change``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import GENESIS_HASH, AuditEvent, chain_head
from services.records import canonical_json as records_canonical_json
from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.errors import SignatureError
from services.sync.crypto.keys import key_id as key_id_of
from services.sync.crypto.signing import Signature, sign_bytes, verify_bytes
from services.sync.package.rejections import PackageRejected

if TYPE_CHECKING:
    from models.sync_registry import SyncDevice

HEAD_PURPOSE = b"audit-head"
EVENT_FIELDS = ("device_id", "seq", "prev_hash", "entry_hash", *[
    name for name in AuditEvent.HASHED_FIELDS if name not in ("device_id", "seq", "prev_hash")])


@dataclass(frozen=True)
class SignedHead:
    """The chain head (device, seq, entry hash, hlc) with the device's signature over ``head_message``."""

    device_id: str
    seq: int
    entry_hash: str
    hlc: str
    signature: bytes

    def to_row(self) -> dict[str, Any]:
        return {"device_id": self.device_id, "seq": self.seq, "entry_hash": self.entry_hash, "hlc": self.hlc,
                "signature": self.signature}


@dataclass(frozen=True)
class AuditCheck:
    """The events HQ does not hold yet, in order, and the head they lead to."""

    new_events: list[dict[str, Any]]
    new_head: SignedHead


def head_message(device_id: str, seq: int, entry_hash: str) -> bytes:
    return canonical_json({"device_id": device_id, "seq": seq, "entry_hash": entry_hash})


def entry_hash(event: dict[str, Any]) -> str:
    """SHA-256 of the event's canonical entry, exactly as ``AuditEvent.compute_hash``."""
    entry = {name: event[name] for name in AuditEvent.HASHED_FIELDS}
    return hashlib.sha256(records_canonical_json(entry).encode()).hexdigest()   # json.dumps(sort_keys, compact)


def event_dict(event: AuditEvent) -> dict[str, Any]:
    return {name: getattr(event, name) for name in EVENT_FIELDS}


def events_after(session: Session, device_id: str, after_seq: int) -> Iterable[dict[str, Any]]:
    """The device's events with ``seq > after_seq``, in order (one at a time)."""
    query = (select(AuditEvent).where(AuditEvent.device_id == device_id, AuditEvent.seq > after_seq)
             .order_by(AuditEvent.seq).execution_options(yield_per=500))
    for event in session.scalars(query):
        yield event_dict(event)


def sign_head(session: Session, device_id: str, sign_key: Ed25519PrivateKey) -> SignedHead:
    """Sign the current head of ``device_id``'s chain (the caller's transaction sees its own new events)."""
    session.flush()
    seq, head_hash = chain_head(session, device_id)
    hlc = session.scalar(select(AuditEvent.hlc).where(AuditEvent.device_id == device_id, AuditEvent.seq == seq))
    signature = sign_bytes(head_message(device_id, seq, head_hash), sign_key, purpose=HEAD_PURPOSE)
    return SignedHead(device_id, seq, head_hash, hlc or "", signature.value)


def verify_head(head: SignedHead, sign_public: bytes) -> None:
    """SignatureError unless ``head`` is signed by the key ``sign_public``."""
    kid = key_id_of(sign_public)
    verify_bytes(head_message(head.device_id, head.seq, head.entry_hash), Signature(kid, head.signature),
                 {kid: Ed25519PublicKey.from_public_bytes(sign_public)}, purpose=HEAD_PURPOSE)


def _broken(seq: int, why: str) -> PackageRejected:
    return PackageRejected("audit_chain_broken", f"audit #{seq}: {why}", seq=seq)


def _check_links(device_id: str, events: list[dict[str, Any]]) -> None:
    for i, event in enumerate(events):
        seq = event.get("seq")
        if event.get("device_id") != device_id or not isinstance(seq, int):
            raise _broken(seq if isinstance(seq, int) else 0, "not an event of the sending device")
        if i and (seq != events[i - 1]["seq"] + 1 or event["prev_hash"] != events[i - 1]["entry_hash"]):
            raise _broken(seq, "does not follow the event before it")
        try:
            recomputed = entry_hash(event)
        except KeyError as exc:
            raise _broken(seq, "incomplete entry") from exc
        if recomputed != event.get("entry_hash"):
            raise _broken(seq, "entry altered")


def _check_against_held(session: Session, device_id: str, events: list[dict[str, Any]],
                        held_seq: int, held_hash: str) -> None:
    first = events[0]["seq"]
    if first > held_seq + 1:
        raise _broken(held_seq + 1, "events missing before this package")
    overlap = [e for e in events if e["seq"] <= held_seq]
    if overlap:
        stored = {seq: entry for seq, entry in session.execute(
            select(AuditEvent.seq, AuditEvent.entry_hash)
            .where(AuditEvent.device_id == device_id, AuditEvent.seq.between(overlap[0]["seq"], held_seq)))}
        for event in overlap:
            if stored.get(event["seq"]) != event["entry_hash"]:
                raise PackageRejected("audit_regressed", f"audit #{event['seq']} differs from the one held",
                                      device=device_id, seq=event["seq"])
    after = [e for e in events if e["seq"] == held_seq + 1]
    if after and after[0]["prev_hash"] != (held_hash if held_seq else GENESIS_HASH):
        raise PackageRejected("audit_regressed", "the chain does not continue the head held", device=device_id,
                              seq=held_seq + 1)


def _check_audited(session: Session, device_id: str, events: list[dict[str, Any]], changes: set[str]) -> None:
    missing = changes - {e.get("change_id") for e in events}
    if missing:  # a change of an earlier package whose event HQ holds already
        held = set(session.scalars(select(AuditEvent.change_id).where(
            AuditEvent.device_id == device_id, AuditEvent.change_id.in_(sorted(missing)))))
        missing -= held
    if missing:
        change_id = min(missing)
        raise PackageRejected("unaudited_change", f"change {change_id} has no audit event", change_id=change_id)


def check_extends(session: Session, device: SyncDevice, events: list[dict[str, Any]], head: SignedHead,
                  changes: set[str]) -> AuditCheck:
    """PackageRejected (audit_chain_broken, audit_regressed, unaudited_change) unless ``events`` (ordered by
    seq) extend the chain HQ holds for ``device`` up to the signed ``head``; else the events new to HQ."""
    device_id = device.device_id
    held_seq, held_hash = chain_head(session, device_id)
    if head.device_id != device_id:
        raise _broken(head.seq, "head of another device")
    try:
        verify_head(head, device.sign_public)
    except SignatureError as exc:
        raise _broken(head.seq, "head signature does not verify") from exc
    if head.seq < held_seq:
        raise PackageRejected("audit_regressed", f"audit head #{head.seq} is behind #{held_seq}", device=device_id,
                              seq=head.seq, held=held_seq)
    if events:
        _check_links(device_id, events)
        _check_against_held(session, device_id, events, held_seq, held_hash)
        last = events[-1]
        if (last["seq"], last["entry_hash"]) != (head.seq, head.entry_hash):
            raise _broken(last["seq"], "the last event is not the signed head")
    elif (head.seq, head.entry_hash) != (held_seq, held_hash if held_seq else GENESIS_HASH):
        raise _broken(head.seq, "the signed head is not the one held and no events lead to it")
    _check_audited(session, device_id, events, changes)
    return AuditCheck([e for e in events if e["seq"] > held_seq], head)
