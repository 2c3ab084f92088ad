"""The C3 clue handover's steps as dialogs (services/handover/clue_handovers.py), for a holder of the clue key at
HQ: hand clues over (to whom, which clues, when, the feedback deadline three months on unless set), the receipt
and the result. Problems under their fields; each write on the TaskRunner."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from services.handover.clue_handovers import (
    clue_round,
    create_clue_handover,
    record_clue_feedback,
    record_clue_receipt,
)
from services.rectification.rules import unknown
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import DateField
from ui.planning.form import PlanningDialog
from ui.rectification.dialogs import ReceiptDialog, _checklist, _text_box, checked_ids
from ui.tasks import TaskRunner


class ClueHandoverDialog(PlanningDialog):
    """线索移交: the receiving body, the clues ticked (by number and title), handed when, feedback due when."""

    ENTITY = "handover"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, clues: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Hand clues over"), parent)
        self.resize(620, 520)
        self.set_intro(self.tr("Clue level (C3). The receiving body's feedback is due three months after the "
                               "handover unless you set a deadline; its receipt comes before any feedback."))
        self.to_org = QLineEdit("市纪委监委")  # a body's name, the same in either language
        self.clues = _checklist(clues)
        self.handed = DateField()
        self.handed.set_value(ws.clock.now().date())
        self.deadline = DateField()
        self.add_field("to_org", self.to_org)
        self.add_field("clue_no", self.clues, entity="clue", text=self.tr("Clues"))
        self.add_field("handed_at", self.handed)
        self.add_field("deadline", self.deadline)

    def collect(self) -> tuple[str, list[str], Any, Any]:
        return (self.to_org.text(), checked_ids(self.clues), self.date_value("handed_at", self.handed),
                self.date_value("deadline", self.deadline))

    def write(self, data: tuple[str, list[str], Any, Any]) -> Any:
        to_org, ids, handed, deadline = data
        round_id = clue_round(self.ws, ids[0]) if ids else None
        if ids and round_id is None:
            raise unknown("handover", "round_id", ids[0])
        return create_clue_handover(self.ws, round_id or "", to_org, ids, handed, deadline)


class ClueReceiptDialog(ReceiptDialog):
    """The receipt (回执) of a clue handover: the same fields as a classified handover's, its own record."""

    def write(self, data: tuple[str, Any]) -> Any:
        return record_clue_receipt(self.ws, self.handover_id, *data)


class ClueFeedbackDialog(PlanningDialog):
    ENTITY = "handover"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, handover_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Result of %1").replace("%1", number), parent)
        self.handover_id = handover_id
        self.text = _text_box(4)
        self.on = DateField()
        self.on.set_value(ws.clock.now().date())
        self.close_box = QComboBox()
        self.close_box.addItem(self.tr("Keep open"), False)
        self.close_box.addItem(self.tr("Closed (办结)"), True)
        self.add_field("feedback_content", self.text)
        self.add_field("feedback_at", self.on)
        self.add_field("closed", self.close_box)

    def collect(self) -> tuple[str, Any, bool]:
        return self.text.toPlainText(), self.date_value("feedback_at", self.on), bool(self.close_box.currentData())

    def write(self, data: tuple[str, Any, bool]) -> Any:
        text, on, close = data
        return record_clue_feedback(self.ws, self.handover_id, text, on, close=close)
