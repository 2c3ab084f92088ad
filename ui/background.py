"""One background task inside a dialog: its progress shown in place, Stop, and how it ended — done (with the
folder to open), failed (in words, or the crash dialog), or stopped.

The Excel export and import dialogs, the package export and import dialogs and the report dialog each own one
``Background``. Like Anki's ``aqt.operations`` (one object owns the progress, the success and the failure of an
operation), the dialog says what to run and what to do with the result; the running, stopping, failing and
opening of the folder are said and shown the same way in every dialog. The work runs on the window's
TaskRunner worker (ui/tasks.py) with no progress dialog of its own.

The dialog places the widgets: ``progress_label``, ``progress_bar``, ``error_label``, ``done_label``,
``stop_button``, ``open_button``. A dialog that says everything in one label (the import dialogs' summary)
passes it as ``status``: the progress, the failure and the stop are then said there. ``running_changed`` lets the
dialog enable and hide its own controls; ``shown`` says the widgets changed (a dialog fitting its height to them
listens).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from services.errors import DomainError
from services.progress import CancelToken, Progress
from ui.messages import message_for
from ui.tasks import Task, TaskRunner

Describe = Callable[[str, int, int], str | None]  # (stage, done, total) -> the progress text, None to keep it


def numbers(text: str, done: int, total: int) -> str:
    """``%1`` and ``%2`` of a progress text as the done and total counts, with thousands separators."""
    return text.replace("%1", f"{done:,}").replace("%2", f"{total:,}")


class Background(QObject):
    """``Background(runner, dialog)``, then ``run(work, on_done=..., stopped=...)`` per start."""

    running_changed = Signal(bool)
    shown = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget, *, describe: Describe | None = None,
                 determinate: Callable[[str], bool] | None = None, status: QLabel | None = None,
                 error_text: Callable[[DomainError], str] = message_for) -> None:
        super().__init__(parent)
        self.runner, self.dialog = runner, parent
        self.task: Task | None = None
        self.folder: Path | None = None  # where the last success wrote, for Open folder
        self._describe = describe
        self._determinate = determinate or (lambda _stage: True)
        self._error_text = error_text
        self._own_labels = status is None
        self._stopped = ""
        self._on_done: Callable[[Any], object] = lambda _result: None
        self._folder_of: Callable[[Any], Path] | None = None
        self.progress_label = status if status is not None else QLabel()
        if status is not None:
            self.error_label = status
        else:
            self.error_label = QLabel()
            self.error_label.setObjectName("errorLabel")
            self.error_label.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("hintBox")
        self.done_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.stop_button.clicked.connect(self.stop)
        self.open_button.clicked.connect(self.open_folder)
        for widget in (self.progress_bar, self.done_label, self.stop_button, self.open_button):
            widget.hide()
        if self._own_labels:
            self.progress_label.hide()
            self.error_label.hide()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def run(self, work: Callable[[Progress, CancelToken], Any], *, on_done: Callable[[Any], object], stopped: str,
            starting: str = "", folder: Callable[[Any], Path] | None = None) -> Task:
        """Start ``work`` on the worker; ``on_done(result)`` in the GUI thread once it succeeded (the controls are
        back by then), ``stopped`` said when Stop ended it, Open folder offered on ``folder(result)``."""
        self._on_done, self._stopped, self._folder_of = on_done, stopped, folder
        self.folder = None
        self.hide_messages()
        self.open_button.hide()
        self._set_running(True, starting or self.tr("Starting…"))
        self.task = self.runner.start(work, parent=self.dialog, dialog=False, on_done=self._succeeded,
                                      on_error=self._failed, on_cancel=self._cancelled)
        self.task.progressed.connect(self._progressed)
        return self.task

    def stop(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def stop_instead_of_closing(self) -> bool:
        """A dialog's reject: while the work runs, closing stops it instead (True); else the dialog may close."""
        if self.running:
            self.stop()
            return True
        return False

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.shown.emit()

    def show_done(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.show()
        self.shown.emit()

    def hide_messages(self) -> None:
        if self._own_labels:
            self.error_label.hide()
        self.done_label.hide()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # ---- the task's signals ----

    def _set_running(self, running: bool, text: str = "") -> None:
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        if self._own_labels:
            self.progress_label.setVisible(running)
        if running:
            self.progress_label.setText(text)
            self.progress_bar.setRange(0, 0)
        self.running_changed.emit(running)
        self.shown.emit()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        text = self._describe(stage, done, total) if self._describe is not None else None
        if text is not None:
            self.progress_label.setText(text)
        if total > 0 and self._determinate(stage):
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)

    def _succeeded(self, result: object) -> None:
        self.task = None
        self._set_running(False)
        self._on_done(result)
        if self._folder_of is not None:
            self.folder = self._folder_of(result)
            self.open_button.show()
            self.shown.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(error, DomainError):
            self.show_error(self._error_text(error))
        else:
            self.runner.report_error(self.dialog, error)

    def _cancelled(self) -> None:
        self.task = None
        self._set_running(False)
        self.show_error(self._stopped)
