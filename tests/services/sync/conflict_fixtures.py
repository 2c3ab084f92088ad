"""Conflicts as the merge leaves them at HQ: the received change in HQ's change log (outcome 'conflict', its own
log position, the package it came in), the row flagged, and the conflict row with base, current and incoming.

``plant_conflict`` writes exactly that, from a realistic change record of a team laptop, so the inbox can be
tested before packages are imported for real (tests/e2e covers the full path).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from models.base import ClueBase, Synced
from models.clue import ClueChange
from models.clue_sync import ClueConflict
from models.sync import ChangeRecord
from models.sync_inbox import SyncConflict
from services.records import canonical_json, to_jsonable
from services.workspace import WorkspaceSession


def plant_conflict(hq: WorkspaceSession, entity: type[Synced], entity_id: str, *, field: str | None,
                   base: Any, incoming: Any, device_id: str, kind: str = "field", current: Any = None,
                   author: str = "team-leader", author_role: str = "team_leader", scope_team_id: str = "") -> str:
    """One received change that conflicts with HQ's row (as merge/apply.py stores it); returns the conflict id."""
    clue = issubclass(entity, ClueBase)
    package_id, change_id, conflict_id = (str(uuid.uuid4()) for _ in range(3))
    with hq.write() as tx:
        session = tx.session
        row = session.get(entity, entity_id)
        if kind == "field":
            assert field is not None
            before, after = {field: to_jsonable(base)}, {field: to_jsonable(incoming)}
            current_value = to_jsonable(getattr(row, field)) if row is not None else None
        else:
            before, after = {}, to_jsonable(incoming)
            current_value = to_jsonable(current)
        log = ClueChange if clue else ChangeRecord
        seq = 1 + len(session.query(log).filter(log.device_id == device_id).all())
        record = log(change_id=change_id, device_id=device_id, device_seq=seq, entity=entity.__tablename__,
                     entity_id=entity_id, op="insert" if kind == "duplicate_key" else "update",
                     base_change_id=None if row is None else row.head_change_id, before_json=canonical_json(before),
                     after_json=canonical_json(after), author_user=author, author_role=author_role,
                     hlc="0000000000000:00000:" + device_id[:8], wall_time=hq.clock.now().replace(tzinfo=None),
                     log_pos=tx.next_log_pos(clue), origin_package_id=package_id, sync_outcome="conflict")
        session.add(record)
        table = ClueConflict if clue else SyncConflict
        scope = scope_team_id or (row.scope_team_id if row is not None else "")
        session.add(table(
            conflict_id=conflict_id, entity=entity.__tablename__, entity_id=entity_id, field=field, kind=kind,
            scope_team_id=scope, base_json=json.dumps(to_jsonable(base), ensure_ascii=False),
            current_json=json.dumps(current_value, ensure_ascii=False),
            incoming_json=json.dumps(to_jsonable(incoming), ensure_ascii=False),
            current_change_id=None if row is None else row.head_change_id, incoming_change_id=change_id,
            incoming_device_id=device_id, incoming_author=author, incoming_hlc=record.hlc, package_id=package_id,
            opened_at=hq.clock.now().replace(tzinfo=None)))
        if row is not None:
            row.open_conflicts = (row.open_conflicts or 0) + 1
            row.sync_state = "conflict"
        tx.audit("apply_remote", entity=entity.__tablename__, entity_id=entity_id, change_id=change_id,
                 detail={"outcome": "conflict", "fields": sorted(after), "package": package_id})
    return conflict_id
