"""Bulk writes of a WriteTx: many rows, change records and audit events with one executemany each.

The same bookkeeping as ``WriteTx.insert`` / ``WriteTx.audit`` (sync columns, gap-free device_seq, log_pos, the
audit hash chain), without ORM objects: their instrumentation costs more than the SQL. Used by Excel imports
(``tx.insert_many``) and by the package merge (``tx.audit_many``, ``executemany``).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, inspect
from sqlalchemy.orm import Session

from models.audit import AuditEvent, chain_head
from models.base import ClueBase, Synced
from models.clue import ClueChange
from models.sync import ChangeRecord
from services.records import PLAIN, canonical_json, content_fields, to_jsonable

if TYPE_CHECKING:
    from services.changes import WriteTx
    from services.records import AuditSpec


def executemany(session: Session, table: Table | Any, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts by column key; a missing key is NULL) into ``table`` with one DBAPI executemany and
    the columns' own bind processing (what Core would do, minus its per-row parameter bookkeeping, which costs
    more than SQLite's work on a wide table). Python-side column defaults are NOT applied."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    columns = list(table.columns)
    processors = [column.type.bind_processor(dialect) for column in columns]
    names = [column.key for column in columns]
    sql = (f"INSERT INTO {table.fullname} ({', '.join(dialect.identifier_preparer.quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    processed = [(i, proc) for i, proc in enumerate(processors) if proc is not None]
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(map(row.get, names))
        for i, proc in processed:
            if values[i] is not None:
                values[i] = proc(values[i])
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)


def _event(tx: WriteTx, head: tuple[int, str], action: str, stamp: str, now: datetime, entity: str | None,
           entity_id: str | None, change_id: str | None, detail_json: str) -> dict[str, Any]:
    """One audit row chained to ``head``, its entry hash computed as models.audit does."""
    event = {
        "device_id": tx.ws.device_id, "seq": head[0] + 1, "prev_hash": head[1], "wall_time": now.isoformat(),
        "hlc": stamp, "actor_user": tx.ws.actor.user_id, "actor_role": tx.ws.actor.role, "action": action,
        "entity": entity, "entity_id": entity_id, "change_id": change_id, "detail_json": detail_json,
    }
    entry = {name: event[name] for name in AuditEvent.HASHED_FIELDS}
    event["entry_hash"] = hashlib.sha256(canonical_json(entry).encode()).hexdigest()
    return event


def _head(tx: WriteTx) -> tuple[int, str]:
    if tx._audit_head is None:
        tx._audit_head = chain_head(tx.session, tx.ws.device_id)
    return tx._audit_head


def audit_many(tx: WriteTx, specs: Sequence[AuditSpec]) -> None:
    """Append one audit event per spec to this device's chain (each with its own HLC tick), in one executemany."""
    if not specs:
        return
    tx.session.flush()  # events the ORM still holds come first in the chain
    head = _head(tx)
    events: list[dict[str, Any]] = []
    for spec in specs:
        stamp, now = tx._stamp()
        event = _event(tx, head, spec.action, stamp, now, spec.entity, spec.entity_id, spec.change_id,
                       canonical_json(spec.detail or {}))
        head = (event["seq"], event["entry_hash"])
        events.append(event)
    executemany(tx.session, AuditEvent.__table__, events)
    tx._audit_head = head


def insert_many(tx: WriteTx, entity_type: type[Synced], rows: Sequence[dict[str, Any]], *,
                scope_team_id: str | None = None) -> list[str]:
    """Insert many new rows of one entity at once (an Excel import), given as dicts of column values.

    Each row gets its sync columns, its change record (with device_seq and log_pos) and its audit event exactly
    as ``WriteTx.insert`` gives them; rows, records and events are then written with one executemany each.
    Returns the ids of the new rows, in order."""
    if not rows:
        return []
    probe = entity_type()
    tx._guard(probe)
    tx.session.flush()  # rows the ORM still holds (e.g. a parent made just before) go first
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
    actor, device, role = tx.ws.actor.user_id, tx.ws.device_id, tx.ws.actor.role
    head = _head(tx)
    detail = canonical_json({"fields": sorted([*fields, "scope_team_id"])})  # the same for every row
    values: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for given in rows:
        stamp, now = tx._stamp()
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
        records.append({
            "change_id": change_id, "device_id": device, "device_seq": tx._next_seq(clue), "entity": entity,
            "entity_id": row["id"], "op": "insert", "base_change_id": None, "before_json": "{}",
            "after_json": canonical_json(after), "author_user": actor, "author_role": role, "hlc": stamp,
            "wall_time": now, "acked": False, "log_pos": tx.next_log_pos(clue),
        })
        event = _event(tx, head, "create", stamp, now, entity, row["id"], change_id, detail)
        head = (event["seq"], event["entry_hash"])
        events.append(event)
    for table, batch in ((mapper.local_table, values), (record_table, records), (AuditEvent.__table__, events)):
        executemany(tx.session, table, batch)
    tx._audit_head = head
    return [row["id"] for row in values]
