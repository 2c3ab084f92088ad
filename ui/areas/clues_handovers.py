"""The clue area's 线索移交 tab (C3, HQ only): the clue handovers, overdue feedback first in the deadline colours
(services/handover/clue_handovers.py), with the handover, its receipt and its result as dialogs for HQ's
administrator. Built only inside the clue area, which only a holder of the clue key gets; each reading of the list
is audited (clue_handovers_viewed). The rows name clue numbers and counts, never a clue's text."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.enums import Role, WorkspaceKind
from services.handover.clue_handovers import ClueHandoverRow, list_clue_handovers
from services.queries.clues import list_clues
from services.workspace import WorkspaceSession
from ui.i18n import QT_TRANSLATE_NOOP
from ui.item_models.records import Column, Index, RecordTableModel
from ui.item_models.rectification import BACKGROUND, FOREGROUND, colour_text
from ui.list_page import ListPage, make_table
from ui.rectification.clue_dialogs import ClueFeedbackDialog, ClueHandoverDialog, ClueReceiptDialog
from ui.tasks import TaskRunner

CONTEXT = "ClueHandoversTab"
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "Batch"), lambda r: r.handover_no),
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "To"), lambda r: r.to_org),
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "Clues"), lambda r: "、".join(r.clue_nos), tooltip=True),
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "Handed"), lambda r: r.handed_at),
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "Receipt"),
           lambda r: f"{r.receiver_agent or ''} {r.received_at or ''}".strip()),
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "Feedback due"), lambda r: r.deadline),
    Column(QT_TRANSLATE_NOOP("ClueHandoversTab", "Feedback"), lambda r: r.colour, lambda r: colour_text(r.colour)),
)
COLOUR_COLUMN = 6


class ClueHandoverModel(RecordTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == COLOUR_COLUMN and index.row() < self.rowCount():
            colour = self.row_object(index.row()).colour
            if role == Qt.ItemDataRole.BackgroundRole and colour in BACKGROUND:
                return QBrush(QColor(BACKGROUND[colour]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(FOREGROUND[colour]))
        return super().data(index, role)


class ClueHandoversTab(QWidget):
    changed = Signal()

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self.runner: TaskRunner | None = None
        self.editable = ws.kind is WorkspaceKind.HQ and ws.actor.role is Role.HQ_ADMIN
        self.rows: list[ClueHandoverRow] = []
        self.last_dialog: QDialog | None = None
        explain = QLabel(self.tr("Clues handed over to the discipline commission or another body, with the receipt "
                                 "and the result. Feedback past its deadline shows red."))
        explain.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Hand clues over…"))
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.feedback_button = QPushButton(self.tr("Result…"))
        self.new_button.clicked.connect(lambda: self.hand_over())
        self.receipt_button.clicked.connect(lambda: self.record_receipt())
        self.feedback_button.clicked.connect(lambda: self.record_feedback())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.receipt_button, self.feedback_button):
            button.setVisible(self.editable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.model = ClueHandoverModel(CONTEXT, COLUMNS, self)
        self.view = make_table(self.model, sortable=False)
        self.page = ListPage(self.model, self.tr("No clue has been handed over yet."), view=self.view,
                             column_widths=(130, 120, 260, 90, 150, 95, 110), stretch_column=2)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.page, 1)
        self._update_buttons()

    def load(self) -> None:
        if self.ws is None:
            return
        wanted = self.selected()
        self.rows = list_clue_handovers(self.ws)  # audited
        self.model.set_rows(self.rows)
        if wanted is not None:
            self.select(wanted.id)
        self._update_buttons()

    def select(self, handover_id: str) -> None:
        for row, h in enumerate(self.rows):
            if h.id == handover_id:
                self.view.selectRow(row)

    def selected(self) -> ClueHandoverRow | None:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.model.row_object(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.receipt_button.setEnabled(chosen is not None and not chosen.closed)
        self.feedback_button.setEnabled(chosen is not None and chosen.received_at is not None and not chosen.closed)

    def task_runner(self) -> TaskRunner:
        if self.runner is None:
            self.runner = TaskRunner(self)
        return self.runner

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.saved.connect(lambda *_: self._written())  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _written(self) -> None:
        self.load()
        self.changed.emit()

    def hand_over(self) -> QDialog | None:
        if self.ws is None or not self.editable:
            return None
        clues = [(c.id, f"{c.clue_no}  {c.clue_name}") for c in list_clues(self.ws) if not c.closed]
        return self._open(ClueHandoverDialog(self.ws, self.task_runner(), clues, parent=self))

    def record_receipt(self) -> QDialog | None:
        h = self.selected()
        if self.ws is None or h is None or not self.editable:
            return None
        return self._open(ClueReceiptDialog(self.ws, self.task_runner(), h.id, h.handover_no, parent=self))

    def record_feedback(self) -> QDialog | None:
        h = self.selected()
        if self.ws is None or h is None or not self.editable:
            return None
        return self._open(ClueFeedbackDialog(self.ws, self.task_runner(), h.id, h.handover_no, parent=self))

    def clear(self) -> None:
        self.ws = None
        self.rows = []
        self.model.clear()
        if self.last_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted with its parent
                self.last_dialog.done(0)
        self.last_dialog = None
