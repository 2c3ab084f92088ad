"""What HQ does with one received change: a pure decision (docs/sync.md §7.3).

``decide(change, row, ctx)`` looks at the change, HQ's current row and a few facts the ``MergeContext`` answers
(is a change known, which fields have open conflicts, what did the row's first insert hold, ...) and says what
to do: insert, set some fields, tombstone, record conflicts, wait in the backlog, or nothing. It writes nothing
and never reads a clock: the hybrid clock orders events for display, it never picks a winner.

Values are compared in canonical form (``services.sync.merge.values.canon``): the caller canonicalises the change's
``before``/``after`` and the row's ``values`` before calling. The rules, field by field, with base ``b``, HQ's
current ``c`` and incoming ``n``: ``c == n`` nothing to do; an open conflict on the field -> another conflict;
``c == b`` take ``n``; otherwise a conflict (HQ keeps showing ``c``, decision D8; nothing is dropped).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from models.base import HQ_SCOPE
from services.sync.report import Outcome

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()  # a field the base does not hold

FIELD, DELETE_VS_EDIT, EDIT_VS_DELETE, DUPLICATE_KEY = "field", "delete_vs_edit", "edit_vs_delete", "duplicate_key"
CONFLICT_KINDS = (FIELD, DELETE_VS_EDIT, EDIT_VS_DELETE, DUPLICATE_KEY)
UNKNOWN_BASE, MISSING_ROW, MISSING_REFERENCE, BEHIND_BACKLOG = (
    "unknown_base", "missing_row", "missing_reference", "behind_backlog")
OPS = ("insert", "update", "delete", "undelete", "resolve")
# Never taken from a received change: the row's key, and its scope (who owns a row is decided when it is first
# inserted; policy refuses a change of another scope's row, this keeps a merge from moving one).
FIXED_FIELDS = frozenset({"id", "scope_team_id"})


@dataclass(frozen=True, slots=True)
class IncomingChange:
    """One change record as a team device wrote it (before/after: the JSON values of the changed fields)."""

    change_id: str
    device_id: str
    device_seq: int
    entity: str
    entity_id: str
    op: str
    base_change_id: str | None
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    author_user: str
    author_role: str
    hlc: str
    wall_time: datetime
    base_hq_version: int | None = None
    before_json: str | None = None   # the record's text as sent (stored verbatim at HQ), when read from one
    after_json: str | None = None


@dataclass(slots=True)
class RowView:
    """HQ's current row: its content values (canonical; include ``scope_team_id``, ``is_deleted`` and
    ``delete_reason``), its head change and its scope."""

    entity: str
    entity_id: str
    values: dict[str, Any]
    head: str
    scope_team_id: str
    open_conflicts: int = 0

    @property
    def is_deleted(self) -> bool:
        return bool(self.values.get("is_deleted"))


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One disagreement to keep for a person. Kind 'field': one field's base/current/incoming values. Row kinds
    (``field`` None): delete_vs_edit (current = the row's values, incoming = the delete's after), edit_vs_delete
    (current = {"is_deleted": True}, incoming = the update's after). duplicate_key: ``field`` = the unique key's
    columns (joined by ','); for an insert current = the other row's values (with "id"), incoming = the insert's
    after; for an update of a key column, the field's values as for 'field'."""

    field: str | None
    base: Any
    current: Any
    incoming: Any
    kind: str = FIELD
    current_change_id: str | None = None  # None: the row's head; duplicate_key: the other row's head
    other_id: str | None = None           # duplicate_key: the row that already holds the key


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one change. ``set`` holds the fields to write (canonical values)."""

    outcome: Outcome
    insert: bool = False
    set: Mapping[str, Any] = field(default_factory=dict)
    tombstone: bool = False
    conflicts: tuple[FieldConflict, ...] = ()
    advance_head: bool = False
    backlog_reason: str | None = None
    waiting_for: str | None = None


class MergeContext(Protocol):
    """The facts ``decide`` needs beyond the change and the row (apply.DbContext; an in-memory fake in tests).

    Every answer must include what was decided earlier in the same package (staged, not yet written)."""

    def change_known(self, change_id: str) -> bool:
        """Is this change id in HQ's change log (own or received, any outcome)?"""

    def missing_reference(self, entity: str, values: Mapping[str, Any]) -> str | None:
        """``"entity:id"`` of a row the values refer to (foreign key) that HQ does not hold, else None."""

    def unique_collision(self, entity: str, entity_id: str, values: Mapping[str, Any]) -> tuple[str, RowView] | None:
        """Another row of the entity holding a unique key (e.g. finding.code) that ``values`` claim: the key's
        columns joined by ',' and that row."""

    def first_insert_after(self, entity: str, entity_id: str) -> Mapping[str, Any]:
        """The ``after`` values (canonical) of the row's first insert as HQ logged it; {} if none."""

    def backlogged(self, entity: str, entity_id: str, device_id: str, device_seq: int) -> str | None:
        """The change id of an earlier change (lower device_seq) of this row from this device still waiting in
        the backlog: a later change queues behind it so a row's changes apply in the device's order."""

    def edited_since(self, entity: str, entity_id: str, base_change_id: str | None, device_id: str) -> bool:
        """Did another device (or HQ) change the row after ``base_change_id`` (None/'': since its insert)?"""

    def open_conflict_fields(self, entity: str, entity_id: str) -> frozenset[str]:
        """Fields of the row with an open conflict; '*' stands for a row-level one."""


