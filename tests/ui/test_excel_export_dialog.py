"""The Excel export / template dialog: what each role may pick, a real export with progress and the done page,
Stop, refusals shown in place, and the File menu actions."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest

from services.excel.styles import MARKINGS
from services.progress import CancelToken, Progress
from services.workspace import WorkspaceSession
from ui import excel_export_dialog
from ui.excel_export_dialog import ExcelExportDialog
from ui.tasks import TaskRunner


def open_dialog(qtbot, ws: WorkspaceSession | None, runner: TaskRunner, folder: Path,
                template: bool = False) -> ExcelExportDialog:
    dialog = ExcelExportDialog(ws, runner, template=template, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def kinds(dialog: ExcelExportDialog) -> list[str]:
    return [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]


def test_clue_list_offered_to_clue_roles_only(qtbot, leader_ws: WorkspaceSession, member_ws: WorkspaceSession,
                                              runner: TaskRunner, tmp_path: Path) -> None:
    leader = open_dialog(qtbot, leader_ws, runner, tmp_path)
    assert kinds(leader) == ["findings", "rectification", "statistics", "clues", "orgs", "taxonomy"]
    leader.kind_combo.setCurrentIndex(kinds(leader).index("clues"))
    assert leader.marking_label.text() == MARKINGS["C3"] and leader.clue_note.isVisible()
    assert Path(leader.file_edit.text()).name.startswith("巡察问题线索移交清单_")
    member = open_dialog(qtbot, member_ws, runner, tmp_path)
    assert "clues" not in kinds(member) and member.marking_label.text() == MARKINGS["C2"]
    assert not member.clue_note.isVisible()


def test_export_runs_and_says_where(qtbot, leader_ws: WorkspaceSession, runner: TaskRunner, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, leader_ws, runner, tmp_path)
    target = tmp_path / "问题清单.xlsx"
    dialog.file_edit.setText(str(tmp_path / "问题清单"))
    task = dialog.start()
    assert task is not None and dialog.background.stop_button.isVisible() and not dialog.kind_combo.isEnabled()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert target.exists() and dialog.background.done_label.isVisible() and dialog.background.open_button.isVisible()
    assert str(target) in dialog.background.done_label.text() and "300" in dialog.background.done_label.text()
    assert not dialog.go_button.isVisible() and not dialog.background.stop_button.isVisible()
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(min_row=4, values_only=True))
    assert len(rows) == 300


def test_stop_cancels_and_writes_nothing(qtbot, leader_ws: WorkspaceSession, runner: TaskRunner, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_export(ws: WorkspaceSession, kind: str, target: Path, progress: Progress, cancel: CancelToken,
                    **_: object) -> None:
        for done in range(1000):
            progress("export_rows", done, 1000)
            cancel.check()
            time.sleep(0.01)
        raise AssertionError("never stopped")

    monkeypatch.setattr(excel_export_dialog, "export_excel", slow_export)
    dialog = open_dialog(qtbot, leader_ws, runner, tmp_path)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.background.progress_bar.maximum() == 1000, timeout=5_000)
    text = dialog.background.progress_label.text()
    assert "共 1,000 条" in text or "of 1,000" in text
    dialog.background.stop_button.click()
    qtbot.waitUntil(lambda: dialog.background.task is None, timeout=5_000)
    assert dialog.background.error_label.isVisible() and dialog.go_button.isVisible() and dialog.kind_combo.isEnabled()
    assert list(tmp_path.glob("*.xlsx")) == [] and dialog.result is None


def test_refusals_are_shown_in_place(qtbot, leader_ws: WorkspaceSession, runner: TaskRunner, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, leader_ws, runner, tmp_path)
    dialog.file_edit.setText("")
    assert dialog.start() is None and dialog.background.error_label.isVisible()
    inside = leader_ws.path / "f.xlsx"
    dialog.file_edit.setText(str(inside))
    assert dialog.start() is None and str(inside) in dialog.background.error_label.text()
    nowhere = tmp_path / "none" / "f.xlsx"
    dialog.file_edit.setText(str(nowhere))
    assert dialog.start() is None and str(nowhere) in dialog.background.error_label.text()
    assert dialog.background.task is None and not list(tmp_path.glob("*.xlsx"))


def test_blank_template_without_a_workspace(qtbot, runner: TaskRunner, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, None, runner, tmp_path, template=True)
    assert "statistics" not in kinds(dialog) and "clues" in kinds(dialog)
    assert Path(dialog.file_edit.text()).name == "巡察发现问题清单_模板.xlsx"
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert (tmp_path / "巡察发现问题清单_模板.xlsx").exists() and dialog.background.done_label.isVisible()


def test_file_menu_actions(qtbot, make_controller, leader_ws: WorkspaceSession) -> None:
    controller = make_controller()
    window = controller.window
    assert not window.export_excel_action.isEnabled() and window.template_action.isEnabled()
    controller.enter_session(leader_ws)
    assert window.export_excel_action.isEnabled()
    dialog = controller.open_excel_dialog(template=False)
    assert dialog is not None and window.excel_dialog is dialog and dialog.ws is leader_ws
    controller.close_workspace()
    assert window.excel_dialog is None and not window.export_excel_action.isEnabled()
