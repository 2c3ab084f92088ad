"""Who may run rectification: HQ's administrator on HQ's workspace. A team sees its units' tasks read-only,
with the status HQ's updates bring (the unit's side is entered at HQ or imported from its returned ledger)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Finding, RectificationFeedback, RectificationItem
from models.enums import Role, WorkspaceKind
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError
from services.workspace import WorkspaceSession

ITEM = RectificationItem.__tablename__


def require_supervisor(ws: WorkspaceSession, action: str = "rectification") -> None:
    """整改督办 belongs to HQ: a team workspace may only look. ``action`` names the step for the sentence."""
    if ws.kind is not WorkspaceKind.HQ:
        raise NotPermittedError("rectification is run at HQ", role=ws.actor.role, reason="rectification_by_hq",
                                action=action)
    if ws.actor.role is not Role.HQ_ADMIN:
        raise NotPermittedError("rectification is run by HQ's administrator", role=ws.actor.role,
                                reason="rectification_hq_admin", action=action)


def unknown(entity: str, field: str, value: object) -> InvalidFieldsError:
    return InvalidFieldsError([FieldProblem(field, "unknown_reference", {"value": str(value)}, entity=entity)])


def live_item(session: Session, ref: str) -> RectificationItem:
    """A live task by id, or by its label 问题编号-序号 ("[2026]3巡-2组-1号-1") or a unique id prefix."""
    item = session.get(RectificationItem, ref)
    if item is not None and not item.is_deleted:
        return item
    rows = list(session.scalars(select(RectificationItem).where(RectificationItem.is_deleted.is_(False))))
    if len(ref) >= 6:
        by_prefix = [r for r in rows if r.id.startswith(ref)]
        if len(by_prefix) == 1:
            return by_prefix[0]
    code, _, number = ref.rpartition("-")
    if code and number.isdigit():  # the n-th task of the finding, in item_no order (as the lists number them)
        finding_ids = set(session.scalars(select(Finding.id).where(Finding.code == code)))
        found = sorted((r for r in rows if r.finding_id in finding_ids), key=lambda r: (r.item_no, r.id))
        if len(finding_ids) == 1 and 1 <= int(number) <= len(found):
            return found[int(number) - 1]
    finding_ids = set(session.scalars(select(Finding.id).where(Finding.code == ref)))
    found = [r for r in rows if r.finding_id in finding_ids]
    if len(found) == 1:
        return found[0]
    raise unknown(ITEM, "item_no", ref)


def live_feedback(session: Session, feedback_id: str) -> RectificationFeedback:
    row = session.get(RectificationFeedback, feedback_id)
    if row is None or row.is_deleted:
        raise unknown(RectificationFeedback.__tablename__, "id", feedback_id)
    return row
