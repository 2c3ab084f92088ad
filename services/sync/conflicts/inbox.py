"""HQ's conflict inbox (docs/sync.md §9): list the conflicts, show base, current and incoming, resolve one.

A resolution is itself a change (``tx.resolve``, op ``resolve``): audited, with a new position in HQ's log, so it
reaches the team with the next update package. Main conflicts: HQ administrator; clue conflicts: clue roles (D5).
Kinds: ``field`` (keep current, take incoming, or a merged value checked as the editor checks it);
``delete_vs_edit`` / ``edit_vs_delete`` (keep the current state or take the incoming one); ``duplicate_key`` (a
number another row holds: give a free number; an existing row may also keep its own).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import Synced
from models.clue_sync import ClueConflict
from models.entities import InspectionTeam, entity_for_table
from models.enums import Role
from models.labels import field_label
from models.sync_inbox import SyncConflict
from models.sync_registry import SyncDevice
from services.errors import DomainError, NotPermittedError, ValidationError
from services.records import to_jsonable
from services.sync.conflicts.display import conflict_text, suggest_number
from services.sync.conflicts.values import check_merged, content_values, free_number, parse_text, python_value
from services.sync.merge.apply import retry_backlog
from services.workspace import WorkspaceSession

Conflict = SyncConflict | ClueConflict
ROW_FIELDS = ("code", "petition_no", "clue_no", "evidence_no", "item_no", "name", "title", "clue_name")


class ConflictNotFoundError(DomainError):
    code = "conflict_not_found"
    exit_code = 4


class ConflictClosedError(DomainError):
    code = "conflict_closed"
    exit_code = 4


class ResolutionNotAllowedError(DomainError):
    """This way of resolving does not fit the conflict's kind (e.g. a duplicate number needs a new number)."""

    code = "resolution_not_allowed"
    exit_code = 4


@dataclass(frozen=True)
class ConflictView:
    """One line of the inbox."""

    conflict_id: str
    clue: bool
    entity: str
    entity_id: str
    field: str | None
    kind: str
    status: str
    team_no: int | None
    row_label: str
    field_label: str
    opened_at: datetime
    device_label: str
    resolution: str | None = None


@dataclass(frozen=True)
class ConflictDetail:
    """One conflict: the three values as display text and as values, and what can be done with it."""

    view: ConflictView
    base: str
    current: str
    incoming: str
    base_value: Any
    current_value: Any
    incoming_value: Any
    incoming_author: str
    incoming_hlc: str
    resolved_value: str | None
    choices: tuple[str, ...]  # of "current", "incoming", "value"
    suggested_value: str | None = None  # duplicate_key: a free number to offer


def _tables(ws: WorkspaceSession) -> list[tuple[bool, type[Conflict]]]:
    return [(False, SyncConflict)] + ([(True, ClueConflict)] if ws.can_read_clues else [])


def _entity(name: str) -> type[Synced]:
    entity = entity_for_table(name)
    if entity is None:
        raise ValidationError("unknown entity", field="entity", value=name)
    return entity  # type: ignore[return-value]


def _row_label(values: dict[str, Any] | Synced | None, entity_id: str) -> str:
    if values is None:
        return entity_id[:8]
    get = values.get if isinstance(values, dict) else (lambda name: getattr(values, name, None))
    parts = [str(get(name)) for name in ROW_FIELDS if get(name) not in (None, "")]
    return " ".join(parts[:2]) if parts else entity_id[:8]


def _load(raw: str | None) -> Any:
    return json.loads(raw) if raw else None
def _view(session: Session, row: Conflict, clue: bool, teams: dict[str, int], language: str) -> ConflictView:
    entity = _entity(row.entity)
    current = session.get(entity, row.entity_id)
    incoming = _load(row.incoming_json)
    device = session.get(SyncDevice, row.incoming_device_id)
    device_label = "" if device is None else device.label
    return ConflictView(
        row.conflict_id, clue, row.entity, row.entity_id, row.field, row.kind, row.status,
        teams.get(row.scope_team_id), _row_label(current if current is not None else incoming, row.entity_id),
        field_label(entity, row.field, language) if row.field else "", row.opened_at, device_label, row.resolution)


