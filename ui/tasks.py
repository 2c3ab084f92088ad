"""Long work off the GUI thread: ``fn(progress, cancel) -> result`` on a worker, under a progress dialog.

The worker never touches a widget: it emits signals, and Qt queues them to the GUI thread, where the
dialog is updated and the result or the error is handed to the caller. Cancel sets the CancelToken; the
function notices between batches and raises CancelledError, and its transaction rolls back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from services.errors import CancelledError, DomainError
from services.progress import CancelToken, Progress
from ui.i18n import QT_TRANSLATE_NOOP

Work = Callable[[Progress, CancelToken], Any]

# Stage codes the services report, in words, per kind of work. An unknown stage shows the task's own label.
VERIFY_STAGES = {
    "integrity": QT_TRANSLATE_NOOP("Tasks", "Checking the database files…"),
    "audit": QT_TRANSLATE_NOOP("Tasks", "Checking the audit trail…"),
    "changes": QT_TRANSLATE_NOOP("Tasks", "Checking the change log…"),
    "clues": QT_TRANSLATE_NOOP("Tasks", "Checking the clue compartment…"),
    "done": QT_TRANSLATE_NOOP("Tasks", "Finishing…"),
}
DEMO_STAGES = {
    "workspace": QT_TRANSLATE_NOOP("Tasks", "Creating the encrypted workspace…"),
    "taxonomy": QT_TRANSLATE_NOOP("Tasks", "Installing the problem categories…"),
    "organisations": QT_TRANSLATE_NOOP("Tasks", "Writing the inspected units…"),
    "round": QT_TRANSLATE_NOOP("Tasks", "Writing the round…"),
    "teams": QT_TRANSLATE_NOOP("Tasks", "Writing the teams…"),
    "assignments": QT_TRANSLATE_NOOP("Tasks", "Writing the assignments…"),
    "registers": QT_TRANSLATE_NOOP("Tasks", "Writing the registers…"),
    "findings": QT_TRANSLATE_NOOP("Tasks", "Writing the findings…"),
    "evidence": QT_TRANSLATE_NOOP("Tasks", "Storing the evidence files…"),
    "rectification": QT_TRANSLATE_NOOP("Tasks", "Writing the rectification ledger…"),
    "clues": QT_TRANSLATE_NOOP("Tasks", "Writing the clues…"),
    "users": QT_TRANSLATE_NOOP("Tasks", "Adding the demo users…"),
}
PROGRESS_INTERVAL = 0.05  # seconds between two progress signals of one task (the last one always goes)


class _WorkerSignals(QObject):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _WorkerSignals, cancel: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work: Work | None = work
        self._signals, self._cancel = signals, cancel
        self._last = 0.0
        self._last_stage = ""

    def _progress(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self._last_stage or done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last, self._last_stage = now, stage
            self._signals.progressed.emit(stage, done, total)

    def run(self) -> None:
        # Python objects must die in the GUI thread: the work closure often holds a widget (a dialog's ``self``),
        # and a QObject destroyed on this thread crashes Qt. The Task keeps its own references to the closure and
        # to the signals in the GUI thread, so this thread drops its references before the last signal goes.
        work, self._work = self._work, None
        assert work is not None  # a job runs once
        try:
            result = work(self._progress, self._cancel)
        except BaseException as exc:  # delivered to the GUI thread, which decides (message or crash dialog)
            del work
            self._signals.failed.emit(exc)
        else:
            del work
            self._signals.succeeded.emit(result)


class Task(QObject):
    """One running job, seen from the GUI thread. Exactly one of succeeded/failed/cancelled, then finished."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.work: Work | None = None
        self.running = True
        self.result: Any = None
        self.error: BaseException | None = None
        self._signals = _WorkerSignals()
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot(str, int, int)
    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self.running:
            self.progressed.emit(stage, done, total)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.running, self.result = False, result
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.running, self.error = False, error
        if isinstance(error, CancelledError):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
        self.finished.emit()


class TaskRunner(QObject):
    """Starts jobs on one worker thread (SQLite has one writer) and shows their progress dialogs."""

    def __init__(self, parent: QObject | None = None, *, report_crash: Callable[[BaseException], None] | None = None,
                 dialog_delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._tasks: set[Task] = set()
        self._retired: list[Task] = []  # finished, kept until the worker is idle (the job let go of them)
        self._report_crash = report_crash
        self.dialog_delay_ms = dialog_delay_ms

    @staticmethod
    def stage_text(stages: dict[str, str], stage: str, fallback: str) -> str:
        return QCoreApplication.translate("Tasks", stages[stage]) if stage in stages else fallback

    def start(self, work: Work, *, parent: QWidget | None = None, title: str = "", label: str = "",
              on_done: Callable[[Any], object] | None = None,
              on_error: Callable[[BaseException], object] | None = None, on_cancel: Callable[[], object] | None = None,
              dialog: bool = True, cancellable: bool = True, stages: dict[str, str] | None = None) -> Task:
        """Run ``work(progress, cancel)`` on the worker; callbacks run in the GUI thread.

        Without ``on_error``, a DomainError becomes a message box and anything else the crash dialog.
        """
        task = Task()  # owned by Python and held in _tasks until it finished (no Qt parent to delete it twice)
        task.work = work  # released in the GUI thread, see _Job.run
        self._tasks.add(task)
        self._drop_retired()
        progress_dialog = self._dialog(task, parent, title, label, cancellable, stages or {}) if dialog else None

        def finish() -> None:
            if progress_dialog is not None:
                progress_dialog.reset()
                progress_dialog.hide()
                progress_dialog.deleteLater()
            self._tasks.discard(task)
            task.work = None
            self._retired.append(task)  # its signals object may still be referenced by the ending job
            self._drop_retired()

        if on_done is not None:
            task.succeeded.connect(on_done)
        task.failed.connect(on_error if on_error is not None else lambda exc: self.report_error(parent, exc))
        if on_cancel is not None:
            task.cancelled.connect(on_cancel)
        task.finished.connect(finish)
        self.pool.start(_Job(work, task._signals, task.token))
        return task

    def _dialog(self, task: Task, parent: QWidget | None, title: str, label: str, cancellable: bool,
                stages: dict[str, str]) -> QProgressDialog:
        box = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.last_dialog = box
        box.setWindowTitle(title or label)
        box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.setMinimumDuration(self.dialog_delay_ms)
        box.setMinimumWidth(360)
        if not cancellable:
            box.setCancelButton(None)

        def on_progress(stage: str, done: int, total: int) -> None:
            box.setLabelText(self.stage_text(stages, stage, label))
            if total > 0:
                box.setMaximum(total)
                box.setValue(min(done, total))
            else:
                box.setMaximum(0)

        def on_cancel_clicked() -> None:
            if task.running:
                task.cancel()
                box.setLabelText(self.tr("Cancelling…"))

        task.progressed.connect(on_progress)
        box.canceled.connect(on_cancel_clicked)
        return box

    def report_error(self, parent: QWidget | None, error: BaseException) -> None:
        if isinstance(error, DomainError):
            from ui.messages import show_error

            show_error(parent, error)
        elif self._report_crash is not None:
            self._report_crash(error)
        else:
            raise error

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (shutdown and tests); queued results still need the event loop."""
        idle = self.pool.waitForDone(msecs)
        self._drop_retired()
        return idle

    def _drop_retired(self) -> None:
        """Finished tasks are freed here, in the GUI thread, once no job of the pool can still hold them."""
        if self.pool.activeThreadCount() == 0:
            self._retired.clear()
