"""The one background-task component of the dialogs (ui/background.py): progress in place, done with the folder
to open, a refusal said in words, Stop, and closing that stops instead."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QDialog, QVBoxLayout

from services.errors import DomainError
from services.progress import CancelToken, Progress
from ui.background import Background, numbers
from ui.tasks import TaskRunner


def make(qtbot, runner: TaskRunner) -> tuple[QDialog, Background, list[bool]]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    background = Background(runner, dialog, describe=lambda stage, done, total: numbers("%1 / %2", done, total),
                            error_text=lambda error: f"refused: {error.code}")
    layout = QVBoxLayout(dialog)
    for widget in (background.progress_label, background.progress_bar, background.error_label,
                   background.done_label, background.stop_button, background.open_button):
        layout.addWidget(widget)
    seen: list[bool] = []
    background.running_changed.connect(seen.append)
    dialog.show()
    return dialog, background, seen


def test_done_offers_the_folder(qtbot, runner: TaskRunner, tmp_path: Path) -> None:
    _dialog, background, seen = make(qtbot, runner)
    results: list[object] = []

    def work(progress: Progress, cancel: CancelToken) -> Path:
        progress("rows", 1500, 3000)
        return tmp_path / "out.xlsx"

    task = background.run(work, on_done=results.append, stopped="stopped", folder=lambda path: path.parent)
    assert background.running and background.stop_button.isVisible() and background.progress_bar.isVisible()
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert results == [tmp_path / "out.xlsx"] and seen == [True, False]
    assert background.task is None and not background.stop_button.isVisible()
    assert background.open_button.isVisible() and background.folder == tmp_path


def test_a_refusal_is_said_and_stop_stops(qtbot, runner: TaskRunner) -> None:
    _dialog, background, _seen = make(qtbot, runner)

    def refused(progress: Progress, cancel: CancelToken) -> None:
        raise DomainError()

    task = background.run(refused, on_done=lambda _r: None, stopped="stopped")
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert background.error_label.isVisible() and background.error_label.text() == "refused: domain_error"
    assert not background.open_button.isVisible()

    def slow(progress: Progress, cancel: CancelToken) -> None:
        for done in range(1000):
            progress("rows", done, 1000)
            cancel.check()
            time.sleep(0.01)

    task = background.run(slow, on_done=lambda _r: None, stopped="Stopped, nothing written.")
    assert not background.error_label.isVisible()  # the last run's refusal goes when the next starts
    qtbot.waitUntil(lambda: background.progress_bar.maximum() == 1000, timeout=5_000)
    assert "/ 1,000" in background.progress_label.text()
    assert background.stop_instead_of_closing() and not background.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert background.error_label.text() == "Stopped, nothing written." and not background.running
    assert not background.stop_instead_of_closing()
