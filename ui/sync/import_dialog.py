"""Import packages: choose files or folders, import them on the worker (progress per package, Stop), then read
the report (one row per package: status, what the merge did, the reason of a rejection or a hold) and save it
as JSON. A rejected package writes nothing; the others of the run are imported all the same."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.sync.batch_import import import_packages
from services.sync.report import BatchReport, ImportStatus, Outcome
from services.workspace import WorkspaceSession
from ui.background import Background
from ui.sync.import_report import ImportReportTable, save_json
from ui.tasks import Task, TaskRunner


class ImportDialog(QDialog):
    """``ImportDialog(ws, runner, parent)``; ``.result`` is the BatchReport of the last run."""

    imported = Signal(object)  # BatchReport
    open_conflicts = Signal()

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None,
                 paths: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.result: BatchReport | None = None  # type: ignore[assignment]  # hides QDialog.result(), the exit code, which no caller asks of this dialog
        self.setWindowTitle(self.tr("Import packages"))
        self.resize(1240, 640)

        self.paths = QListWidget()
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.paths.setMaximumHeight(110)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        side = QVBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.paths, 1)
        chosen.addLayout(side)

        self.summary = QLabel(self.tr(
            "Add the package files (.xcpkg) or the folders holding them, from one or several USB sticks, then "
            "press Import. Packages of one laptop are imported in order; a damaged or altered package is "
            "rejected and writes nothing."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # The label counts packages; the bar follows the current package (checking its bytes, applying).
        self.background = Background(runner, self, describe=self._describe, status=self.summary,
                                     determinate=lambda stage: stage != "packages")
        self.background.running_changed.connect(self._busy)
        working = QHBoxLayout()
        working.addWidget(self.background.progress_bar, 1)
        working.addWidget(self.background.stop_button)
        self.table = ImportReportTable()
        self.table.setVisible(False)

        self.save_button = QPushButton(self.tr("Save JSON…"))
        self.save_button.setEnabled(False)
        self.conflicts_button = QPushButton(self.tr("Open conflicts"))
        self.conflicts_button.setVisible(False)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Packages and folders to import:")))
        layout.addLayout(chosen)
        layout.addLayout(working)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.start_import)
        self.save_button.clicked.connect(self.choose_save)
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.close_button.clicked.connect(self.accept)
        for path in paths or []:
            self.add_path(path)
        self._update_buttons()

    # ---- choosing ----

    def add_path(self, path: Path) -> None:
        text = str(path)
        if text and not self.paths.findItems(text, Qt.MatchFlag.MatchExactly):
            self.paths.addItem(text)
        self._update_buttons()

    def chosen(self) -> list[Path]:
        return [Path(self.paths.item(i).text()) for i in range(self.paths.count())]

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose packages"), "",
                                                self.tr("Xuncha packages (*.xcpkg);;All files (*)"))
        for name in names:
            self.add_path(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder holding packages"))
        if name:
            self.add_path(Path(name))

    def remove_selected(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.paths.count() > 0 and not self.background.running)
        self.remove_button.setEnabled(self.paths.count() > 0)

    # ---- importing ----

    def start_import(self) -> Task | None:
        paths = self.chosen()
        if not paths:
            self.summary.setText(self.tr("Add a package or a folder first."))
            return None
        return self.background.run(
            lambda progress, cancel: import_packages(self.ws, paths, progress=progress, cancel=cancel),
            on_done=self._done, stopped=self.tr("Stopped; the package being imported wrote nothing."),
            starting=self.tr("Importing…"))

    def _describe(self, stage: str, done: int, total: int) -> str | None:
        if stage == "packages":
            return self.tr("Package %1 of %2…").replace("%1", str(min(done + 1, total))).replace("%2", str(total))
        return None

    def _done(self, report: BatchReport) -> None:
        self.result = report
        self.table.setVisible(bool(report.results))
        self.table.show_report(report)
        self.save_button.setEnabled(bool(report.results))
        conflicts = report.totals().get(Outcome.CONFLICT.value, 0)
        self.conflicts_button.setVisible(conflicts > 0)
        self.summary.setText(self.summary_text(report))
        self.imported.emit(report)

    def summary_text(self, report: BatchReport) -> str:
        skipped = self.tr("%1 package(s) addressed to another workspace (such as the team's other laptop) were "
                          "skipped.").replace("%1", str(len(report.skipped))) if report.skipped else ""
        if not report.results:
            return " ".join(filter(None, [self.tr("No package (*.xcpkg) was found in what you chose."), skipped]))
        by_status = report.by_status()
        text = self.tr("%1 package(s): %2 imported, %3 already imported, %4 held, %5 rejected.") \
            .replace("%1", str(len(report.results))) \
            .replace("%2", str(by_status.get(ImportStatus.IMPORTED, 0) + by_status.get(ImportStatus.RELEASED, 0))) \
            .replace("%3", str(by_status.get(ImportStatus.ALREADY_IMPORTED, 0))) \
            .replace("%4", str(by_status.get(ImportStatus.HELD, 0))) \
            .replace("%5", str(by_status.get(ImportStatus.REJECTED, 0)))
        conflicts = report.totals().get(Outcome.CONFLICT.value, 0)
        if conflicts:
            text += " " + self.tr("%1 conflict(s) wait in the conflict inbox.").replace("%1", str(conflicts))
        if not report.ok:
            text += " " + self.tr("Rejected packages wrote nothing; the reason is in the last column.")
        if report.cancelled:
            text += " " + self.tr("Stopped: the remaining packages were not touched.")
        return " ".join(filter(None, [text, skipped]))

    def stop(self) -> None:
        self.background.stop()

    def _busy(self, busy: bool) -> None:
        for widget in (self.add_files_button, self.add_folder_button, self.remove_button, self.paths,
                       self.save_button, self.close_button):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._update_buttons()

    # ---- the report ----

    def choose_save(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import report"), "import-report.json",
                                              self.tr("JSON files (*.json)"))
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> Path | None:
        if self.result is None:
            return None
        try:
            saved = save_json(self.result, path)
        except OSError as exc:
            self.summary.setText(self.tr("The report could not be saved: %1").replace("%1", str(exc)))
            return None
        self.summary.setText(self.tr("Report saved: %1").replace("%1", str(saved)))
        return saved

    def _open_conflicts(self) -> None:
        self.open_conflicts.emit()
        self.accept()

    def reject(self) -> None:
        if not self.background.stop_instead_of_closing():
            super().reject()
