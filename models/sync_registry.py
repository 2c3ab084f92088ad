"""Who this workspace exchanges packages with: its own key pairs, the enrolled devices, enrollment requests and
grants, and per peer device the state of both directions of the exchange (docs/sync.md §2.2).

All local: never synced, never in a change record. Times are naive UTC like the rest of the schema.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.audit import GENESIS_HASH
from models.base import Base, utcnow


class KeyColumns:
    """One key pair of this workspace (shared by ``sync_key`` and the compartment's ``clue_key``)."""

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)  # services.sync.crypto.keys.key_id(public)
    purpose: Mapped[str] = mapped_column(String(12))  # 'encrypt' | 'sign' | 'clue'
    public_raw: Mapped[bytes] = mapped_column(LargeBinary(32))
    private_raw: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncKey(KeyColumns, Base):
    """This workspace's own key pairs (HQ and team device alike: encrypt + sign)."""

    __tablename__ = "sync_key"


class SyncDevice(Base):
    """The device registry. At HQ: every enrolled team device, plus HQ itself (kind 'hq'). At a team: the pinned
    HQ and itself."""

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # 'team' | 'hq'
    team_id: Mapped[str | None] = mapped_column(String(36), default=None)  # InspectionTeam id
    team_no: Mapped[int | None] = mapped_column(Integer, default=None)
    round_id: Mapped[str | None] = mapped_column(String(36), default=None)
    workspace_id: Mapped[str] = mapped_column(String(36), default="")
    label: Mapped[str] = mapped_column(String(120), default="")  # the laptop's name (platform.node())
    enc_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    sign_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    clue_public: Mapped[bytes | None] = mapped_column(LargeBinary(32), default=None)
    enc_key_id: Mapped[str] = mapped_column(String(32))
    sign_key_id: Mapped[str] = mapped_column(String(32))
    clue_key_id: Mapped[str | None] = mapped_column(String(32), default=None)
    fingerprint: Mapped[str] = mapped_column(String(32))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    enrolled_by: Mapped[str] = mapped_column(String(36), default="")
    grant_id: Mapped[str | None] = mapped_column(String(36), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    revoked_by: Mapped[str | None] = mapped_column(String(36), default=None)
    revoke_reason: Mapped[str | None] = mapped_column(Text, default=None)


class SyncEnrollment(Base):
    """An enrollment request made (team side) or a grant issued (HQ side)."""

    __tablename__ = "sync_enrollment"

    enrollment_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # = the request id
    side: Mapped[str] = mapped_column(String(8))  # 'request' | 'grant'
    device_id: Mapped[str] = mapped_column(String(36))
    team_no: Mapped[int | None] = mapped_column(Integer, default=None)
    request_sha256: Mapped[str] = mapped_column(String(64))
    grant_id: Mapped[str | None] = mapped_column(String(36), default=None)
    grant_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(12))  # 'requested' | 'granted' | 'accepted' | 'refused'
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    decided_by: Mapped[str | None] = mapped_column(String(36), default=None)


class SyncPeer(Base):
    """Per peer device, both directions of the exchange of the main log (the clue log's state is in clues.db)."""

    __tablename__ = "sync_peer"

    peer_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # in: what this workspace holds of the peer
    last_seq_in: Mapped[int] = mapped_column(Integer, default=0)
    last_package_in: Mapped[str | None] = mapped_column(String(36), default=None)
    applied_device_seq: Mapped[int] = mapped_column(Integer, default=0)  # highest contiguous device_seq held here
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
    audit_head_sig: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # the peer's signed head
    max_remote_hlc: Mapped[str] = mapped_column(String(64), default="")
    clock_flagged_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # out: what the peer holds of this workspace
    last_seq_out: Mapped[int] = mapped_column(Integer, default=0)  # our package counter to this peer
    peer_acked_seq_out: Mapped[int] = mapped_column(Integer, default=0)  # last of our packages the peer imported
    peer_acked_pos: Mapped[int] = mapped_column(Integer, default=0)  # our main log_pos the peer holds
    acked_by_peer_device_seq: Mapped[int] = mapped_column(Integer, default=0)  # team: own device_seq HQ holds
    acked_by_peer_audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    purged_rounds_json: Mapped[str] = mapped_column(Text, default="[]")  # HQ: rounds the team wiped
    last_import_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
