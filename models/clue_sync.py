"""The exchange state of the clue compartment, kept in clues.db itself (docs/sync.md §2.3).

The clue key pair's private part never sits in workspace.db, so HQ members without the clue role cannot open
clue payloads; the clue log's watermarks live beside the clue log so that both commit together.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import ClueBase, utcnow
from models.sync_inbox import BacklogColumns, ConflictColumns
from models.sync_registry import KeyColumns


class ClueKey(KeyColumns, ClueBase):
    """HQ's clue key pair, or a team device's clue-receiving pair (purpose 'clue')."""

    __tablename__ = "clue_key"


class CluePeer(ClueBase):
    """Per peer device, the clue log's exchange state."""

    __tablename__ = "clue_peer"

    peer_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    applied_clue_seq: Mapped[int] = mapped_column(Integer, default=0)  # highest contiguous clue seq held here
    acked_by_peer_clue_seq: Mapped[int] = mapped_column(Integer, default=0)  # team: own clue seq HQ holds
    peer_acked_clue_pos: Mapped[int] = mapped_column(Integer, default=0)  # our clue log_pos the peer holds
    last_package_in: Mapped[str | None] = mapped_column(String(36), default=None)


class CluePackage(ClueBase):
    """The clue part of a package, recorded in the database it changed (per-DB idempotency, docs/sync.md §6.3)."""

    __tablename__ = "clue_package"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    clue_from: Mapped[int | None] = mapped_column(Integer, default=None)
    clue_to: Mapped[int | None] = mapped_column(Integer, default=None)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class ClueConflict(ConflictColumns, ClueBase):
    __tablename__ = "clue_conflict"

    __table_args__ = (
        Index("ix_clue_conflict_status_scope", "status", "scope_team_id"),
        Index("ix_clue_conflict_row", "entity", "entity_id", "status"),
    )


class ClueBacklog(BacklogColumns, ClueBase):
    __tablename__ = "clue_backlog"
