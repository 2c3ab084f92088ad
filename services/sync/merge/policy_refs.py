"""What a team's change may point at, and which files it may name (docs/security.md §7.2, decision D7).

A change's references (foreign keys, and the polymorphic owner/source/item/target pairs) must name rows of the
sender's team, or the HQ reference rows that team holds: its round, itself, its members and assignments, the
units assigned to it with their ancestors, the HQ taxonomy (the same rows an HQ update sends it,
services/sync/updates/hq_rows.py). An evidence change names a file it brings in the package or one its team's
evidence already names at HQ.

Three users: ``RefCheck`` (import step 8, fed by policy.ChangePolicy: a violation rejects the whole package),
``check_blob_claims`` (import step 7) and ``SenderScopes.refusal`` (apply: a backlog entry decided again is
re-checked against the rows as they are then; out of scope -> refused, never applied).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE
from models.entities import CLUE_ENTITIES, SYNCED_ENTITIES
from models.finding import Evidence
from models.organisation import Assignment, InspectedOrg, InspectionTeam
from models.sync_registry import SyncDevice
from services.changes import WriteTx
from services.sync.merge.decision import IncomingChange, RowView
from services.sync.package.rejections import PackageRejected
from services.taxonomy import default_node_id

ALL_ENTITIES: dict[str, Any] = {**SYNCED_ENTITIES, **CLUE_ENTITIES}
CHUNK = 500
# HQ reference rows of one team: entity -> the column naming the team (as update_rows.TEAM_KEYED).
TEAM_KEYED = {"inspection_team": "id", "team_member": "team_id", "assignment": "team_id"}
# References the clue compartment holds as plain text (no foreign key across the two databases).
CLUE_REFS: dict[str, dict[str, str]] = {
    "clue": {"assignment_id": "assignment", "org_id": "inspected_org", "handover_id": "clue_handover"},
    "clue_link": {"clue_id": "clue"}, "petitioner_identity": {"petition_id": "petition"},
    "clue_handover": {"round_id": "inspection_round"},
}
REGISTERS = ("interview", "petition", "document_request", "field_visit")
# Polymorphic references: entity -> (kind column, id column, the entities a missing kind may stand for).
POLY: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "evidence": ("owner_kind", "owner_id", ("finding", *REGISTERS)),
    "finding_source": ("source_kind", "source_id", REGISTERS),
    "handover_item": ("item_kind", "item_id", ("finding",)),
    "clue_link": ("target_kind", "target_id", ("finding", *REGISTERS, "clue")),
}
Reference = tuple[str, tuple[str, ...], str]   # (field, entities the target may be, target id)


def default_taxonomy(ch: IncomingChange) -> bool:
    """A default taxonomy node (same UUIDv5 id on every device): allowed, it merges as an identical insert."""
    after = ch.after
    return (ch.entity == "taxonomy_node" and after.get("scope_team_id") == HQ_SCOPE
            and ch.entity_id == default_node_id(str(after.get("scheme")), str(after.get("code"))))


def row_scope_allowed(ch: IncomingChange, scope: str, team: str) -> bool:
    """May the sender's team change the row HQ holds in ``scope``? Its own rows; an insert of a default
    taxonomy node HQ holds too."""
    return scope == team or (ch.op == "insert" and scope == HQ_SCOPE and default_taxonomy(ch))


@cache
def reference_columns(entity: str) -> dict[str, str]:
    """Column -> referenced synced entity: the model's foreign keys to synced rows, plus the clue compartment's."""
    out: dict[str, str] = {}
    for column in ALL_ENTITIES[entity].__table__.columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target in ALL_ENTITIES and fk.column.key == "id":
                out[column.key] = target
    out.update(CLUE_REFS.get(entity, {}))
    return out


def references(entity: str, values: Mapping[str, Any]) -> list[Reference]:
    """The rows ``values`` (a change's after) point at."""
    out: list[Reference] = [(col, (target,), str(values[col])) for col, target in reference_columns(entity).items()
                            if values.get(col) not in (None, "")]
    poly = POLY.get(entity)
    if poly is not None and values.get(poly[1]) not in (None, ""):
        kind_col, id_col, candidates = poly
        if kind_col not in values:   # the kind stays as HQ holds it: any of them
            out.append((id_col, candidates, str(values[id_col])))
        elif values[kind_col] in ALL_ENTITIES:
            out.append((id_col, (str(values[kind_col]),), str(values[id_col])))
    return out


class TeamScope:
    """The rows one team may point at (see the module's docstring)."""

    def __init__(self, session: Session, team: str, round_id: str | None = None) -> None:
        self.session, self.team = session, team
        held = session.scalar(select(InspectionTeam.round_id).where(InspectionTeam.id == team)) if team else None
        self.round_id = held or round_id
        self._orgs: set[str] | None = None

    @property
    def orgs(self) -> set[str]:
        if self._orgs is None:
            found = set(self.session.scalars(select(Assignment.org_id).where(Assignment.team_id == self.team)))
            frontier = set(found)
            while frontier:
                parents = {p for p in self.session.scalars(select(InspectedOrg.parent_id).where(
                    InspectedOrg.id.in_(sorted(frontier)))) if p and p not in found}
                found |= parents
                frontier = parents
            self._orgs = found
        return self._orgs

    def allows(self, entity: str, entity_id: str, scope: str, team_key: Any) -> bool:
        if not self.team:
            return False
        if scope == self.team:
            return True
        if scope != HQ_SCOPE:
            return False
        if entity == "inspection_round":
            return entity_id == self.round_id
        if entity in TEAM_KEYED:
            return (entity_id if entity == "inspection_team" else team_key) == self.team
        if entity == "inspected_org":
            return entity_id in self.orgs
        return entity == "taxonomy_node"

    def allows_row(self, row: RowView) -> bool:
        key = TEAM_KEYED.get(row.entity)
        return self.allows(row.entity, row.entity_id, row.scope_team_id, row.values.get(key) if key else None)


def _facts(session: Session, entity: str, ids: Iterable[str]) -> dict[str, tuple[str, Any]]:
    """id -> (scope, team column or None) of the rows HQ holds."""
    cls = ALL_ENTITIES[entity]
    key = TEAM_KEYED.get(entity)
    team_col = getattr(cls, key) if key else None
    wanted = sorted(set(ids))
    out: dict[str, tuple[str, Any]] = {}
    for start in range(0, len(wanted), CHUNK):
        cols = [cls.id, cls.scope_team_id] + ([team_col] if team_col is not None else [])
        for row in session.execute(select(*cols).where(cls.id.in_(wanted[start:start + CHUNK]))):
            out[row[0]] = (row[1], row[2] if team_col is not None else None)
    return out


class RefCheck:
    """Import step 8: the references of every change, fed change by change; targets HQ holds are looked up at
    ``finish``, one query per entity. A target inserted earlier in the package is the sender's (policy checked
    its scope); a target HQ does not hold waits in the backlog and is checked when it is decided again."""

    def __init__(self, session: Session, device: SyncDevice, inserted: Mapping[tuple[str, str], str]) -> None:
        self.session, self.inserted = session, inserted
        self.scope = TeamScope(session, device.team_id or "", getattr(device, "round_id", None))
        # target entity -> target id -> (change id, entity, field) of the first change naming it
        self.pending: dict[str, dict[str, tuple[str, str, str]]] = {}

    def feed(self, ch: IncomingChange) -> None:
        for field, targets, target_id in references(ch.entity, ch.after):
            if any((t, target_id) in self.inserted for t in targets):
                continue
            for target in targets:
                self.pending.setdefault(target, {}).setdefault(target_id, (ch.change_id, ch.entity, field))

    def finish(self) -> None:
        for target, group in self.pending.items():
            facts = _facts(self.session, target, group)
            for target_id, (change_id, entity, field) in group.items():
                if target_id in facts and not self.scope.allows(target, target_id, *facts[target_id]):
                    raise PackageRejected("out_of_scope", change_id=change_id, entity=entity, field=field)


def check_blob_claims(session: Session, device: SyncDevice, reader: Any, needed: set[str]) -> None:
    """Import step 7: a blob an evidence change names is in the package, or evidence of the sender's team at HQ
    names it already (never another team's file: HQ would ship it to the sender's other laptops)."""
    missing = sorted(needed - set(reader.blob_shas()))
    owned: set[str] = set()
    team = device.team_id or ""
    for start in range(0, len(missing), CHUNK):
        owned.update(session.scalars(select(Evidence.blob_sha256).where(
            Evidence.blob_sha256.in_(missing[start:start + CHUNK]), Evidence.scope_team_id == team)))
    for sha in missing:
        if sha not in owned:
            raise PackageRejected("out_of_scope", change_id=_naming(reader, sha), entity="evidence",
                                  field="blob_sha256", sha256=sha)


def _naming(reader: Any, sha: str) -> str | None:
    for batch in reader.changes(batch=CHUNK):
        for row in batch:
            if row["entity"] == "evidence" and sha in str(row.get("after_json") or ""):
                return str(row["change_id"])
    return None


class SenderScopes:
    """Apply time: is a backlog entry, decided again, still within its sender's team scope?"""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_device: dict[str, TeamScope | None] = {}

    def team_of(self, device_id: str) -> TeamScope | None:
        if device_id not in self.by_device:
            device = self.session.get(SyncDevice, device_id)
            team = device.team_id if device is not None and device.kind == "team" else None
            self.by_device[device_id] = TeamScope(self.session, team, device.round_id) \
                if device is not None and team else None
        return self.by_device[device_id]

    def refusal(self, ch: IncomingChange, ctx: Any) -> str | None:
        """The field that puts the change out of its sender's scope (the row HQ holds now, or a row it points
        at), else None. ``ctx``: apply_context.DbContext (rows staged in this import included)."""
        scope = self.team_of(ch.device_id)
        if scope is None:
            return "device_id"
        row = ctx.row(ch.entity, ch.entity_id)
        if row is not None and not row_scope_allowed(ch, row.scope_team_id, scope.team):
            return "scope_team_id"
        for field, targets, target_id in references(ch.entity, ch.after):
            for target in targets:
                target_row = ctx.row(target, target_id)
                if target_row is not None and not scope.allows_row(target_row):
                    return field
        return None


def note_refusal(tx: WriteTx, backlog: Any, ch: IncomingChange, field: str) -> None:
    """Keep a refused backlog entry visible: its reason says why, and an audit event names it."""
    tx.session.execute(update(backlog).where(backlog.c.change_id == ch.change_id)
                       .values(reason="out_of_scope", waiting_for=field))
    tx.audit("remote_change_refused", entity=ch.entity, entity_id=ch.entity_id, change_id=ch.change_id,
             detail={"device": ch.device_id, "field": field, "op": ch.op, "reason": "out_of_scope"})
