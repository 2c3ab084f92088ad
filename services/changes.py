"""Every edit, one transaction: the row, its change record and its audit event (SECURITY_SYNC.md §3, §6).

Services open ``with session.write() as tx`` and call ``tx.insert``, ``tx.update`` or ``tx.delete``;
nothing else sets the sync columns or writes the change log. Clue rows (models.clue) get their change
record in the compartment's own log, and their audit event names ids and fields only.
"""

from __future__ import annotations

import enum
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from models.audit import AuditEvent, append_event, chain_head
from models.base import SYNC_FIELDS, ClueBase, Synced
from models.clue import ClueChange, ClueMeta
from models.sync import ChangeRecord, get_meta, set_meta
from services.errors import NotPermittedError, StaleEditError
from services.hlc import HybridClock

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession


PLAIN = frozenset({str, int, bool, type(None), float})


def to_jsonable(value: Any) -> Any:
    """The change-record form of a column value: exact and stable (Decimal as text, dates as ISO)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def canonical_json(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def apply_column_defaults(obj: object) -> None:
    """Fill unset attributes from their Python-side column defaults, as the INSERT would, without a flush."""
    for attr in inspect(type(obj)).column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is not None or column.default is None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)  # type: ignore[attr-defined]
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))  # type: ignore[attr-defined]


def content_fields(obj: Synced) -> list[str]:
    """The fields a change record carries: every mapped column but the sync bookkeeping."""
    return [attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in SYNC_FIELDS]


@dataclass
class WriteTx:
    """An open write transaction of one actor. Created by WorkspaceSession.write()."""

    session: Session
    ws: WorkspaceSession
    # Counters of this transaction: read once, advanced in memory, written back by finish(). Safe because
    # BEGIN IMMEDIATE makes this the only writer until commit; it saves queries and flushes on every edit.
    _clock: HybridClock | None = field(default=None, repr=False)
    _seq: dict[bool, int] = field(default_factory=dict, repr=False)
    _audit_head: tuple[int, str] | None = field(default=None, repr=False)

    def finish(self) -> None:
        """Write the counters back; WorkspaceSession.write() calls it just before COMMIT."""
        if self._clock is not None:
            self._clock.save(self.session)
        if False in self._seq:
            set_meta(self.session, "device_seq", str(self._seq[False]))
        if True in self._seq:
            row = self.session.get(ClueMeta, "device_seq")
            if row is None:
                self.session.add(ClueMeta(key="device_seq", value=str(self._seq[True])))
            else:
                row.value = str(self._seq[True])
        self.session.flush()

    # ---- the three edits ----

    def insert(self, obj: Synced, *, scope_team_id: str | None = None) -> str:
        self._guard(obj)
        stamp, now = self._stamp()
        change_id = str(uuid.uuid4())
        obj.id = obj.id or str(uuid.uuid4())
        if scope_team_id is not None:
            obj.scope_team_id = scope_team_id
        actor, device = self.ws.actor.user_id, self.ws.device_id
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = actor
        obj.created_on_device = obj.updated_on_device = device
        obj.hlc, obj.head_change_id, obj.local_version = stamp, change_id, 1
        obj.sync_state, obj.is_deleted, obj.open_conflicts = "pending", False, 0
        apply_column_defaults(obj)
        self.session.add(obj)
        after = {name: to_jsonable(getattr(obj, name)) for name in content_fields(obj)}
        after["scope_team_id"] = obj.scope_team_id
        self._record(obj, "insert", change_id, None, {}, after, stamp, now)
        return change_id

    def insert_many(self, entity_type: type[Synced], rows: Sequence[dict[str, Any]], *,
                    scope_team_id: str | None = None) -> list[str]:
        """Insert many new rows of one entity at once (an Excel import), given as dicts of column values.

        Each row gets its sync columns, its change record and its audit event exactly as ``insert`` gives
        them; rows, records and events are then written with one executemany each, without ORM objects (their
        instrumentation costs more than the SQL). Returns the ids of the new rows, in order."""
        if not rows:
            return []
        probe = entity_type()
        self._guard(probe)
        self.session.flush()  # rows the ORM still holds (e.g. a parent made just before) go first
        mapper = inspect(entity_type)
        defaults: dict[str, Any] = {}
        factories: dict[str, Any] = {}
        for attr in mapper.column_attrs:
            default = attr.columns[0].default
            if default is None:
                defaults[attr.key] = None
            elif default.is_scalar:
                defaults[attr.key] = default.arg  # type: ignore[attr-defined]
            elif default.is_callable:
                factories[attr.key] = default.arg  # type: ignore[attr-defined]
        fields = content_fields(probe)
        clue = isinstance(probe, ClueBase)
        record_table = (ClueChange if clue else ChangeRecord).__table__
        entity = entity_type.__tablename__
        actor, device, role = self.ws.actor.user_id, self.ws.device_id, self.ws.actor.role
        if self._audit_head is None:
            self._audit_head = chain_head(self.session, device)
        seq, head = self._audit_head
        detail = canonical_json({"fields": sorted([*fields, "scope_team_id"])})  # the same for every row
        values: list[dict[str, Any]] = []
        records: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for given in rows:
            stamp, now = self._stamp()
            change_id = str(uuid.uuid4())
            row = {**defaults, **{k: f(None) for k, f in factories.items() if given.get(k) is None}}
            row.update((k, v) for k, v in given.items() if v is not None)
            row["id"] = given.get("id") or str(uuid.uuid4())
            if scope_team_id is not None:
                row["scope_team_id"] = scope_team_id
            row.update(created_at=now, updated_at=now, created_by=actor, updated_by=actor, created_on_device=device,
                       updated_on_device=device, hlc=stamp, head_change_id=change_id, local_version=1,
                       sync_state="pending", is_deleted=False, open_conflicts=0)
            values.append(row)
            after = {name: (value if type(value) in PLAIN else to_jsonable(value))
                     for name in fields for value in (row[name],)}
            after["scope_team_id"] = row["scope_team_id"]
            record = {
                "change_id": change_id, "device_id": device, "device_seq": self._next_seq(clue), "entity": entity,
                "entity_id": row["id"], "op": "insert", "base_change_id": None, "before_json": "{}",
                "after_json": canonical_json(after), "author_user": actor, "author_role": role, "hlc": stamp,
                "wall_time": now, "acked": False,
            }
            if not clue:
                record["base_hq_version"] = None
            records.append(record)
            event = {
                "device_id": device, "seq": seq + 1, "prev_hash": head, "wall_time": now.isoformat(), "hlc": stamp,
                "actor_user": actor, "actor_role": role, "action": "create", "entity": entity, "entity_id": row["id"],
                "change_id": change_id, "detail_json": detail,
            }
            entry = {name: event[name] for name in AuditEvent.HASHED_FIELDS}
            event["entry_hash"] = hashlib.sha256(canonical_json(entry).encode()).hexdigest()
            seq, head = event["seq"], event["entry_hash"]
            events.append(event)
        for table, batch in ((mapper.local_table, values), (record_table, records), (AuditEvent.__table__, events)):
            self._executemany(table, batch)
        self._audit_head = (seq, head)
        return [row["id"] for row in values]

    def _executemany(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """One DBAPI executemany with the columns' own bind processing (what Core would do, minus its per-row
        parameter bookkeeping, which costs more than SQLite's work on a wide table)."""
        connection = self.session.connection()
        dialect = connection.dialect
        columns = list(table.columns)
        processors = [column.type.bind_processor(dialect) for column in columns]
        names = [column.key for column in columns]
        sql = (f"INSERT INTO {table.fullname} ({', '.join(dialect.identifier_preparer.quote(n) for n in names)}) "
               f"VALUES ({', '.join('?' for _ in names)})")
        params = [tuple(value if value is None or proc is None else proc(value)
                        for proc, value in zip(processors, (row.get(n) for n in names), strict=True))
                  for row in rows]
        connection.exec_driver_sql(sql, params)

    def update(self, obj: Synced, *, expected_version: int | None = None, **values: Any) -> str | None:
        """Change the given fields; unchanged values are dropped. None when nothing changed."""
        self._guard(obj)
        if expected_version is not None and obj.local_version != expected_version:
            raise StaleEditError("row changed since it was read", entity=type(obj).__tablename__, id=obj.id)
        allowed = set(content_fields(obj))
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not editable on {type(obj).__tablename__}: {sorted(unknown)}")
        before, after = {}, {}
        for name, new in values.items():
            old = getattr(obj, name)
            if to_jsonable(old) != to_jsonable(new):
                before[name], after[name] = to_jsonable(old), to_jsonable(new)
        if not after:
            return None
        stamp, now = self._stamp()
        change_id, base = str(uuid.uuid4()), obj.head_change_id
        for name in after:
            setattr(obj, name, values[name])
        self._touch(obj, change_id, stamp, now)
        self._record(obj, "update", change_id, base, before, after, stamp, now)
        return change_id

    def delete(self, obj: Synced, *, reason: str) -> str:
        """A tombstone: the row stays, marked deleted, with who, when and why."""
        self._guard(obj)
        stamp, now = self._stamp()
        change_id, base = str(uuid.uuid4()), obj.head_change_id
        obj.is_deleted, obj.deleted_at, obj.deleted_by, obj.delete_reason = True, now, self.ws.actor.user_id, reason
        self._touch(obj, change_id, stamp, now)
        self._record(obj, "delete", change_id, base, {"is_deleted": False},
                     {"is_deleted": True, "delete_reason": reason}, stamp, now)
        return change_id

    def undelete(self, obj: Synced) -> str:
        """Bring a tombstone back (e.g. a link made again after it was removed): op ``undelete``."""
        self._guard(obj)
        stamp, now = self._stamp()
        change_id, base = str(uuid.uuid4()), obj.head_change_id
        obj.is_deleted, obj.deleted_at, obj.deleted_by, obj.delete_reason = False, None, None, None
        self._touch(obj, change_id, stamp, now)
        self._record(obj, "undelete", change_id, base, {"is_deleted": True}, {"is_deleted": False}, stamp, now)
        return change_id

    def audit(self, action: str, *, entity: str | None = None, entity_id: str | None = None,
              change_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
        """An audit event that is not an edit (unlock, export, clue view, key change...)."""
        stamp, now = self._stamp()
        self._append(action, stamp, now, entity, entity_id, change_id, detail)

    # ---- bookkeeping ----

    def _guard(self, obj: Synced) -> None:
        if isinstance(obj, ClueBase) and not self.ws.can_read_clues:
            raise NotPermittedError("clue compartment is closed to this user")

    def _stamp(self) -> tuple[str, datetime]:
        now = self.ws.clock.now()
        if self._clock is None:
            self._clock = HybridClock.load(self.session, self.ws.device_id)
        return str(self._clock.tick(now)), now.replace(tzinfo=None)

    def _touch(self, obj: Synced, change_id: str, stamp: str, now: datetime) -> None:
        obj.updated_at, obj.updated_by, obj.updated_on_device = now, self.ws.actor.user_id, self.ws.device_id
        obj.hlc, obj.head_change_id = stamp, change_id
        obj.local_version += 1
        obj.sync_state = "conflict" if obj.open_conflicts else "pending"

    def _next_seq(self, clue: bool) -> int:
        if clue not in self._seq:
            if clue:
                row = self.session.get(ClueMeta, "device_seq")
                self._seq[clue] = int(row.value) if row is not None else 0
            else:
                self._seq[clue] = int(get_meta(self.session, "device_seq", "0") or 0)
        self._seq[clue] += 1
        return self._seq[clue]

    def _record(self, obj: Synced, op: str, change_id: str, base: str | None, before: dict[str, Any],
                after: dict[str, Any], stamp: str, now: datetime) -> None:
        clue = isinstance(obj, ClueBase)
        record_cls: type[ChangeRecord] | type[ClueChange] = ClueChange if clue else ChangeRecord
        entity = type(obj).__tablename__
        self.session.add(record_cls(
            change_id=change_id, device_id=self.ws.device_id, device_seq=self._next_seq(clue), entity=entity,
            entity_id=obj.id, op=op, base_change_id=base, before_json=canonical_json(before),
            after_json=canonical_json(after), author_user=self.ws.actor.user_id, author_role=self.ws.actor.role,
            hlc=stamp, wall_time=now,
        ))
        action = {"insert": "create"}.get(op, op)
        self._append(action, stamp, now, entity, obj.id, change_id, {"fields": sorted(after)})

    def _append(self, action: str, stamp: str, now: datetime, entity: str | None, entity_id: str | None,
                change_id: str | None, detail: dict[str, Any] | None) -> None:
        if self._audit_head is None:
            self._audit_head = chain_head(self.session, self.ws.device_id)
        event = append_event(
            self.session, head=self._audit_head, device_id=self.ws.device_id, wall_time=now.isoformat(),
            hlc=stamp, actor_user=self.ws.actor.user_id, actor_role=self.ws.actor.role, action=action,
            entity=entity, entity_id=entity_id, change_id=change_id, detail=detail,
        )
        self._audit_head = (event.seq, event.entry_hash)
