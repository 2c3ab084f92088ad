"""个别谈话: the form of one talk — interviewee, time and place, at least two interviewers, the recorder,
the outline and the summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from models.entities import Interview
from models.enums import InterviewCategory
from services.interviews import InterviewInput, create_interview, update_interview
from services.registers import Entry
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.register_dialogs.base import RegisterDialog
from ui.register_dialogs.widgets import DateTimeField, MemberChecklist, MemberCombo, RowsTable

OUTLINE_HEADERS = (QT_TRANSLATE_NOOP("InterviewDialog", "Topic"), QT_TRANSLATE_NOOP("InterviewDialog", "Question"),
                   QT_TRANSLATE_NOOP("InterviewDialog", "Answer"))


class InterviewDialog(RegisterDialog):
    KIND = "interview"
    ENTITY = Interview

    def build_form(self) -> None:
        self.name_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.post_edit = QLineEdit()
        self.category_combo = QComboBox()
        for member in InterviewCategory:
            self.category_combo.addItem(label(member), member.value)
        self.time_field = DateTimeField()
        self.place_edit = QLineEdit()
        self.interviewers = MemberChecklist()
        self.recorder_combo = MemberCombo()
        self.signed_box = QCheckBox(self.tr("The interviewee read and signed the record"))
        self.add_field("interviewee_name", self.name_edit)
        self.add_field("interviewee_unit", self.unit_edit)
        self.add_field("interviewee_post", self.post_edit)
        self.add_field("interviewee_category", self.category_combo)
        self.add_field("talk_time", self.time_field)
        self.add_field("talk_place", self.place_edit)
        self.add_field("interviewer_ids", self.interviewers)
        self.add_field("recorder_id", self.recorder_combo)
        self.add_field("signed_by_interviewee", self.signed_box)
        self.outline = RowsTable(("category", "question", "answer"),
                                 [QCoreApplication.translate("InterviewDialog", h) for h in OUTLINE_HEADERS],
                                 widths=(90, 180))
        self.outline.table.setMinimumHeight(130)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setMinimumHeight(110)
        self.add_field("outline_items", self.outline, 1)
        self.add_field("summary", self.summary_edit, 1)
        self.unit_hint = ""
        self.assignment_combo.currentIndexChanged.connect(self._suggest_unit)

    def members_changed(self) -> None:
        self.interviewers.set_members(self.members)
        self.recorder_combo.set_members(self.members, self.tr("(choose the recorder)"))
        if not self.members:
            self.interviewers.setToolTip(self.tr("The team of this unit has no members registered."))

    def _suggest_unit(self, *_: object) -> None:
        """A new talk's interviewee usually works at the inspected unit: offer its name until edited."""
        if self.entry_id is None and self.unit_edit.text() in ("", self.unit_hint):
            self.unit_hint = self.assignment_combo.currentText().split("（")[0]
            self.unit_edit.setText(self.unit_hint)

    def fill(self, row: Entry | None) -> None:
        data = InterviewInput.from_row(row) if isinstance(row, Interview) else InterviewInput(
            assignment_id=self.assignment_id(), talk_time=self.ws.clock.now().astimezone().replace(
                tzinfo=None, second=0, microsecond=0))
        self.name_edit.setText(data.interviewee_name)
        self.unit_edit.setText(data.interviewee_unit or "")
        if row is None:
            self._suggest_unit()
        self.post_edit.setText(data.interviewee_post or "")
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(data.interviewee_category), 0))
        self.time_field.set_value(data.talk_time)
        self.place_edit.setText(data.talk_place or "")
        self.interviewers.set_checked(data.interviewer_ids)
        self.recorder_combo.set_value(data.recorder_id)
        self.outline.set_rows(list(data.outline_items))
        self.summary_edit.setPlainText(data.summary)
        self.signed_box.setChecked(data.signed_by_interviewee)

    def collect(self) -> InterviewInput:
        return InterviewInput(
            assignment_id=self.assignment_id(), interviewee_name=self.name_edit.text(),
            interviewee_unit=self.unit_edit.text(), interviewee_post=self.post_edit.text(),
            interviewee_category=str(self.category_combo.currentData()),
            talk_time=self.date_value("talk_time", self.time_field), talk_place=self.place_edit.text(),
            interviewer_ids=self.interviewers.checked_ids(), recorder_id=self.recorder_combo.value(),
            outline_items=self.outline.rows(), summary=self.summary_edit.toPlainText(),
            signed_by_interviewee=self.signed_box.isChecked(),
        )

    def write(self, data: InterviewInput) -> str:
        if self.entry_id is None:
            return create_interview(self.ws, data)
        return update_interview(self.ws, self.entry_id, data, expected_version=self.version)

    def entry_title(self) -> str:
        if self.entry_id is None:
            return self.tr("New interview")
        return self.tr("Interview %1 — %2").replace("%1", self.code).replace("%2", self.name_edit.text())
