"""The statistics area on the demo round: the sentence on top, figures, a table per dimension with bars."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from sqlalchemy import select

from models import keystore
from models.audit import AuditEvent
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.excel.styles import MARKINGS
from services.queries.statistics import statistics_rounds, summary_sentence, team_statistics
from services.reports.charts import statistics_charts
from services.reports.sources import RectificationFigures, rectification_figures
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import TEST_KDF
from tests.report_fixtures import check_pages, pdf_pages, squash
from ui.areas.statistics import SHARE_ROLE, StatisticsArea
from ui.report_dialog import ReportDialog


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stats-area") / "hq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, clock=FakeClock())
    return path


@pytest.fixture
def unlock(demo_path: Path) -> Iterator:
    opened: list[WorkspaceSession] = []

    def open_as(name: str) -> WorkspaceSession:
        ws = unlock_workspace(demo_path, DEMO_PASSPHRASE, name, clock=FakeClock())
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        ws.lock()


def make_area(qtbot, ws: WorkspaceSession) -> StatisticsArea:
    area = StatisticsArea(ws)
    qtbot.addWidget(area)
    area.resize(1198, 700)  # what a 1366x768 window leaves beside the navigation
    area.show()
    return area


def test_hq_admin_sees_the_sentence_figures_and_tables(qtbot, unlock) -> None:
    ws = unlock("王主任")
    area = make_area(qtbot, ws)
    sentence = area.summary_label.text()
    stats = team_statistics(ws)
    assert sentence == summary_sentence(stats, area.summary_phrases())
    # 对12个单位开展常规巡察，发现问题398个、问题线索18条；对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。
    assert re.findall(r"\d+", sentence) == ["12", "398", "18", "1", "9", "172", "8"]
    assert area.cards["units"].value_label.text() == "22" and area.cards["findings"].value_label.text() == "570"
    assert area.cards["clues"].value_label.text() == "26"
    assert area.cards["amount"].value_label.text() == f"{stats.amount:,.2f}"
    orgs = area.tables["org"]
    assert orgs.rowCount() == 22 and orgs.columnCount() == 6
    first = stats.dimensions["org"][0]
    assert orgs.item(0, 0).text() == "市人力资源和社会保障局" == first.name
    assert orgs.item(0, 2).text() == str(first.findings)
    length, share = orgs.item(0, 3).data(SHARE_ROLE)
    assert length == pytest.approx(first.findings / 570)  # the bar is the share of the whole, not of the largest
    assert share == pytest.approx(100 * first.findings / 570)
    assert sum(int(orgs.item(r, 5).text()) for r in range(22)) == 26
    assert area.tables["category_l1"].rowCount() == 8 and area.tables["team"].rowCount() == 4
    assert all(area.tabs.isTabVisible(i) for i in range(area.tabs.count()))
    assert not area.round_combo.isVisibleTo(area)  # one round: nothing to choose


def test_sorting_by_a_number_column_sorts_numerically(qtbot, unlock) -> None:
    area = make_area(qtbot, unlock("王主任"))
    table = area.tables["org"]
    table.sortItems(2)
    counts = [int(table.item(r, 2).text()) for r in range(table.rowCount())]
    assert counts == sorted(counts) and counts[0] == min(t.findings for t in area.stats.dimensions["org"])
    table.sortItems(4)
    amounts = [float(table.item(r, 4).text().replace(",", "")) for r in range(table.rowCount())]
    assert amounts == sorted(amounts)


def test_a_member_sees_no_clue_number_anywhere(qtbot, unlock) -> None:
    area = make_area(qtbot, unlock("李干事"))
    assert "clues" not in area.cards
    assert re.findall(r"\d+", area.summary_label.text()) == ["12", "398", "1", "9", "172"]
    orgs = area.tables["org"]
    assert orgs.columnCount() == 5
    headers = [orgs.horizontalHeaderItem(c).text() for c in range(orgs.columnCount())]
    assert not any("线索" in h or "Clue" in h for h in headers)


def test_clear_forgets_everything(qtbot, unlock) -> None:
    area = make_area(qtbot, unlock("王主任"))
    area.clear()
    assert area.summary_label.text() == "" and area.tables["org"].rowCount() == 0 and area.ws is None
    area.refresh()  # no session: nothing happens


# ---- the charts ----


def test_the_charts_show_the_statistics_numbers_in_the_windows_words(qtbot, unlock) -> None:
    ws = unlock("王主任")
    area = make_area(qtbot, ws)
    stats = team_statistics(ws)
    rect = rectification_figures(ws, None, FakeClock().now().date())
    views = area.charts.views
    assert list(views) == ["org", "category_l1", "mode", "rectification"]
    assert [chart.key for chart in statistics_charts(stats, rect)] == list(views)
    for chart in statistics_charts(stats, rect):  # the numbers are the report service's, bar for bar
        shown = views[chart.key].chart
        assert [(b.key, b.value, b.share) for b in shown.bars] == [(b.key, b.value, b.share) for b in chart.bars]
        assert shown.total == chart.total
    units = views["org"].chart
    assert units.values == [t.findings for t in stats.dimensions["org"]] and units.total == 570
    assert units.bars[0].label == stats.dimensions["org"][0].name == "市人力资源和社会保障局"
    assert units.bars[0].share == pytest.approx(stats.dimensions["org"][0].findings / 570)
    modes = views["mode"].chart
    assert [(b.label, b.value) for b in modes.bars] == [("常规巡察", 398), ("提级巡察", 172)]
    assert sum(views["rectification"].chart.values) == rect.items == 330
    assert area.tabs.currentWidget() is area.charts and area.tabs.tabText(0) == area.tr("Charts")
    for view in views.values():
        assert view.height() > 60 and not view.image().isNull()


def test_a_round_without_rectification_has_no_progress_chart(qtbot, unlock, monkeypatch) -> None:
    import ui.areas.statistics as statistics

    monkeypatch.setattr(statistics, "rectification_figures", lambda *_a: RectificationFigures())
    area = make_area(qtbot, unlock("王主任"))
    assert list(area.charts.views) == ["org", "category_l1", "mode"]


def test_a_chart_is_copied_and_saved_as_an_image_and_audited(qtbot, unlock, tmp_path) -> None:
    ws = unlock("王主任")
    area = make_area(qtbot, ws)
    before = len(chart_events(ws))
    view = area.charts.views["category_l1"]
    area.charts.copy_chart(view)
    copied = QGuiApplication.clipboard().image()
    assert not copied.isNull() and copied.width() == view.width() * 2
    saved = area.charts.save_chart(view, str(tmp_path / "categories"))
    assert saved == tmp_path / "categories.png"
    image = QImage(str(saved))
    assert image.width() == view.width() * 2 and image.height() == view.height() * 2
    events = chart_events(ws)[before:]
    assert events == [{"chart": "category_l1", "target": "clipboard", "clue_figures": False},
                      {"chart": "category_l1", "target": str(saved), "clue_figures": False}]


def test_the_round_report_is_printed_from_the_statistics_area(qtbot, unlock, tmp_path) -> None:
    """Print report… opens the dialog on the shown round; Save PDF writes the demo round's report."""
    ws = unlock("王主任")
    area = make_area(qtbot, ws)
    assert area.print_button.isVisible()
    area.print_button.click()
    dialog = area.report_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.round_id() == statistics_rounds(ws)[0][0] and dialog.kind() == "round-summary"
    dialog.file_edit.setText(str(tmp_path / "round"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60_000)
    pages = pdf_pages(tmp_path / "round.pdf")
    check_pages(pages, MARKINGS["C3"])
    assert squash(area.summary_label.text()) in squash("".join(pages))  # the sentence the area shows
    dialog.reject()
    qtbot.waitUntil(lambda: area.report_dialog is None)


def chart_events(ws: WorkspaceSession) -> list[dict]:
    with ws.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == "chart_exported")
                               .order_by(AuditEvent.seq))
        return [json.loads(row.detail_json) for row in rows]


