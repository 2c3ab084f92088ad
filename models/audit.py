"""The audit trail: one append-only SHA-256 hash chain per device (docs/security.md §8).

Triggers refuse UPDATE and DELETE; that stops bugs and casual edits. Someone holding the key could drop
the triggers, which is why ``verify_chain`` recomputes every hash and HQ anchors the head it has seen.
No clue content is ever written here: ids and field names only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base

GENESIS_HASH = "0" * 64


class Problem(str):
    """One thing verification found wrong: its English text, plus a stable ``code`` and ``params`` from which
    the windows and the CLI write their own sentences."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, text: str, **params: Any) -> Problem:
        problem = super().__new__(cls, text)
        problem.code = code
        problem.params = params
        return problem


class AuditEvent(Base):
    __tablename__ = "audit_log"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    wall_time: Mapped[str] = mapped_column(String(32))
    hlc: Mapped[str] = mapped_column(String(64))
    actor_user: Mapped[str] = mapped_column(String(36))
    actor_role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str | None] = mapped_column(String(40), default=None)
    entity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    change_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail_json: Mapped[str] = mapped_column(Text, default="{}")

    HASHED_FIELDS = (
        "device_id", "seq", "prev_hash", "wall_time", "hlc", "actor_user", "actor_role", "action",
        "entity", "entity_id", "change_id", "detail_json",
    )

    def canonical(self) -> bytes:
        entry = {name: getattr(self, name) for name in self.HASHED_FIELDS}
        return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def compute_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


# The append-only triggers are created by the first migration (models/migrations/versions).


def chain_head(session: Session, device_id: str) -> tuple[int, str]:
    """(seq, entry_hash) of the last event of ``device_id``'s chain, (0, genesis) when empty."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.entry_hash)
        .where(AuditEvent.device_id == device_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def append_event(session: Session, *, head: tuple[int, str] | None = None, device_id: str, wall_time: str,
                 hlc: str, actor_user: str, actor_role: str, action: str, entity: str | None = None,
                 entity_id: str | None = None, change_id: str | None = None,
                 detail: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event to the device's chain inside the caller's transaction.

    ``head`` is the chain's current (seq, hash) when the caller already knows it (saves a query per event).
    """
    seq, prev = head if head is not None else chain_head(session, device_id)
    event = AuditEvent(
        device_id=device_id, seq=seq + 1, prev_hash=prev, wall_time=wall_time, hlc=hlc,
        actor_user=actor_user, actor_role=actor_role, action=action, entity=entity, entity_id=entity_id,
        change_id=change_id,
        detail_json=json.dumps(detail or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
    )
    event.entry_hash = event.compute_hash()
    session.add(event)
    return event


@dataclass
class ChainReport:
    device_id: str
    events: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session, device_id: str) -> ChainReport:
    """Walk one device's chain: no gap, no reorder, no altered entry."""
    report = ChainReport(device_id)
    prev, expected = GENESIS_HASH, 1
    for event in session.scalars(
        select(AuditEvent).where(AuditEvent.device_id == device_id).order_by(AuditEvent.seq)
    ):
        if event.seq != expected:
            report.problems.append(Problem("audit_entry_missing", f"audit #{expected}: missing (next is #{event.seq})",
                                           device=device_id, seq=expected, next=event.seq))
        if event.prev_hash != prev:
            report.problems.append(Problem("audit_link_broken", f"audit #{event.seq}: does not link to the entry "
                                           "before it", device=device_id, seq=event.seq))
        if event.compute_hash() != event.entry_hash:
            report.problems.append(Problem("audit_entry_altered", f"audit #{event.seq}: entry altered",
                                           device=device_id, seq=event.seq))
        prev, expected = event.entry_hash, event.seq + 1
        report.events += 1
    report.head_hash = prev
    return report
