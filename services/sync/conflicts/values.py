"""The values of a conflict: from a change record's JSON form to the column's Python value, to display text, and
back from what a person typed (a merged value), checked as the editor checks it.

A merged value of a finding or a clue goes through the editor's own validator (check_finding / check_clue) with
every other field as it is now, and only the problems of the resolved field count; other entities get the
column's checks (required, length, number, amount, date, yes/no).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, inspect, select
from sqlalchemy.orm import Session

from models.base import Synced, WanYuan
from models.entities import Clue, Finding
from services.clue_fields import EDITABLE as CLUE_EDITABLE
from services.clue_fields import check_clue, parse_date
from services.errors import FieldProblem, InvalidFieldsError
from services.findings import load_finding_input
from services.findings_validation import check_finding
from services.records import content_fields
from services.workspace import WorkspaceSession

YES = {"是", "yes", "true", "1", "y", "√"}
NO = {"否", "no", "false", "0", "n", "×", ""}
LIST_SEPARATORS = ("、", "，", ",", ";", "；", "\n")


def column(entity: type[Synced], name: str) -> Any:
    attrs: Any = inspect(entity).column_attrs
    return attrs[name].columns[0] if name in attrs else None


def python_value(entity: type[Synced], name: str, value: Any) -> Any:
    """A change record's JSON value as the column holds it (ISO text -> date, text -> Decimal amount)."""
    col = column(entity, name)
    if value is None or col is None:
        return value
    kind = col.type
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(kind, WanYuan):
        return Decimal(str(value))
    return value


def display(value: Any, language: str = "zh") -> str:
    """One value as a person reads it (lists joined, yes/no, dates ISO, nothing as empty)."""
    zh = language.startswith("zh")
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("是" if value else "否") if zh else ("Yes" if value else "No")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return "、".join(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _problem(entity: type[Synced], name: str, reason: str, **params: Any) -> InvalidFieldsError:
    return InvalidFieldsError([FieldProblem(name, reason, params, entity=entity.__tablename__)])


def _split(text: str) -> list[str]:
    items = [text]
    for separator in LIST_SEPARATORS:
        items = [part for item in items for part in item.split(separator)]
    return [item.strip() for item in items if item.strip()]


def parse_text(entity: type[Synced], name: str, text: Any) -> Any:
    """What a person typed for ``entity.name`` as the column's value; InvalidFieldsError naming the field."""
    col = column(entity, name)
    if col is None:
        raise _problem(entity, name, "invalid", value=str(text))
    if not isinstance(text, str):
        return text
    raw = text.strip()
    kind = col.type
    if raw == "" and not isinstance(kind, Boolean | JSON):
        if not col.nullable and isinstance(kind, String):
            raise _problem(entity, name, "required")
        return None if col.nullable else ""
    try:
        if isinstance(kind, WanYuan):
            amount = Decimal(raw.replace(",", "").replace("万元", "").strip())
            if amount < 0:
                raise _problem(entity, name, "negative")
            kind.process_bind_param(amount, None)  # finer than one 分 -> ValueError
            return amount
        if isinstance(kind, Boolean):
            if raw.lower() in YES or raw.lower() in NO:
                return raw.lower() in YES
            raise _problem(entity, name, "not_a_yes_no", value=raw)
        if isinstance(kind, Integer):
            return int(raw)
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(raw)
        if isinstance(kind, Date):
            return parse_date(raw)
        if isinstance(kind, JSON):
            if raw.startswith(("[", "{")):
                return json.loads(raw)
            return _split(raw)
    except (ValueError, InvalidOperation, json.JSONDecodeError):
        reason = {WanYuan: "not_an_amount", Integer: "not_a_number"}.get(type(kind), "not_a_date")
        if isinstance(kind, JSON):
            reason = "invalid"
        raise _problem(entity, name, reason, value=raw) from None
    length = getattr(kind, "length", None)
    if length is not None and len(raw) > length:
        raise _problem(entity, name, "too_long", maximum=length, length=len(raw))
    return raw


def _finding_problems(session: Session, ws: WorkspaceSession, row: Finding, name: str,
                      value: Any) -> list[FieldProblem]:
    data, _ = load_finding_input(ws, row.id)
    if not hasattr(data, name):
        return []
    setattr(data, name, value)
    return check_finding(session, ws, data, finding_id=row.id).problems


def _clue_problems(session: Session, ws: WorkspaceSession, row: Clue, name: str, value: Any) -> list[FieldProblem]:
    if name not in CLUE_EDITABLE:
        return []
    values = {field: getattr(row, field) for field in CLUE_EDITABLE}
    values[name] = value
    _, _, problems = check_clue(session, values, team_no=None, today=ws.clock.now().date())
    return problems


def check_merged(session: Session, ws: WorkspaceSession, row: Synced, name: str, value: Any) -> None:
    """The editor's checks of ``value`` for ``row.name``; InvalidFieldsError with the field's problems."""
    problems: list[FieldProblem] = []
    if row.is_deleted:
        problems = []
    elif isinstance(row, Finding):
        problems = _finding_problems(session, ws, row, name, value)
    elif isinstance(row, Clue):
        problems = _clue_problems(session, ws, row, name, value)
    own = [problem for problem in problems if problem.field == name]
    if own:
        raise InvalidFieldsError(own)


def content_values(entity: type[Synced], values: dict[str, Any]) -> dict[str, Any]:
    """The content fields of a change record's values, as the columns hold them (sync bookkeeping dropped)."""
    allowed = set(content_fields(entity()))
    return {name: python_value(entity, name, v) for name, v in values.items() if name in allowed}


def free_number(session: Session, entity: type[Synced], name: str, value: Any, own_id: str | None) -> Any:
    """A number typed for a record whose number is taken: InvalidFieldsError when empty or held by another row."""
    number = parse_text(entity, name, value)
    if number in (None, ""):
        raise InvalidFieldsError([FieldProblem(name, "required", entity=entity.__tablename__)])
    clash = session.scalar(select(entity.id).where(getattr(entity, name) == number, entity.id != (own_id or "")))
    if clash is not None:
        raise InvalidFieldsError([FieldProblem(name, "duplicate", {"value": str(number)},
                                               entity=entity.__tablename__)])
    return number
