"""Passing a possible clue on to the clue officer without seeing the compartment (提请线索管理员研判).

A member who notices, while writing a finding, that it may hold a clue marks the finding: that mark is an
audit event ``clue_referral`` naming the finding's id only (who and when come with every event). It needs
no clue key and puts no clue text anywhere; what the member knows is already in the finding they wrote.

The clue officer's side lives in the compartment: a referral is dealt with when the finding is linked to
a clue (``create_clue(..., from_finding_id=)`` or ``link_clue``), or when the officer decides there is no
clue, recorded as a ClueLink of kind ``referral`` keyed by the referral event (no clue id). So the main
database never says what became of a referral, and a member cannot tell a dismissed one from a clue.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from models.audit import AuditEvent
from models.clue import Clue, ClueLink
from models.finding import Finding
from models.organisation import UserAccount
from services.clues import require_clue_access
from services.errors import FieldProblem, InvalidFieldsError
from services.workspace import WorkspaceSession

CLUE_REFERRAL = "clue_referral"
REFERRAL_LINK = "referral"
_NAMESPACE = uuid.UUID("6f1d7a52-0c55-4a1e-9d8e-3a1f2b7c9e01")


@dataclass(frozen=True)
class Referral:
    key: str  # stable id of the referral event (its device and sequence number)
    finding_id: str
    finding_code: str
    finding_title: str
    referred_by: str
    referred_at: datetime


def referral_key(device_id: str, seq: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{device_id}/{seq}"))


def refer_finding(ws: WorkspaceSession, finding_id: str) -> None:
    """Mark a finding for the clue officer; any role may, no clue key needed."""
    with ws.write() as tx:
        finding = tx.session.get(Finding, finding_id)
        if finding is None or finding.is_deleted:
            raise InvalidFieldsError([FieldProblem("code", "unknown_reference", {"value": finding_id},
                                                   entity="finding")])
        tx.audit(CLUE_REFERRAL, entity="finding", entity_id=finding_id)


def last_referral(ws: WorkspaceSession, finding_id: str) -> datetime | None:
    """When the finding was last passed on (C2: the member who did it may see it), None if never."""
    with ws.read() as session:
        wall = session.scalar(select(AuditEvent.wall_time).where(
            AuditEvent.action == CLUE_REFERRAL, AuditEvent.entity_id == finding_id
        ).order_by(AuditEvent.wall_time.desc()).limit(1))
    return datetime.fromisoformat(wall) if wall else None


def open_referrals(ws: WorkspaceSession) -> list[Referral]:
    """Referrals the clue officer has not dealt with: no clue linked to the finding, not dismissed."""
    require_clue_access(ws)
    query = (
        select(AuditEvent.device_id, AuditEvent.seq, AuditEvent.wall_time, AuditEvent.entity_id, Finding.code,
               Finding.title, UserAccount.name)
        .join(Finding, Finding.id == AuditEvent.entity_id)
        .outerjoin(UserAccount, UserAccount.id == AuditEvent.actor_user)
        .where(AuditEvent.action == CLUE_REFERRAL, Finding.is_deleted.is_(False))
        .order_by(AuditEvent.wall_time, AuditEvent.seq)
    )
    with ws.read() as session:
        events = session.execute(query).all()
        linked = set(session.scalars(
            select(ClueLink.target_id).join(Clue, Clue.id == ClueLink.clue_id)
            .where(ClueLink.target_kind == "finding", ClueLink.is_deleted.is_(False), Clue.is_deleted.is_(False))))
        dismissed = set(session.scalars(select(ClueLink.target_id).where(
            ClueLink.target_kind == REFERRAL_LINK, ClueLink.is_deleted.is_(False))))
    latest: dict[str, Referral] = {}
    for device, seq, wall, finding_id, code, title, name in events:
        key = referral_key(device, seq)
        if finding_id is None or finding_id in linked or key in dismissed:
            continue
        latest[finding_id] = Referral(key, finding_id, code, title, name or "", datetime.fromisoformat(wall))
    return sorted(latest.values(), key=lambda r: r.referred_at)


def dismiss_referral(ws: WorkspaceSession, key: str, finding_id: str) -> None:
    """The officer looked and found no clue: recorded in the compartment only."""
    require_clue_access(ws)
    with ws.write() as tx:
        finding = tx.session.get(Finding, finding_id)
        scope = finding.scope_team_id if finding is not None else None
        # Its audit event is a plain "create clue_link", like the event of a real link: nothing tells them apart.
        tx.insert(ClueLink(clue_id="", target_kind=REFERRAL_LINK, target_id=key), scope_team_id=scope)
