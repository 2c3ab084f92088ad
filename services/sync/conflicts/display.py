"""How a row-level conflict (duplicate_key, delete_vs_edit, edit_vs_delete) reads for a person at HQ.

A record's values come as a change record's JSON dict. A person wants only the fields that carry a value, under
their official labels, in the editor's order; the fields where the two sides differ first and marked with "●";
references by name (the assignment as the inspected unit, people by name, units by name); no ids and no sync
bookkeeping; yes/no, amounts in 万元, dates as dates, vocabulary codes in their wording. A free number for a
record whose number is taken is suggested from the numbers already used in the same pattern.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from models.base import SYNC_FIELDS, Synced, WanYuan
from models.entities import Assignment, InspectedOrg, InspectionRound, InspectionTeam, TaxonomyNode
from models.enums import (
    CadreLevel,
    Discipline,
    DisposalType,
    EvidenceType,
    FindingStatus,
    HandoverMode,
    PetitionChannel,
    PetitionDisposition,
    Receiver,
    RectStatus,
    RectType,
    SourceMethod,
    Vocabulary,
)
from models.labels import field_label
from services.review import person_name
from services.sync.conflicts.values import column, display, python_value

MARK = "● "
HIDDEN = (SYNC_FIELDS - {"delete_reason"}) | {"id", "seq_no"}
PEOPLE = {"drafted_by", "reviewed_by", "signed_by", "requester_id", "recorder_id", "handler_id",
          "closure_requested_by", "closure_reviewed_by", "interviewer_ids", "member_ids"}
PLACES: dict[str, type[Any]] = {"org_id": InspectedOrg, "team_id": InspectionTeam, "round_id": InspectionRound,
                                "category_id": TaxonomyNode}
NAME_FIELDS = ("code", "petition_no", "clue_no", "evidence_no", "item_no", "name", "title", "clue_name")
VOCABULARIES: dict[str, type[Vocabulary]] = {
    "finding.status": FindingStatus, "rectification_item.status": RectStatus, "rect_type": RectType,
    "source_method": SourceMethod, "clue_source": SourceMethod, "discipline_tags": Discipline,
    "discipline": Discipline, "evidence_type": EvidenceType, "channel": PetitionChannel,
    "disposition": PetitionDisposition, "reflected_person_level": CadreLevel, "disposal_type": DisposalType,
    "proposed_receiver": Receiver, "handover_mode": HandoverMode,
}


def _blank(value: Any) -> bool:
    return value is None or value is False or value == "" or value == [] or value == {}


def _unknown(language: str) -> str:
    return "（未知）" if language.startswith("zh") else "(unknown)"


def _name_of(session: Session, entity: type[Any], ref: Any, language: str) -> str:
    row = session.get(entity, ref) if isinstance(ref, str) else None
    if row is None:
        return _unknown(language)
    if isinstance(row, InspectionTeam):
        return f"第{row.team_no}组" if language.startswith("zh") else f"Team {row.team_no}"
    if isinstance(row, Assignment):
        org = session.get(InspectedOrg, row.org_id)
        return org.name if org is not None else _unknown(language)
    parts = [str(getattr(row, name)) for name in NAME_FIELDS if getattr(row, name, None) not in (None, "")]
    return " ".join(parts[:2]) or _unknown(language)


def _person(session: Session, ref: str, language: str) -> str:
    name = person_name(session, ref)
    return _unknown(language) if name == ref[:8] else name


def _words(entity: type[Synced], name: str, value: Any, language: str) -> str:
    vocabulary = VOCABULARIES.get(f"{entity.__tablename__}.{name}") or VOCABULARIES.get(name)
    if vocabulary is None:
        return display(value, language)
    items = value if isinstance(value, list) else [value]
    known = {member.value: member for member in vocabulary}
    return "、".join(known[item].label(language) if item in known else str(item) for item in items)


def _references(name: str) -> type[Any] | str | None:
    """What ``name`` refers to: an entity, "person", "id" (an id column shown nowhere), or None (a plain value)."""
    if name in PEOPLE:
        return "person"
    if name == "assignment_id":
        return Assignment
    if name in PLACES:
        return PLACES[name]
    if name == "parent_id":
        return "parent"
    if name.endswith(("_id", "_ids")) or name == "blob_sha256":
        return "id"
    return None


def value_text(session: Session, entity: type[Synced], name: str, value: Any, language: str = "zh") -> str:
    """One field's value as a person reads it (names for references, 万元, 是/否, vocabulary wording)."""
    zh = language.startswith("zh")
    if _blank(value):
        return ("否" if zh else "No") if value is False else ("（空）" if zh else "(empty)")
    target = _references(name)
    if target == "person":
        refs = value if isinstance(value, list) else [value]
        return "、".join(_person(session, str(ref), language) for ref in refs)
    if target == "parent":
        target = entity if entity in (InspectedOrg, TaxonomyNode) else "id"
    if isinstance(target, type):
        return _name_of(session, target, value, language)
    col = column(entity, name)
    typed = python_value(entity, name, value)
    if col is not None and isinstance(col.type, WanYuan) and isinstance(typed, Decimal):
        return f"{display(typed, language)} 万元" if zh else f"{display(typed, language)} (10,000 yuan)"
    if isinstance(typed, list) and typed and all(isinstance(item, dict) for item in typed):
        return "；".join(" ".join(str(v) for v in item.values() if v not in (None, "")) for item in typed)
    return _words(entity, name, typed, language)


