"""Writing merge decisions at HQ: staged per change, written per batch with executemany (docs/sync.md §7.1, §7.4).

``Writer.stage(raw, change, decision)`` records what one decision means — the received change verbatim in HQ's
change log (own log_pos, origin package, outcome), the row inserted or updated (sync columns: docs/sync.md §7.1),
conflict rows, backlog entries, one ``apply_remote`` audit event — and updates the ``DbContext`` caches at once.
``flush()`` writes it all: one executemany per table, one UPDATE per touched row (grouped by column set).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, update
from sqlalchemy.orm import Session

from services.bulk_write import executemany
from services.changes import WriteTx
from services.hlc import Timestamp
from services.records import AuditSpec, canonical_json
from services.sync.merge.context import DbContext, table_of, unique_keys
from services.sync.merge.decision import Decision, IncomingChange, RowView
from services.sync.merge.values import entity_columns, loaders
from services.sync.report import Outcome


@cache
def _defaults(entity: str) -> dict[str, Any]:
    """Scalar column defaults of the entity (copy before use)."""
    out: dict[str, Any] = {}
    for key, column in entity_columns(entity).items():
        default = column.default
        out[key] = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
    return out


class Writer:
    """Stages decisions of one log (main or clues) and writes them in batches."""

    def __init__(self, tx: WriteTx, ctx: DbContext, package_id: str | None) -> None:
        self.tx, self.ctx, self.package_id, self.clue = tx, ctx, package_id, ctx.clue
        self.now = tx.ws.clock.now().replace(tzinfo=None)
        self._reset()

    def _reset(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.inserts: dict[str, dict[str, dict[str, Any]]] = {}
        self.updates: dict[tuple[str, str], dict[str, Any]] = {}
        self.conflicts: list[dict[str, Any]] = []
        self.backlog_new: list[dict[str, Any]] = []
        self.backlog_changed: list[dict[str, Any]] = []
        self.released: list[dict[str, Any]] = []
        self.audits: list[AuditSpec] = []

    # ---- staging ----

    def stage(self, raw: IncomingChange, ch: IncomingChange, d: Decision, *, retry: bool = False) -> None:
        if d.outcome is Outcome.DUPLICATE:
            return
        ctx, outcome = self.ctx, d.outcome.value
        ctx.known.add(ch.change_id)
        ctx.unknown.discard(ch.change_id)
        ctx.staged.append((ch, outcome))
        waiting = d.outcome is Outcome.BACKLOG
        if not retry:
            self.records.append(self._record(raw, outcome))
        elif not waiting:
            self.released.append({"v_id": ch.change_id, "v_outcome": outcome,
                                  "v_pos": self.tx.next_log_pos(self.clue), "v_at": self.now})
        detail: dict[str, Any] = {"outcome": outcome, "fields": sorted(ch.after), "package": self.package_id}
        if retry:
            detail["released"] = not waiting
        self.audits.append(AuditSpec("apply_remote", entity=ch.entity, entity_id=ch.entity_id,
                                     change_id=ch.change_id, detail=detail))
        if waiting:
            entry = {"change_id": ch.change_id, "reason": d.backlog_reason, "waiting_for": d.waiting_for}
            if retry:
                self.backlog_changed.append({f"v_{k}": v for k, v in entry.items()})
            else:
                self.backlog_new.append({**entry, "entity": ch.entity, "entity_id": ch.entity_id,
                                         "device_id": ch.device_id, "device_seq": ch.device_seq,
                                         "package_id": self.package_id or "", "queued_at": self.now})
            ctx.backlog[ch.change_id] = ch
            return
        ctx.backlog.pop(ch.change_id, None)
        key = (ch.entity, ch.entity_id)
        row = ctx.rows.get(key)
        head_before = row.head if row is not None else None
        if d.insert:
            row = self._insert(ch, d)
        elif row is not None and (d.set or d.advance_head or d.conflicts):
            self._update(row, ch, d)
        for fc in d.conflicts:
            self.conflicts.append({
                "conflict_id": _uuid(), "entity": ch.entity, "entity_id": ch.entity_id, "field": fc.field,
                "kind": fc.kind, "scope_team_id": row.scope_team_id if row is not None
                else str(ch.after.get("scope_team_id", "")),
                "base_json": canonical_json_value(fc.base), "current_json": canonical_json_value(fc.current),
                "incoming_json": canonical_json_value(fc.incoming),
                "current_change_id": fc.current_change_id or head_before, "incoming_change_id": ch.change_id,
                "incoming_device_id": ch.device_id, "incoming_author": ch.author_user, "incoming_hlc": ch.hlc,
                "package_id": self.package_id or "", "opened_at": self.now, "status": "open"})
            ctx.open.setdefault(key, set()).add(fc.field or "*")

    def _record(self, raw: IncomingChange, outcome: str) -> dict[str, Any]:
        record = {
            "change_id": raw.change_id, "device_id": raw.device_id, "device_seq": raw.device_seq,
            "entity": raw.entity, "entity_id": raw.entity_id, "op": raw.op, "base_change_id": raw.base_change_id,
            "before_json": raw.before_json or canonical_json(dict(raw.before)),
            "after_json": raw.after_json or canonical_json(dict(raw.after)),
            "author_user": raw.author_user, "author_role": raw.author_role, "hlc": raw.hlc,
            "wall_time": raw.wall_time, "acked": False, "log_pos": self.tx.next_log_pos(self.clue),
            "origin_package_id": self.package_id, "sync_outcome": outcome}
        if not self.clue:
            record["base_hq_version"] = raw.base_hq_version
        return record

    def _insert(self, ch: IncomingChange, d: Decision) -> RowView:
        load = loaders(ch.entity)
        values = {**{"is_deleted": False, "delete_reason": None}, **d.set}
        row = dict(_defaults(ch.entity))
        row.update({name: load[name](value) for name, value in values.items()})
        row.update(id=ch.entity_id, created_at=ch.wall_time, created_by=ch.author_user,
                   created_on_device=ch.device_id, updated_at=ch.wall_time, updated_by=ch.author_user,
                   updated_on_device=ch.device_id, hlc=ch.hlc, head_change_id=ch.change_id, local_version=1,
                   hq_version=1, sync_state="synced", open_conflicts=0, deleted_at=None, deleted_by=None)
        self.inserts.setdefault(ch.entity, {})[ch.entity_id] = row
        view = RowView(ch.entity, ch.entity_id, dict(values), ch.change_id, str(values.get("scope_team_id", "")))
        self._index(view, {}, values)
        self.ctx.rows[(ch.entity, ch.entity_id)] = view
        self.ctx.first_inserts.setdefault((ch.entity, ch.entity_id), dict(ch.after))
        return view

    def _update(self, row: RowView, ch: IncomingChange, d: Decision) -> None:
        load = loaders(ch.entity)
        pending = self.inserts.get(ch.entity, {}).get(ch.entity_id)
        target = pending if pending is not None else self.updates.setdefault((ch.entity, ch.entity_id), {"v_n": 0})
        old = dict(row.values)
        for name, value in d.set.items():
            target[name] = load[name](value)
            row.values[name] = value
        if d.tombstone:
            target.update(is_deleted=True, deleted_at=ch.wall_time, deleted_by=ch.author_user)
            row.values["is_deleted"] = True
        elif d.set.get("is_deleted") is False:
            target.update(deleted_at=None, deleted_by=None, delete_reason=None)
            row.values["delete_reason"] = None
        if d.advance_head:
            target.update(updated_at=ch.wall_time, updated_by=ch.author_user, updated_on_device=ch.device_id,
                          hlc=ch.hlc, head_change_id=ch.change_id)
            row.head = ch.change_id
            if pending is None:
                target["v_n"] += 1
        row.open_conflicts += len(d.conflicts)
        target.update(open_conflicts=row.open_conflicts, sync_state="conflict" if row.open_conflicts else "synced")
        self._index(row, old, row.values)

    def _index(self, row: RowView, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for key in unique_keys(row.entity):
            before, after = tuple(old.get(c) for c in key), tuple(new.get(c) for c in key)
            if before == after:
                continue
            index = self.ctx.keys.setdefault((row.entity, key), {})
            if index.get(before) == row.entity_id:
                del index[before]
            if None not in after:
                index[after] = row.entity_id
                self.ctx.keys_checked.add((row.entity, key, after))

    # ---- writing ----

    def flush(self) -> None:
        session, t = self.tx.session, self.ctx.t
        for entity, rows in self.inserts.items():
            executemany(session, table_of(entity), list(rows.values()))
        self._write_updates(session)
        executemany(session, t.record, self.records)
        executemany(session, t.conflict, self.conflicts)
        executemany(session, t.backlog, self.backlog_new)
        if self.backlog_changed:
            session.execute(update(t.backlog).where(t.backlog.c.change_id == bindparam("v_change_id"))
                            .values(reason=bindparam("v_reason"), waiting_for=bindparam("v_waiting_for")),
                            self.backlog_changed)
        if self.released:
            session.execute(update(t.record).where(t.record.c.change_id == bindparam("v_id"))
                            .values(sync_outcome=bindparam("v_outcome"), log_pos=bindparam("v_pos")), self.released)
            session.execute(update(t.backlog).where(t.backlog.c.change_id == bindparam("v_id"))
                            .values(released_at=bindparam("v_at")),
                            [{"v_id": r["v_id"], "v_at": r["v_at"]} for r in self.released])
        self.tx.audit_many(self.audits)
        self.ctx.staged.clear()
        self._reset()

    def _write_updates(self, session: Session) -> None:
        groups: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
        for (entity, entity_id), values in self.updates.items():
            names = frozenset(values) - {"v_n"}
            groups.setdefault((entity, names), []).append(
                {**{f"v_{k}": v for k, v in values.items() if k != "v_n"}, "v_n": values["v_n"], "v_id": entity_id})
        for (entity, names), params in groups.items():
            table = table_of(entity)
            assignments: dict[str, Any] = {name: bindparam(f"v_{name}", type_=table.c[name].type) for name in names}
            assignments["local_version"] = table.c.local_version + bindparam("v_n")
            assignments["hq_version"] = func.coalesce(table.c.hq_version, 0) + bindparam("v_n")
            session.execute(update(table).where(table.c.id == bindparam("v_id")).values(assignments), params)


def canonical_json_value(value: Any) -> str:
    """One value as conflict rows keep it (JSON, keys sorted, like change records)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _uuid() -> str:
    return str(uuid.uuid4())


def observe(tx: WriteTx, stamps: list[str]) -> bool:
    """Let this workspace's hybrid clock take in the latest received timestamp (HLC receive rule). A stamp more
    than a day ahead is not followed (services/hlc.py): False then, and the caller may flag the sender."""
    latest = None
    for text in stamps:
        try:
            stamp = Timestamp.parse(text)
        except (ValueError, TypeError):
            continue
        latest = stamp if latest is None or stamp > latest else latest
    return True if latest is None else tx.observe_hlc(str(latest))