def incoming_from_row(row: Mapping[str, Any]) -> IncomingChange:
    """An IncomingChange from a payload's ``change`` row (before_json/after_json text, wall_time ISO text)."""
    wall = row["wall_time"]
    return IncomingChange(
        change_id=row["change_id"], device_id=row["device_id"], device_seq=int(row["device_seq"]),
        entity=row["entity"], entity_id=row["entity_id"], op=row["op"], base_change_id=row.get("base_change_id"),
        before=json.loads(row["before_json"] or "{}"), after=json.loads(row["after_json"] or "{}"),
        author_user=row["author_user"], author_role=row["author_role"], hlc=row["hlc"],
        wall_time=wall if isinstance(wall, datetime) else datetime.fromisoformat(wall),
        base_hq_version=row.get("base_hq_version"), before_json=row["before_json"], after_json=row["after_json"])


def backlog(reason: str, waiting_for: str) -> Decision:
    return Decision(Outcome.BACKLOG, backlog_reason=reason, waiting_for=waiting_for)


def refused(field: str) -> Decision:
    """A backlog entry out of its sender's scope (policy_refs.SenderScopes): kept in the log, never applied."""
    return Decision(Outcome.REFUSED, backlog_reason="out_of_scope", waiting_for=field)


def decide(ch: IncomingChange, row: RowView | None, ctx: MergeContext, *, retry: bool = False) -> Decision:
    """The merge rule table of docs/sync.md §7.3 (pure: no writes, no clock). ``retry``: a backlog entry decided
    again (it is in the change log already, so the duplicate check is skipped)."""
    if not retry and ctx.change_known(ch.change_id):
        return Decision(Outcome.DUPLICATE)
    if ch.op == "insert":
        if row is None:
            if miss := ctx.missing_reference(ch.entity, ch.after):
                return backlog(MISSING_REFERENCE, miss)
            if hit := ctx.unique_collision(ch.entity, ch.entity_id, ch.after):
                key, other = hit
                return Decision(Outcome.CONFLICT, conflicts=(FieldConflict(
                    key, None, {**other.values, "id": other.entity_id}, dict(ch.after), DUPLICATE_KEY,
                    other.head, other.entity_id),))
            return Decision(Outcome.APPLIED, insert=True, set=dict(ch.after), advance_head=True)
        if row.scope_team_id == HQ_SCOPE:   # a default taxonomy node every device makes: HQ's row stays HQ's
            return Decision(Outcome.NOOP)
        first = ctx.first_insert_after(ch.entity, ch.entity_id)
        return _three_way(ch, row, first, ctx)
    if row is None:
        return backlog(MISSING_ROW, f"{ch.entity}:{ch.entity_id}")
    if ch.base_change_id and not ctx.change_known(ch.base_change_id):
        return backlog(UNKNOWN_BASE, ch.base_change_id)
    if waiting := ctx.backlogged(ch.entity, ch.entity_id, ch.device_id, ch.device_seq):
        return backlog(BEHIND_BACKLOG, waiting)
    if ch.op == "delete":
        if row.is_deleted:
            return Decision(Outcome.NOOP)
        if ch.base_change_id != row.head and ctx.edited_since(ch.entity, ch.entity_id, ch.base_change_id,
                                                               ch.device_id):
            return Decision(Outcome.CONFLICT, advance_head=True, conflicts=(FieldConflict(
                None, None, dict(row.values), dict(ch.after), DELETE_VS_EDIT),))
        outcome = Outcome.FAST_FORWARD if ch.base_change_id == row.head else Outcome.MERGED
        return Decision(outcome, set=dict(ch.after), tombstone=True, advance_head=True)
    if row.is_deleted and ch.op in ("update", "resolve"):
        return Decision(Outcome.CONFLICT, advance_head=True, conflicts=(FieldConflict(
            None, None, {"is_deleted": True}, dict(ch.after), EDIT_VS_DELETE),))
    return _three_way(ch, row, ch.before, ctx)


def _three_way(ch: IncomingChange, row: RowView, base: Mapping[str, Any], ctx: MergeContext) -> Decision:
    take: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    open_fields = ctx.open_conflict_fields(ch.entity, ch.entity_id)
    for name, new in ch.after.items():
        if name in FIXED_FIELDS:
            continue
        old, current = base.get(name, MISSING), row.values.get(name, MISSING)
        if current == new or new == old:   # same change on both sides, or the incoming side did not change it
            continue
        if name in open_fields or current != old:
            conflicts.append(FieldConflict(name, None if old is MISSING else old, current, new))
        else:
            take[name] = new
    if take and (hit := ctx.unique_collision(ch.entity, ch.entity_id, {**row.values, **take})):
        other = hit[1]
        for name in [n for n in take if row.values.get(n) != other.values.get(n) == take[n]]:
            conflicts.append(FieldConflict(name, _none(base.get(name, MISSING)), row.values.get(name), take.pop(name),
                                           DUPLICATE_KEY, other.head, other.entity_id))
    if take and (miss := ctx.missing_reference(ch.entity, take)):
        return backlog(MISSING_REFERENCE, miss)
    if conflicts:
        outcome = Outcome.CONFLICT
    elif not take:
        return Decision(Outcome.NOOP)
    elif ch.op != "insert" and ch.base_change_id == row.head:
        outcome = Outcome.FAST_FORWARD
    else:
        outcome = Outcome.MERGED
    return Decision(outcome, set=take, conflicts=tuple(conflicts), advance_head=True)


def _none(value: Any) -> Any:
    return None if value is MISSING else value
