"""The import report in the window: one row per package (file, team, sequence, status, what the merge did,
and the reason sentence of a rejection or a hold), and the report saved as JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from models.store import atomic_write
from services.phrasing import phrase_error
from services.sync.report import BatchReport, ImportStatus, Outcome, PackageResult
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import BOOK

CONTEXT = "ImportReport"
STATUS = {
    ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("ImportReport", "Imported"),
    ImportStatus.ALREADY_IMPORTED: QT_TRANSLATE_NOOP("ImportReport", "Already imported"),
    ImportStatus.HELD: QT_TRANSLATE_NOOP("ImportReport", "Held"),
    ImportStatus.RELEASED: QT_TRANSLATE_NOOP("ImportReport", "Imported after the gap closed"),
    ImportStatus.REJECTED: QT_TRANSLATE_NOOP("ImportReport", "Rejected"),
}
STATUS_COLOURS = {ImportStatus.REJECTED: "#fde2e1", ImportStatus.HELD: "#fff4d6"}
WARNINGS = {
    "ack_ahead": QT_TRANSLATE_NOOP(
        "ImportReport", "The sender confirms more of HQ's updates than HQ sent (forged, or HQ restored from an "
        "older backup): that confirmation was ignored and HQ keeps sending."),
    "clock_ahead": QT_TRANSLATE_NOOP(
        "ImportReport", "The sender's clock is more than a day ahead; flagged (the merge does not depend on it)."),
    "completed": QT_TRANSLATE_NOOP("ImportReport", "An earlier import stopped half-way; this one completed it."),
    "clues_pending": QT_TRANSLATE_NOOP(
        "ImportReport", "The clue part waits for a user holding the clue key; the rest was imported."),
}
ALREADY = QT_TRANSLATE_NOOP("ImportReport", "Imported before on %1; nothing changed.")
REFUSED = QT_TRANSLATE_NOOP(
    "ImportReport", "%1 waiting change(s) were refused and not applied: they named another team's records (see the "
    "audit log, remote_change_refused).")
HQ = QT_TRANSLATE_NOOP("ImportReport", "HQ")
TEAM = QT_TRANSLATE_NOOP("ImportReport", "Team %1")
HEADERS = (
    QT_TRANSLATE_NOOP("ImportReport", "Package"), QT_TRANSLATE_NOOP("ImportReport", "Team"),
    QT_TRANSLATE_NOOP("ImportReport", "No."), QT_TRANSLATE_NOOP("ImportReport", "Status"),
    QT_TRANSLATE_NOOP("ImportReport", "Applied"), QT_TRANSLATE_NOOP("ImportReport", "Fast-forwarded"),
    QT_TRANSLATE_NOOP("ImportReport", "Merged"), QT_TRANSLATE_NOOP("ImportReport", "Conflicts"),
    QT_TRANSLATE_NOOP("ImportReport", "Waiting"), QT_TRANSLATE_NOOP("ImportReport", "Unchanged"),
    QT_TRANSLATE_NOOP("ImportReport", "Reason / note"),
)
COUNTED = ((Outcome.APPLIED, Outcome.RELEASED), (Outcome.FAST_FORWARD,), (Outcome.MERGED,), (Outcome.CONFLICT,),
           (Outcome.BACKLOG,), (Outcome.NOOP, Outcome.DUPLICATE))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(result: PackageResult) -> str:
    """The translated sentence for a rejection or a hold, the date of an earlier import, and any notes."""
    parts = []
    if result.status is ImportStatus.REJECTED and result.code:
        parts.append(phrase_error(result.code, result.params, BOOK).text)
    elif result.status is ImportStatus.HELD:
        parts.append(phrase_error("package_held", result.params, BOOK).text)
    elif result.status is ImportStatus.ALREADY_IMPORTED:
        parts.append(_tr(ALREADY).replace("%1", (result.imported_at or "")[:16].replace("T", " ")))
    parts += [_tr(WARNINGS[code]) if code in WARNINGS else code for code in result.warnings]
    refused = result.counts.get(Outcome.REFUSED.value, 0)
    if refused:
        parts.append(_tr(REFUSED).replace("%1", str(refused)))
    return " ".join(parts)


def team_text(result: PackageResult) -> str:
    if result.kind == "hq_to_team":
        return _tr(HQ)
    return _tr(TEAM).replace("%1", str(result.team_no)) if result.team_no is not None else ""


def save_json(report: BatchReport, path: Path) -> Path:
    """The report as one JSON object (the same as ``import-package --json`` prints), written atomically."""
    with atomic_write(path) as handle:
        handle.write(report.to_json().encode("utf-8"))
    return path


class ImportReportTable(QTableWidget):
    """The packages of one import run, rejected rows tinted red, held ones yellow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 330)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # the reason column wraps to the width it has now

    def show_report(self, report: BatchReport) -> None:
        self.setRowCount(0)
        for result in report.results:
            self.add_result(result)
        self.resizeRowsToContents()

    def add_result(self, result: PackageResult) -> None:
        row = self.rowCount()
        self.insertRow(row)
        cells = [Path(result.path).name, team_text(result), "" if result.seq is None else str(result.seq),
                 _tr(STATUS[result.status])]
        counts = [sum(result.count(outcome) for outcome in outcomes) for outcomes in COUNTED]
        cells += [str(count) if count else "" for count in counts]
        cells.append(reason_text(result))
        colour = STATUS_COLOURS.get(result.status)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setToolTip(result.path)
            if column == len(cells) - 1 and text:
                item.setToolTip(text)
            if 1 <= column < len(cells) - 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if colour:
                item.setBackground(QBrush(QColor(colour)))
            self.setItem(row, column, item)
