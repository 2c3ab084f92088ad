"""Values as change records carry them (JSON) and as the columns hold them, and the canonical form merges compare.

``from_jsonable(column, v)`` turns a change record's JSON value into the column's Python value, refusing what
the column cannot hold (wrong type, too long a string, an amount finer than one 分, NULL where NOT NULL):
``BadValue`` says which and why. ``canon(entity, field, v)`` = ``to_jsonable(from_jsonable(...))``, so that
"1.50" and "1.5" (万元), ``2026-01-02T00:00:00`` and ``2026-01-02 00:00:00`` compare equal (docs/sync.md §7.2).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Column, Date, DateTime, Integer, String, inspect

from models.base import Synced, WanYuan
from models.entities import CLUE_ENTITIES, SYNCED_ENTITIES
from services.records import PLAIN, to_jsonable

# Every synced entity by table name: the main ones, then the clue compartment's.
ENTITY_CLASSES: dict[str, type[Synced]] = {**SYNCED_ENTITIES, **CLUE_ENTITIES}  # type: ignore[dict-item]


class BadValue(ValueError):
    """A value a column cannot hold. ``reason``: unknown_entity, unknown_field, required, wrong_type, too_long,
    not_an_amount, not_a_date. ``params`` name the column and the value; services/sync/merge/policy.py turns it into the
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


Convert = Callable[[Any], Any]
_CONVERTERS: dict[int, tuple[Column[Any], Convert, Convert]] = {}  # id(column) -> (column, load, canonical)


def from_jsonable(column: Column[Any], value: Any) -> Any:
    """The Python value ``column`` holds for the change record's JSON ``value`` (see the module's docstring)."""
    return _converters(column)[0](value)


@cache
def loaders(entity: str) -> dict[str, Convert]:
    """``from_jsonable`` of each of the entity's columns by attribute name, looked up once (a merge loads and
    checks millions of values: one call per value instead of three). BadValue for an unknown entity."""
    return {key: _converters(column)[0] for key, column in entity_columns(entity).items()}


def check(entity: str, field: str, value: Any) -> None:
    """Raise BadValue exactly where ``canon(entity, field, value)`` would (the canonical form itself unused)."""
    load = loaders(entity).get(field)
    if load is None:
        raise BadValue("unknown_field", entity=entity, field=field)
    load(value)


def _converters(column: Column[Any]) -> tuple[Convert, Convert]:
    """(load, canonical) for ``column``, made once per column: a merge canonicalises millions of values."""
    known = _CONVERTERS.get(id(column))
    if known is None:
        load = _loader(column)

        def canonical(value: Any) -> Any:
            loaded = load(value)
            return loaded if loaded is None or type(loaded) in PLAIN else to_jsonable(loaded)

        known = _CONVERTERS[id(column)] = (column, load, canonical)
    return known[1], known[2]


def _loader(column: Column[Any]) -> Convert:
    kind = column.type
    nullable = column.nullable

    def none() -> Any:
        if not nullable:
            raise BadValue("required", **_where(column))
        return None

    if isinstance(kind, WanYuan):
        def amount(value: Any) -> Decimal | None:
            if value is None:
                return none()
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise _wrong(column, value, "amount")
            try:
                number = Decimal(str(value).strip())
            except InvalidOperation:
                raise BadValue("not_an_amount", **_where(column), value=_short(value)) from None
            fen = number * WanYuan.FEN_PER_WAN
            if not number.is_finite() or fen != fen.to_integral_value() or abs(fen) >= 2**63:
                raise BadValue("not_an_amount", **_where(column), value=_short(value))
            return number.normalize()
        return amount
    if isinstance(kind, Boolean):
        def boolean(value: Any) -> bool | None:
            if value is None:
                return none()
            if not isinstance(value, bool):
                raise _wrong(column, value, "bool")
            return value
        return boolean
    if isinstance(kind, Integer | BigInteger):
        def integer(value: Any) -> int | None:
            if value is None:
                return none()
            if isinstance(value, bool) or not isinstance(value, int):
                raise _wrong(column, value, "int")
            if abs(value) >= 2**63:
                raise BadValue("wrong_type", **_where(column), expected="int64", value=_short(value))
            return value
        return integer
    if isinstance(kind, DateTime):
        def moment(value: Any) -> datetime | None:
            if value is None:
                return none()
            parsed: datetime = _parse(column, value, datetime.fromisoformat)
            return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo is not None else parsed
        return moment
    if isinstance(kind, Date):
        def day(value: Any) -> date | None:
            return none() if value is None else _parse(column, value, date.fromisoformat)
        return day
    if isinstance(kind, JSON):
        def json_value(value: Any) -> Any:
            if value is None:
                return none()
            if not isinstance(value, list | dict):
                raise _wrong(column, value, "list")
            return value
        return json_value
    if isinstance(kind, String):  # Text too
        maximum = kind.length

        def string(value: Any) -> str | None:
            if value is None:
                return none()
            if type(value) is not str:
                raise _wrong(column, value, "str")
            if maximum is not None and len(value) > maximum:
                raise BadValue("too_long", **_where(column), maximum=maximum, length=len(value))
            return value
        return string

    def unknown(value: Any) -> Any:
        if value is None:
            return none()
        raise BadValue("wrong_type", **_where(column), expected=type(kind).__name__, value=_short(value))
    return unknown


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
    return _canon_of(entity, field)(value)


@cache
def _canon_of(entity: str, field: str) -> Convert:
    column = entity_columns(entity).get(field)
    if column is None:
        raise BadValue("unknown_field", entity=entity, field=field)
    return _converters(column)[1]
