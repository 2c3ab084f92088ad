"""The import dialog: choose a folder, import on the worker, the report table (status, counts, reason of each
rejection or hold), Save JSON, Stop; the translated sentence of every package reason code exists."""

from __future__ import annotations

import json
from pathlib import Path

from services.sync.package.rejections import REASONS
from services.sync.report import ImportStatus
from tests.services.sync.conftest import bare_world_template, world, world_template  # noqa: F401 (fixtures)
from tests.services.sync.import_helpers import raw_package, team_packages
from tests.services.sync.world import World
from ui.messages import TEMPLATES
from ui.sync.import_dialog import ImportDialog
from ui.sync.import_report import HEADERS, reason_text
from ui.tasks import TaskRunner


def run(qtbot, dialog: ImportDialog) -> None:
    task = dialog.start_import()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5_000)


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def test_every_reason_code_has_a_sentence() -> None:
    assert not [code for code in (*REASONS, "package_held") if code not in TEMPLATES]


def test_rejected_packages_are_listed_with_their_reason_and_saved_as_json(
        qtbot, world: World, runner: TaskRunner, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "junk.xcpkg").write_bytes(b"not a package")
    with world.opened("hq", "t1a") as (hq, a):
        raw_package(a, hq, folder / "a-1.xcpkg")
        dialog = ImportDialog(hq, runner, paths=[folder])
        qtbot.addWidget(dialog)
        dialog.show()
        run(qtbot, dialog)
        report = dialog.result
        assert report is not None and not report.ok
        assert [r.code for r in report.results] == ["malformed_package", "payload_damaged"]
        assert dialog.table.rowCount() == 2 and dialog.table.isVisible()
        assert cell(dialog, 0, 0) == "junk.xcpkg" and cell(dialog, 1, 1)  # team shown for the signed one
        assert cell(dialog, 1, len(HEADERS) - 1) == reason_text(report.results[1]) != ""
        assert "2" in dialog.summary.text() and not dialog.conflicts_button.isVisible()
        saved = dialog.save_report(tmp_path / "report.json")
        assert saved is not None
        data = json.loads(saved.read_text(encoding="utf-8"))
        assert data["ok"] is False and [p["status"] for p in data["packages"]] == ["rejected", "rejected"]


def test_real_packages_imported_then_already_imported(qtbot, world: World, runner: TaskRunner,  # noqa: F811
                                                      tmp_path: Path) -> None:
    with world.opened("t1a") as (a,):
        team_packages(a, tmp_path / "stick", 2)
    with world.opened("hq") as (hq,):
        dialog = ImportDialog(hq, runner, paths=[tmp_path / "stick"])
        qtbot.addWidget(dialog)
        dialog.show()
        run(qtbot, dialog)
        assert dialog.result is not None and dialog.result.ok
        assert [r.status for r in dialog.result.results] == [ImportStatus.IMPORTED] * 2
        assert int(cell(dialog, 0, 4) or 0) > 0  # applied changes counted
        run(qtbot, dialog)
        assert [r.status for r in dialog.result.results] == [ImportStatus.ALREADY_IMPORTED] * 2


def test_stop_before_the_first_package(qtbot, world: World, runner: TaskRunner, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "stick"
    folder.mkdir()
    with world.opened("hq", "t1a") as (hq, a):
        for seq in (1, 2, 3):
            raw_package(a, hq, folder / f"a-{seq}.xcpkg", seq=seq)
        dialog = ImportDialog(hq, runner, paths=[folder])
        qtbot.addWidget(dialog)
        task = dialog.start_import()
        assert task is not None
        dialog.stop()
        qtbot.waitUntil(lambda: not task.running, timeout=30_000)
        assert dialog.result is not None and dialog.result.cancelled and len(dialog.result.results) < 3