def test_a_chart_that_cannot_be_written_leaves_no_event(qtbot, unlock, tmp_path, monkeypatch) -> None:
    import ui.charts as charts

    warned: list[str] = []
    monkeypatch.setattr(charts.QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    ws = unlock("王主任")
    area = make_area(qtbot, ws)
    before = len(chart_events(ws))
    assert area.charts.save_chart(area.charts.views["mode"], str(tmp_path / "missing" / "mode.png")) is None
    assert warned and not (tmp_path / "missing").exists() and len(chart_events(ws)) == before


def test_an_empty_workspace_draws_empty_charts(qtbot, hq_ws) -> None:
    area = make_area(qtbot, hq_ws)
    assert list(area.charts.views) == ["org", "category_l1", "mode"]  # no rectification chart without a task
    for view in area.charts.views.values():
        assert view.chart.bars == () and view.chart.total == 0 and not view.image().isNull()


# ---- the rectification figures ----


def test_the_rectification_tab_shows_the_services_figures(qtbot, unlock) -> None:
    from PySide6.QtCore import QCoreApplication

    from models.enums import RectStatus
    from services.queries.rectification_stats import rectification_figures as ledger_figures
    from ui.item_models.findings import format_amount

    ws = unlock("王主任")
    area = make_area(qtbot, ws)
    figures = ledger_figures(ws)
    assert figures.tasks > 0 and figures.overdue > 0 and figures.closed_out > 0  # the demo covers every state
    cards = area.rectification_cards
    shown = {key: card.value_label.text() for key, card in cards.items()}
    assert shown["tasks"] == str(figures.tasks)
    assert {state.value: int(shown[state.value]) for state in RectStatus} == figures.per_state
    assert sum(figures.per_state.values()) == figures.tasks
    assert shown["closed_out_share"] == f"{100 * figures.closed_out_share:.1f}%"
    assert shown["overdue"] == str(figures.overdue)
    assert shown["amount_recovered"] == (format_amount(figures.amount_recovered) or "0.00")
    assert shown["rules_made"] == str(figures.rules_made)
    assert shown["people_held_accountable"] == str(figures.people_held_accountable)
    assert shown["handovers"] == str(figures.handovers)
    assert shown["handovers_overdue"] == str(figures.handovers_overdue)
    tab = area.tabs.indexOf(area.rectification_page)
    assert area.tabs.isTabVisible(tab)
    assert area.tabs.tabText(tab) == QCoreApplication.translate("StatisticsArea", "Rectification")
    assert cards["rules_made"].caption_label.text() == QCoreApplication.translate("StatisticsArea", "Rules made")
    area.clear()
    assert all(card.value_label.text() == "–" for card in cards.values())


def test_the_rectification_tab_hides_when_there_are_no_tasks(qtbot, hq_ws) -> None:
    area = make_area(qtbot, hq_ws)
    assert area.rectification is not None and area.rectification.tasks == 0
    assert not area.tabs.isTabVisible(area.tabs.indexOf(area.rectification_page))
