"""Import from Excel: choose a file, read and check it (progress, cancel), look at the preview (what will be
added, updated, skipped, created, and every rejected cell), then import it in one transaction.

Reading and writing run on the TaskRunner's worker; the dialog shows their progress in place and its Stop
button cancels (nothing is written). A plan with a rejected row cannot be imported: the person fixes the file
(the row report can be saved as a workbook with the bad cells marked) and reads it again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.errors import DomainError, InvalidFieldsError
from services.excel.columns import KINDS
from services.excel.importing import ImportOutcome, ImportPlan, apply_import, plan_import
from services.excel.report import save_error_report
from services.workspace import WorkspaceSession
from ui.background import Background
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import field_problem_text, message_for
from ui.tasks import Task, TaskRunner

KIND_CHOICES = (
    ("", QT_TRANSLATE_NOOP("ExcelImportDialog", "Recognise from the headers")),
    ("findings", QT_TRANSLATE_NOOP("ExcelImportDialog", "Findings ledger")),
    ("rectification", QT_TRANSLATE_NOOP("ExcelImportDialog", "Rectification ledger")),
    ("orgs", QT_TRANSLATE_NOOP("ExcelImportDialog", "Inspected units")),
    ("taxonomy", QT_TRANSLATE_NOOP("ExcelImportDialog", "Problem categories")),
    ("clues", QT_TRANSLATE_NOOP("ExcelImportDialog", "Clue list (clue level)")),
)
NOTES = {
    "hidden_rows": QT_TRANSLATE_NOOP("ExcelImportDialog", "Sheet “%sheet”: %count hidden row(s) were read as usual."),
    "blank_run": QT_TRANSLATE_NOOP(
        "ExcelImportDialog", "Sheet “%sheet”: too many empty rows from row %row; nothing after them was read."),
    "summary_rows": QT_TRANSLATE_NOOP("ExcelImportDialog", "Sheet “%sheet”: %count total row(s) skipped."),
    "ignored_column": QT_TRANSLATE_NOOP(
        "ExcelImportDialog", "Sheet “%sheet”: column %column “%header” is not recognised and was ignored."),
    "duplicate_column": QT_TRANSLATE_NOOP(
        "ExcelImportDialog", "Sheet “%sheet”: column %column “%header” repeats an earlier column and was ignored."),
    "export_only_column": QT_TRANSLATE_NOOP(
        "ExcelImportDialog", "Sheet “%sheet”: column %column “%header” is written by exports and not read back."),
    "missing_columns": QT_TRANSLATE_NOOP("ExcelImportDialog", "Sheet “%sheet” lacks required columns: %headers."),
}
TABLES = {
    "inspection_round": QT_TRANSLATE_NOOP("ExcelImportDialog", "Round"),
    "inspection_team": QT_TRANSLATE_NOOP("ExcelImportDialog", "Team"),
    "inspected_org": QT_TRANSLATE_NOOP("ExcelImportDialog", "Inspected unit"),
    "assignment": QT_TRANSLATE_NOOP("ExcelImportDialog", "Assignment"),
}
SKIPPED = {
    "empty": QT_TRANSLATE_NOOP("ExcelImportDialog", "empty"),
    "unknown_kind": QT_TRANSLATE_NOOP("ExcelImportDialog", "its headers are not a ledger's"),
    "other_kind": QT_TRANSLATE_NOOP("ExcelImportDialog", "another kind of ledger"),
}
SHOWN = 2000  # rows listed per tab; the counts always cover all


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExcelImportDialog", text)


def _fill(text: str, **params: Any) -> str:
    for name, value in sorted(params.items(), key=lambda item: -len(item[0])):
        text = text.replace(f"%{name}", str(value))
    return text


class ExcelImportDialog(QDialog):
    imported = Signal(object)  # ImportOutcome

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(1100, 660)

        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.setPlaceholderText(self.tr("An Excel workbook (.xlsx, .xlsm) or a .csv file"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.kind_combo = QComboBox()
        for kind, text in KIND_CHOICES:
            self.kind_combo.addItem(_tr(text), kind)
        self.read_button = QPushButton(self.tr("Read and check"))
        self.read_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.browse_button)
        top.addWidget(QLabel(self.tr("Kind:")))
        top.addWidget(self.kind_combo)
        top.addWidget(self.read_button)

        self.summary = QLabel(self.tr("Choose a ledger file, then read it. Nothing is written until you press "
                                      "Import; a file with a rejected row is never imported in part."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.background = Background(runner, self, describe=self._describe, status=self.summary,
                                     error_text=self._error_text)
        self.background.running_changed.connect(self._busy)
        working = QHBoxLayout()
        working.addWidget(self.background.progress_bar, 1)
        working.addWidget(self.background.stop_button)
        self.create_box = QCheckBox(self.tr("Also create the rounds, teams and units this workspace lacks"))
        self.create_box.setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.setVisible(False)

        self.save_report_button = QPushButton(self.tr("Save the row report as Excel…"))
        self.save_report_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(working)
        layout.addWidget(self.summary)
        layout.addWidget(self.create_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.browse_button.clicked.connect(self.choose_file)
        self.read_button.clicked.connect(self.read)
        self.create_box.toggled.connect(lambda _: self.show_plan())
        self.save_report_button.clicked.connect(self.save_report)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # ---- reading ----

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a ledger"), self.path_edit.text(),
                                              self.tr("Excel workbooks (*.xlsx *.xlsm *.csv);;All files (*)"))
        if name:
            self.path_edit.setText(name)
            self.read()

    def read(self) -> Task | None:
        text = self.path_edit.text().strip()
        if not text:
            self.summary.setText(self.tr("Choose a file first."))
            return None
        path, kind = Path(text), self.kind_combo.currentData() or None
        self.plan = None
        return self.background.run(lambda progress, cancel: plan_import(self.ws, path, kind, progress, cancel),
                                   on_done=self._read_done, stopped=self.tr("Reading stopped; nothing was read."),
                                   starting=self.tr("Reading %1…").replace("%1", path.name))

    def _describe(self, stage: str, done: int, total: int) -> str:
        words = {"reading": self.tr("Reading rows: %1"), "checking": self.tr("Checking %1 rows…"),
                 "writing": self.tr("Writing: %1")}
        return words.get(stage, "%1").replace("%1", f"{done:,}" if stage != "checking" else f"{total:,}")

    def _read_done(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.create_box.blockSignals(True)
        self.create_box.setChecked(False)
        self.create_box.blockSignals(False)
        self.show_plan()

    def _error_text(self, error: DomainError) -> str:
        text = message_for(error)
        if isinstance(error, InvalidFieldsError):
            text += "\n" + "\n".join(field_problem_text(p) for p in error.problems[:20])
        return text

    def stop(self) -> None:
        self.background.stop()

    def _busy(self, busy: bool) -> None:
        for widget in (self.read_button, self.browse_button, self.kind_combo, self.path_edit, self.import_button,
                       self.create_box, self.save_report_button):
            widget.setEnabled(not busy)
        if busy:
            self.tabs.setVisible(False)
            self.create_box.setVisible(False)

    # ---- the preview ----

    def show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        create = self.create_box.isChecked()
        counts = plan.counts(create)
        kind = next((_tr(text) for code, text in KIND_CHOICES if code == plan.kind), plan.kind)
        lines = [self.tr("%1 · sheet(s): %2").replace("%1", f"{kind}（{KINDS[plan.kind].title}）")
                 .replace("%2", "、".join(plan.sheets)),
                 self.tr("To add: %1 · To update: %2 · Unchanged, skipped: %3 · Rejected: %4")
                 .replace("%1", f"{counts['add']:,}").replace("%2", f"{counts['update']:,}")
                 .replace("%3", f"{counts['unchanged']:,}").replace("%4", f"{counts['rejected']:,}")]
        missing = sum(len(v) for v in plan.to_create.values())
        waiting = sum(1 for row in plan.rows if row.needs and not row.parsed.problems)
        if waiting and not create:
            lines.append(self.tr("%1 row(s) name a round, team or unit this workspace lacks: tick the box below to "
                                 "create them with the import.").replace("%1", f"{waiting:,}"))
        if counts["rejected"]:
            lines.append(self.tr("Rows were rejected, so nothing can be imported. Correct them in the file (save the "
                                 "row report to see them marked) and read it again."))
        elif not counts["add"] and not counts["update"]:
            lines.append(self.tr("Everything in this file is already in the workspace; importing changes nothing."))
        self.summary.setText("\n".join(lines))
        self.create_box.setVisible(missing > 0)
        self.create_box.setText(self.tr("Also create what this workspace lacks: %1").replace(
            "%1", "、".join(f"{_tr(TABLES.get(t, t))} {len(v)}" for t, v in plan.to_create.items() if v)))
        self._fill_tabs(plan, create)
        self.save_report_button.setEnabled(bool(plan.problems(create)))
        self.import_button.setEnabled(plan.ok(create) and bool(counts["add"] or counts["update"]))

    def _fill_tabs(self, plan: ImportPlan, create: bool) -> None:
        current = self.tabs.currentIndex()
        self.tabs.clear()
        problems = plan.problems(create)
        if problems:
            self.tabs.addTab(self._table(
                [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Header"), self.tr("Value"),
                 self.tr("Reason")],
                [[p.params.get("sheet", ""), p.row, p.column, p.params.get("label", ""), p.params.get("value", ""),
                  field_problem_text(replace(p, row=None, column=None))] for p in problems[:SHOWN]]),
                self.tr("Problems (%1)").replace("%1", f"{len(problems):,}"))
        for action, title in (("add", self.tr("To add (%1)")), ("update", self.tr("To update (%1)")),
                              ("unchanged", self.tr("Unchanged (%1)"))):
            rows = [r for r in plan.rows if r.action == action and not r.rejected(create)]
            if rows:
                self.tabs.addTab(self._table([self.tr("Sheet"), self.tr("Row"), self.tr("Record"),
                                              self.tr("Fields changed")],
                                             [[r.parsed.sheet, r.parsed.row, r.label,
                                               "、".join(k for k in r.values if not k.startswith("_"))
                                               if action == "update" else ""] for r in rows[:SHOWN]]),
                                 title.replace("%1", f"{len(rows):,}"))
        created = [[_tr(TABLES.get(t, t)), label] for t, labels in plan.to_create.items() for label in labels]
        if created:
            self.tabs.addTab(self._table([self.tr("What"), self.tr("Name")], created),
                             (self.tr("Will be created (%1)") if create else self.tr("Missing (%1)"))
                             .replace("%1", str(len(created))))
        notes = [[_fill(_tr(NOTES[code]), **params) if code in NOTES else code] for code, params in plan.notes]
        skipped = self.tr("Sheet “%1” skipped: %2")
        notes += [[skipped.replace("%1", title).replace("%2", _tr(SKIPPED.get(reason, reason)))]
                  for title, reason in plan.skipped_sheets]
        if notes:
            self.tabs.addTab(self._table([self.tr("Note")], notes),
                             self.tr("Notes (%1)").replace("%1", str(len(notes))))
        self.tabs.setVisible(self.tabs.count() > 0)
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    def _table(self, headers: list[str], rows: list[list[Any]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text() if len(item.text()) > 30 else "")
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if len(headers) > 2:
            header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    # ---- saving the report, importing ----

    def save_report(self) -> Path | None:
        if self.plan is None:
            return None
        suggested = Path(self.plan.path).with_name(Path(self.plan.path).stem + "_导入问题.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the row report"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return None
        return self.write_report(Path(name))

    def write_report(self, target: Path) -> Path:
        assert self.plan is not None
        saved = save_error_report(self.plan, target, field_problem_text, create_missing=self.create_box.isChecked())
        self.summary.setText(self.summary.text() + "\n" + self.tr("Row report saved: %1").replace("%1", str(saved)))
        return saved

    def start_import(self) -> Task | None:
        plan = self.plan
        if plan is None or not plan.ok(self.create_box.isChecked()):
            return None
        create = self.create_box.isChecked()
        return self.background.run(
            lambda progress, cancel: apply_import(self.ws, plan, create_missing=create, progress=progress,
                                                  cancel=cancel),
            on_done=self._imported, stopped=self.tr("Import stopped; nothing was written."),
            starting=self.tr("Importing…"))

    def _imported(self, outcome: ImportOutcome) -> None:
        self.plan = None
        self.tabs.setVisible(False)
        self.create_box.setVisible(False)
        self.import_button.setEnabled(False)
        self.save_report_button.setEnabled(False)
        created = sum(outcome.created.values())
        self.summary.setText(self.tr("Imported: %1 added, %2 updated, %3 unchanged; %4 created.")
                             .replace("%1", f"{outcome.added:,}").replace("%2", f"{outcome.updated:,}")
                             .replace("%3", f"{outcome.unchanged:,}").replace("%4", str(created)))
        self.imported.emit(outcome)
