"""调阅资料 register: a request list (signed by the leader), its items, and each item's return.

Items are saved with their request: an item with an ``id`` is updated, one without is added, and a saved item
left out of the list is tombstoned. Dates of items may come as text ("2026-09-03", as typed in the table).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import literal_column, select

from models.entities import DocumentRequest, DocumentRequestItem
from services.changes import WriteTx
from services.registers import (
    Problems,
    as_date,
    check_members,
    clean,
    get_entry,
    local_today,
    resolve_assignment,
    team_member_ids,
    write_entry,
)
from services.workspace import WorkspaceSession

KIND = "document_request"
ITEM = "document_request_item"
MAX_COUNT = 9999
REMOVED = "从调阅清单中移除"


@dataclass
class RequestItemInput:
    id: str | None = None
    item_name: str = ""
    count: int = 1
    material_type: str | None = None
    origin_type: str | None = None
    time_limit: date | str | None = None
    provider_name: str | None = None
    provided_at: date | str | None = None
    returned: bool = False
    returned_to: str | None = None
    returned_at: date | str | None = None

    @classmethod
    def from_row(cls, row: DocumentRequestItem) -> RequestItemInput:
        return cls(**{name: getattr(row, name) for name in cls.__dataclass_fields__})


@dataclass
class DocumentRequestInput:
    assignment_id: str | None = None
    requester_id: str | None = None
    content: str = ""
    request_time: datetime | None = None
    leader_signed: bool = False
    leader_signed_at: datetime | None = None
    items: list[RequestItemInput] = field(default_factory=list)


def request_input(ws: WorkspaceSession, request_id: str) -> tuple[DocumentRequestInput, int]:
    """The saved request as a form's input (with its live items) and the version it was read at."""
    with ws.read() as session:
        row = get_entry(session, KIND, request_id)
        assert isinstance(row, DocumentRequest)
        items = [RequestItemInput.from_row(item) for item in _items(session, request_id)]
        data = DocumentRequestInput(row.assignment_id, row.requester_id, row.content or "", row.request_time,
                                    bool(row.leader_signed), row.leader_signed_at, items)
        return data, row.local_version


def create_document_request(ws: WorkspaceSession, data: DocumentRequestInput) -> str:
    return _save(ws, None, data, None)


def update_document_request(ws: WorkspaceSession, request_id: str, data: DocumentRequestInput,
                            expected_version: int | None = None) -> str:
    return _save(ws, request_id, data, expected_version)


def mark_returned(ws: WorkspaceSession, item_ids: list[str], returned_at: date, returned_to: str | None) -> int:
    """Record the return of several items at once (归还); returns how many changed."""
    problems = Problems(ITEM)
    problems.not_future("returned_at", returned_at, local_today(ws))
    problems.lengths(DocumentRequestItem, {"returned_to": clean(returned_to)})
    problems.check()
    changed = 0
    with ws.write() as tx:
        for item_id in item_ids:
            item = tx.session.get(DocumentRequestItem, item_id)
            if item is None or item.is_deleted:
                continue
            problems.date_order("returned_at", returned_at, "provided_at", item.provided_at)
            problems.check()
            if tx.update(item, returned=True, returned_at=returned_at, returned_to=clean(returned_to)):
                changed += 1
    return changed


def _items(session: Any, request_id: str) -> list[DocumentRequestItem]:
    return list(session.scalars(
        select(DocumentRequestItem)
        .where(DocumentRequestItem.request_id == request_id, DocumentRequestItem.is_deleted.is_(False))
        .order_by(DocumentRequestItem.created_at, literal_column("document_request_item.rowid"))))


def _item_values(problems: Problems, item: RequestItemInput, row: int) -> dict[str, Any]:
    where: dict[str, Any] = {"entity": ITEM, "row": row}
    values: dict[str, Any] = {
        "item_name": (item.item_name or "").strip(), "count": item.count, "material_type": clean(item.material_type),
        "origin_type": clean(item.origin_type), "provider_name": clean(item.provider_name),
        "returned_to": clean(item.returned_to),
    }
    for name in ("time_limit", "provided_at", "returned_at"):
        values[name] = as_date(problems, name, getattr(item, name), **where)
    values["returned"] = bool(item.returned) or values["returned_at"] is not None
    problems.required("item_name", values["item_name"], **where)
    if not isinstance(item.count, int) or not 1 <= item.count <= MAX_COUNT:
        problems.add("count", "out_of_range", minimum=1, maximum=MAX_COUNT, **where)
    problems.date_order("returned_at", values["returned_at"], "provided_at", values["provided_at"], **where)
    problems.lengths(DocumentRequestItem, values, row=row)
    return values


def _save(ws: WorkspaceSession, request_id: str | None, data: DocumentRequestInput,
          expected_version: int | None) -> str:
    problems = Problems(KIND)
    values: dict[str, Any] = {
        "assignment_id": data.assignment_id, "requester_id": data.requester_id or None,
        "content": (data.content or "").strip(), "request_time": data.request_time,
        "leader_signed": bool(data.leader_signed),
        "leader_signed_at": data.leader_signed_at if data.leader_signed else None,
    }
    with ws.write() as tx:
        row = get_entry(tx.session, KIND, request_id) if request_id else None
        assignment = resolve_assignment(tx.session, ws, data.assignment_id, problems)
        problems.required("content", values["content"])
        problems.required("request_time", data.request_time)
        problems.not_future("request_time", data.request_time, local_today(ws))
        problems.date_order("leader_signed_at", values["leader_signed_at"], "request_time", data.request_time)
        if assignment is not None and values["requester_id"]:
            check_members(problems, "requester_id", [values["requester_id"]],
                          team_member_ids(tx.session, assignment.team_id))
        items = [_item_values(problems, item, number) for number, item in enumerate(data.items, start=1)]
        problems.check()
        assert assignment is not None
        saved = write_entry(tx, row, DocumentRequest, values, assignment, KIND, expected_version)
        _write_items(tx, saved.id, assignment.team_id, data.items, items)
        return saved.id


def _write_items(tx: WriteTx, request_id: str, team_id: str, inputs: list[RequestItemInput],
                 values: list[dict[str, Any]]) -> None:
    saved = {item.id: item for item in _items(tx.session, request_id)}
    kept: set[str] = set()
    for given, item_values in zip(inputs, values, strict=True):
        existing = saved.get(given.id) if given.id else None
        if existing is None:
            tx.insert(DocumentRequestItem(request_id=request_id, **item_values), scope_team_id=team_id)
        else:
            kept.add(existing.id)
            tx.update(existing, **item_values)
    for item_id, item in saved.items():
        if item_id not in kept:
            tx.delete(item, reason=REMOVED)
