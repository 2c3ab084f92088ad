"""The main window: the areas a role may see, real data or an honest empty state, demo banner, verify."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from models.audit import AuditEvent
from tests.ui.conftest import FINDINGS
from ui.main_window import MainWindow

ALL_AREAS = ["findings", "registers", "clues", "rectification", "planning", "packages", "statistics"]


def clue_views(ws) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).where(AuditEvent.action == "clue_list_viewed")) or 0)


def test_a_team_leader_sees_every_area_with_its_data(make_controller, leader_ws, qtbot) -> None:
    controller = make_controller()
    controller.enter_session(leader_ws)
    window = controller.window
    view = window.workspace_view
    assert view is not None and view.area_keys() == ALL_AREAS
    names = [view.nav.item(row).text() for row in range(view.nav.count())]
    planning = QCoreApplication.translate("WorkspaceView", "Planning")  # 巡察计划: the team's own round, read-only
    assert names == ["问题", "登记簿", "问题线索", "整改", planning, "数据包", "统计"]
    assert window.user_label.text() == "用户：张组长（组长）"
    assert window.lock_action.isEnabled() and window.lock_button.isVisibleTo(window)
    assert view.demo_banner is None

    findings = view.areas["findings"]
    qtbot.waitUntil(lambda: findings.model.complete, timeout=5_000)  # the first screen first, then the rest
    assert findings.model.rowCount() == FINDINGS and not findings.page.is_empty
    assert findings.info_label.text() == f"共 {FINDINGS} 个问题"
    registers = view.areas["registers"]
    tabs = [registers.tabs.tabText(i) for i in range(4)]
    assert tabs == ["个别谈话 (1)", "信访件 (1)", "调阅资料 (1)", "下沉走访 (1)"]
    assert view.areas["rectification"].model.rowCount() == 1
    assert view.areas["packages"].page.request_button.isEnabled()  # not enrolled yet: the area offers enrollment

    stats = view.areas["statistics"]
    # 对3个单位开展常规巡察，发现问题263个、问题线索3条。 (withdrawn findings are not counted)
    assert re.findall(r"\d+", stats.summary_label.text()) == ["3", "263", "3"]
    assert stats.cards["clues"].value_label.text() == "3"


def test_viewing_the_clue_list_is_audited_and_only_then(make_controller, leader_ws) -> None:
    controller = make_controller()
    controller.enter_session(leader_ws)
    view = controller.window.workspace_view
    assert view is not None
    clues = view.areas["clues"]
    assert clues.model.rowCount() == 0 and clue_views(leader_ws) == 0  # nothing read before it is shown
    view.show_area("clues")
    assert clues.model.rowCount() == 3
    assert clue_views(leader_ws) == 1
    view.show_area("findings")
    view.show_area("clues")
    assert clue_views(leader_ws) == 2


def test_a_member_has_no_clue_area_and_no_clue_count(make_controller, member_ws) -> None:
    controller = make_controller()
    controller.enter_session(member_ws)
    view = controller.window.workspace_view
    assert view is not None
    assert view.area_keys() == [key for key in ALL_AREAS if key != "clues"]
    assert "问题线索" not in [view.nav.item(row).text() for row in range(view.nav.count())]
    stats = view.areas["statistics"]
    assert "clues" not in stats.cards
    assert re.findall(r"\d+", stats.summary_label.text()) == ["3", "263"]  # no clue figure at all
    assert "线索" not in stats.summary_label.text() and "clue" not in stats.summary_label.text()
    assert controller.window.user_label.text() == "用户：李组员（组员）"


def test_an_empty_workspace_says_so_in_every_list(make_controller, team_ws) -> None:
    controller = make_controller()
    controller.enter_session(team_ws)
    view = controller.window.workspace_view
    assert view is not None
    assert view.areas["findings"].page.is_empty
    assert "还没有登记问题" in view.areas["findings"].page.empty_label.text()
    assert view.areas["rectification"].page.is_empty
    assert all(page.is_empty for _t, _q, _m, page in view.areas["registers"].registers)
    view.show_area("clues")
    assert view.areas["clues"].page.is_empty


def test_a_demo_workspace_carries_the_banner(make_controller, leader_ws) -> None:
    leader_ws.demo = True
    controller = make_controller()
    controller.enter_session(leader_ws)
    view = controller.window.workspace_view
    assert view is not None and view.demo_banner is not None
    assert view.demo_banner.text().startswith("演示数据")
    assert "演示数据" in controller.window.workspace_label.text()


def test_verify_runs_off_the_gui_thread_and_shows_the_result(make_controller, leader_ws, qtbot) -> None:
    controller = make_controller()
    controller.enter_session(leader_ws)
    task = controller.verify()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert controller.last_verify is not None and controller.last_verify.ok
    assert controller.verify_box is not None and "工作区完好" in controller.verify_box.text()
    controller.verify_box.close()


def test_closing_the_window_locks_the_session(make_controller, leader_ws) -> None:
    controller = make_controller()
    controller.enter_session(leader_ws)
    window: MainWindow = controller.window
    window.close()
    assert leader_ws.locked and leader_ws.keyring.is_zeroed()


def test_problems_found_by_verify_are_listed_in_chinese(make_controller, leader_ws) -> None:
    from models.audit import Problem
    from services.verify import VerifyReport

    controller = make_controller()
    controller.enter_session(leader_ws)
    report = VerifyReport(problems=[Problem("sequence_broken", "change_log: sequence broken at #3 (found #5)",
                                            log="change_log", expected=3, found=5)])
    controller._verified(report)
    box = controller.verify_box
    assert box is not None and box.text().startswith("校验发现 1 个问题")
    assert box.detailedText() == "变更日志序号在 #3 处断开（实为 #5）。"
    box.close()


def test_opening_another_workspace_locks_the_first(make_controller, leader_ws, team_ws, qtbot) -> None:
    from tests.conftest import PASSPHRASE

    controller = make_controller()
    controller.enter_session(leader_ws)
    team_path = team_ws.path
    team_ws.lock()
    dialog = controller.open_workspace(team_path)
    assert dialog is not None and controller.ws is leader_ws  # nothing closes until the new one opens
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.submit()
    assert leader_ws.locked and controller.ws is not None and controller.ws.path == team_path


def test_making_the_demo_can_be_cancelled_and_leaves_nothing(make_controller, tmp_path, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    controller = make_controller()
    controller.runner.dialog_delay_ms = 0
    target = tmp_path / "演示"
    task = controller.create_demo(target, team_no=1)
    assert task is not None
    controller.runner.last_dialog.findChild(QPushButton).click()  # Cancel
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert task.token.cancelled and not target.exists()
    assert controller.unlock_dialog is None


def test_leftovers_of_a_dead_export_are_said_at_unlock_and_by_verify(make_controller, ws_path, clock,
                                                                      qtbot) -> None:
    """Issue 16, fault 3: the unlock removed a dead export's scratch folder: the status bar says so, and so does
    verify's box; a scratch folder found later is named by verify (it is not damage: the workspace is whole)."""
    import tempfile

    from services.leftovers import SCRATCH_PREFIX
    from services.workspace import unlock_workspace
    from tests.conftest import PASSPHRASE
    from ui.evidence.format import size_text

    scratch = tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=ws_path)
    (ws_path / scratch / "main.db").write_bytes(b"\0" * 4096)
    ws = unlock_workspace(ws_path, PASSPHRASE, clock=clock)
    controller = make_controller()
    controller.enter_session(ws)
    expected = QCoreApplication.translate(
        "MainWindow", "Removed %n temporary file(s) (%1) that an interrupted export had left in the workspace "
        "folder.", "", 1).replace("%1", size_text(4096))
    assert controller.window.statusBar().currentMessage() == expected

    later = tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=ws_path)  # a second program's export died meanwhile
    task = controller.verify()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    report = controller.last_verify
    assert report is not None and report.ok and report.leftovers_found.names == [Path(later).name]
    assert report.leftovers_removed.names == [Path(scratch).name]
    box = controller.verify_box
    assert box is not None and Path(later).name in box.informativeText()
    box.close()


def test_unlocking_builds_only_the_first_area_and_the_others_when_first_shown(make_controller, leader_ws) -> None:
    """Issue 14 (unlock to a usable window): areas are built when first used, and they get the window's runner."""
    controller = make_controller()
    controller.enter_session(leader_ws)
    view = controller.window.workspace_view
    assert view is not None
    assert [type(area).__name__ for area in view.built_areas()] == ["FindingsArea"]
    assert view.area_keys()[0] == "findings" and len(view.area_keys()) == len(ALL_AREAS)
    view.show_area("packages")
    built = {type(area).__name__: area for area in view.built_areas()}
    assert set(built) == {"FindingsArea", "PackagesArea"}
    assert view.stack.currentWidget() is built["PackagesArea"]
    assert built["PackagesArea"].runner is controller.runner  # type: ignore[attr-defined]
    statistics = view.areas["statistics"]  # looked up: built then, with the runner too
    assert statistics.runner is controller.runner  # type: ignore[attr-defined]
    assert view.stack.count() == len(ALL_AREAS)  # each area took its placeholder's place
    controller.lock()
    assert all(area.ws is None for area in (built["FindingsArea"], built["PackagesArea"], statistics))
