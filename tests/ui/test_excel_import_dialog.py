"""The Excel import dialog: read with progress, preview (counts, tabs, row report), the create-missing box,
the row report saved as a workbook with the bad cells marked, and an import in one transaction."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from services.workspace import WorkspaceSession
from tests.services.excel import corpus
from ui.excel_import_dialog import ExcelImportDialog
from ui.tasks import TaskRunner


def read(qtbot, dialog: ExcelImportDialog) -> None:
    task = dialog.read()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.read_button.isEnabled(), timeout=5_000)


def test_bad_row_is_shown_and_reported_nothing_imported(qtbot, leader_ws: WorkspaceSession, runner: TaskRunner,
                                                        tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "问题清单.xlsx", 8, bad_row=5, code=False)
    dialog = ExcelImportDialog(leader_ws, runner, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog)
    assert dialog.plan is not None
    dialog.create_box.setChecked(True)  # whether or not the demo data lacks anything
    assert not dialog.import_button.isEnabled() and dialog.save_report_button.isEnabled()
    assert dialog.tabs.widget(0).rowCount() == 1  # the Problems tab comes first
    table = dialog.tabs.widget(0)
    assert [table.item(0, c).text() for c in range(3)] == ["问题清单", "6", "P"]
    assert "涉及金额" in table.item(0, 5).text()
    saved = dialog.write_report(tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(saved)
    assert book.sheetnames[0] == "导入问题" and book["问题清单"]["P6"].comment is not None
    assert book["问题清单"]["P6"].fill.start_color.rgb.endswith("FFC7CE")


def test_import_with_create_missing_then_again_unchanged(qtbot, leader_ws: WorkspaceSession, runner: TaskRunner,
                                                         tmp_path: Path) -> None:
    path = corpus.real_world_findings(tmp_path / "问题清单.xlsx", rows=8, code=False)
    dialog = ExcelImportDialog(leader_ws, runner, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog)
    assert dialog.create_box.isVisible() == (not dialog.import_button.isEnabled())  # missing rows wait for the box
    dialog.create_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.start_import()
    assert done.args[0].added == 8 and "8" in dialog.summary.text()
    read(qtbot, dialog)
    assert not dialog.import_button.isEnabled() and dialog.plan is not None
    assert dialog.plan.counts() == {"add": 0, "update": 0, "unchanged": 8, "rejected": 0}


def test_a_file_that_is_not_a_workbook_is_explained(qtbot, leader_ws: WorkspaceSession, runner: TaskRunner,
                                                     tmp_path: Path) -> None:
    dialog = ExcelImportDialog(leader_ws, runner, path=corpus.text_renamed(tmp_path / "x.xlsx"))
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog)
    assert "Excel" in dialog.summary.text() and dialog.plan is None

