"""What arrives and waits: the package log, import attempts, held packages, the backlog of received changes,
HQ's conflict inbox and the close-out records (docs/sync.md §2.2).

All local: never synced, never in a change record. Times are naive UTC like the rest of the schema.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class SyncPackage(Base):
    """The package log and idempotency index: imported, held and exported packages (never rejected ones)."""

    __tablename__ = "sync_package"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # 'in' | 'out'
    kind: Mapped[str] = mapped_column(String(20))
    peer_device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))  # 'imported' | 'held' | 'exported' | 'part_main' | ...
    created_wall: Mapped[datetime] = mapped_column(DateTime)
    created_hlc: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    main_from: Mapped[int | None] = mapped_column(Integer, default=None)
    main_to: Mapped[int | None] = mapped_column(Integer, default=None)
    audit_from: Mapped[int | None] = mapped_column(Integer, default=None)
    audit_to: Mapped[int | None] = mapped_column(Integer, default=None)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by_user: Mapped[str] = mapped_column(String(36), default="")
    summary_json: Mapped[str] = mapped_column(Text, default="{}")  # counts per outcome

    __table_args__ = (UniqueConstraint("direction", "peer_device_id", "seq"),)


class SyncImportAttempt(Base):
    """Every import attempt that was not a rejection (D6: a rejection writes nothing): imported,
    already_imported, held, released."""

    __tablename__ = "sync_import_attempt"

    attempt_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by_user: Mapped[str] = mapped_column(String(36), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    package_id: Mapped[str | None] = mapped_column(String(36), default=None)
    peer_device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    result: Mapped[str] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(40), default=None)
    reason_params_json: Mapped[str] = mapped_column(Text, default="{}")


class SyncHeldPackage(Base):
    """A package held back because changes before it are missing (the file is kept in ``<ws>/held/``)."""

    __tablename__ = "sync_held_package"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    stored_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    log: Mapped[str] = mapped_column(String(6))  # 'main' | 'clues'
    missing_from: Mapped[int] = mapped_column(Integer)
    missing_to: Mapped[int] = mapped_column(Integer)
    held_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    released_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class BacklogColumns:
    """A received change that waits (shared by ``sync_backlog`` and ``clue_backlog``). The change itself is
    already in the change log with outcome 'backlog'."""

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(24))  # 'unknown_base' | 'missing_row' | 'missing_reference' | ...
    waiting_for: Mapped[str] = mapped_column(String(80))  # a change id or ``entity:id``
    package_id: Mapped[str] = mapped_column(String(36))
    queued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    released_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncBacklog(BacklogColumns, Base):
    __tablename__ = "sync_backlog"


class ConflictColumns:
    """One conflict of HQ's inbox (shared by ``sync_conflict`` and ``clue_conflict``)."""

    conflict_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(60), default=None)  # NULL for row-level kinds
    kind: Mapped[str] = mapped_column(String(20))  # 'field' | 'delete_vs_edit' | 'edit_vs_delete' | 'duplicate_key'
    scope_team_id: Mapped[str] = mapped_column(String(36))
    base_json: Mapped[str] = mapped_column(Text, default="null")
    current_json: Mapped[str] = mapped_column(Text, default="null")
    incoming_json: Mapped[str] = mapped_column(Text, default="null")
    current_change_id: Mapped[str | None] = mapped_column(String(36), default=None)
    incoming_change_id: Mapped[str] = mapped_column(String(36))
    incoming_device_id: Mapped[str] = mapped_column(String(36))
    incoming_author: Mapped[str] = mapped_column(String(36))
    incoming_hlc: Mapped[str] = mapped_column(String(64))
    package_id: Mapped[str] = mapped_column(String(36))
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="open")  # 'open' | 'resolved'
    # 'keep_current' | 'take_incoming' | 'merged' | 'superseded'
    resolution: Mapped[str | None] = mapped_column(String(16), default=None)
    resolved_json: Mapped[str | None] = mapped_column(Text, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution_change_id: Mapped[str | None] = mapped_column(String(36), default=None)


class SyncConflict(ConflictColumns, Base):
    __tablename__ = "sync_conflict"

    __table_args__ = (
        Index("ix_sync_conflict_status_scope", "status", "scope_team_id"),
        Index("ix_sync_conflict_row", "entity", "entity_id", "status"),
    )


class SyncPurge(Base):
    """A round wiped at close-out (team side)."""

    __tablename__ = "sync_purge"

    round_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    wiped_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    wiped_by: Mapped[str] = mapped_column(String(36))
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    changes_purged: Mapped[int] = mapped_column(Integer, default=0)
    blobs_purged: Mapped[int] = mapped_column(Integer, default=0)
    through_device_seq: Mapped[int] = mapped_column(Integer, default=0)
