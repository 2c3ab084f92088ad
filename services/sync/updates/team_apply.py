"""Applying an HQ update on a team device (docs/sync.md §8.2, decision D2): acknowledgements, then HQ's rows.

Acks first: own changes HQ holds are marked ``acked`` (the exporter stops sending them, close-out may purge them) and
rows whose head HQ holds become 'synced'; the peer record keeps what each side holds of the other; the own changes HQ's
conflict inbox holds are kept as a list (conflicts/waiting_edits.py), since their values give way to HQ's. Then each row
state: inserted when the laptop lacks the row; otherwise HQ's values are taken, except fields an own change HQ has not
acknowledged touched (HQ merges those when they arrive) — the row then keeps its own head and stays 'pending'. No change
records are written (the rows are HQ's), one ``apply_remote`` audit event per row taken.

A row HQ sends whose unique key (e.g. finding.code) another local row still holds (a sibling laptop's finding HQ
took first, D9) is held back: it is counted as 'held_back' and the HQ position this laptop acknowledges stops
before it, so HQ sends it again until the conflict is settled at HQ.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, literal_column, select, text, update

from models.clue import ClueChange
from models.clue_sync import CluePeer
from models.sync import ChangeRecord, get_meta
from models.sync_inbox import SyncPurge
from models.sync_registry import SyncDevice
from services.changes import WriteTx
from services.progress import CancelToken, Progress, no_progress
from services.records import AuditSpec
from services.sync.conflicts import waiting_edits
from services.sync.devices import registry
from services.sync.merge.context import REGISTER_KEYS, table_of, unique_keys
from services.sync.merge.values import ENTITY_CLASSES, entity_columns, from_jsonable
from services.sync.merge.writer import observe

INSERTED, UPDATED, KEPT, HELD_BACK, WIPED = "inserted", "updated", "kept", "held_back", "wiped_round"
TOMBSTONE = ("is_deleted", "deleted_at", "deleted_by", "delete_reason")


def apply_update(tx: WriteTx, reader: Any, hq: SyncDevice, package_id: str, *, clue: bool,
                 progress: Progress = no_progress, cancel: CancelToken | None = None) -> dict[str, int]:
    """Acks first, then every row state: insert or overwrite, except fields with unacked own changes.
    Returns counts: inserted, updated, kept (nothing to change), held_back."""
    acks = dict(reader.acks())
    counts: Counter[str] = Counter()
    held_pos: list[int] = []
    audits: list[AuditSpec] = []
    stamps: list[str] = []
    done = 0
    apply_acks(tx, acks, clue=None, hq_device_id=hq.device_id, apply_pos=False)
    held: list[Mapping[str, Any]] = []
    purged = set(tx.session.scalars(select(SyncPurge.round_id)))
    for batch in reader.row_states(batch=500):
        if cancel is not None:
            cancel.check()
        for state in batch:
            if purged and _of_wiped_round(tx, state, purged):
                counts[WIPED] += 1
                continue
            result = write_row_state(tx, state)
            if result == HELD_BACK:   # tried once more at the end: a later row state may free its key
                held.append(state)
                continue
            _count(result, state, counts, audits, package_id)
            stamps.append(str(state.get("hlc") or ""))
        done += len(batch)
        progress("update_clues" if clue else "update", done, done)
    for state in held:
        result = write_row_state(tx, state)
        _count(result, state, counts, audits, package_id)
        if result == HELD_BACK:
            held_pos.append(int(state.get("log_pos") or 0))
    inserted: dict[str, set[str]] = {}
    for spec in audits:
        if spec.detail and spec.detail.get("outcome") == INSERTED and spec.entity and spec.entity_id:
            inserted.setdefault(spec.entity, set()).add(spec.entity_id)
    if dropped := drop_wiped(tx, inserted):
        counts[INSERTED] -= len(dropped)
        counts[WIPED] += len(dropped)
        if not counts[INSERTED]:
            del counts[INSERTED]
        audits = [a for a in audits if (a.entity, a.entity_id) not in dropped]
    key = "hq_clue_pos" if clue else "hq_pos"
    if key in acks and held_pos:
        acks[key] = min(int(acks[key] or 0), min(held_pos) - 1)
    apply_acks(tx, {k: v for k, v in acks.items() if k == key}, clue=clue, hq_device_id=hq.device_id)
    waiting_edits.store(tx, acks, clue=clue)  # the own edits HQ's inbox holds: shown until HQ resolves them
    tx.audit_many(audits)
    observe(tx, stamps)
    return dict(counts)


def _count(result: str, state: Mapping[str, Any], counts: Counter[str], audits: list[AuditSpec],
           package_id: str) -> None:
    counts[result] += 1
    if result in (INSERTED, UPDATED):
        audits.append(AuditSpec("apply_remote", entity=str(state["entity"]), entity_id=str(state["entity_id"]),
                                detail={"outcome": result, "package": package_id}))


def apply_acks(tx: WriteTx, acks: Mapping[str, Any], *, clue: bool | None = None, hq_device_id: str | None = None,
               apply_pos: bool = True) -> None:
    """Mark own changes HQ holds as acked (change_log.acked) and their rows 'synced'; keep the peer's facts:
    device_seq / audit_seq / pkg_seq (what HQ holds of ours) and hq_pos (what we hold of HQ's log). ``clue``:
    which log's facts to take (None: both); ``apply_pos`` False leaves hq_pos/hq_clue_pos for later."""
    session = tx.session
    hq_id = hq_device_id or get_meta(session, "hq_device_id") or registry.hq_device(session).device_id
    own = tx.ws.device_id
    if clue is not True:
        peer = registry.peer(session, hq_id)
        if (seq := _int(acks.get("device_seq"))) is not None:
            _ack_log(tx, ChangeRecord, own, seq)
            peer.acked_by_peer_device_seq = max(peer.acked_by_peer_device_seq, seq)
        if (audit := _int(acks.get("audit_seq"))) is not None:
            peer.acked_by_peer_audit_seq = max(peer.acked_by_peer_audit_seq, audit)
        if (pkg := _int(acks.get("pkg_seq"))) is not None:
            peer.peer_acked_seq_out = max(peer.peer_acked_seq_out, pkg)
        if apply_pos and (pos := _int(acks.get("hq_pos"))) is not None:
            peer.applied_device_seq = max(peer.applied_device_seq, pos)
    if clue is not False and tx.ws.can_read_clues and _has_clue_facts(acks):
        clue_peer = session.get(CluePeer, hq_id)
        if clue_peer is None:
            clue_peer = CluePeer(peer_device_id=hq_id, applied_clue_seq=0, acked_by_peer_clue_seq=0,
                                 peer_acked_clue_pos=0)
            session.add(clue_peer)
        if (seq := _int(acks.get("clue_seq"))) is not None:
            _ack_log(tx, ClueChange, own, seq)
            clue_peer.acked_by_peer_clue_seq = max(clue_peer.acked_by_peer_clue_seq or 0, seq)
        if apply_pos and (pos := _int(acks.get("hq_clue_pos"))) is not None:
            clue_peer.applied_clue_seq = max(clue_peer.applied_clue_seq or 0, pos)
    session.flush()


def _has_clue_facts(acks: Mapping[str, Any]) -> bool:
    return acks.get("clue_seq") is not None or acks.get("hq_clue_pos") is not None


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _ack_log(tx: WriteTx, log: type[ChangeRecord] | type[ClueChange], own: str, seq: int) -> None:
    """acked = 1 through ``seq``; rows whose head is one of those changes become 'synced'."""
    session = tx.session
    newly = session.execute(select(log.change_id, log.entity).where(
        log.device_id == own, log.device_seq <= seq, log.acked.is_(False))).all()
    if not newly:
        return
    session.execute(update(log).where(log.device_id == own, log.device_seq <= seq, log.acked.is_(False))
                    .values(acked=True))
    by_entity: dict[str, list[str]] = {}
    for change_id, entity in newly:
        by_entity.setdefault(entity, []).append(change_id)
    for entity, ids in by_entity.items():
        if entity not in ENTITY_CLASSES:
            continue
        table = table_of(entity)
        for start in range(0, len(ids), 500):
            session.execute(update(table).where(table.c.head_change_id.in_(ids[start:start + 500]),
                                                table.c.open_conflicts == 0).values(sync_state="synced"))


def write_row_state(tx: WriteTx, state: Mapping[str, Any]) -> str:
    """One HQ row state (a payload ``row_state`` row: values_json text or a ``values`` dict) written into this
    workspace as docs/sync.md §8.2 says. Returns 'inserted', 'updated', 'kept' or 'held_back'. Writes no change
    record and no audit event (apply_update adds the events)."""
    session = tx.session
    entity, entity_id = str(state["entity"]), str(state["entity_id"])
    table, columns = table_of(entity), entity_columns(entity)
    raw = state.get("values_json")
    values = dict(json.loads(raw) if raw is not None else state.get("values") or {})
    incoming = {name: from_jsonable(columns[name], value) for name, value in values.items()}
    incoming["scope_team_id"] = state["scope_team_id"]
    tomb = {"is_deleted": bool(state.get("is_deleted")), "deleted_at": _when(state.get("deleted_at")),
            "deleted_by": state.get("deleted_by"), "delete_reason": state.get("delete_reason")}
    sync = {"head_change_id": state.get("head_change_id") or "", "hlc": state.get("hlc") or "",
            "hq_version": state.get("hq_version"), "updated_at": _when(state.get("updated_at")),
            "updated_by": state.get("updated_by") or "", "updated_on_device": state.get("updated_on_device") or ""}
    current = session.execute(select(table).where(table.c.id == entity_id)).mappings().first()
    if current is None:
        if _collides(tx, entity, entity_id, incoming):
            return HELD_BACK
        row = {**incoming, **tomb, **sync, "id": entity_id, "created_at": sync["updated_at"],
               "created_by": sync["updated_by"], "created_on_device": sync["updated_on_device"], "local_version": 1,
               "sync_state": "synced", "open_conflicts": 0}
        session.execute(insert(table), [row])
        return INSERTED
    pending = _pending_fields(tx, entity, entity_id)
    changed = {k: v for k, v in incoming.items() if k not in pending and current[k] != v}
    if not pending.intersection(("is_deleted", "delete_reason")):
        changed.update({k: v for k, v in tomb.items() if current[k] != v})
    if changed and _collides(tx, entity, entity_id, {**dict(current), **changed}):
        return HELD_BACK
    if pending:
        extra: dict[str, Any] = {"hq_version": sync["hq_version"]}
    else:
        extra = {**sync, "sync_state": "conflict" if current["open_conflicts"] else "synced"}
    extra = {k: v for k, v in extra.items() if current[k] != v}
    if not changed and not extra:
        return KEPT
    if changed:
        extra["local_version"] = (current["local_version"] or 0) + 1
    session.execute(update(table).where(table.c.id == entity_id).values(**changed, **extra))
    return UPDATED if changed else KEPT


def _of_wiped_round(tx: WriteTx, state: Mapping[str, Any], purged: set[str]) -> bool:
    """A row state of a round this laptop wiped (the round, its teams and assignments; a clue whose assignment is
    gone). Rows hanging off those further down are caught by ``drop_wiped``."""
    entity = str(state["entity"])
    if entity == "inspection_round":
        return str(state["entity_id"]) in purged
    raw = state.get("values_json")
    values = json.loads(raw) if raw is not None else state.get("values") or {}
    if values.get("round_id") in purged:
        return True
    assignment = values.get("assignment_id")
    if entity in _MAIN or not assignment:
        return False
    return tx.session.scalar(select(func.count()).select_from(table_of("assignment"))
                             .where(table_of("assignment").c.id == assignment)) == 0


def drop_wiped(tx: WriteTx, inserted: Mapping[str, set[str]]) -> set[tuple[str, str]]:
    """After a close-out (a ``sync_purge`` row exists), HQ may still send rows of the wiped round until it learns
    of the wipe from the team's next package. Rows this update inserted whose parent is gone (foreign key check)
    hang off the wiped round: they are removed again, children first, so the wipe stays a wipe and the commit's
    deferred foreign-key check passes. Returns the (entity, id) removed."""
    session = tx.session
    if not inserted or session.scalar(select(func.count()).select_from(SyncPurge)) == 0:
        return set()
    dropped: set[tuple[str, str]] = set()
    found = True
    while found:
        found = False
        for entity, ids in inserted.items():
            table = table_of(entity)
            pragma = f'PRAGMA {table.schema + "." if table.schema else ""}foreign_key_check("{table.name}")'
            rowids = [row[1] for row in session.execute(text(pragma)) if row[1] is not None]
            if not rowids:
                continue
            orphans = set(session.scalars(select(table.c.id).where(literal_column("rowid").in_(rowids)))) & ids
            orphans -= {i for e, i in dropped if e == entity}
            if orphans:
                session.execute(delete(table).where(table.c.id.in_(sorted(orphans))))
                dropped |= {(entity, i) for i in orphans}
                found = True
    return dropped


def _when(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _pending_fields(tx: WriteTx, entity: str, entity_id: str) -> set[str]:
    """Fields of the row that own changes HQ has not acknowledged touched."""
    clue = entity not in _MAIN
    log = ClueChange if clue else ChangeRecord
    rows = tx.session.scalars(select(log.after_json).where(
        log.entity == entity, log.entity_id == entity_id, log.device_id == tx.ws.device_id, log.acked.is_(False)))
    fields: set[str] = set()
    for after in rows:
        fields.update(json.loads(after))
    return fields


def _collides(tx: WriteTx, entity: str, entity_id: str, values: Mapping[str, Any]) -> bool:
    """Does another local row hold one of the row's unique keys (database constraints only)?"""
    table = table_of(entity)
    for key in unique_keys(entity):
        if key in REGISTER_KEYS.get(entity, []):
            continue
        wanted = [values.get(c) for c in key]
        if None in wanted:
            continue
        clause = and_(*[table.c[c] == v for c, v in zip(key, wanted, strict=True)], table.c.id != entity_id)
        if tx.session.scalar(select(table.c.id).where(clause).limit(1)) is not None:
            return True
    return False


_MAIN = frozenset(name for name, cls in ENTITY_CLASSES.items() if cls.__table__.schema is None)  # type: ignore[attr-defined]
