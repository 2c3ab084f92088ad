"""Every edit, one transaction: the row, its change record and its audit event (docs/architecture.md §3).

Services open ``with session.write() as tx`` and call ``tx.insert``, ``tx.update`` or ``tx.delete``;
nothing else sets the sync columns or writes the change log. Clue rows (models.clue) get their change
record in the compartment's own log, and their audit event names ids and fields only. Every change record
takes the next ``device_seq`` and ``log_pos`` of its log (counters in ``meta`` / ``clue_meta``); received
changes (services/sync/merge/apply.py) take a ``log_pos`` too, through ``next_log_pos``. Bulk forms: bulk_write.py;
the change-record form of values and rows: records.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from models.audit import append_event, chain_head
from models.base import ClueBase, Synced
from models.clue import ClueChange, ClueMeta
from models.sync import ChangeRecord, get_meta, set_meta
from services.bulk_write import audit_many, insert_many
from services.errors import NotPermittedError, StaleEditError
from services.hlc import HybridClock, Timestamp
from services.records import AuditSpec, apply_column_defaults, canonical_json, content_fields, to_jsonable

if TYPE_CHECKING:
    from services.workspace import WorkspaceSession


@dataclass
class WriteTx:
    """An open write transaction of one actor. Created by WorkspaceSession.write()."""

    session: Session
    ws: WorkspaceSession
    # Counters of this transaction: read once, advanced in memory, written back by finish(). Safe because
    # BEGIN IMMEDIATE makes this the only writer until commit; it saves queries and flushes on every edit.
    _clock: HybridClock | None = field(default=None, repr=False)
    # (clue log?, "device_seq" | "log_pos") -> the counter's current value
    _counters: dict[tuple[bool, str], int] = field(default_factory=dict, repr=False)
    _audit_head: tuple[int, str] | None = field(default=None, repr=False)

    def finish(self) -> None:
        """Write the counters back; WorkspaceSession.write() calls it just before COMMIT."""
        if self._clock is not None:
            self._clock.save(self.session)
        for (clue, key), value in self._counters.items():
            if not clue:
                set_meta(self.session, key, str(value))
            elif (row := self.session.get(ClueMeta, key)) is None:
                self.session.add(ClueMeta(key=key, value=str(value)))
            else:
                row.value = str(value)
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
        """Insert many new rows of one entity at once (an Excel import): see services.bulk_write.insert_many."""
        return insert_many(self, entity_type, rows, scope_team_id=scope_team_id)

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

    def audit_many(self, events: Sequence[AuditSpec]) -> None:
        """Many audit events at once (one executemany), chained exactly as ``audit`` chains them."""
        audit_many(self, events)

    def resolve(self, obj: Synced, field_values: dict[str, Any], *, conflict_ids: Sequence[str]) -> str:
        """The resolution of conflicts on ``obj`` (HQ's inbox): op ``resolve``, itself a change that syncs.

        Every given field is recorded, changed or not (keeping the current value is a decision too); ``before``
        holds the current values. ``is_deleted`` (with ``delete_reason``) may be given to settle a delete
        conflict. ``open_conflicts`` drops by ``len(conflict_ids)``; the caller marks those conflicts resolved.
        The audit event names the conflicts."""
        self._guard(obj)
        allowed = {*content_fields(obj), "is_deleted", "delete_reason"}
        unknown = set(field_values) - allowed
        if unknown:
            raise ValueError(f"not resolvable on {type(obj).__tablename__}: {sorted(unknown)}")
        before = {name: to_jsonable(getattr(obj, name)) for name in field_values}
        after = {name: to_jsonable(value) for name, value in field_values.items()}
        stamp, now = self._stamp()
        change_id, base = str(uuid.uuid4()), obj.head_change_id
        for name, value in field_values.items():
            setattr(obj, name, value)
        if "is_deleted" in field_values:
            deleted = bool(field_values["is_deleted"])
            obj.deleted_at = now if deleted else None
            obj.deleted_by = self.ws.actor.user_id if deleted else None
            if not deleted:
                obj.delete_reason = None
        obj.open_conflicts = max(0, (obj.open_conflicts or 0) - len(conflict_ids))
        self._touch(obj, change_id, stamp, now)
        self._record(obj, "resolve", change_id, base, before, after, stamp, now,
                     conflicts=sorted(conflict_ids))
        return change_id

    def observe_hlc(self, remote: str) -> bool:
        """Take in a received HLC timestamp (text form) on this workspace's clock, saved at commit. False when
        it is more than MAX_SKEW ahead of the wall clock: not followed; the caller flags the sender."""
        return self._hlc().observe(Timestamp.parse(remote), self.ws.clock.now())

    # ---- bookkeeping ----

    def _guard(self, obj: Synced) -> None:
        if isinstance(obj, ClueBase) and not self.ws.can_read_clues:
            raise NotPermittedError("clue compartment is closed to this user")

    def _hlc(self) -> HybridClock:
        if self._clock is None:
            self._clock = HybridClock.load(self.session, self.ws.device_id)
        return self._clock

    def _stamp(self) -> tuple[str, datetime]:
        now = self.ws.clock.now()
        return str(self._hlc().tick(now)), now.replace(tzinfo=None)

    def _touch(self, obj: Synced, change_id: str, stamp: str, now: datetime) -> None:
        obj.updated_at, obj.updated_by, obj.updated_on_device = now, self.ws.actor.user_id, self.ws.device_id
        obj.hlc, obj.head_change_id = stamp, change_id
        obj.local_version += 1
        obj.sync_state = "conflict" if obj.open_conflicts else "pending"

    def next_log_pos(self, clue: bool) -> int:
        """The next position in this workspace's main (or clue) log, for a change record written now: own
        changes get theirs here; services/sync/merge/apply.py takes one for every received change it stores."""
        return self._next(clue, "log_pos")

    def _next_seq(self, clue: bool) -> int:
        return self._next(clue, "device_seq")

    def _next(self, clue: bool, key: str) -> int:
        if (clue, key) not in self._counters:
            if clue:
                row = self.session.get(ClueMeta, key)
                self._counters[clue, key] = int(row.value) if row is not None else 0
            else:
                self._counters[clue, key] = int(get_meta(self.session, key, "0") or 0)
        self._counters[clue, key] += 1
        return self._counters[clue, key]

    def _record(self, obj: Synced, op: str, change_id: str, base: str | None, before: dict[str, Any],
                after: dict[str, Any], stamp: str, now: datetime, *, conflicts: list[str] | None = None) -> None:
        clue = isinstance(obj, ClueBase)
        record_cls: type[ChangeRecord] | type[ClueChange] = ClueChange if clue else ChangeRecord
        entity = type(obj).__tablename__
        self.session.add(record_cls(
            change_id=change_id, device_id=self.ws.device_id, device_seq=self._next_seq(clue), entity=entity,
            entity_id=obj.id, op=op, base_change_id=base, before_json=canonical_json(before),
            after_json=canonical_json(after), author_user=self.ws.actor.user_id, author_role=self.ws.actor.role,
            hlc=stamp, wall_time=now, log_pos=self.next_log_pos(clue),
        ))
        action = {"insert": "create"}.get(op, op)
        detail: dict[str, Any] = {"fields": sorted(after)}
        if conflicts is not None:
            detail["conflicts"] = conflicts
        self._append(action, stamp, now, entity, obj.id, change_id, detail)

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
