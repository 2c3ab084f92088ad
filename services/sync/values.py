"""Values as change records carry them (JSON) and as the columns hold them, and the canonical form merges compare.

``from_jsonable(column, v)`` turns a change record's JSON value into the column's Python value, refusing what
the column cannot hold (wrong type, too long a string, an amount finer than one 分, NULL where NOT NULL):
``BadValue`` says which and why. ``canon(entity, field, v)`` = ``to_jsonable(from_jsonable(...))``, so that
"1.50" and "1.5" (万元), ``2026-01-02T00:00:00`` and ``2026-01-02 00:00:00`` compare equal (sync-plan.md §3.2).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Column, Date, DateTime, Integer, String, inspect

from models.base import Synced, WanYuan
from models.entities import CLUE_ENTITIES, SYNCED_ENTITIES
from services.changes import to_jsonable

# Every synced entity by table name: the main ones, then the clue compartment's.
ENTITY_CLASSES: dict[str, type[Synced]] = {**SYNCED_ENTITIES, **CLUE_ENTITIES}  # type: ignore[dict-item]


class BadValue(ValueError):
    """A value a column cannot hold. ``reason``: unknown_entity, unknown_field, required, wrong_type, too_long,
    not_an_amount, not_a_date. ``params`` name the column and the value; services/sync/policy.py turns it into the
    package rejection ``bad_value`` (or unknown_entity / unknown_field) with the change id."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(f"{reason}: " + ", ".join(f"{k}={v!r}" for k, v in params.items()))
        self.reason = reason
        self.params = params


@cache
def entity_columns(entity: str) -> dict[str, Column[Any]]:
    """The columns of ``entity`` (sync columns included) by attribute name. BadValue for an unknown entity."""
    cls = ENTITY_CLASSES.get(entity)
    if cls is None:
        raise BadValue("unknown_entity", entity=entity)
    return {attr.key: attr.columns[0] for attr in inspect(cls).column_attrs}  # type: ignore[misc]


def _where(column: Column[Any]) -> dict[str, Any]:
    return {"entity": column.table.name, "field": column.key}


def _wrong(column: Column[Any], value: Any, expected: str) -> BadValue:
    return BadValue("wrong_type", **_where(column), expected=expected, value=_short(value))


def _short(value: Any) -> Any:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def from_jsonable(column: Column[Any], value: Any) -> Any:
    """The Python value ``column`` holds for the change record's JSON ``value`` (see the module's docstring)."""
    if value is None:
        if not column.nullable:
            raise BadValue("required", **_where(column))
        return None
    kind = column.type
    if isinstance(kind, WanYuan):
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise _wrong(column, value, "amount")
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            raise BadValue("not_an_amount", **_where(column), value=_short(value)) from None
        fen = amount * WanYuan.FEN_PER_WAN
        if not amount.is_finite() or fen != fen.to_integral_value() or abs(fen) >= 2**63:
            raise BadValue("not_an_amount", **_where(column), value=_short(value))
        return amount.normalize()
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _wrong(column, value, "bool")
        return value
    if isinstance(kind, Integer | BigInteger):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong(column, value, "int")
        if abs(value) >= 2**63:
            raise BadValue("wrong_type", **_where(column), expected="int64", value=_short(value))
        return value
    if isinstance(kind, DateTime):
        parsed = _parse(column, value, datetime.fromisoformat)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        return parsed
    if isinstance(kind, Date):
        return _parse(column, value, date.fromisoformat)
    if isinstance(kind, JSON):
        if not isinstance(value, list | dict):
            raise _wrong(column, value, "list")
        return value
    if isinstance(kind, String):  # Text too
        if not isinstance(value, str):
            raise _wrong(column, value, "str")
        if kind.length is not None and len(value) > kind.length:
            raise BadValue("too_long", **_where(column), maximum=kind.length, length=len(value))
        return value
    raise BadValue("wrong_type", **_where(column), expected=type(kind).__name__, value=_short(value))


def _parse(column: Column[Any], value: Any, parse: Any) -> Any:
    if not isinstance(value, str):
        raise _wrong(column, value, "date")
    try:
        return parse(value)
    except ValueError:
        raise BadValue("not_a_date", **_where(column), value=_short(value)) from None


def canon(entity: str, field: str, value: Any) -> Any:
    """The canonical JSON form of ``entity.field = value``: equal values, equal forms. BadValue as above, and
    ``unknown_field`` for a field the entity does not have."""
    column = entity_columns(entity).get(field)
    if column is None:
        raise BadValue("unknown_field", entity=entity, field=field)
    return to_jsonable(from_jsonable(column, value))
