"""The task runner: work on a worker thread, progress to the GUI thread, cancel honoured."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QPushButton

from services.errors import ValidationError
from ui.tasks import DEMO_STAGES, TaskRunner


def test_progress_arrives_and_the_result_is_delivered(qtbot) -> None:
    runner = TaskRunner(dialog_delay_ms=0)
    seen: list[tuple[str, int, int]] = []
    threads: list[bool] = []

    def work(progress, cancel) -> str:
        threads.append(threading.current_thread() is threading.main_thread())
        for done in range(4):
            progress("findings", done, 4)
            time.sleep(0.06)
        progress("findings", 4, 4)
        return "made"

    results: list[object] = []
    task = runner.start(work, title="t", label="working", on_done=results.append, stages=DEMO_STAGES)
    task.progressed.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert results == ["made"] and threads == [False]
    assert seen and seen[-1] == ("findings", 4, 4)
    assert runner.last_dialog.labelText() == "正在写入问题…" or not runner.last_dialog.isVisible()
    assert not runner.busy


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot) -> None:
    runner = TaskRunner(dialog_delay_ms=0)
    done: list[object] = []
    cancelled: list[bool] = []

    def work(progress, cancel) -> str:
        for step in range(2_000):
            cancel.check()
            progress("findings", step, 2_000)
            time.sleep(0.002)
        return "finished anyway"

    task = runner.start(work, label="working", on_done=done.append, on_cancel=lambda: cancelled.append(True))
    qtbot.waitSignal(task.progressed, timeout=5_000).wait()
    runner.last_dialog.findChild(QPushButton).click()  # the Cancel button
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert cancelled == [True] and done == []
    assert task.token.cancelled


def test_a_domain_error_reaches_the_error_callback(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(progress, cancel) -> None:
        raise ValidationError("nope", field="user")

    task = runner.start(work, dialog=False, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)


def test_a_bug_goes_to_the_crash_reporter(qtbot) -> None:
    crashes: list[BaseException] = []
    runner = TaskRunner(report_crash=crashes.append)
    task = runner.start(lambda progress, cancel: 1 / 0, dialog=False)
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert len(crashes) == 1 and isinstance(crashes[0], ZeroDivisionError)
