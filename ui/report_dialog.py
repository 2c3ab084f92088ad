"""Print a report: the round summary (综合情况报告), the problem list, the rectification ledger or, for clue roles,
the clue handover list — as a PDF file, in Qt's print preview, or on a printer.

The content comes from services/reports (the same as the command line's ``report``); printing/ paints it. The PDF
and the printing run on the TaskRunner's worker with their progress in the dialog and a Stop button (a stopped
export leaves no file and no audit event). The preview shows the pages as they will print. Exports and prints are
recorded in the audit log, and so is a preview of the clue handover list (a view of clues).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from printing.fonts import register_fonts
from printing.render import page_layout, paint_document, render_pdf
from services.errors import DomainError
from services.excel.ledger import check_target
from services.excel.styles import MARKINGS
from services.progress import CancelToken, Progress
from services.queries.statistics import statistics_rounds
from services.reports.content import KIND_TITLES
from services.reports.document import Document
from services.reports.exporting import (
    STAGE_CONTENT,
    STAGE_LAYOUT,
    STAGE_PAGES,
    STAGE_WRITE,
    ReportExport,
    build_report,
    export_report,
    record_print,
    with_pdf_suffix,
)
from services.workspace import WorkspaceSession
from ui.background import Background, numbers
from ui.excel_export_dialog import error_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Task, TaskRunner

REPORT_CHOICES = (
    ("round-summary", QT_TRANSLATE_NOOP("ReportDialog", "Round summary report")),
    ("findings", QT_TRANSLATE_NOOP("ReportDialog", "Problem list")),
    ("rectification", QT_TRANSLATE_NOOP("ReportDialog", "Rectification ledger")),
    ("clue-handover", QT_TRANSLATE_NOOP("ReportDialog", "Clue handover list (clue level)")),
)
STAGES = {
    STAGE_CONTENT: QT_TRANSLATE_NOOP("ReportDialog", "Reading the figures…"),
    STAGE_LAYOUT: QT_TRANSLATE_NOOP("ReportDialog", "Laying out rows: %1 of %2"),
    STAGE_PAGES: QT_TRANSLATE_NOOP("ReportDialog", "Drawing pages: %1 of %2"),
    STAGE_WRITE: QT_TRANSLATE_NOOP("ReportDialog", "Saving the file…"),
}


def marking_of(kind: str, ws: WorkspaceSession) -> str:
    if kind == "clue-handover" or (kind == "round-summary" and ws.can_read_clues):
        return MARKINGS["C3"]
    return MARKINGS["C1" if kind == "rectification" else "C2"]


class ReportDialog(QDialog):
    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, *, round_id: str | None = None,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.folder = folder or Path.home()
        self.exported: ReportExport | None = None
        self.printer: QPrinter | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.pages_printed = 0
        self._auto_name = ""
        self._confirmed_overwrite = ""
        register_fonts()  # here, in the GUI thread: the worker then only uses the registered families
        self.setWindowTitle(self.tr("Print a report"))
        self.setMinimumWidth(640)

        heading = QLabel(self.windowTitle())
        heading.setObjectName("dialogHeading")
        explain = QLabel(self.tr("The round in the committee's words, or one of its lists, as printed pages: every "
                                 "page carries the classification marking, the page number, who printed it and "
                                 "when, and your name as a light watermark. Saving, printing and previewing the "
                                 "clue list are recorded in the audit log."))
        explain.setWordWrap(True)
        self.kind_combo = QComboBox()
        for kind, text in REPORT_CHOICES:
            if kind == "clue-handover" and not ws.can_read_clues:
                continue
            self.kind_combo.addItem(QCoreApplication.translate("ReportDialog", text), kind)
        self.round_combo = QComboBox()
        for rid, title in statistics_rounds(ws):
            self.round_combo.addItem(title, rid)
        if round_id is not None and self.round_combo.findData(round_id) >= 0:
            self.round_combo.setCurrentIndex(self.round_combo.findData(round_id))
        self.file_edit = QLineEdit()
        self.file_edit.setMinimumWidth(360)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.marking_label = QLabel()
        self.page_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind_combo)
        form.addRow(self.tr("Round:"), self.round_combo)
        form.addRow(self.tr("Save as:"), file_row)
        form.addRow(self.tr("Marking:"), self.marking_label)
        form.addRow(self.tr("Paper:"), self.page_label)

        self.background = Background(runner, self, describe=self._describe,
                                     determinate=lambda stage: stage in (STAGE_LAYOUT, STAGE_PAGES),
                                     error_text=error_text)
        self.background.running_changed.connect(self._set_running)
        self.background.shown.connect(self._fit_height)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.preview_button = self.buttons.addButton(self.tr("Print preview…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.background.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.background.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save_pdf)
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(lambda: self.print_report())
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addLayout(form)
        for widget in (self.background.progress_label, self.background.progress_bar, self.background.error_label,
                       self.background.done_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.round_combo.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()
        if self.round_combo.count() == 0:
            self.show_error(self.tr("No round has units assigned in this workspace yet: there is nothing to report."))
            for button in (self.save_button, self.preview_button, self.print_button):
                button.setEnabled(False)

    # ---- the form ----

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def round_id(self) -> str | None:
        data = self.round_combo.currentData()
        return str(data) if data else None

    def target(self) -> Path | None:
        text = self.file_edit.text().strip()
        return with_pdf_suffix(Path(text).expanduser()) if text else None

    def _proposed_name(self) -> str:
        title = self.round_combo.currentText() or ""
        return f"{title}{KIND_TITLES[self.kind()]}_{self.ws.clock.now().astimezone():%Y%m%d}.pdf"

    def _choice_changed(self) -> None:
        current = self.file_edit.text().strip()
        if not current or Path(current).name == self._auto_name:
            folder = Path(current).parent if current else self.folder
            self._auto_name = self._proposed_name()
            self.file_edit.setText(str(folder / self._auto_name))
        self.marking_label.setText(marking_of(self.kind(), self.ws))
        self.page_label.setText(self.tr("A4 portrait") if self.kind() == "round-summary" else self.tr("A3 landscape"))
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def browse(self) -> None:
        start = self.target() or self.folder / self._proposed_name()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), str(start),
                                                self.tr("PDF document (*.pdf)"))
        if chosen:
            self.file_edit.setText(str(with_pdf_suffix(chosen)))
            self._confirmed_overwrite = str(with_pdf_suffix(chosen))

    def show_error(self, text: str) -> None:
        self.background.show_error(text)

    # ---- running ----

    def _run(self, work: Callable[[Progress, CancelToken], Any], on_done: Callable[[Any], object], *,
             printing: bool = False, folder: Callable[[Any], Path] | None = None) -> Task:
        """What a stop leaves: no file, or nothing sent to the printer."""
        stopped = self.tr("Stopped. Nothing was sent to the printer.") if printing else \
            self.tr("Stopped. No file was written.")
        return self.background.run(work, on_done=on_done, stopped=stopped, folder=folder)

    def save_pdf(self) -> Task | None:
        target = self.target()
        if target is None:
            self.show_error(self.tr("Choose where to save the file."))
            return None
        try:
            check_target(target, workspace=self.ws.path)
        except DomainError as error:
            self.show_error(error_text(error))
            return None
        if target.exists() and self._confirmed_overwrite != str(target):
            answer = QMessageBox.question(self, self.windowTitle(),
                                          self.tr("“%1” already exists. Replace it?").replace("%1", target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        ws, kind, round_id = self.ws, self.kind(), self.round_id()

        def work(progress: Progress, cancel: CancelToken) -> ReportExport:
            return export_report(ws, kind, target, render_pdf, round_ref=round_id, progress=progress, cancel=cancel)

        return self._run(work, self._saved, folder=lambda report: Path(report.path).parent)

    def open_preview(self) -> Task:
        """The content is read on the worker; the preview then paints it (Qt's preview runs in the window)."""
        ws, kind, round_id = self.ws, self.kind(), self.round_id()
        return self._run(lambda progress, cancel: build_report(ws, kind, round_id), self._show_preview)

    def _show_preview(self, document: Document) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(document.page))
        printer.setDocName(document.title)
        pages = [0]

        def paint(device: QPrinter) -> None:
            pages[0] = paint_document(document, device)

        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(document.title)
        preview.paintRequested.connect(paint)
        self.preview, self.printer = preview, printer
        preview.resize(1000, 800)
        preview.finished.connect(lambda _code: self._preview_closed(document, pages[0]))
        preview.open()

    def _preview_closed(self, document: Document, pages: int) -> None:
        try:
            record_print(self.ws, document, pages, preview=True)
        except DomainError as error:
            self.show_error(error_text(error))
        self.preview = None

    def print_report(self, printer: QPrinter | None = None) -> Task | None:
        """Print on the printer the person picks in Qt's print dialog (or on ``printer``, already set up)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.windowTitle())
            chooser = QPrintDialog(printer, self)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return None
        self.printer = printer
        ws, kind, round_id = self.ws, self.kind(), self.round_id()

        def work(progress: Progress, cancel: CancelToken) -> int:
            document = build_report(ws, kind, round_id)
            printer.setPageLayout(page_layout(document.page))
            printer.setDocName(document.title)
            pages = paint_document(document, printer, progress, cancel)
            record_print(ws, document, pages, printer=printer.printerName())
            return pages

        return self._run(work, self._printed, printing=True)

    def _set_running(self, running: bool) -> None:
        for widget in (self.kind_combo, self.round_combo, self.file_edit, self.browse_button):
            widget.setEnabled(not running)
        for button in (self.save_button, self.preview_button, self.print_button, self.close_button):
            button.setVisible(not running)

    def _describe(self, stage: str, done: int, total: int) -> str:
        return numbers(QCoreApplication.translate("ReportDialog", STAGES.get(stage, STAGES[STAGE_CONTENT])),
                       done, total)

    def _saved(self, report: ReportExport) -> None:
        self.exported = report
        self.background.show_done(
            self.tr("%n page(s) saved to:", "", report.pages) + "\n" + str(report.path) + "\n"
            + self.tr("Marked “%1”; the export was recorded in the audit log.").replace("%1", report.marking))

    def _printed(self, pages: int) -> None:
        self.pages_printed = pages
        self.background.show_done(self.tr("%n page(s) sent to the printer; the printing was recorded in the audit "
                                          "log.", "", pages))

    def reject(self) -> None:
        if not self.background.stop_instead_of_closing():
            super().reject()
