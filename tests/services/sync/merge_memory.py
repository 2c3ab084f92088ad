"""An in-memory HQ for the pure merge tests: rows, change log, conflicts and backlog as Python objects.

``MemoryHQ`` implements ``services.sync.merge.decision.MergeContext`` and stages decisions the way
services/sync/merge/apply.py writes them, so the rule table and the "nothing lost" invariant can be exercised
thousands of times a second.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.sync.merge.decision import (
    BEHIND_BACKLOG,
    MISSING_REFERENCE,
    MISSING_ROW,
    UNKNOWN_BASE,
    Decision,
    FieldConflict,
    IncomingChange,
    RowView,
    decide,
)
from services.sync.report import Outcome

WALL = datetime(2026, 11, 25, 8, 0)
_ids = itertools.count(1)


def change(entity: str, entity_id: str, op: str, *, after: Mapping[str, Any], before: Mapping[str, Any] | None = None,
           base: str | None = None, device: str = "dev-a", seq: int | None = None, change_id: str | None = None,
           role: str = "member") -> IncomingChange:
    n = next(_ids)
    return IncomingChange(
        change_id=change_id or f"c{n}", device_id=device, device_seq=seq if seq is not None else n, entity=entity,
        entity_id=entity_id, op=op, base_change_id=base, before=dict(before or {}), after=dict(after),
        author_user="u1", author_role=role, hlc=f"{n:016d}:00000:{device}", wall_time=WALL)


@dataclass
class Conflict:
    entity: str
    entity_id: str
    change_id: str
    detail: FieldConflict
    status: str = "open"


@dataclass
class MemoryHQ:
    """HQ's state. ``unique``: entity -> unique column tuples; ``refs``: entity -> {column: referenced entity}."""

    unique: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    refs: dict[str, dict[str, str]] = field(default_factory=dict)
    rows: dict[tuple[str, str], RowView] = field(default_factory=dict)
    log: list[tuple[IncomingChange, Outcome, Decision | None]] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    conflicts: list[Conflict] = field(default_factory=list)
    backlog: list[tuple[IncomingChange, str, str]] = field(default_factory=list)

    # ---- MergeContext ----

    def change_known(self, change_id: str) -> bool:
        return change_id in self.known

    def missing_reference(self, entity: str, values: Mapping[str, Any]) -> str | None:
        for column, target in self.refs.get(entity, {}).items():
            value = values.get(column)
            if value is not None and (target, value) not in self.rows:
                return f"{target}:{value}"
        return None

    def unique_collision(self, entity: str, entity_id: str, values: Mapping[str, Any]) -> tuple[str, RowView] | None:
        for key in self.unique.get(entity, []):
            wanted = tuple(values.get(c) for c in key)
            if None in wanted:
                continue
            for (e, i), row in self.rows.items():
                if e == entity and i != entity_id and tuple(row.values.get(c) for c in key) == wanted:
                    return ",".join(key), row
        return None

    def first_insert_after(self, entity: str, entity_id: str) -> Mapping[str, Any]:
        for ch, outcome, _ in self.log:
            if (ch.entity, ch.entity_id, ch.op) == (entity, entity_id, "insert") and outcome is not Outcome.BACKLOG:
                return ch.after
        return {}

    def backlogged(self, entity: str, entity_id: str, device_id: str, device_seq: int) -> str | None:
        for ch, _, _ in self.backlog:
            if (ch.entity, ch.entity_id, ch.device_id) == (entity, entity_id, device_id) and ch.device_seq < device_seq:
                return ch.change_id
        return None

    def edited_since(self, entity: str, entity_id: str, base_change_id: str | None, device_id: str) -> bool:
        entries = [(ch, o) for ch, o, _ in self.log if (ch.entity, ch.entity_id) == (entity, entity_id)]
        start = next((i + 1 for i, (ch, _) in enumerate(entries) if ch.change_id == base_change_id), 0)
        return any(ch.device_id != device_id and o in ADVANCING for ch, o in entries[start:])

    def open_conflict_fields(self, entity: str, entity_id: str) -> frozenset[str]:
        return frozenset(c.detail.field or "*" for c in self.conflicts
                         if (c.entity, c.entity_id) == (entity, entity_id) and c.status == "open")

    # ---- applying ----

    def receive(self, ch: IncomingChange) -> Decision:
        """Decide and stage one received change (merge/apply.py's job), then retry the backlog."""
        d = decide(ch, self.rows.get((ch.entity, ch.entity_id)), self)
        if d.outcome is Outcome.DUPLICATE:
            return d
        self.known.add(ch.change_id)
        self.log.append((ch, d.outcome, d))
        self._stage(ch, d)
        self.retry()
        return d

    def local_edit(self, entity: str, entity_id: str, values: Mapping[str, Any], *, op: str = "update",
                   device: str = "hq") -> IncomingChange:
        """HQ's own edit (WriteTx): before = the current values, applied directly."""
        row = self.rows[(entity, entity_id)]
        before = {k: row.values.get(k) for k in values}
        ch = change(entity, entity_id, op, before=before, after=values, base=row.head, device=device)
        self.known.add(ch.change_id)
        self.log.append((ch, Outcome.APPLIED, None))
        row.values.update(values)
        row.head = ch.change_id
        return ch

    def resolve(self, conflict: Conflict, *, take_incoming: bool) -> None:
        conflict.status = "resolved"
        d = conflict.detail
        if take_incoming and d.field is not None and (conflict.entity, conflict.entity_id) in self.rows:
            row = self.rows[(conflict.entity, conflict.entity_id)]
            if row.values.get(d.field) != d.incoming:
                self.local_edit(conflict.entity, conflict.entity_id, {d.field: d.incoming}, op="resolve")

    def retry(self) -> int:
        released = 0
        progress = True
        while progress:
            progress = False
            for entry in list(self.backlog):
                ch, reason, waiting = entry
                if not self._ready(reason, waiting):
                    continue
                self.backlog.remove(entry)
                d = decide(ch, self.rows.get((ch.entity, ch.entity_id)), self, retry=True)
                index = next(i for i, (c, _, _) in enumerate(self.log) if c.change_id == ch.change_id)
                del self.log[index]
                self.log.append((ch, d.outcome, d))   # applied now: later than what it waited for
                self._stage(ch, d)
                if d.outcome is not Outcome.BACKLOG:
                    released += 1
                    progress = True
        return released

    def _ready(self, reason: str, waiting: str) -> bool:
        if reason == UNKNOWN_BASE:
            return waiting in self.known
        if reason in (MISSING_ROW, MISSING_REFERENCE):
            entity, _, entity_id = waiting.partition(":")
            return (entity, entity_id) in self.rows
        if reason == BEHIND_BACKLOG:
            return all(c.change_id != waiting for c, _, _ in self.backlog)
        raise AssertionError(reason)

    def _stage(self, ch: IncomingChange, d: Decision) -> None:
        key = (ch.entity, ch.entity_id)
        if d.outcome is Outcome.BACKLOG:
            assert d.backlog_reason is not None and d.waiting_for is not None
            self.backlog.append((ch, d.backlog_reason, d.waiting_for))
            return
        if d.insert:
            values = {"is_deleted": False, "delete_reason": None, **d.set}
            self.rows[key] = RowView(ch.entity, ch.entity_id, values, ch.change_id, values.get("scope_team_id", ""))
        elif d.set:
            row = self.rows[key]
            row.values.update(d.set)
            if d.tombstone:
                row.values["is_deleted"] = True
            elif d.set.get("is_deleted") is False:
                row.values["delete_reason"] = None
        if d.advance_head and key in self.rows:
            self.rows[key].head = ch.change_id
        for detail in d.conflicts:
            self.conflicts.append(Conflict(ch.entity, ch.entity_id, ch.change_id, detail))


ADVANCING = frozenset({Outcome.APPLIED, Outcome.FAST_FORWARD, Outcome.MERGED, Outcome.CONFLICT})
