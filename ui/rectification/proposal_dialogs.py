"""巡察建议 as a dialog (services/handover/proposals.py): a proposal to a responsible department for special
governance, on a theme of the committee's list, resting on findings, with its answer deadline (three months on
unless set). The department's answer is recorded with the handover tab's Feedback… like any handover's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from models.rectification_enums import ProposalTheme
from services.handover.proposals import create_proposal
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import DateField
from ui.i18n import label
from ui.planning.form import PlanningDialog
from ui.rectification.dialogs import _checklist, checked_ids
from ui.tasks import TaskRunner


class ProposalDialog(PlanningDialog):
    ENTITY = "handover"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, round_id: str,
                 findings: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Inspection proposal"), parent)
        self.resize(640, 560)
        self.round_id = round_id
        self.set_intro(self.tr("A proposal to the responsible department for special governance, resting on the "
                               "problems found. Record its answer with Feedback… on the Handovers tab; it is due "
                               "in three months unless you set a deadline."))
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("e.g. 市财政局"))
        self.theme = QComboBox()
        for theme in ProposalTheme:
            self.theme.addItem(label(theme.value, ProposalTheme), theme.value)
        self.items = _checklist([(fid, f"{code}  {title}") for fid, code, title in findings])
        self.handed = DateField()
        self.handed.set_value(ws.clock.now().date())
        self.deadline = DateField()
        self.add_field("to_org", self.department, text=self.tr("Responsible department"))
        self.add_field("theme", self.theme)
        self.add_field("item_id", self.items, entity="handover_item", text=self.tr("Problems it rests on"))
        self.add_field("handed_at", self.handed)
        self.add_field("deadline", self.deadline, text=self.tr("Answer due"))

    def check(self, *codes: str) -> None:
        for index in range(self.items.count()):
            if self.items.item(index).text().split("  ", 1)[0] in codes:
                self.items.item(index).setCheckState(Qt.CheckState.Checked)

    def collect(self) -> dict[str, Any]:
        return {"round_id": self.round_id, "department": self.department.text(),
                "theme": str(self.theme.currentData()), "finding_ids": checked_ids(self.items),
                "handed_at": self.date_value("handed_at", self.handed),
                "deadline": self.date_value("deadline", self.deadline)}

    def write(self, data: dict[str, Any]) -> Any:
        return create_proposal(self.ws, **data)
