"""The export dialog (ui/sync/export_dialog.py): a real team package and real HQ updates with the summary shown,
Stop leaves no file, refusals in place."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from services.progress import CancelToken, Progress
from services.workspace import WorkspaceSession
from tests.services.sync.world import World, add_finding, build_world, copy_world
from ui.sync import export_dialog
from ui.sync.export_dialog import ExportDialog
from ui.tasks import TaskRunner


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("export_dialog") / "world")


@pytest.fixture
def world(template: World, tmp_path: Path) -> World:
    return copy_world(template, tmp_path / "world")


def open_dialog(qtbot, ws: WorkspaceSession, runner: TaskRunner, folder: Path) -> ExportDialog:
    dialog = ExportDialog(ws, runner, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_team_export_runs_and_says_what_went_where(qtbot, world: World, runner: TaskRunner, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with world.opened("t1a") as (team,):
        add_finding(team, "问题")
        dialog = open_dialog(qtbot, team, runner, stick)
        assert not dialog.team_combo.isVisible() and not dialog.clue_note.isVisible()
        dialog.go_button.click()
        qtbot.waitUntil(lambda: bool(dialog.result), timeout=20_000)
        summary = dialog.result[0]
        assert Path(summary.path).parent == stick and Path(summary.path).is_file()
        text = dialog.background.done_label.text()
        assert summary.path in text and str(summary.changes) in text
        assert dialog.background.open_button.isVisible() and not dialog.go_button.isVisible()


@pytest.mark.slow  # an update per laptop through the dialog (~5 s)
def test_hq_exports_one_update_per_laptop_of_the_team_chosen(qtbot, world: World, runner: TaskRunner,
                                                              tmp_path: Path) -> None:
    with world.opened("hq") as (hq,):
        dialog = open_dialog(qtbot, hq, runner, tmp_path)
        assert [dialog.team_combo.itemData(i) for i in range(dialog.team_combo.count())] == [None, 1, 2]
        dialog.team_combo.setCurrentIndex(1)
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.result), timeout=20_000)
        assert len(dialog.result) == 2 and {s.team_no for s in dialog.result} == {1}
        assert len(list(tmp_path.glob("*.xcpkg"))) == 2
        assert all(s.recipient_device[:8] in dialog.background.done_label.text() for s in dialog.result)


def test_stop_writes_nothing_and_refusals_show_in_place(qtbot, world: World, runner: TaskRunner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_export(ws: WorkspaceSession, out: Path, *, progress: Progress, cancel: CancelToken) -> None:
        for done in range(1000):
            progress("export_blobs", done, 1000)
            cancel.check()
            time.sleep(0.01)
        raise AssertionError("never stopped")

    with world.opened("t1a") as (team,):
        dialog = open_dialog(qtbot, team, runner, tmp_path / "missing")
        dialog.start()
        qtbot.waitUntil(lambda: dialog.background.task is None, timeout=10_000)
        assert dialog.background.error_label.isVisible() and "missing" in dialog.background.error_label.text()
        monkeypatch.setattr(export_dialog, "export_package", slow_export)
        dialog.folder_field.set_path(tmp_path)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.background.progress_bar.maximum() == 1000, timeout=5_000)
        dialog.background.stop_button.click()
        qtbot.waitUntil(lambda: dialog.background.task is None, timeout=5_000)
        assert dialog.background.error_label.isVisible() and dialog.go_button.isVisible()
        assert dialog.folder_field.isEnabled()
        assert list(tmp_path.glob("*.xcpkg")) == [] and dialog.result == []


def test_an_export_says_it_removed_what_a_dead_export_left(qtbot, world: World, runner: TaskRunner,
                                                           tmp_path: Path) -> None:
    """Issue 16, fault 3: the temp file a killed export left beside its package goes, and the summary says so."""
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication

    from models.store import atomic_temp_path
    from services.sync.package.container import package_file_name

    stick = tmp_path / "stick"
    stick.mkdir()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    dead = atomic_temp_path(stick / package_file_name("team_to_hq", 1, 1, "deadbeef-0000"), pid=ended.pid)
    dead.write_bytes(b"\0" * 1024)
    with world.opened("t1a") as (team,):
        add_finding(team, "问题")
        dialog = open_dialog(qtbot, team, runner, stick)
        dialog.go_button.click()
        qtbot.waitUntil(lambda: bool(dialog.result), timeout=20_000)
    assert not dead.exists() and dialog.result[0].leftovers_removed == 1
    said = QCoreApplication.translate(
        "ExportDialog", "Removed %n temporary file(s) (%1) that an interrupted export had left.", "", 1)
    assert said.replace("%1", export_dialog.megabytes(1024)) in dialog.background.done_label.text()
