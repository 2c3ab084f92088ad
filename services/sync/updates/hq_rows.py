"""Which rows an HQ update carries for one team device, as HQ holds them now (docs/sync.md §8.1, decision D2).

A row goes to device D of team T when HQ's log has a change of it after D's watermark (``log_pos``), and it is
T's (``scope_team_id`` = T's team id) or one of the HQ reference rows T needs: T's round, T itself, its members
and assignments, the assigned units with their ancestors, and the HQ taxonomy. Never another team's row, never
a row of a round the team wiped. Rows come in table dependency order (parents first), so the team can insert
them as they come.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE, Base, ClueBase, Synced
from models.clue import ClueChange
from models.finding import Evidence
from models.organisation import Assignment, InspectedOrg
from models.sync import ChangeRecord
from models.sync_registry import SyncDevice
from services.records import canonical_json, content_fields, to_jsonable

BATCH = 500
# HQ reference rows a team gets, and which of them are its own (the rest: every HQ row of the entity).
TEAM_KEYED = {"inspection_team": "id", "team_member": "team_id", "assignment": "team_id"}


@dataclass(frozen=True)
class RowState:
    """One row as HQ holds it now (a ``row_state`` payload row, docs/sync.md §3.4)."""

    entity: str
    entity_id: str
    scope_team_id: str
    values_json: str
    head_change_id: str | None
    hq_version: int | None
    is_deleted: bool
    deleted_at: datetime | None
    deleted_by: str | None
    delete_reason: str | None
    hlc: str
    updated_at: datetime
    updated_by: str
    updated_on_device: str
    log_pos: int

    def to_row(self) -> dict[str, Any]:
        return dict(self.__dict__)


def entity_classes(clue: bool) -> list[type[Synced]]:
    """The synced entities of one database, parents before children (foreign-key order)."""
    base = ClueBase if clue else Base
    by_table = {m.class_.__tablename__: m.class_ for m in base.registry.mappers if issubclass(m.class_, Synced)}
    return [by_table[t.name] for t in base.metadata.sorted_tables if t.name in by_table]


def row_state(row: Synced, log_pos: int) -> RowState:
    values = {name: to_jsonable(getattr(row, name)) for name in content_fields(row)}
    return RowState(
        entity=type(row).__tablename__, entity_id=row.id, scope_team_id=row.scope_team_id,
        values_json=canonical_json(values), head_change_id=row.head_change_id or None, hq_version=row.hq_version,
        is_deleted=bool(row.is_deleted), deleted_at=row.deleted_at, deleted_by=row.deleted_by,
        delete_reason=row.delete_reason, hlc=row.hlc, updated_at=row.updated_at, updated_by=row.updated_by,
        updated_on_device=row.updated_on_device, log_pos=log_pos)


def _parents_first(rows: list[Synced]) -> list[Synced]:
    """Rows of a self-referencing entity (units, categories) with every parent in the list before its children."""
    if not rows or not hasattr(rows[0], "parent_id"):
        return rows
    by_id = {row.id: row for row in rows}
    done: set[str] = set()
    ordered: list[Synced] = []

    def visit(row: Synced, depth: int = 0) -> None:
        if row.id in done:
            return
        parent = by_id.get(getattr(row, "parent_id", None) or "")
        if parent is not None and depth < len(rows):
            visit(parent, depth + 1)
        done.add(row.id)
        ordered.append(row)

    for row in rows:
        visit(row)
    return ordered


class _Scope:
    """What of HQ's rows belongs to one team device."""

    def __init__(self, session: Session, device: SyncDevice, purged_rounds: Iterable[str]) -> None:
        self.team_id, self.round_id = device.team_id or "", device.round_id
        self.purged = self.round_id in set(purged_rounds)
        org_ids = set(session.scalars(select(Assignment.org_id).where(Assignment.team_id == self.team_id)))
        self.org_ids = self._with_ancestors(session, org_ids)

    def orgs_of(self, session: Session, assignments: Mapping[str, int]) -> set[str]:
        """The units (with ancestors) of those of ``assignments`` that are this team's: sent along with them."""
        ids = sorted(assignments)
        org_ids: set[str] = set()
        for start in range(0, len(ids), BATCH):
            org_ids.update(session.scalars(select(Assignment.org_id).where(
                Assignment.id.in_(ids[start:start + BATCH]), Assignment.team_id == self.team_id)))
        return self._with_ancestors(session, org_ids) if org_ids else set()

    @staticmethod
    def _with_ancestors(session: Session, org_ids: set[str]) -> set[str]:
        found, frontier = set(org_ids), set(org_ids)
        while frontier:
            parents = {p for p in session.scalars(select(InspectedOrg.parent_id).where(
                InspectedOrg.id.in_(sorted(frontier)))) if p and p not in found}
            found |= parents
            frontier = parents
        return found

    def holds(self, row: Synced) -> bool:
        if self.purged:
            return False
        if row.scope_team_id == self.team_id:
            return True
        if row.scope_team_id != HQ_SCOPE:
            return False
        entity = type(row).__tablename__
        if entity == "inspection_round":
            return row.id == self.round_id
        if entity in TEAM_KEYED:
            return bool(getattr(row, TEAM_KEYED[entity]) == self.team_id)
        if entity == "inspected_org":
            return row.id in self.org_ids
        return entity == "taxonomy_node"


