"""A team laptop's edits that wait in HQ's conflict inbox: HQ names them in its update, the laptop keeps the list.

HQ's update takes HQ's values for a row once HQ holds (acknowledges) the laptop's change of it, also while that
change waits in HQ's conflict inbox (decision D8: HQ's value is shown until a person decides). Nothing is lost,
but on the laptop the edit would vanish without a word. So each update's acknowledgements (table ``ack``, key
``open_conflicts``) carry the open conflicts whose incoming side is a change of this device: change id, row,
field and kind, no values (the laptop has its own value in its change log, HQ's in the row). The main payload
lists main-database conflicts, the clue payload (sealed to the clue key) clue conflicts.

Format: the key is optional. HQ sends it to a device that has or had a conflict in HQ's inbox (so the laptop
also learns when the last one is resolved: an empty list); never to one that had none, so a laptop running a
program from before this key (which refuses unknown acknowledgements) is only affected once it has conflicts.
A package without the key (older HQ program, or no conflict ever) leaves the laptop's list as it is; with it,
the list is replaced: an update is HQ's state at one moment, and updates are imported in order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.clue import ClueMeta
from models.clue_sync import ClueConflict
from models.sync import get_meta, set_meta
from models.sync_inbox import SyncConflict
from services.changes import WriteTx
from services.sync.merge.decision import CONFLICT_KINDS
from services.sync.merge.values import ENTITY_CLASSES
from services.sync.package.rejections import PackageRejected

ACK_KEY = "open_conflicts"
META_KEY = "hq_open_conflicts"  # meta (main) / clue_meta (clues): the list as the last update gave it
MAX_ENTRIES = 100_000
KEYS = ("change_id", "entity", "entity_id", "field", "kind")
LIMITS = {"change_id": 36, "entity": 40, "entity_id": 36, "field": 200, "kind": 20}


def for_device(session: Session, device_id: str, *, clue: bool) -> list[dict[str, Any]] | None:
    """HQ side: the device's changes in open conflicts (oldest first), or None when the device never had a
    conflict in this inbox (the key is then left out of its update)."""
    table: type[SyncConflict] | type[ClueConflict] = ClueConflict if clue else SyncConflict
    if session.scalar(select(table.conflict_id).where(table.incoming_device_id == device_id).limit(1)) is None:
        return None
    rows = session.execute(select(table.incoming_change_id, table.entity, table.entity_id, table.field, table.kind)
                           .where(table.incoming_device_id == device_id, table.status == "open")
                           .order_by(table.opened_at, table.conflict_id))
    return [dict(zip(KEYS, row, strict=True)) for row in rows]


def _refuse(value: Any, reason: str) -> PackageRejected:
    return PackageRejected("bad_value", f"acknowledgement {ACK_KEY}: {reason}", entity="ack", field=ACK_KEY,
                           value=str(value)[:80], reason=reason)


def check(value: Any, *, clue: bool | None = None) -> list[dict[str, Any]]:
    """Team side: the acknowledgement's value as HQ must send it, else ``bad_value`` (nothing is written).
    ``clue``: which database's entities it may name (None: either)."""
    if not isinstance(value, list):
        raise _refuse(value, "wrong_type")
    if len(value) > MAX_ENTRIES:
        raise _refuse(len(value), "too_long")
    entries = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != set(KEYS):
            raise _refuse(entry, "wrong_type")
        for key in KEYS:
            item = entry[key]
            if item is None and key == "field":
                continue
            if not isinstance(item, str) or not item or len(item) > LIMITS[key]:
                raise _refuse(item, "wrong_type")
        cls = ENTITY_CLASSES.get(entry["entity"])
        in_clues = cls is not None and cls.__table__.schema == "clues"  # type: ignore[attr-defined]
        if cls is None or (clue is not None and in_clues != clue):
            raise _refuse(entry["entity"], "unknown_entity")
        if entry["kind"] not in CONFLICT_KINDS:
            raise _refuse(entry["kind"], "wrong_type")
        entries.append({key: entry[key] for key in KEYS})
    return entries


def store(tx: WriteTx, acks: Mapping[str, Any], *, clue: bool) -> None:
    """Team side, inside the update's transaction: replace the list when the update carries one."""
    if ACK_KEY not in acks:
        return
    text = json.dumps(check(acks[ACK_KEY], clue=clue), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    session = tx.session
    if not clue:
        set_meta(session, META_KEY, text)
        return
    row = session.get(ClueMeta, META_KEY)
    if row is None:
        session.add(ClueMeta(key=META_KEY, value=text))
    else:
        row.value = text


def stored(session: Session, *, clue: bool) -> list[dict[str, Any]]:
    """Team side: the list the last update gave (empty before any)."""
    if clue:
        row = session.get(ClueMeta, META_KEY)
        text = row.value if row is not None else None
    else:
        text = get_meta(session, META_KEY)
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []
