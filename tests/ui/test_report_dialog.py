"""The Print report… dialog on the demo round: a PDF saved on the worker with its progress (read back with
pdftotext, audited), a Stop that leaves no file and no event, printing on a (PDF) printer, the print preview, and
the clue handover list offered to clue roles only."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from models.audit import AuditEvent
from printing.render import paint_document, render_pdf
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE
from services.excel.styles import MARKINGS
from services.progress import no_progress
from services.queries.statistics import CHINESE, summary_sentence, team_statistics
from services.workspace import WorkspaceSession, unlock_workspace
from tests.report_fixtures import check_pages, copy_demo, make_demo_template, pdf_pages, squash
from ui.report_dialog import ReportDialog


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory)


@pytest.fixture
def unlock(template: Path, tmp_path: Path) -> Iterator:
    demo = copy_demo(template, tmp_path)
    opened: list[WorkspaceSession] = []

    def open_as(name: str) -> WorkspaceSession:
        ws = unlock_workspace(demo, DEMO_PASSPHRASE, name, clock=FakeClock())
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        ws.lock()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def events(ws: WorkspaceSession, action: str) -> list[dict]:
    with ws.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))
        return [json.loads(row.detail_json) for row in rows]


def make_dialog(qtbot, ws: WorkspaceSession, runner, out: Path) -> ReportDialog:
    dialog = ReportDialog(ws, runner, folder=out)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: ReportDialog, kind: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))


def test_the_round_summary_is_saved_as_a_pdf_with_progress_and_audited(qtbot, unlock, runner, out) -> None:
    ws = unlock("王主任")
    dialog = make_dialog(qtbot, ws, runner, out)
    assert dialog.kind() == "round-summary" and dialog.round_combo.count() == 1
    assert dialog.marking_label.text() == MARKINGS["C3"]  # the summary of a clue role carries the clue figures
    target = Path(dialog.file_edit.text())
    assert target.parent == out and target.name == "十三届市委第三轮巡察（演示数据）综合情况报告_20261124.pdf"
    stages: list[str] = []
    task = dialog.save_pdf()
    assert task is not None
    task.progressed.connect(lambda stage, _done, _total: stages.append(stage))
    assert dialog.background.stop_button.isVisible() and not dialog.save_button.isVisible()
    assert not dialog.kind_combo.isEnabled()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60_000)
    report = dialog.exported
    assert report is not None and report.path == target and target.exists()
    assert "report_pages" in stages
    assert dialog.background.open_button.isVisible() and str(target) in dialog.background.done_label.text()
    assert not dialog.background.stop_button.isVisible() and dialog.save_button.isVisible()
    pages = pdf_pages(target)
    check_pages(pages, MARKINGS["C3"])
    assert squash(summary_sentence(team_statistics(ws), CHINESE)) in squash("".join(pages))
    [event] = events(ws, "report_exported")
    assert event["kind"] == "round-summary" and event["pages"] == len(pages) == report.pages
    assert event["path"] == str(target)


def test_stop_leaves_no_file_and_no_event(qtbot, unlock, runner, out) -> None:
    ws = unlock("王主任")
    dialog = make_dialog(qtbot, ws, runner, out)
    choose(dialog, "findings")
    assert dialog.page_label.isVisible() and dialog.marking_label.text() == MARKINGS["C2"]
    task = dialog.save_pdf()
    assert task is not None
    dialog.background.stop()  # at once: the worker notices it before the first page is drawn
    assert dialog.background.progress_label.isVisible()
    qtbot.waitUntil(lambda: dialog.background.task is None, timeout=60_000)
    assert dialog.exported is None and dialog.background.error_label.isVisible()
    assert list(out.iterdir()) == []
    assert events(ws, "report_exported") == []
    assert dialog.save_button.isVisible() and dialog.kind_combo.isEnabled()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The worker held after it painted page 2 (``reached``) until the test lets it go on (``proceed``)."""
    import ui.report_dialog as report_dialog

    reached, proceed = threading.Event(), threading.Event()

    def hold(stage: str, done: int) -> None:
        if stage == "report_pages" and done == 2:
            reached.set()
            proceed.wait(30)

    def render(document, progress, cancel):  # type: ignore[no-untyped-def]
        return render_pdf(document, lambda stage, done, total: (progress(stage, done, total), hold(stage, done)),
                          cancel)

    def paint(document, device, progress=no_progress, cancel=None):  # type: ignore[no-untyped-def]
        return paint_document(document, device, lambda stage, done, total: (progress(stage, done, total),
                                                                            hold(stage, done)), cancel)

    monkeypatch.setattr(report_dialog, "render_pdf", render)
    monkeypatch.setattr(report_dialog, "paint_document", paint)
    yield reached, proceed
    proceed.set()


