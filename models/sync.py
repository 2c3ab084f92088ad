"""The change log (outbox, history and audit source at once) and the workspace's ``meta`` facts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class ChangeColumns:
    """The shape of one immutable change (docs/architecture.md §3.3), shared by both change logs.

    ``device_seq`` is gap-free per device and per log: the counter lives in the log's meta table and is
    bumped in the same transaction as the edit, under SQLite's single writer lock.
    """

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    base_change_id: Mapped[str | None] = mapped_column(String(36), default=None)
    before_json: Mapped[str] = mapped_column(Text)
    after_json: Mapped[str] = mapped_column(Text)
    author_user: Mapped[str] = mapped_column(String(36))
    author_role: Mapped[str] = mapped_column(String(20))
    hlc: Mapped[str] = mapped_column(String(64))
    wall_time: Mapped[datetime] = mapped_column(default=utcnow)
    acked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Position in *this* workspace's log (own and received changes alike): the watermark of update packages.
    log_pos: Mapped[int | None] = mapped_column(Integer, default=None, unique=True, index=True)
    # The package that brought a received change; NULL for the workspace's own changes.
    origin_package_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # What the merge made of a received change: applied / fast_forward / merged / conflict / noop / backlog / released.
    sync_outcome: Mapped[str | None] = mapped_column(String(16), default=None)


class ChangeRecord(ChangeColumns, Base):
    """One change of workspace.db: who changed which fields of which row, from what to what.

    The change log is at once the outbox to HQ, the row's history and the audit trail's source.
    """

    __tablename__ = "change_log"

    base_hq_version: Mapped[int | None] = mapped_column(Integer, default=None)

    __table_args__ = (UniqueConstraint("device_id", "device_seq"),)


class Meta(Base):
    """Facts about this workspace: kind, device id, team, counters, the HLC state."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def get_meta(session: object, key: str, default: str | None = None) -> str | None:
    row = session.get(Meta, key)  # type: ignore[attr-defined]
    return row.value if row is not None else default


def set_meta(session: object, key: str, value: str) -> None:
    row = session.get(Meta, key)  # type: ignore[attr-defined]
    if row is None:
        session.add(Meta(key=key, value=value))  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]
    else:
        row.value = value
