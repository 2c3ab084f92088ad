"""Who may send what (docs/security.md §7.1, decision D7): one change outside the rules refuses the whole package.

Team -> HQ (``check_changes``, import step 8, before anything is written): the change comes from the sending
device, names an entity of its payload (main or clue), an op a team may use, fields the entity has and values
its columns can hold (``id`` only in an insert, as its own id); it stays in the device's team's scope (the
row HQ holds under its id, inserts included, and the rows it points at: services/sync/merge/policy_refs.py); it
does not touch what only HQ decides (reference entities, HQ-only fields and values); and the author's role may
make it (review and signature as in services/review.py, clue entities only for clue roles). Any violation
raises ``PackageRejected(code, change_id=, entity=, field=)``.

HQ -> team (``check_row_states``): HQ's row states are of the team's scope or HQ reference rows it may hold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import HQ_SCOPE
from models.entities import CLUE_ENTITIES as CLUE_CLASSES
from models.entities import SYNCED_ENTITIES
from models.enums import CLUE_ROLES, Role
from models.sync_registry import SyncDevice
from services.records import content_fields
from services.review import REVIEWERS
from services.sync.merge.decision import IncomingChange
from services.sync.merge.policy_refs import RefCheck, default_taxonomy
from services.sync.merge.values import BadValue, canon, loaders
from services.sync.package.rejections import PackageRejected

MAIN_ENTITIES: frozenset[str] = frozenset(SYNCED_ENTITIES)
CLUE_ENTITIES: frozenset[str] = frozenset(CLUE_CLASSES)
# Reference data HQ alone writes (decision D1/D7); orgs and taxonomy nodes only in HQ's scope.
HQ_ONLY_ENTITIES: frozenset[str] = frozenset({"inspection_round", "inspection_team", "team_member", "assignment"})
# Rectification to close-out is run at HQ (issue 12, services/rectification/): a team receives these rows in
# HQ's updates, read-only, and never sends them.
RECTIFICATION_ENTITIES: frozenset[str] = frozenset({
    "rectification_feedback", "rectification_milestone", "rectification_progress", "rectification_review",
    "rectification_flag", "handover_feedback"})
HQ_ONLY_ENTITIES |= RECTIFICATION_ENTITIES
HQ_SCOPED_ONLY: frozenset[str] = frozenset({"inspected_org", "taxonomy_node"})
HQ_ONLY_FIELDS: dict[str, frozenset[str]] = {
    # the close-out path is HQ's (issue 12): a request (entered at HQ or from the unit's ledger) and the feedback link
    "rectification_item": frozenset({"closure_reviewed_by", "closure_opinion", "closed_at", "closure_requested_at",
                                     "closure_requested_by", "feedback_id"}),
    # A team may propose a disposal (disposal_type, disposal_opinion: lead's decision 03:12); the outcome is HQ's.
    "clue": frozenset({"result", "handling_note", "feedback_at", "closed"}),
}
HQ_ONLY_VALUES: dict[tuple[str, str], frozenset[Any]] = {
    ("rectification_item", "status"): frozenset({"closed_out"}),
    ("finding", "status"): frozenset({"closed"}),
}
# Fields only some team roles set (services/review.py): review by the deputy or the leader, signature by the leader.
ROLE_FIELDS: dict[tuple[str, str], frozenset[Role]] = {
    ("finding", "reviewed_by"): REVIEWERS, ("finding", "reviewed_at"): REVIEWERS,
    ("finding", "signed_by"): frozenset({Role.TEAM_LEADER}), ("finding", "signed_at"): frozenset({Role.TEAM_LEADER}),
}
TEAM_ROLES: frozenset[str] = frozenset(r.value for r in Role if r is not Role.HQ_ADMIN)
CLUE_TEAM_ROLES: frozenset[str] = frozenset(r.value for r in CLUE_ROLES if r is not Role.HQ_ADMIN)
TEAM_OPS = ("insert", "update", "delete", "undelete")
OP_FIELDS = {"delete": frozenset({"is_deleted", "delete_reason"}), "undelete": frozenset({"is_deleted"})}
EMPTY: tuple[Any, ...] = (None, False, "", [], {})
ALL_ENTITIES = {**SYNCED_ENTITIES, **CLUE_CLASSES}


def _reject(code: str, ch: IncomingChange, field: str | None = None, **more: Any) -> PackageRejected:
    return PackageRejected(code, change_id=ch.change_id, entity=ch.entity, field=field, **more)


def check_changes(session: Session, device: SyncDevice, changes: Iterable[IncomingChange], *, clue: bool) -> None:
    """Raise PackageRejected(code, change_id=, entity=, field=) for the first change outside the rules."""
    checker = ChangePolicy(session, device, clue=clue)
    checker.feed(changes)
    checker.finish()


class ChangePolicy:
    """``check_changes`` for changes that arrive in batches (the import streams them, never holding them all):
    ``feed`` checks each change at once; the scope of changes to rows HQ holds is looked up at ``finish``, one
    query per entity, from (entity, row id, change id) kept for them, not the changes themselves. An insert is
    checked against the row HQ holds under its id too: the scope it claims counts only when HQ holds none. What
    a change points at is checked by policy_refs.RefCheck."""

    def __init__(self, session: Session, device: SyncDevice, *, clue: bool) -> None:
        self.session, self.device, self.clue = session, device, clue
        self.team = device.team_id or ""
        self.allowed = CLUE_ENTITIES if clue else MAIN_ENTITIES
        self.inserted: dict[tuple[str, str], str] = {}    # rows inserted earlier in this package -> their scope
        # entity -> (row id, change id, may HQ hold it: a default taxonomy insert) of rows not inserted earlier here
        self.later: dict[str, list[tuple[str, str, bool]]] = {}
        self.refs = RefCheck(session, device, self.inserted)

    def feed(self, changes: Iterable[IncomingChange]) -> None:
        team, device_id, clue = self.team, self.device.device_id, self.clue
        for ch in changes:
            if ch.device_id != device_id:
                raise _reject("foreign_change", ch)
            if ch.entity not in self.allowed:
                raise _reject("unknown_entity", ch)
            if ch.op not in TEAM_OPS or ch.author_role not in TEAM_ROLES:
                raise _reject("role_not_allowed", ch, None, op=ch.op, role=ch.author_role)
            if clue and ch.author_role not in CLUE_TEAM_ROLES:
                raise _reject("role_not_allowed", ch, None, role=ch.author_role)
            _check_fields(ch)
            if ch.entity in HQ_ONLY_ENTITIES:
                raise _reject("hq_only_field", ch)
            key = (ch.entity, ch.entity_id)
            if ch.op == "insert":
                scope = ch.after.get("scope_team_id")
                if scope != team and not default_taxonomy(ch):
                    raise _reject("hq_only_field" if scope == HQ_SCOPE else "out_of_scope", ch, "scope_team_id")
                if key not in self.inserted:   # HQ's row under this id, if any, must be the sender's too
                    self.later.setdefault(ch.entity, []).append((ch.entity_id, ch.change_id, default_taxonomy(ch)))
                    self.inserted[key] = str(scope)
            elif key in self.inserted:
                _check_scope(ch.change_id, ch.entity, self.inserted[key], team)
            else:
                self.later.setdefault(ch.entity, []).append((ch.entity_id, ch.change_id, False))
            self.refs.feed(ch)

    def finish(self) -> None:
        for entity, group in self.later.items():
            cls = ALL_ENTITIES[entity]
            ids = sorted({entity_id for entity_id, _, _ in group})
            scopes: dict[str, str] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                scopes.update(self.session.execute(select(cls.id, cls.scope_team_id).where(cls.id.in_(chunk))).all())
            for entity_id, change_id, hq_may_hold in group:
                # rows HQ does not hold wait in the backlog; apply re-checks them (policy_refs.SenderScopes)
                if entity_id in scopes and not (hq_may_hold and scopes[entity_id] == HQ_SCOPE):
                    _check_scope(change_id, entity, scopes[entity_id], self.team)
        self.refs.finish()


def _check_scope(change_id: str, entity: str, scope: str, team: str) -> None:
    if scope == team:
        return
    raise PackageRejected("hq_only_field" if scope == HQ_SCOPE else "out_of_scope", change_id=change_id,
                          entity=entity, field="scope_team_id")


@cache
def _editable(entity: str) -> frozenset[str]:
    return frozenset(content_fields(ALL_ENTITIES[entity]()))


@cache
def _op_fields(entity: str, op: str) -> frozenset[str]:
    """The fields a change of ``op`` may name (made once per entity and op, not per change)."""
    editable = _editable(entity) - {"id"}   # the row's key: only an insert names it, as its own id
    return OP_FIELDS.get(op) or (editable | {"scope_team_id", "id"} if op == "insert" else editable)


def _check_fields(ch: IncomingChange) -> None:
    fields = _op_fields(ch.entity, ch.op)
    if "id" in ch.before:
        raise _reject("unknown_field", ch, "id")
    if "id" in ch.after and ch.op == "insert" and ch.after["id"] != ch.entity_id:
        raise _reject("bad_value", ch, "id")
    for name in [*ch.after, *ch.before]:
        if name not in fields:
            raise _reject("unknown_field", ch, name)
    loads = loaders(ch.entity)
    for values in (ch.before, ch.after):
        for name, value in values.items():
            try:
                load = loads.get(name)
                if load is None:
                    raise BadValue("unknown_field", entity=ch.entity, field=name)
                load(value)   # what canon(ch.entity, name, value) checks, without its canonical form
            except BadValue as exc:
                code = exc.reason if exc.reason in ("unknown_field", "unknown_entity") else "bad_value"
                raise _reject(code, ch, name, reason=exc.reason) from None
    if ch.op in OP_FIELDS and ch.after.get("is_deleted") is not (ch.op == "delete"):
        raise _reject("bad_value", ch, "is_deleted")
    insert = ch.op == "insert"
    for name, value in ch.after.items():
        if name in HQ_ONLY_FIELDS.get(ch.entity, ()) and not (insert and value in EMPTY):
            raise _reject("hq_only_field", ch, name)
        if isinstance(value, str) and value in HQ_ONLY_VALUES.get((ch.entity, name), ()):
            raise _reject("hq_only_field", ch, name, value=value)
        roles = ROLE_FIELDS.get((ch.entity, name))
        if roles is not None and not (insert and value in EMPTY) and ch.author_role not in roles:
            raise _reject("role_not_allowed", ch, name, role=ch.author_role)
    if ch.entity in HQ_SCOPED_ONLY and insert and ch.after.get("scope_team_id") == HQ_SCOPE \
            and not default_taxonomy(ch):
        raise _reject("hq_only_field", ch, "scope_team_id")


def check_row_states(session: Session, team_id: str, states: Iterable[Mapping[str, Any]], *,
                     clue: bool | None = None) -> None:
    """Team side: every row state from HQ is of this team's scope, or an HQ reference row (rounds, teams,
    members, assignments, orgs, taxonomy) in HQ's scope; its values fit the columns. Else PackageRejected.
    ``clue``: the payload's compartment (None: either)."""
    allowed = MAIN_ENTITIES | CLUE_ENTITIES if clue is None else CLUE_ENTITIES if clue else MAIN_ENTITIES
    for state in states:
        entity, entity_id = str(state.get("entity")), str(state.get("entity_id"))
        params: dict[str, Any] = {"change_id": None, "entity": entity, "entity_id": entity_id}
        if entity not in allowed:
            raise PackageRejected("unknown_entity", field=None, **params)
        scope = state.get("scope_team_id")
        if scope != team_id and not (scope == HQ_SCOPE and entity in HQ_ONLY_ENTITIES | HQ_SCOPED_ONLY):
            raise PackageRejected("out_of_scope", field="scope_team_id", **params)
        raw = state.get("values_json")
        values = state.get("values") if raw is None else json.loads(raw)
        if not isinstance(values, dict):
            raise PackageRejected("bad_value", field="values_json", **params)
        for name, value in values.items():
            try:
                canon(entity, name, value)
            except BadValue as exc:
                raise PackageRejected("bad_value", field=name, reason=exc.reason, **params) from None
