"""services.sync.merge.values: JSON values of change records <-> column values, and the canonical form merges
compare."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from services.sync.merge.values import ENTITY_CLASSES, BadValue, canon, entity_columns, from_jsonable


def column(entity: str, field: str):  # type: ignore[no-untyped-def]
    return entity_columns(entity)[field]


def test_entity_classes_cover_main_and_clue_entities() -> None:
    assert {"finding", "evidence", "rectification_item", "inspected_org", "taxonomy_node"} <= set(ENTITY_CLASSES)
    assert {"clue", "clue_link", "petitioner_identity", "clue_handover"} <= set(ENTITY_CLASSES)
    assert "change_log" not in ENTITY_CLASSES and "sync_conflict" not in ENTITY_CLASSES
    columns = entity_columns("finding")
    assert {"title", "amount_involved", "scope_team_id", "is_deleted", "delete_reason"} <= set(columns)


@pytest.mark.parametrize(("entity", "field", "forms"), [
    ("finding", "amount_involved", ["1.50", "1.5", "1.500", " 1.5"]),
    ("finding", "amount_involved", ["100", 100, "1E+2", "100.000"]),
    ("finding", "discovered_at", ["2026-01-02"]),
    ("finding", "created_at", ["2026-01-02T03:04:05", "2026-01-02 03:04:05", "2026-01-02T11:04:05+08:00"]),
    ("finding", "is_key", [True]),
    ("finding", "title", ["问题"]),
])
def test_equal_values_have_one_canonical_form(entity: str, field: str, forms: list[object]) -> None:
    assert len({repr(canon(entity, field, form)) for form in forms}) == 1


def test_from_jsonable_gives_the_columns_python_values() -> None:
    assert from_jsonable(column("finding", "amount_involved"), "12.50") == Decimal("12.5")
    assert from_jsonable(column("finding", "discovered_at"), "2026-03-01") == date(2026, 3, 1)
    assert from_jsonable(column("finding", "created_at"), "2026-03-01T08:00:00") == datetime(2026, 3, 1, 8)
    assert from_jsonable(column("clue", "discipline"), ["political"]) == ["political"]
    assert from_jsonable(column("finding", "amount_involved"), None) is None
    assert canon("finding", "discipline_tags", ["b", "a"]) == ["b", "a"]  # list order is meaningful


@pytest.mark.parametrize(("entity", "field", "value", "reason"), [
    ("finding", "title", "长" * 201, "too_long"),
    ("finding", "title", 5, "wrong_type"),
    ("finding", "title", None, "required"),
    ("finding", "is_key", 1, "wrong_type"),
    ("finding", "seq_no", True, "wrong_type"),
    ("finding", "seq_no", "3", "wrong_type"),
    ("finding", "seq_no", 2**70, "wrong_type"),
    ("finding", "amount_involved", "1.0000001", "not_an_amount"),
    ("finding", "amount_involved", "abc", "not_an_amount"),
    ("finding", "amount_involved", "NaN", "not_an_amount"),
    ("finding", "amount_involved", 1.5, "wrong_type"),
    ("finding", "discovered_at", "2026-13-01", "not_a_date"),
    ("finding", "discovered_at", 20260101, "wrong_type"),
    ("clue", "discipline", "political", "wrong_type"),
    ("finding", "no_such_field", 1, "unknown_field"),
    ("no_such_entity", "x", 1, "unknown_entity"),
])
def test_values_a_column_cannot_hold_are_refused_clearly(entity: str, field: str, value: object, reason: str) -> None:
    with pytest.raises(BadValue) as caught:
        canon(entity, field, value)
    assert caught.value.reason == reason
    assert caught.value.params.get("entity") == entity
    if reason == "too_long":
        assert caught.value.params == {"entity": "finding", "field": "title", "maximum": 200, "length": 201}
