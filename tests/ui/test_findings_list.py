"""The findings list in the window: search box, filter bar, counts, columns remembered, the model under a filter."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from services.preferences import Preferences, load_list_columns, save_preferences
from services.queries.findings import FindingFilter
from tests.ui.conftest import FINDINGS
from ui.areas.findings import FindingsArea
from ui.item_models.findings import COLUMN_KEYS, HEAD_ROWS, ID_ROLE, FindingsModel


def codes(model: FindingsModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester_with_a_filter_and_a_search(qtmodeltester, leader_ws) -> None:
    model = FindingsModel(leader_ws, page_size=16)
    model.set_filter(FindingFilter(search="7号"))  # a two-character term: the substring fallback
    qtmodeltester.check(model)
    assert model.rowCount() == 30 and model.total == FINDINGS
    assert all(code.endswith("7号") for code in codes(model))
    model.set_filter(FindingFilter(search="第12号 专项资金"))  # trigram index, two terms
    qtmodeltester.check(model)
    assert codes(model) == ["[2026]3巡-2组-12号"]
    model.set_filter(FindingFilter(statuses=("draft",), search="号"))  # a single character, with a filter
    qtmodeltester.check(model)
    assert model.rowCount() == FINDINGS // 8 and {model.data(model.index(r, 4)) for r in range(37)} == {"草稿"}
    model.sort(5, Qt.SortOrder.DescendingOrder)  # sorting keeps the filter
    qtmodeltester.check(model)
    assert model.rowCount() == FINDINGS // 8
    model.set_filter(FindingFilter(search="没有这样的问题"))
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def make_area(qtbot, ws) -> FindingsArea:
    area = FindingsArea(ws)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitUntil(lambda: area.model.complete, timeout=5_000)  # the head came at once, the rest on the worker
    return area


def test_the_first_screen_shows_before_the_whole_list_which_then_extends_it_in_place(qtbot, leader_ws) -> None:
    area = FindingsArea(leader_ws)
    qtbot.addWidget(area)
    area.show()
    # Built here and now with the head of the list only (one page of ids); the rest comes from the worker.
    assert area.model.rowCount() == HEAD_ROWS < FINDINGS and not area.model.complete
    assert area.info_label.text() == f"共 {FINDINGS} 个问题"  # the total is counted with the head
    area.view.selectRow(5)
    chosen = area.selected_finding()
    resets: list[int] = []
    area.model.modelReset.connect(lambda: resets.append(1))
    qtbot.waitUntil(lambda: area.model.complete, timeout=5_000)
    assert area.model.rowCount() == FINDINGS and resets == []  # extended by inserting rows, not reset
    assert area.selected_finding() == chosen
    assert codes(area.model)[:3] == [f"[2026]3巡-2组-{s}号" for s in (1, 2, 3)]
    assert codes(area.model)[-1] == f"[2026]3巡-2组-{FINDINGS}号"


def settle(qtbot, area: FindingsArea, rows: int) -> None:
    qtbot.waitUntil(lambda: area.model.rowCount() == rows, timeout=5_000)


def test_typing_a_search_filters_the_list_after_a_pause_and_counts_what_it_shows(qtbot, leader_ws) -> None:
    area = make_area(qtbot, leader_ws)
    assert area.info_label.text() == f"共 {FINDINGS} 个问题"
    assert not area.filters.clear_button.isEnabled()
    qtbot.keyClicks(area.filters.search, "7")  # typed (QTest types ASCII only), then an input method's 号
    area.filters.search.insert("号")
    assert area.model.rowCount() == FINDINGS  # debounced: nothing asked while typing
    settle(qtbot, area, 30)
    assert area.info_label.text() == f"共 {FINDINGS} 个问题，筛选出 30 个"
    assert area.filters.clear_button.isEnabled()

    area.filters.status.setCurrentIndex(area.filters.status.findData("reviewed"))
    reviewed = [s for s in range(1, FINDINGS + 1) if s % 10 == 7 and s % 8 == 1]  # statuses cycle by seq % 8
    settle(qtbot, area, len(reviewed))
    assert codes(area.model) == [f"[2026]3巡-2组-{s}号" for s in reviewed]
    assert all(area.model.data(area.model.index(r, 4)) == "已审核" for r in range(len(reviewed)))

    area.filters.search.setText("没有这样的问题")
    settle(qtbot, area, 0)
    assert area.page.is_empty and "没有符合" in area.page.empty_label.text()
    area.filters.clear_button.click()
    settle(qtbot, area, FINDINGS)
    assert not area.page.is_empty and area.info_label.text() == f"共 {FINDINGS} 个问题"
    assert area.filters.search.text() == "" and area.filters.status.currentIndex() == 0


def test_the_filter_popup_sets_flags_dates_and_amounts(qtbot, leader_ws) -> None:
    area = make_area(qtbot, leader_ws)
    bar = area.filters
    assert bar.more_button.text() == "更多筛选…"
    bar.more.amount_min.setText("70")
    settle(qtbot, area, len([s for s in range(1, FINDINGS + 1) if s % 3 and s / 4 >= 70]))
    assert bar.more_button.text() == "更多筛选（1）…"
    bar.more.amount_max.setText("72")
    settle(qtbot, area, len([s for s in range(1, FINDINGS + 1) if s % 3 and 70 <= s / 4 <= 72]))
    assert bar.current().amount_max == 72 and bar.more_count() == 2
    bar.clear()
    settle(qtbot, area, FINDINGS)
    assert bar.more_button.text() == "更多筛选…" and bar.more.amount_min.text() == ""


def test_choosing_a_unit_keeps_the_selection_and_sorting_stays_in_sql(qtbot, leader_ws) -> None:
    area = make_area(qtbot, leader_ws)
    bar = area.filters
    assert bar.org.count() == 4 and bar.org.itemText(0) == "全部单位"
    area.view.selectRow(3)  # [2026]3巡-2组-4号: seq 4 is in unit 4 % 3 = 1
    chosen = area.selected_finding()
    bar.org.setCurrentIndex(bar.org.findText("市人力资源和社会保障局"))
    settle(qtbot, area, FINDINGS // 3)
    assert area.selected_finding() == chosen
    area.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # what a click on "涉及金额" does: sorted off-thread
    qtbot.waitUntil(lambda: area.model.data(area.model.index(0, 5)) == "74.50")  # seq 298, the unit's largest
    assert area.model.rowCount() == FINDINGS // 3 and area.model.sort_column == 5
    assert area.selected_finding() == chosen and area.model.data(area.model.index(0, 0), ID_ROLE)


def test_the_chosen_columns_are_remembered(qtbot, leader_ws, config_dir: Path) -> None:
    area = make_area(qtbot, leader_ws)
    assert area.shown_columns() == list(COLUMN_KEYS[:7])
    menu = area.column_menu()
    labels = [action.text() for action in menu.actions() if action.text()]
    assert labels[:3] == ["编号", "标题", "被巡察单位"] and "问题来源" in labels and labels[-1] == "恢复默认列"
    source = next(action for action in menu.actions() if action.text() == "问题来源")
    source.toggle()
    area.set_column_shown("status", False)
    area.set_column_shown("code", False)  # the code always shows
    assert load_list_columns("findings") == ["code", "title", "org", "category", "amount", "discovered_at", "source"]
    save_preferences(Preferences(language="en"))  # the controller saving its own settings keeps the columns
    document = json.loads((config_dir / "preferences.json").read_text(encoding="utf-8"))
    assert document["language"] == "en" and document["list_columns"]["findings"][-1] == "source"

    again = make_area(qtbot, leader_ws)
    assert again.shown_columns() == ["code", "title", "org", "category", "amount", "discovered_at", "source"]
    assert again.model.data(again.model.index(0, COLUMN_KEYS.index("source"))) == ""
    again.default_columns()
    assert again.shown_columns() == list(COLUMN_KEYS[:7]) and load_list_columns("findings") == list(COLUMN_KEYS[:7])


def test_locking_while_a_search_runs_forgets_everything(qtbot, leader_ws) -> None:
    area = make_area(qtbot, leader_ws)
    area.apply_filter(FindingFilter(search="专项资金"))
    area.clear()
    qtbot.wait(50)
    assert area.model.rowCount() == 0 and area.model.cached_rows() == 0 and area.info_label.text() == ""
    area.apply_filter(FindingFilter(search="资金"))  # no session: nothing is asked
    assert area.wait_for_list() and area.model.rowCount() == 0
