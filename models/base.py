"""Declarative bases, the sync columns every synced table carries, and exact value types."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Boolean, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Rows that belong to HQ's shared reference data (rounds, teams, orgs, taxonomy) rather than to one team.
HQ_SCOPE = "hq"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Tables of workspace.db."""

    metadata = MetaData(naming_convention=NAMING)


class ClueBase(DeclarativeBase):
    """Tables of clues.db, the C3 compartment. Attached as schema ``clues``; never opened without the clue key."""

    metadata = MetaData(naming_convention=NAMING, schema="clues")


class WanYuan(TypeDecorator[Decimal]):
    """An amount in 万元, exact: stored as an integer count of 分 (1 万元 = 1,000,000 分).

    Integers sort and sum exactly in SQL; a float never touches the value.
    """

    impl = BigInteger
    cache_ok = True
    FEN_PER_WAN = 1_000_000

    def process_bind_param(self, value: Decimal | int | str | None, dialect: object) -> int | None:
        if value is None:
            return None
        try:
            fen = Decimal(str(value)) * self.FEN_PER_WAN
        except InvalidOperation as exc:
            raise ValueError(f"not an amount: {value!r}") from exc
        if fen != fen.to_integral_value():
            raise ValueError(f"amount {value} 万元 is finer than one 分")
        return int(fen)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / self.FEN_PER_WAN).normalize()


SYNC_FIELDS = frozenset(
    {
        "scope_team_id", "created_at", "created_by", "created_on_device", "updated_at", "updated_by",
        "updated_on_device", "hlc", "head_change_id", "local_version", "hq_version", "sync_state",
        "is_deleted", "deleted_at", "deleted_by", "delete_reason", "open_conflicts",
    }
)


class Synced:
    """The columns of docs/architecture.md §3.2 on every synced table. Set by services/changes.py only."""

    if TYPE_CHECKING:
        __tablename__: str

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    scope_team_id: Mapped[str] = mapped_column(String(36), default=HQ_SCOPE, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(36), default="")
    created_on_device: Mapped[str] = mapped_column(String(36), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(36), default="")
    updated_on_device: Mapped[str] = mapped_column(String(36), default="")
    hlc: Mapped[str] = mapped_column(String(64), default="")
    head_change_id: Mapped[str] = mapped_column(String(36), default="")
    local_version: Mapped[int] = mapped_column(Integer, default=0)
    hq_version: Mapped[int | None] = mapped_column(Integer, default=None)
    sync_state: Mapped[str] = mapped_column(String(12), default="pending")
    is_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    deleted_by: Mapped[str | None] = mapped_column(String(36), default=None)
    delete_reason: Mapped[str | None] = mapped_column(Text, default=None, info={"zh": "删除原因", "en": "Reason"})
    open_conflicts: Mapped[int] = mapped_column(Integer, default=0)
