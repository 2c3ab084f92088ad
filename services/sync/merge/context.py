"""The facts the merge asks about, answered from HQ's database plus what this import staged but has not written.

``DbContext`` implements ``merge.MergeContext`` for one write transaction and one log (main or clues). It caches
rows (as ``RowView`` with canonical values), known change ids, open conflicts, unique keys and the backlog;
``prefetch(batch)`` loads them for a batch of 500 changes with a few ``IN (...)`` queries, and anything not
prefetched is looked up one by one. apply_writer.Writer updates the caches as it stages each decision, so later
changes of the same package see earlier ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Integer, String, Table, or_, select
from sqlalchemy.orm import Session

from models.base import SYNC_FIELDS, WanYuan
from models.clue import ClueChange
from models.clue_sync import ClueBacklog, ClueConflict
from models.entities import ChangeRecord, SyncBacklog, SyncConflict
from services.records import PLAIN, to_jsonable
from services.sync.merge.decision import IncomingChange, RowView
from services.sync.merge.values import ENTITY_CLASSES, canon, entity_columns, from_jsonable

CHUNK = 500
ADVANCING = ("applied", "fast_forward", "merged", "conflict", "released")
# Register numbers are unique by construction (the team's number is in them) though no index says so (D9).
REGISTER_KEYS = {"interview": [("code",)], "petition": [("petition_no",)], "document_request": [("code",)],
                 "field_visit": [("code",)]}


@dataclass(frozen=True)
class LogTables:
    record: Table
    conflict: Table
    backlog: Table


def log_tables(clue: bool) -> LogTables:
    if clue:
        return LogTables(ClueChange.__table__, ClueConflict.__table__, ClueBacklog.__table__)  # type: ignore[arg-type]
    return LogTables(ChangeRecord.__table__, SyncConflict.__table__, SyncBacklog.__table__)  # type: ignore[arg-type]


def table_of(entity: str) -> Table:
    return ENTITY_CLASSES[entity].__table__  # type: ignore[attr-defined, no-any-return]


@cache
def unique_keys(entity: str) -> tuple[tuple[str, ...], ...]:
    """Column tuples that must be unique among the entity's rows (table constraints, register numbers)."""
    keys: list[tuple[str, ...]] = []
    table = table_of(entity)
    for constraint in table.constraints:
        names = tuple(c.key for c in getattr(constraint, "columns", ()))
        if type(constraint).__name__ == "UniqueConstraint" and names:
            keys.append(names)
    keys += [(c.key,) for c in table.columns if c.unique and (c.key,) not in keys]
    keys += [k for k in REGISTER_KEYS.get(entity, []) if k not in keys]
    return tuple(keys)


@cache
def references(entity: str) -> dict[str, str]:
    """Column -> referenced synced entity (foreign keys to other synced rows; blobs are checked elsewhere)."""
    out: dict[str, str] = {}
    for column in table_of(entity).columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target in ENTITY_CLASSES and fk.column.key == "id":
                out[column.key] = target
    return out


@cache
def view_fields(entity: str) -> tuple[str, ...]:
    """The fields a RowView holds: content fields plus scope and tombstone."""
    keep = {"scope_team_id", "is_deleted", "delete_reason"}
    return tuple(k for k in entity_columns(entity) if k not in SYNC_FIELDS or k in keep)


@cache
def _plain_fields(entity: str) -> frozenset[str]:
    """Fields whose checked JSON value is already canonical (text, integers, booleans): no conversion needed."""
    return frozenset(k for k, c in entity_columns(entity).items()
                     if isinstance(c.type, String | Integer | Boolean) and not isinstance(c.type, WanYuan))