def _teams(session: Session) -> dict[str, int]:
    return {team_id: team_no for team_id, team_no in session.execute(select(InspectionTeam.id, InspectionTeam.team_no))}


def list_conflicts(ws: WorkspaceSession, *, status: str = "open", team_no: int | None = None,
                   language: str = "zh") -> list[ConflictView]:
    """The inbox, oldest first: ``status`` 'open', 'resolved' or 'all'; clue conflicts only for clue roles."""
    views: list[ConflictView] = []
    with ws.read() as session:
        teams = _teams(session)
        for clue, table in _tables(ws):
            query = select(table).order_by(table.opened_at, table.conflict_id)
            if status != "all":
                query = query.where(table.status == status)
            if team_no is not None:
                query = query.where(table.scope_team_id.in_([t for t, no in teams.items() if no == team_no]))
            views += [_view(session, cast(Conflict, row), clue, teams, language) for row in session.scalars(query)]
    views.sort(key=lambda view: (view.opened_at, view.conflict_id))
    return views


def _find(session: Session, ws: WorkspaceSession, conflict_id: str) -> tuple[bool, Conflict]:
    for clue, table in _tables(ws):
        row = session.get(table, conflict_id)
        if row is not None:
            return clue, cast(Conflict, row)
    raise ConflictNotFoundError("no such conflict", conflict=conflict_id)


CHOICES = {"field": ("current", "incoming", "value"), "delete_vs_edit": ("current", "incoming"),
           "edit_vs_delete": ("current", "incoming"), "duplicate_key": ("value",)}


def _choices(session: Session, row: Conflict) -> tuple[str, ...]:
    """What may be done: a duplicate number on an existing row (an update took a used number) may also keep the
    row's own number; a new row whose number is used needs a new number."""
    if row.kind == "duplicate_key" and session.get(_entity(row.entity), row.entity_id) is not None:
        return ("current", "value")
    return CHOICES.get(row.kind, ("current", "incoming"))


def conflict(ws: WorkspaceSession, conflict_id: str, *, language: str = "zh") -> ConflictDetail:
    """One conflict with base, current and incoming as text (each field under its official label). While open,
    a field's current value is the row's value now (what "keep current" keeps), not the one it had then."""
    with ws.read() as session:
        clue, row = _find(session, ws, conflict_id)
        entity = _entity(row.entity)
        view = _view(session, row, clue, _teams(session), language)
        base, current, incoming = _load(row.base_json), _load(row.current_json), _load(row.incoming_json)
        obj = session.get(entity, row.entity_id)
        if row.status == "open" and row.kind == "field" and row.field and obj is not None:
            current = to_jsonable(getattr(obj, row.field))
        shown = current  # HQ's deletion: with its reason
        if row.kind == "edit_vs_delete" and obj is not None and obj.is_deleted and isinstance(current, dict):
            shown = {**current, "delete_reason": obj.delete_reason}
        show = partial(conflict_text, session, entity, row.kind, row.field, language=language)
        resolved = None if row.resolved_json is None else show(_load(row.resolved_json))
        suggested = None
        if row.kind == "duplicate_key" and row.status == "open" and row.field and "," not in row.field:
            taken = incoming.get(row.field) if isinstance(incoming, dict) else incoming
            suggested = suggest_number(session, entity, row.field, taken)
        return ConflictDetail(
            view, show(base, other=current), show(shown, other=incoming), show(incoming, other=current), base,
            current, incoming, row.incoming_author, row.incoming_hlc, resolved, _choices(session, row), suggested)


def _may_resolve(ws: WorkspaceSession, clue: bool) -> None:
    if clue:
        ws.require(Role.HQ_ADMIN, Role.CLUE_OFFICER)
    else:
        ws.require(Role.HQ_ADMIN)
    if ws.kind != "hq":
        raise NotPermittedError("conflicts are resolved at HQ", role=ws.actor.role)