def _shown(entity: type[Synced], values: dict[str, Any]) -> list[str]:
    """The fields of ``values`` a person is shown, in the entity's column order (ids and bookkeeping left out)."""
    order = [attr.key for attr in inspect(entity).column_attrs]
    names = [name for name in order if name in values] + sorted(set(values) - set(order))
    names = [name for name in names if name not in HIDDEN and _references(name) != "id"]
    if "delete_reason" in names and values.get("is_deleted") is not True:
        names.remove("delete_reason")
    if "category_id" in names and any(values.get(f"category_l{level}") for level in (1, 2, 3)):
        names.remove("category_id")
    if "assignment_id" in names and values.get("org_id"):
        names.remove("assignment_id")  # the unit is shown under its own label
    return names


def differing(values: dict[str, Any], other: dict[str, Any] | None) -> set[str]:
    """The fields both sides hold with different values."""
    if other is None:
        return set()
    return {name for name in values.keys() & other.keys()
            if not (_blank(values[name]) and _blank(other[name])) and values[name] != other[name]}


def row_text(session: Session, entity: type[Synced], values: dict[str, Any], other: dict[str, Any] | None = None,
             *, language: str = "zh", first: tuple[str, ...] = ()) -> str:
    """A record's values, one ``label：value`` a line: ``first`` (the colliding key) on top, then the fields that
    differ from ``other`` (marked), then the rest; empty fields only where the other side has a value."""
    zh = language.startswith("zh")
    colon = "：" if zh else ": "
    changed = differing(values, other)
    names = [name for name in _shown(entity, values) if not _blank(values[name]) or name in changed]
    names.sort(key=lambda name: (name not in first, name not in changed))
    lines = ["（已删除）" if zh else "(deleted)"] if values.get("is_deleted") is True else []
    for name in names:
        mark = MARK if name in changed else ""
        lines.append(f"{mark}{field_label(entity, name, language)}{colon}"
                     f"{value_text(session, entity, name, values[name], language)}")
    return "\n".join(lines)


def conflict_text(session: Session, entity: type[Synced], kind: str, field: str | None, value: Any, other: Any = None,
                  *, language: str = "zh") -> str:
    """One side of a conflict: a field's value, or for a row-level kind the record's fields (row_text); the
    differing fields are marked only between two records with the same number (a deletion has nothing to
    compare)."""
    single = field is not None and (kind == "field" or ("," not in field and not isinstance(value, dict)))
    if single:
        return display(python_value(entity, str(field), value), language)
    if not isinstance(value, dict):
        return display(value, language)
    first = tuple(field.split(",")) if kind == "duplicate_key" and field else ()
    compared = other if kind == "duplicate_key" and isinstance(other, dict) else None
    return row_text(session, entity, value, compared, language=language, first=first)


def suggest_number(session: Session, entity: type[Synced], name: str, taken: Any) -> str | None:
    """A free number like ``taken``: its last run of digits one past the highest used in the same pattern
    ("[2026]3巡-1组-1号" -> "[2026]3巡-1组-5号" when 4 is the highest); None when ``taken`` has no digits."""
    text = str(taken or "")
    found = list(re.finditer(r"\d+", text))
    col = column(entity, name)
    if not found or col is None:
        return None
    last = found[-1]
    prefix, suffix, width = text[:last.start()], text[last.end():], len(last.group())
    used = set(session.scalars(select(getattr(entity, name)).where(getattr(entity, name).like(f"{prefix}%"))))
    pattern = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(suffix) + "$")
    highest = max((int(m.group(1)) for code in used if (m := pattern.match(str(code)))), default=int(last.group()))
    for number in range(highest + 1, highest + 1000):
        candidate = f"{prefix}{number:0{width}d}{suffix}"
        if candidate not in used:
            return candidate
    return None