def canon_map(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Canonical values (merge/values.canon) of checked values; text, integers and booleans as they are."""
    plain = _plain_fields(entity)
    return {name: value if name in plain and type(value) in PLAIN else canon(entity, name, value)
            for name, value in values.items()}


def canon_change(ch: IncomingChange) -> IncomingChange:
    """The change with canonical before/after values (what the merge compares)."""
    return IncomingChange(ch.change_id, ch.device_id, ch.device_seq, ch.entity, ch.entity_id, ch.op,
                          ch.base_change_id, canon_map(ch.entity, ch.before), canon_map(ch.entity, ch.after),
                          ch.author_user, ch.author_role, ch.hlc, ch.wall_time, ch.base_hq_version, ch.before_json,
                          ch.after_json)


class Backlog(dict[str, IncomingChange]):
    """The waiting changes by change id (oldest first), indexed by (entity, row id, device): ``backlogged`` asks
    for one row's entries per change, which a scan of the whole backlog made quadratic."""

    def __init__(self) -> None:
        super().__init__()
        self._by_row: dict[tuple[str, str, str], dict[str, IncomingChange]] = {}

    def __setitem__(self, change_id: str, ch: IncomingChange) -> None:
        old = self.get(change_id)
        if old is not None and (old.entity, old.entity_id, old.device_id) != (ch.entity, ch.entity_id, ch.device_id):
            self._unindex(change_id)
        super().__setitem__(change_id, ch)   # an entry set again keeps its place, in the index too
        self._by_row.setdefault((ch.entity, ch.entity_id, ch.device_id), {})[change_id] = ch

    def __delitem__(self, change_id: str) -> None:
        self._unindex(change_id)
        super().__delitem__(change_id)

    def pop(self, change_id: str, *default: Any) -> Any:
        if change_id in self:
            self._unindex(change_id)
        return super().pop(change_id, *default)

    def _unindex(self, change_id: str) -> None:
        ch = self[change_id]
        key = (ch.entity, ch.entity_id, ch.device_id)
        group = self._by_row.get(key)
        if group is not None:
            group.pop(change_id, None)
            if not group:
                del self._by_row[key]

    def of_row(self, entity: str, entity_id: str, device_id: str) -> Iterable[IncomingChange]:
        """The row's entries from ``device_id``, oldest first (in the order they joined the backlog)."""
        group = self._by_row.get((entity, entity_id, device_id))
        return group.values() if group else ()


class DbContext:
    """merge.MergeContext over HQ's database within one write transaction (see the module's docstring)."""

    def __init__(self, session: Session, clue: bool) -> None:
        self.session, self.clue, self.t = session, clue, log_tables(clue)
        self.rows: dict[tuple[str, str], RowView | None] = {}
        self.known: set[str] = set()
        self.unknown: set[str] = set()
        self.open: dict[tuple[str, str], set[str]] = {}
        self.first_inserts: dict[tuple[str, str], Mapping[str, Any]] = {}
        self.keys: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], str]] = {}
        self.keys_checked: set[tuple[str, tuple[str, ...], tuple[Any, ...]]] = set()
        self.staged: list[tuple[IncomingChange, str]] = []   # written at the next flush: (change, outcome)
        self.backlog = Backlog()                             # change id -> waiting change (ordered: oldest first)
        b = self.t.backlog
        for change_id, entity, entity_id, device_id, seq in self.session.execute(
                select(b.c.change_id, b.c.entity, b.c.entity_id, b.c.device_id, b.c.device_seq)
                .where(b.c.released_at.is_(None)).order_by(b.c.queued_at, b.c.device_id, b.c.device_seq)):
            self.backlog[change_id] = _waiting_entry(change_id, entity, entity_id, device_id, seq)

    # ---- loading ----

    def prefetch(self, batch: Iterable[IncomingChange]) -> None:
        batch = list(batch)
        ids = {c.change_id for c in batch} | {c.base_change_id for c in batch if c.base_change_id}
        self._load_known(ids - self.known - self.unknown)
        keys = {(c.entity, c.entity_id) for c in batch}
        keys |= {(target, str(c.after[col])) for c in batch for col, target in references(c.entity).items()
                 if c.after.get(col) is not None}
        self._load_rows(keys)
        self._load_open({k for k in keys if k not in self.open})
        wanted: dict[tuple[str, tuple[str, ...]], list[Mapping[str, Any]]] = {}
        for c in batch:
            keys_of = unique_keys(c.entity)
            if not keys_of or c.op in ("delete", "undelete"):
                continue
            row = self.rows.get((c.entity, c.entity_id))
            values = c.after if row is None else {**row.values, **c.after}
            for key in keys_of:
                if c.op == "insert" or any(col in c.after for col in key):
                    wanted.setdefault((c.entity, key), []).append(values)
        for (entity, key), values_list in wanted.items():
            self._load_key(entity, key, values_list)

    def prefetch_waited_rows(self, waits: Iterable[str]) -> None:
        """Load at once the rows backlog entries wait for (each given as waiting_for, NUL, reason, as ``_retry``
        reads them), which ``release_wait`` would otherwise look up one by one."""
        keys: set[tuple[str, str]] = set()
        for wait in waits:
            waiting, _, reason = wait.partition("\0")
            if reason in ("missing_row", "missing_reference"):
                entity, _, entity_id = waiting.partition(":")
                keys.add((entity, entity_id))
        self._load_rows(keys)

    def _load_known(self, ids: set[str]) -> None:
        record = self.t.record
        wanted = sorted(ids)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            found = set(self.session.scalars(select(record.c.change_id).where(record.c.change_id.in_(chunk))))
            self.known |= found
            self.unknown |= set(chunk) - found

    def _load_rows(self, keys: set[tuple[str, str]]) -> None:
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in keys:
            if (entity, entity_id) not in self.rows and entity in ENTITY_CLASSES:
                by_entity.setdefault(entity, []).append(entity_id)
        for entity, ids in by_entity.items():
            table, fields = table_of(entity), view_fields(entity)
            cols = [table.c[f] for f in fields]
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                for entity_id in chunk:
                    self.rows[(entity, entity_id)] = None
                query = select(table.c.id, table.c.head_change_id, table.c.open_conflicts, *cols)
                for row in self.session.execute(query.where(table.c.id.in_(chunk))):
                    values = {f: to_jsonable(v) for f, v in zip(fields, row[3:], strict=True)}
                    self.rows[(entity, row[0])] = RowView(entity, row[0], values, row[1] or "",
                                                          values["scope_team_id"], row[2] or 0)

    def _load_open(self, keys: set[tuple[str, str]]) -> None:
        c = self.t.conflict
        wanted = sorted(keys)
        for key in wanted:
            self.open[key] = set()
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            query = select(c.c.entity, c.c.entity_id, c.c.field).where(
                c.c.status == "open", c.c.entity_id.in_([i for _, i in chunk]))
            for entity, entity_id, field in self.session.execute(query):
                if (entity, entity_id) in self.open:
                    self.open[(entity, entity_id)].add(field or "*")

    def _load_key(self, entity: str, key: tuple[str, ...], values_list: list[Mapping[str, Any]]) -> None:
        """Which rows hold these unique key values: one query per 500 values of the key's first column."""
        index = self.keys.setdefault((entity, key), {})
        table, columns = table_of(entity), entity_columns(entity)
        todo = {t for v in values_list if None not in (t := tuple(v.get(c) for c in key))}
        todo = {t for t in todo if (entity, key, t) not in self.keys_checked}
        firsts = sorted({_db_value(columns[key[0]], t[0]) for t in todo}, key=str)
        for start in range(0, len(firsts), CHUNK):
            query = select(table.c.id, *[table.c[c] for c in key]).where(
                table.c[key[0]].in_(firsts[start:start + CHUNK]))
            for row in self.session.execute(query):
                found = tuple(to_jsonable(v) for v in row[1:])
                if found in todo:
                    index.setdefault(found, row[0])
        for t in todo:
            self.keys_checked.add((entity, key, t))

    def row(self, entity: str, entity_id: str) -> RowView | None:
        if (entity, entity_id) not in self.rows:
            self._load_rows({(entity, entity_id)})
        return self.rows.get((entity, entity_id))

    def release_wait(self, reason: str, waiting: str) -> bool:
        """Is a backlog entry's wait over?"""
        if reason == "unknown_base":
            return self.change_known(waiting)
        if reason in ("missing_row", "missing_reference"):
            entity, _, entity_id = waiting.partition(":")
            return entity in ENTITY_CLASSES and self.row(entity, entity_id) is not None
        return waiting not in self.backlog

    # ---- merge.MergeContext ----

    def change_known(self, change_id: str) -> bool:
        if change_id not in self.known and change_id not in self.unknown:
            self._load_known({change_id})
        return change_id in self.known

    def missing_reference(self, entity: str, values: Mapping[str, Any]) -> str | None:
        for column, target in references(entity).items():
            value = values.get(column)
            if value is not None and self.row(target, str(value)) is None:
                return f"{target}:{value}"
        return None

    def unique_collision(self, entity: str, entity_id: str, values: Mapping[str, Any]) -> tuple[str, RowView] | None:
        own = self.rows.get((entity, entity_id))
        for key in unique_keys(entity):
            wanted = tuple(values.get(c) for c in key)
            if None in wanted or (own is not None and wanted == tuple(own.values.get(c) for c in key)):
                continue
            self._load_key(entity, key, [values])
            other_id = self.keys.get((entity, key), {}).get(wanted)
            other = self.row(entity, other_id) if other_id is not None and other_id != entity_id else None
            if other is not None and tuple(other.values.get(c) for c in key) == wanted:
                return ",".join(key), other
        return None

    def first_insert_after(self, entity: str, entity_id: str) -> Mapping[str, Any]:
        if (entity, entity_id) in self.first_inserts:
            return self.first_inserts[(entity, entity_id)]
        r = self.t.record
        text = self.session.scalar(select(r.c.after_json).where(
            r.c.entity == entity, r.c.entity_id == entity_id, r.c.op == "insert",
            or_(r.c.sync_outcome.is_(None), r.c.sync_outcome.in_((*ADVANCING, "noop")))).order_by(r.c.log_pos))
        after = canon_map(entity, json.loads(text)) if text else {}
        self.first_inserts[(entity, entity_id)] = after
        return after

    def backlogged(self, entity: str, entity_id: str, device_id: str, device_seq: int) -> str | None:
        for ch in self.backlog.of_row(entity, entity_id, device_id):
            if ch.device_seq < device_seq:
                return ch.change_id
        return None

    def edited_since(self, entity: str, entity_id: str, base_change_id: str | None, device_id: str) -> bool:
        staged = [(c, o) for c, o in self.staged if (c.entity, c.entity_id) == (entity, entity_id)]
        ids = [c.change_id for c, _ in staged]
        if base_change_id in ids:
            later = staged[ids.index(base_change_id) + 1:]
            return any(c.device_id != device_id and o in ADVANCING for c, o in later)
        if any(c.device_id != device_id and o in ADVANCING for c, o in staged):
            return True
        r = self.t.record
        base_pos = self.session.scalar(select(r.c.log_pos).where(r.c.change_id == base_change_id)) \
            if base_change_id else None
        query = select(r.c.change_id).where(
            r.c.entity == entity, r.c.entity_id == entity_id, r.c.device_id != device_id,
            or_(r.c.sync_outcome.is_(None), r.c.sync_outcome.in_(ADVANCING)))
        if base_pos is not None:
            query = query.where(r.c.log_pos > base_pos)
        return self.session.scalar(query.limit(1)) is not None

    def open_conflict_fields(self, entity: str, entity_id: str) -> frozenset[str]:
        if (entity, entity_id) not in self.open:
            self._load_open({(entity, entity_id)})
        return frozenset(self.open[(entity, entity_id)])


def _db_value(column: Any, value: Any) -> Any:
    return from_jsonable(column, value)


def _waiting_entry(change_id: str, entity: str, entity_id: str, device_id: str, seq: int) -> IncomingChange:
    """A backlog entry as the context tracks it (the change itself is read again when it is retried)."""
    return IncomingChange(change_id, device_id, seq, entity, entity_id, "", None, {}, {}, "", "", "", datetime.min)