def _field_values(session: Session, ws: WorkspaceSession, row: Conflict, obj: Synced, how: str,
                  value: Any) -> dict[str, Any]:
    """The values the resolution writes, for the conflict's kind and the person's choice."""
    entity, incoming = type(obj), _load(row.incoming_json)
    if row.kind == "field" and row.field is not None:
        if how == "current":
            return {row.field: getattr(obj, row.field)}
        if how == "incoming":
            return {row.field: python_value(entity, row.field, incoming)}
        merged = parse_text(entity, row.field, value)
        check_merged(session, ws, obj, row.field, merged)
        return {row.field: merged}
    if row.kind == "duplicate_key" and row.field is not None:
        if how == "current":
            return {row.field: getattr(obj, row.field)}
        number = _free_number(session, row, entity, value, obj.id)
        return {row.field: number}
    if row.kind == "delete_vs_edit":
        if how == "current":
            return {"is_deleted": False}
        reason = incoming.get("delete_reason") if isinstance(incoming, dict) else None
        return {"is_deleted": True, "delete_reason": reason or ""}
    if row.kind == "edit_vs_delete":
        if how == "current":
            return {"is_deleted": True}
        return {**content_values(entity, incoming if isinstance(incoming, dict) else {}), "is_deleted": False}
    raise ResolutionNotAllowedError("not for this kind", kind=row.kind)


def _free_number(session: Session, row: Conflict, entity: type[Synced], value: Any, own_id: str | None) -> Any:
    if "," in (row.field or ""):
        raise ResolutionNotAllowedError("several key columns", kind=row.kind, choice="value")
    return free_number(session, entity, row.field or "code", value, own_id)


def _insert_renumbered(session: Session, ws: WorkspaceSession, tx: Any, row: Conflict, entity: type[Synced],
                       value: Any) -> str:
    """duplicate_key: the incoming row, inserted under the number the person gave it."""
    number = _free_number(session, row, entity, value, None)
    incoming = _load(row.incoming_json) or {}
    obj = entity(**content_values(entity, incoming))
    obj.id = row.entity_id
    setattr(obj, row.field or "code", number)
    return str(tx.insert(obj, scope_team_id=incoming.get("scope_team_id", row.scope_team_id)))


def resolve(ws: WorkspaceSession, conflict_id: str, *, keep: Literal["current", "incoming"] | None = None,
            value: Any = None) -> str:
    """Resolve one open conflict: ``keep`` current or incoming, or a merged ``value`` (text as typed, or the
    column's value). Returns the id of the change that records the resolution."""
    if (keep is None) == (value is None):
        raise ValidationError("give keep or value", field="keep", value=str(keep))
    how = keep or "value"
    if how not in ("current", "incoming", "value"):
        raise ValidationError("keep current or incoming", field="keep", value=str(keep))
    with ws.write() as tx:
        session = tx.session
        clue, row = _find(session, ws, conflict_id)
        _may_resolve(ws, clue)
        if row.status != "open":
            raise ConflictClosedError("already resolved", conflict=conflict_id, resolution=row.resolution or "")
        if how not in _choices(session, row):
            raise ResolutionNotAllowedError("not for this kind", kind=row.kind, choice=how)
        entity = _entity(row.entity)
        obj = session.get(entity, row.entity_id)
        if row.kind == "duplicate_key" and obj is None:
            change_id = _insert_renumbered(session, ws, tx, row, entity, value)
            resolved: Any = getattr(session.get(entity, row.entity_id), row.field or "code")
        else:
            if obj is None:
                raise ConflictNotFoundError("row missing", conflict=conflict_id)
            values = _field_values(session, ws, row, obj, how, value)
            change_id = tx.resolve(obj, values, conflict_ids=[row.conflict_id])
            single = row.field if row.kind in ("field", "duplicate_key") else None
            resolved = values[single] if single else values
        row.status = "resolved"
        row.resolution = {"current": "keep_current", "incoming": "take_incoming"}.get(how, "merged")
        row.resolved_json = json.dumps(to_jsonable(resolved), ensure_ascii=False, sort_keys=True)
        row.resolved_by, row.resolution_change_id = ws.actor.user_id, change_id
        row.resolved_at = ws.clock.now().replace(tzinfo=None)
        session.flush()
        retry_backlog(tx, clue)  # later changes of a row the resolution created were waiting for it
    return change_id