def test_stop_half_way_through_the_pages_leaves_no_file(qtbot, unlock, runner, out, held) -> None:
    reached, proceed = held
    ws = unlock("王主任")
    dialog = make_dialog(qtbot, ws, runner, out)
    choose(dialog, "findings")
    dialog.save_pdf()
    assert reached.wait(60)  # two of the 38 pages painted on the worker
    qtbot.mouseClick(dialog.background.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.background.stop_button.isEnabled()
    proceed.set()
    qtbot.waitUntil(lambda: dialog.background.task is None, timeout=60_000)
    assert dialog.exported is None and dialog.background.error_label.isVisible()
    assert list(out.iterdir()) == [] and events(ws, "report_exported") == []


def test_stop_while_printing_aborts_the_job_and_records_nothing(qtbot, unlock, runner, out, held) -> None:
    reached, proceed = held
    ws = unlock("王主任")
    dialog = make_dialog(qtbot, ws, runner, out)
    choose(dialog, "findings")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    aborted: list[bool] = []
    real_abort = printer.abort
    printer.abort = lambda: aborted.append(real_abort()) or True  # type: ignore[method-assign]
    dialog.print_report(printer)
    assert reached.wait(60)
    dialog.background.stop()
    proceed.set()
    qtbot.waitUntil(lambda: dialog.background.task is None, timeout=60_000)
    # the print job is aborted (a real printer drops the pages; Qt's PDF "printer" of the test keeps its file)
    assert len(aborted) == 1 and dialog.pages_printed == 0 and events(ws, "report_printed") == []
    assert dialog.background.error_label.isVisible() and dialog.background.error_label.text() == dialog.tr(
        "Stopped. Nothing was sent to the printer.")


def test_closing_while_it_runs_stops_first(qtbot, unlock, runner, out) -> None:
    ws = unlock("王主任")
    dialog = make_dialog(qtbot, ws, runner, out)
    choose(dialog, "findings")
    dialog.save_pdf()
    dialog.reject()  # Esc or the window's close box while the worker paints
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.background.task is None, timeout=60_000)
    assert list(out.iterdir()) == []


def test_printing_goes_through_the_worker_and_is_audited(qtbot, unlock, runner, out) -> None:
    ws = unlock("李干事")
    dialog = make_dialog(qtbot, ws, runner, out)
    choose(dialog, "rectification")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that prints into a file, for the test
    printer.setOutputFileName(str(out / "printed.pdf"))
    assert dialog.print_report(printer) is not None
    qtbot.waitUntil(lambda: dialog.pages_printed > 0, timeout=60_000)
    pages = pdf_pages(out / "printed.pdf")
    assert len(pages) == dialog.pages_printed
    check_pages(pages, MARKINGS["C1"])
    [event] = events(ws, "report_printed")
    assert event["kind"] == "rectification" and event["pages"] == len(pages)


def test_a_member_is_not_offered_the_clue_list(qtbot, unlock, runner, out) -> None:
    dialog = make_dialog(qtbot, unlock("李干事"), runner, out)
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    assert kinds == ["round-summary", "findings", "rectification"]
    assert dialog.marking_label.text() == MARKINGS["C2"]  # a member's summary has no clue figure


def test_previewing_the_clue_list_is_recorded_as_a_view_of_clues(qtbot, unlock, runner, out) -> None:
    ws = unlock("赵线索")
    dialog = make_dialog(qtbot, ws, runner, out)
    choose(dialog, "clue-handover")
    assert dialog.marking_label.text() == MARKINGS["C3"]
    dialog.open_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    preview = dialog.preview
    assert preview is not None and preview.windowTitle().endswith("问题线索移交清单")
    preview.reject()
    qtbot.waitUntil(lambda: dialog.preview is None, timeout=10_000)
    [event] = events(ws, "clue_list_viewed")
    assert event == {"rows": 26, "format": "pdf_preview"}
    assert list(out.iterdir()) == []
