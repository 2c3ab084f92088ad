"""The change-record form of rows and values, shared by the edits (changes.py), their bulk forms (bulk_write.py) and
the sync code: column values as JSON (exact and stable), canonical JSON, the fields a change record carries, one
audit event's arguments. Below changes.py and bulk_write.py, so neither imports the other for these.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from models.base import SYNC_FIELDS, Synced

PLAIN = frozenset({str, int, bool, type(None), float})


def to_jsonable(value: Any) -> Any:
    """The change-record form of a column value: exact and stable (Decimal as text, dates as ISO)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


# What json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False) gives, with the encoder made
# once (json.dumps builds a new one per call when given options: a merge writes hundreds of thousands).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(data: dict[str, Any]) -> str:
    return _CANONICAL.encode(data)


def apply_column_defaults(obj: object) -> None:
    """Fill unset attributes from their Python-side column defaults, as the INSERT would, without a flush."""
    for attr in inspect(type(obj)).column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is not None or column.default is None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)  # type: ignore[attr-defined]
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))  # type: ignore[attr-defined]


def content_fields(obj: Synced) -> list[str]:
    """The fields a change record carries: every mapped column but the sync bookkeeping."""
    return [attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in SYNC_FIELDS]


@dataclass(frozen=True)
class AuditSpec:
    """One audit event for ``WriteTx.audit_many`` (the arguments of ``WriteTx.audit``)."""

    action: str
    entity: str | None = None
    entity_id: str | None = None
    change_id: str | None = None
    detail: dict[str, Any] | None = None
