"""Export a ledger to Excel, or save a blank template: choose what and where, watch it run, open the folder.

The work runs on the TaskRunner's worker (services.excel.exporting / templates); the dialog shows its progress
in place and its Stop button cancels it (the service then leaves no file and no audit event behind).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
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

from services.errors import DomainError, InvalidFieldsError
from services.excel.columns import KINDS
from services.excel.export_common import STAGE_ROWS, STAGE_SAVE, STAGE_STATISTICS, ExportReport
from services.excel.exporting import export_excel
from services.excel.ledger import check_target, with_suffix
from services.excel.statistics_export import TITLE as STATISTICS_TITLE
from services.excel.styles import MARKINGS
from services.excel.templates import TemplateReport, write_template
from services.progress import CancelToken, Progress
from services.storage import storage_of
from services.workspace import WorkspaceSession
from ui.background import Background, numbers
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import field_problem_text, message_for
from ui.tasks import Task, TaskRunner

# What a person picks, in the order offered; the file name proposed is the official title.
EXPORT_CHOICES = (
    ("findings", QT_TRANSLATE_NOOP("ExcelExportDialog", "Findings ledger")),
    ("rectification", QT_TRANSLATE_NOOP("ExcelExportDialog", "Rectification ledger")),
    ("statistics", QT_TRANSLATE_NOOP("ExcelExportDialog", "Statistics summary")),
    ("clues", QT_TRANSLATE_NOOP("ExcelExportDialog", "Clue handover list (clue level)")),
    ("orgs", QT_TRANSLATE_NOOP("ExcelExportDialog", "Inspected units")),
    ("taxonomy", QT_TRANSLATE_NOOP("ExcelExportDialog", "Problem categories")),
)
TEMPLATE_SUFFIX = "模板"  # file names follow the official (Chinese) titles, whatever the interface language
TEMPLATE_CHOICES = tuple(choice for choice in EXPORT_CHOICES if choice[0] != "statistics")
STAGES = {
    STAGE_ROWS: QT_TRANSLATE_NOOP("ExcelExportDialog", "Writing rows: %1 of %2"),
    STAGE_SAVE: QT_TRANSLATE_NOOP("ExcelExportDialog", "Saving the file…"),
    STAGE_STATISTICS: QT_TRANSLATE_NOOP("ExcelExportDialog", "Counting…"),
}


def error_text(error: DomainError) -> str:
    """A refused file name says only why (not "1 value needs correcting" first); other errors say it all."""
    if isinstance(error, InvalidFieldsError) and all(p.field == "file_name" for p in error.problems):
        return "\n".join(field_problem_text(problem) for problem in error.problems)
    return message_for(error)


def official_title(kind: str) -> str:
    return STATISTICS_TITLE if kind == "statistics" else KINDS[kind].title


def marking_of(kind: str, ws: WorkspaceSession | None) -> str:
    if kind == "statistics":
        return MARKINGS["C3" if ws is not None and ws.can_read_clues else "C2"]
    return MARKINGS[KINDS[kind].sensitivity]


class ExcelExportDialog(QDialog):
    """``template=False``: export a ledger of ``ws``; ``template=True``: a blank template (``ws`` may be None)."""

    folder_chosen = Signal(object)  # the folder a file was written to (the controller remembers it)

    def __init__(self, ws: WorkspaceSession | None, runner: TaskRunner, *, template: bool = False,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if ws is None and not template:
            raise ValueError("an export needs an open workspace")
        self.ws, self.runner, self.template = ws, runner, template
        self.folder = folder if folder is not None and folder.is_dir() else Path.home()  # the last one chosen
        self.result: ExportReport | TemplateReport | None = None  # type: ignore[assignment]  # hides QDialog.result(), the exit code, which no caller asks of this dialog
        self._auto_name = ""
        self._confirmed_overwrite = ""  # a path the file dialog already asked about replacing
        self._storage_folder: Path | None = None  # the folder the storage warning was made for
        self.setWindowTitle(self.tr("Save a blank Excel template") if template else self.tr("Export to Excel"))
        self.setMinimumWidth(620)

        heading = QLabel(self.windowTitle())
        heading.setObjectName("dialogHeading")
        explain = QLabel(
            self.tr("A blank sheet with the official headers, drop-down lists and a hint on every header. Headers "
                    "may be renamed: a hidden sheet tells the import what each column holds.") if template else
            self.tr("The file holds the data in plain text, in the office's official layout. Every page carries the "
                    "classification marking and your name, and the export is recorded in the audit log. Keep the "
                    "file as the confidentiality rules require."))
        explain.setWordWrap(True)
        self.kind_combo = QComboBox()
        for kind, text in TEMPLATE_CHOICES if template else EXPORT_CHOICES:
            if kind == "clues" and ws is not None and not ws.can_read_clues:
                continue
            self.kind_combo.addItem(QCoreApplication.translate("ExcelExportDialog", text), kind)
        self.file_edit = QLineEdit()
        self.file_edit.setMinimumWidth(360)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.marking_label = QLabel()
        self.clue_note = QLabel(self.tr("Clue level: only the team leader, the clue officer and the office's clue "
                                        "reviewers may hold this file."))
        self.clue_note.setObjectName("clueMarking")
        self.clue_note.setWordWrap(True)
        self.clue_note.hide()
        self.storage_label = QLabel()  # where the plaintext file lands: not removable, or not known to be encrypted
        self.storage_label.setObjectName("reasonLabel")
        self.storage_label.setWordWrap(True)
        self.storage_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Contents:"), self.kind_combo)
        form.addRow(self.tr("Save as:"), file_row)
        form.addRow(self.tr("Marking:"), self.marking_label)
        form.addRow("", self.clue_note)
        form.addRow("", self.storage_label)

        self.background = Background(runner, self, describe=self._describe,
                                     determinate=lambda stage: stage == STAGE_ROWS, error_text=error_text)
        self.background.running_changed.connect(self._set_running)
        self.background.shown.connect(self._fit_height)

        self.buttons = QDialogButtonBox()
        self.go_button = self.buttons.addButton(self.tr("Save template") if template else self.tr("Export"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setDefault(True)
        self.buttons.addButton(self.background.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.background.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.go_button.clicked.connect(self.start)
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
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.file_edit.textChanged.connect(self._show_storage)
        self._kind_changed()
        self._show_storage()

    # ---- the form ----

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def target(self) -> Path | None:
        text = self.file_edit.text().strip()
        return with_suffix(Path(text).expanduser()) if text else None

    def _proposed_name(self) -> str:
        suffix = TEMPLATE_SUFFIX if self.template else date.today().strftime("%Y%m%d")
        return f"{official_title(self.kind())}_{suffix}.xlsx"

    def _kind_changed(self) -> None:
        current = self.file_edit.text().strip()
        if not current or Path(current).name == self._auto_name:
            folder = Path(current).parent if current else self.folder
            self._auto_name = self._proposed_name()
            self.file_edit.setText(str(folder / self._auto_name))
        marking = marking_of(self.kind(), self.ws)
        self.marking_label.setText(marking)
        self.clue_note.setVisible(marking == MARKINGS["C3"])
        self._fit_height()

    def _show_storage(self) -> None:
        """Warn when the plaintext file would land on this computer's own disk, or on storage not known to be
        encrypted (services/storage.py: a few file reads, no network)."""
        target = self.target()
        folder = target.parent if target is not None else None
        if folder == self._storage_folder and self.storage_label.text():
            return
        self._storage_folder = folder
        info = storage_of(folder) if folder is not None else None
        lines = []
        if info is not None and info.removable is not True:
            lines.append(self.tr("This folder is not on removable storage: the plain-text file stays on this "
                                 "computer. Prefer the office's encrypted USB storage."))
        if info is not None and info.encrypted is not True:
            lines.append(self.tr("It is not known that this storage is encrypted: whoever holds it can read "
                                 "the file."))
        self.storage_label.setText("\n".join(lines))
        self.storage_label.setVisible(bool(lines))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (or shrink) to the rows shown now; the width stays what the person made it."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def browse(self) -> None:
        start = self.target() or self.folder / self._proposed_name()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Excel file as"), str(start),
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.file_edit.setText(str(with_suffix(chosen)))
            self._confirmed_overwrite = str(with_suffix(chosen))  # the file dialog asked already

    def show_error(self, text: str) -> None:
        self.background.show_error(text)

    # ---- running ----

    def start(self) -> Task | None:
        target = self.target()
        self.background.hide_messages()
        if target is None:
            self.show_error(self.tr("Choose where to save the file."))
            return None
        try:
            check_target(target, workspace=self.ws.path if self.ws is not None else None)
        except DomainError as error:
            self.show_error(error_text(error))
            return None
        if target.exists() and self._confirmed_overwrite != str(target):
            answer = QMessageBox.question(self, self.windowTitle(),
                                          self.tr("“%1” already exists. Replace it?").replace("%1", target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        kind, ws = self.kind(), self.ws

        def work(progress: Progress, cancel: CancelToken) -> ExportReport | TemplateReport:
            if self.template:
                return write_template(kind, target, ws)
            assert ws is not None
            return export_excel(ws, kind, target, progress, cancel)

        return self.background.run(work, on_done=self._finished, stopped=self.tr("Stopped. No file was written."),
                                   folder=lambda report: Path(report.path).parent)

    def _set_running(self, running: bool) -> None:
        for widget in (self.kind_combo, self.file_edit, self.browse_button):
            widget.setEnabled(not running)
        self.go_button.setVisible(not running)
        self.close_button.setVisible(not running)

    def _describe(self, stage: str, done: int, total: int) -> str:
        return numbers(QCoreApplication.translate("ExcelExportDialog", STAGES.get(stage, STAGES[STAGE_SAVE])),
                       done, total)

    def _finished(self, report: ExportReport | TemplateReport) -> None:
        self.result = report
        self.folder_chosen.emit(Path(report.path).parent)  # proposed next time
        self.go_button.hide()
        self.close_button.setText(self.tr("Close"))
        if isinstance(report, TemplateReport):
            text = self.tr("The template was saved:\n%1").replace("%1", str(report.path))
        else:
            text = (self.tr("%n row(s) exported to:", "", report.rows) + "\n" + str(report.path) + "\n"
                    + self.tr("Marked “%1”; the export was recorded in the audit log.").replace("%1", report.marking))
        self.background.show_done(text)

    def reject(self) -> None:
        if not self.background.stop_instead_of_closing():
            super().reject()
