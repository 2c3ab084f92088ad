"""On a team laptop: which of its edits wait in HQ's conflict inbox, as a person reads them (the finding editor
and the Packages area show them until HQ resolves them). Read-only.

The list is the one HQ's last update named (services/sync/conflicts/waiting_edits.py). Each entry pairs the value this
laptop sent (its own change record) with what the row shows now (HQ's value, which the update brought). Clue
entries only for a session holding the clue key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy.orm import Session

from models.base import Synced
from models.clue import ClueChange
from models.labels import field_label
from models.sync import ChangeRecord
from services.records import content_fields, to_jsonable
from services.sync.conflicts import waiting_edits
from services.sync.conflicts.display import conflict_text
from services.sync.conflicts.inbox import ROW_FIELDS
from services.sync.merge.decision import DELETE_VS_EDIT, EDIT_VS_DELETE
from services.sync.merge.values import ENTITY_CLASSES
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class WaitingEdit:
    """One own edit HQ holds in its conflict inbox. ``field`` is None for a row-level kind (the laptop deleted a
    record HQ edited, edited one HQ deleted); ``mine`` is what this laptop sent, ``shown`` what the row holds now."""

    change_id: str
    entity: str
    entity_id: str
    clue: bool
    record: str
    field: str | None
    field_label: str
    kind: str
    mine: str
    shown: str
    sent_at: datetime | None


def _record(values: dict[str, Any], entity_id: str) -> str:
    parts = [str(values[name]) for name in ROW_FIELDS if values.get(name) not in (None, "")]
    return " ".join(parts[:2]) if parts else entity_id[:8]


def _view(session: Session, entry: dict[str, Any], clue: bool, language: str) -> WaitingEdit | None:
    cls: type[Synced] | None = ENTITY_CLASSES.get(str(entry.get("entity")))
    if cls is None:
        return None
    entity_id, field, kind = str(entry["entity_id"]), entry.get("field"), str(entry["kind"])
    log: type[ChangeRecord] | type[ClueChange] = ClueChange if clue else ChangeRecord
    change = cast("ChangeRecord | ClueChange | None", session.get(log, str(entry["change_id"])))
    after: dict[str, Any] = json.loads(change.after_json) if change is not None else {}
    row = session.get(cls, entity_id)
    current = {name: to_jsonable(getattr(row, name)) for name in content_fields(row)} if row is not None else {}
    if row is not None:
        current["is_deleted"] = bool(row.is_deleted)
    gone = "（已清退）" if language.startswith("zh") else "(no longer on this laptop)"
    if kind in (DELETE_VS_EDIT, EDIT_VS_DELETE) or field is None:
        mine = conflict_text(session, cls, kind, None, after, language=language) if after else gone
        shown = conflict_text(session, cls, kind, None, current, language=language) if current else gone
        label = ""  # the whole record: the kind says what happened to it
    else:
        mine = conflict_text(session, cls, kind, field, after.get(field), language=language) if after else gone
        shown = conflict_text(session, cls, kind, field, current.get(field), language=language) if current else gone
        label = ", ".join(field_label(cls, name, language) for name in str(field).split(","))
    return WaitingEdit(
        change_id=str(entry["change_id"]), entity=cls.__tablename__, entity_id=entity_id, clue=clue,
        record=_record(current or after, entity_id), field=field, field_label=label, kind=kind, mine=mine,
        shown=shown, sent_at=change.wall_time if change is not None else None)


def waiting_edits_of(ws: WorkspaceSession, *, entity: str | None = None, entity_id: str | None = None,
                     language: str = "zh") -> list[WaitingEdit]:
    """This laptop's edits in HQ's conflict inbox as of HQ's last update (of one row, with ``entity_id``)."""
    found: list[WaitingEdit] = []
    with ws.read() as session:
        for clue in (False, True) if ws.can_read_clues else (False,):
            for entry in waiting_edits.stored(session, clue=clue):
                if (entity is not None and entry.get("entity") != entity) or \
                        (entity_id is not None and entry.get("entity_id") != entity_id):
                    continue
                view = _view(session, entry, clue, language)
                if view is not None:
                    found.append(view)
    return found
