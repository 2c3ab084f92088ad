"""A round: new or edited (届次, 年度, 轮次, title, theme, dates, committee), and its stage (计划中 → 进驻中 → 已报告 →
整改中 → 已完结; forward, or back one stage to correct a mistake)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from models.entities import InspectionRound
from models.enums import RoundStatus
from services.planning.naming import round_title
from services.planning.rounds import RoundInput, create_round, set_round_status, update_round
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import DateField
from ui.i18n import label
from ui.planning.form import PlanningDialog
from ui.tasks import TaskRunner


def spin(minimum: int, maximum: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setMaximumWidth(110)
    return box


class RoundDialog(PlanningDialog):
    """``round_id`` None: a new round (status 计划中); the id of the round is what ``saved`` carries."""

    ENTITY = InspectionRound.__tablename__

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, round_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("New round") if round_id is None else self.tr("Edit round"), parent)
        self.round_id = round_id
        self.version: int | None = None
        today = ws.clock.now().date()
        self.term_no = spin(1, 99, 13)
        self.year = spin(2000, 2100, today.year)
        self.round_no = spin(1, 50, 1)
        self.title_edit = QLineEdit()
        self.committee = QLineEdit("市委")
        self.theme = QPlainTextEdit()
        self.theme.setFixedHeight(64)
        self.start_date, self.end_date = DateField(), DateField()
        for name, widget in (("term_no", self.term_no), ("year", self.year), ("round_no", self.round_no),
                             ("title", self.title_edit), ("committee_name", self.committee), ("theme", self.theme),
                             ("start_date", self.start_date), ("end_date", self.end_date)):
            self.add_field(name, widget)
        for box in (self.term_no, self.round_no):
            box.valueChanged.connect(self._suggest_title)
        self.committee.textChanged.connect(self._suggest_title)
        if round_id is not None:
            with ws.read() as session:
                row = session.get(InspectionRound, round_id)
                assert row is not None
                data, self.version = RoundInput.from_row(row), row.local_version
            self.term_no.setValue(data.term_no or 1)
            self.year.setValue(data.year or today.year)
            self.round_no.setValue(data.round_no or 1)
            self.committee.setText(data.committee_name)
            if data.title != round_title(data.term_no or 0, data.round_no or 0, data.committee_name or "市委"):
                self.title_edit.setText(data.title)  # a default title stays empty: it follows the numbers
            self.theme.setPlainText(data.theme or "")
            self.start_date.set_value(data.start_date)
            self.end_date.set_value(data.end_date)
        else:
            self.set_intro(self.tr("A new round starts as “planned”. Form its teams and assign the units, then move "
                                   "it to “stationed” when the teams go out."))
        self._suggest_title()

    def _suggest_title(self) -> None:
        self.title_edit.setPlaceholderText(round_title(self.term_no.value(), self.round_no.value(),
                                                       self.committee.text().strip() or "市委"))

    def collect(self) -> RoundInput:
        return RoundInput(self.term_no.value(), self.year.value(), self.round_no.value(), self.title_edit.text(),
                          self.theme.toPlainText(), self.date_value("start_date", self.start_date),
                          self.date_value("end_date", self.end_date), self.committee.text())

    def write(self, data: RoundInput) -> Any:
        if self.round_id is None:
            return create_round(self.ws, data)
        update_round(self.ws, self.round_id, data, expected_version=self.version)
        return self.round_id


class RoundStatusDialog(PlanningDialog):
    """Move the round to another stage; stationing is refused while a team lacks a leader or units."""

    ENTITY = InspectionRound.__tablename__

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, round_id: str, title: str, status: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Change the stage of %1").replace("%1", title), parent)
        self.round_id = round_id
        self.set_intro(self.tr("A round moves forward through its stages, or back one stage to correct a mistake. "
                               "It can be stationed once every team has its leader and at least one unit."))
        self.status = QComboBox()
        for member in RoundStatus:
            self.status.addItem(label(member), member.value)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.add_field("status", self.status)
        self.save_button.setText(self.tr("Change stage"))

    def collect(self) -> str:
        return str(self.status.currentData())

    def write(self, data: str) -> Any:
        set_round_status(self.ws, self.round_id, data)
        return self.round_id
