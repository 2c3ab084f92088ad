"""下沉走访 (and 座谈会, 列席会议): the form of one visit — where, when, why, whom the team met, what it learned."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from models.entities import FieldVisit
from models.enums import VisitKind
from services.field_visits import PERSON_KEYS, FieldVisitInput, create_field_visit, update_field_visit
from services.registers import Entry
from ui.finding_editor.fields import DateField
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.register_dialogs.base import RegisterDialog
from ui.register_dialogs.widgets import RowsTable

PERSON_HEADERS = (QT_TRANSLATE_NOOP("FieldVisitDialog", "Name"), QT_TRANSLATE_NOOP("FieldVisitDialog", "Unit"),
                  QT_TRANSLATE_NOOP("FieldVisitDialog", "Post"),
                  QT_TRANSLATE_NOOP("FieldVisitDialog", "Group"))


class FieldVisitDialog(RegisterDialog):
    KIND = "field_visit"
    ENTITY = FieldVisit

    def build_form(self) -> None:
        self.kind_combo = QComboBox()
        for member in VisitKind:
            self.kind_combo.addItem(label(member), member.value)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. a village group, a project site"))
        self.date_field = DateField()
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setMaximumHeight(80)
        self.persons = RowsTable(PERSON_KEYS, [QCoreApplication.translate("FieldVisitDialog", h)
                                               for h in PERSON_HEADERS], widths=(90, 140, 100))
        self.result_edit = QPlainTextEdit()
        self.result_edit.setMinimumHeight(140)
        self.add_field("visit_kind", self.kind_combo)
        self.add_field("target_place", self.place_edit)
        self.add_field("visit_date", self.date_field)
        self.add_field("purpose", self.purpose_edit)
        self.add_field("persons", self.persons, 1)
        self.add_field("result_text", self.result_edit, 1)

    def fill(self, row: Entry | None) -> None:
        data = FieldVisitInput.from_row(row) if isinstance(row, FieldVisit) else FieldVisitInput(
            assignment_id=self.assignment_id(), visit_date=self.ws.clock.now().astimezone().date())
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(data.visit_kind), 0))
        self.place_edit.setText(data.target_place)
        self.date_field.set_value(data.visit_date)
        self.purpose_edit.setPlainText(data.purpose or "")
        self.persons.set_rows(list(data.persons))
        self.result_edit.setPlainText(data.result_text)

    def collect(self) -> FieldVisitInput:
        return FieldVisitInput(
            assignment_id=self.assignment_id(), visit_kind=str(self.kind_combo.currentData()),
            target_place=self.place_edit.text(), visit_date=self.date_value("visit_date", self.date_field),
            purpose=self.purpose_edit.toPlainText(), persons=self.persons.rows(),
            result_text=self.result_edit.toPlainText(),
        )

    def write(self, data: FieldVisitInput) -> str:
        if self.entry_id is None:
            return create_field_visit(self.ws, data)
        return update_field_visit(self.ws, self.entry_id, data, expected_version=self.version)

    def entry_title(self) -> str:
        if self.entry_id is None:
            return self.tr("New field visit")
        return self.tr("Field visit %1").replace("%1", self.code)
