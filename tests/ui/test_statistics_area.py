"""The statistics area on the demo round: the sentence on top, figures, a table per dimension with bars."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import keystore
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.queries.statistics import summary_sentence, team_statistics
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import TEST_KDF
from ui.areas.statistics import SHARE_ROLE, StatisticsArea


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
    largest, share = orgs.item(0, 3).data(SHARE_ROLE)
    assert 0 < largest <= 1 and share == pytest.approx(100 * first.findings / 570)
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