def _touched(session: Session, since_pos: int, clue: bool) -> dict[str, dict[str, int]]:
    """entity -> {entity_id: the row's last log_pos}, for every row with a change after ``since_pos``."""
    log = ClueChange if clue else ChangeRecord
    touched: dict[str, dict[str, int]] = {}
    query = (select(log.entity, log.entity_id, func.max(log.log_pos)).where(log.log_pos > since_pos)
             .group_by(log.entity, log.entity_id))
    for entity, entity_id, pos in session.execute(query):
        touched.setdefault(entity, {})[entity_id] = int(pos or 0)
    return touched


def _last_pos(session: Session, entity: str, ids: list[str]) -> dict[str, int]:
    query = (select(ChangeRecord.entity_id, func.max(ChangeRecord.log_pos))
             .where(ChangeRecord.entity == entity, ChangeRecord.entity_id.in_(ids)).group_by(ChangeRecord.entity_id))
    return {entity_id: int(pos or 0) for entity_id, pos in session.execute(query)}


def rows_for_device(session: Session, device: SyncDevice, since_pos: int, *, clue: bool = False,
                    purged_rounds: Iterable[str] = ()) -> Iterator[RowState]:
    """HQ's current state of every row of ``device``'s team (plus the HQ rows it needs) changed after
    ``since_pos`` in the main log (``clue=True``: the clue log), parents first. Units newly assigned to the team
    (a changed assignment's unit) come with their ancestors even when those did not change."""
    scope = _Scope(session, device, purged_rounds)
    touched = _touched(session, since_pos, clue)
    for cls in entity_classes(clue):
        positions = dict(touched.get(cls.__tablename__, {}))
        if cls is InspectedOrg and not clue and not scope.purged:
            missing = sorted(scope.orgs_of(session, touched.get("assignment", {})) - set(positions))
            for start in range(0, len(missing), BATCH):
                positions.update(_last_pos(session, "inspected_org", missing[start:start + BATCH]))
        ids = sorted(positions)
        chosen: list[Synced] = []
        for start in range(0, len(ids), BATCH):
            rows = session.scalars(select(cls).where(cls.id.in_(ids[start:start + BATCH]))).all()
            chosen.extend(row for row in rows if scope.holds(row))
            if not hasattr(cls, "parent_id"):  # no order within the entity: let the batch go
                yield from _states(session, chosen, positions)
                chosen = []
        yield from _states(session, _parents_first(chosen), positions)


def _states(session: Session, rows: list[Synced], positions: dict[str, int]) -> Iterator[RowState]:
    for row in rows:
        yield row_state(row, positions[row.id])
        session.expunge(row)


def blobs_for_device(session: Session, states: Iterable[RowState], device_id: str) -> list[str]:
    """The blobs of the evidence rows in ``states`` that the device did not store itself. Deleted ones too: the
    tombstone still names its file, and the laptop's row must not point at nothing."""
    ids = sorted({s.entity_id for s in states if s.entity == Evidence.__tablename__})
    wanted: set[str] = set()
    for start in range(0, len(ids), BATCH):
        wanted.update(session.scalars(select(Evidence.blob_sha256).where(
            Evidence.id.in_(ids[start:start + BATCH]), Evidence.created_on_device != device_id)))
    return sorted(wanted)


def purged_rounds_of(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []
