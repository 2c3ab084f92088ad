"""Issue 16, fault 4, in the windows: a laptop's edit that waits in HQ's conflict inbox is named in the working-paper
editor and in the Packages area (HQ's value shown meanwhile), until HQ's update says it is resolved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from services.sync.conflicts.inbox import list_conflicts, resolve
from tests.services.sync.test_team_update import update
from tests.services.sync.test_waiting_edits import conflict_over_title
from tests.services.sync.world import World, build_world, copy_world
from ui.areas.packages import PackagesArea
from ui.areas.packages_team import TeamPackagesPage
from ui.finding_editor import FindingEditor


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("waiting_edits") / "world")


@pytest.fixture
def world(template: World, tmp_path: Path) -> World:
    return copy_world(template, tmp_path / "world")


def sentence(mine: str, shown: str) -> str:
    text = QCoreApplication.translate(
        "WaitingEdits", "Your change of “%1” to “%2” waits in HQ's conflict inbox: HQ had changed it too. Until HQ "
        "decides, HQ's value “%3” is shown.")
    return text.replace("%1", "问题标题").replace("%2", mine).replace("%3", shown)


def test_the_editor_and_the_packages_area_name_the_waiting_edit_until_hq_resolves_it(world: World, qtbot,
                                                                                      tmp_path: Path) -> None:
    out = tmp_path / "out"
    with world.opened("hq", "t1a") as (hq, a):
        fid = conflict_over_title(hq, a, out)
        update(hq, a, out)

        editor = FindingEditor(a, fid)
        qtbot.addWidget(editor)
        editor.show()
        assert editor.form.lines["title"].text() == "巡察办的标题"
        assert editor.waiting_label.isVisible()
        assert sentence("甲组的标题", "巡察办的标题") in editor.waiting_label.text()

        area = PackagesArea(a)
        qtbot.addWidget(area)
        area.show()
        page = area.page
        assert isinstance(page, TeamPackagesPage)
        assert page.waiting_box.isVisible() and page.waiting_table.rowCount() == 1
        cells = [page.waiting_table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
        assert cells[1:] == ["问题标题", "甲组的标题", "巡察办的标题"] and cells[0].endswith("巡察办的标题")
        waiting = QCoreApplication.translate("TeamPackagesPage", "; %n edit(s) waiting in HQ's conflict inbox", "", 1)
        assert area.info_label.text().endswith(waiting)

        resolve(hq, list_conflicts(hq)[0].conflict_id, keep="current")
        update(hq, a, out)
        editor.reload()
        assert not editor.waiting_label.isVisible()
        area.refresh()
        assert not page.waiting_box.isVisible() and page.waiting_table.rowCount() == 0
        assert not area.info_label.text().endswith(waiting)
