"""The findings item model: qtmodeltester, lazy paging, sorting in SQL."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from models.enums import FindingStatus
from tests.ui.conftest import FINDINGS
from ui.item_models.findings import COLUMNS, ID_ROLE, FindingsModel


def test_the_findings_model_passes_the_model_tester(qtmodeltester, leader_ws) -> None:
    model = FindingsModel(leader_ws, page_size=64)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == FINDINGS and model.columnCount() == len(COLUMNS) == 15
    assert model.headerData(0, Qt.Orientation.Horizontal) == "编号"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "涉及金额(万元)"


def test_rows_are_fetched_lazily_page_by_page(leader_ws) -> None:
    model = FindingsModel(leader_ws, page_size=50)
    model.reload()
    assert model.rowCount() == FINDINGS
    assert model.pages_fetched == 0 and model.cached_rows() == 0
    assert model.data(model.index(120, 0)) == "[2026]3巡-2组-121号"  # codes in the order people read them
    assert model.pages_fetched == 1 and model.cached_rows() == 50
    model.data(model.index(149, 1))
    assert model.pages_fetched == 1
    model.data(model.index(0, 0))
    assert model.pages_fetched == 2 and model.cached_rows() == 100
    assert isinstance(model.data(model.index(0, 0), ID_ROLE), str)
    assert model.data(model.index(1, 4)) in {status.zh for status in FindingStatus}


def test_sorting_happens_in_sql_and_keeps_the_selection(leader_ws) -> None:
    model = FindingsModel(leader_ws)
    model.reload()
    chosen = model.index(7, 0)
    finding = model.data(chosen, ID_ROLE)
    held = QPersistentModelIndex(chosen)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    amounts = [model.data(model.index(row, 5)) for row in range(3)]
    assert amounts == ["74.75", "74.50", "74.00"]  # seq/4 for the largest seq not divisible by 3
    assert model.data(model.index(held.row(), 0), ID_ROLE) == finding
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(9, 0)) == "[2026]3巡-2组-10号"


def test_clearing_forgets_rows_and_session(leader_ws) -> None:
    model = FindingsModel(leader_ws)
    model.reload()
    model.data(model.index(0, 0))
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows() == 0
    model.reload()  # no session: stays empty, never touches the database
    assert model.rowCount() == 0
