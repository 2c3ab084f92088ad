"""One clue (C3): every field of docs/domain.md §3.4, its links to findings, and delete with a reason.

Opening an existing clue reads it through services.queries.clues.clue_detail, which leaves the
``clue_viewed`` audit event: the dialog never reads a clue any other way. Field names are the official
wording kept on the model's columns; a rejected value is shown under its own field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.clue import Clue
from models.enums import CadreLevel, Discipline, DisposalType, HandoverMode, Receiver, SourceMethod, Vocabulary
from models.labels import field_label
from services.clue_fields import EDITABLE
from services.clues import blank_clue_values, create_clue, delete_clue, link_clue, unlink_clue, update_clue
from services.errors import DomainError, InvalidFieldsError
from services.queries.clues import ClueDetail, clue_assignments, clue_detail
from services.workspace import WorkspaceSession
from ui.finding_picker import FindingPicker
from ui.i18n import current_language, label
from ui.messages import field_problem_text, message_for

CHOICES: dict[str, type[Vocabulary]] = {
    "reflected_person_level": CadreLevel, "clue_source": SourceMethod, "proposed_receiver": Receiver,
    "handover_mode": HandoverMode, "disposal_type": DisposalType,
}
LONG_TEXT = ("problem_text", "disposal_opinion", "result", "handling_note")
DATES = ("accepted_at", "feedback_due", "feedback_at")
LEFT = ("assignment_id", "clue_name", "reflected_person_name", "reflected_person_post", "reflected_person_level",
        "reflected_unit", "discipline", "category_l1", "category_l2", "clue_source", "accepted_at", "problem_text")
RIGHT = ("proposed_receiver", "handover_mode", "disposal_type", "disposal_opinion", "result", "handling_note",
         "feedback_due", "feedback_at", "closed")


class ClueDialog(QDialog):
    """``clue_id`` None: a new clue (``draft`` values may prefill it, ``from_finding_id`` links it on save)."""

    def __init__(self, ws: WorkspaceSession, clue_id: str | None = None, *, draft: dict[str, Any] | None = None,
                 from_finding_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.clue_id, self.from_finding_id = ws, clue_id, from_finding_id
        self.detail: ClueDetail | None = clue_detail(ws, clue_id) if clue_id else None  # audited: clue_viewed
        self.saved_id: str | None = None
        self.deleted = False
        self.editors: dict[str, QWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        language = current_language()
        self.setWindowTitle(self.tr("Clue %1").replace("%1", self.detail.clue_no) if self.detail
                            else self.tr("New clue"))
        self.resize(1080, 700)

        heading = QLabel(self.detail.clue_no if self.detail else self.tr("New clue"))
        heading.setObjectName("dialogHeading")
        if self.detail is not None:
            marking = QLabel(self.tr("Clue level (C3). Opening this clue was recorded in the audit trail."))
        else:
            marking = QLabel(self.tr("Clue level (C3): only the team leader, the clue officer and HQ's clue "
                                     "reviewers can see what you enter here."))
        marking.setObjectName("clueMarking")
        marking.setWordWrap(True)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        for names in (LEFT, RIGHT):
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setVerticalSpacing(8)  # else it inherits the 24 px between the two columns
            form.setHorizontalSpacing(10)
            for name in names:
                editor = self._make_editor(name)
                error = QLabel()
                error.setObjectName("errorLabel")
                error.setWordWrap(True)
                error.hide()
                holder = QWidget()
                box = QVBoxLayout(holder)
                box.setContentsMargins(0, 0, 0, 0)
                box.setSpacing(2)
                box.addWidget(editor)
                box.addWidget(error)
                self.editors[name], self.field_errors[name] = editor, error
                form.addRow(field_label(Clue, name, language) + "：", holder)
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # rows keep their height; the room left goes below them
            columns.addLayout(column, 1)
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        outer.setContentsMargins(0, 0, 8, 0)
        outer.addLayout(columns)
        outer.addWidget(self._make_links())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.delete_button = QPushButton(self.tr("Delete clue…"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(self.detail is not None)  # after addButton, which shows it
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.ask_delete)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(marking)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.set_values(blank_clue_values() | (draft or {}) | (self.detail.values if self.detail else {}))

    # ---- editors ----

    def _make_editor(self, name: str) -> QWidget:
        if name == "assignment_id":
            combo = QComboBox()
            combo.addItem(self.tr("— choose the inspected unit —"), None)
            for choice in clue_assignments(self.ws):
                combo.addItem(choice.text, choice.id)
            return combo
        if name in CHOICES:
            combo = QComboBox()
            combo.addItem("", None)
            for member in CHOICES[name]:
                combo.addItem(label(member), member.value)
            return combo
        if name == "discipline":
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            for index, member in enumerate(Discipline):
                check = QCheckBox(label(member))
                check.setProperty("code", member.value)
                grid.addWidget(check, index // 3, index % 3)
            return holder
        if name == "closed":
            return QCheckBox(self.tr("The clue has been dealt with (已办结)"))
        if name in LONG_TEXT:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(100 if name == "problem_text" else 58)
            return edit
        line = QLineEdit()
        if name in DATES:
            line.setPlaceholderText(self.tr("e.g. 2026-03-05"))
            line.setMaximumWidth(160)
        return line

    def set_values(self, values: dict[str, Any]) -> None:
        for name in EDITABLE:
            editor, value = self.editors[name], values.get(name)
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
                editor.setCursorPosition(0)  # a long title shows its beginning
            else:  # the six disciplines
                for check in editor.findChildren(QCheckBox):
                    check.setChecked(check.property("code") in (value or ()))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in EDITABLE:
            editor = self.editors[name]
            if isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text()
            else:
                out[name] = [c.property("code") for c in editor.findChildren(QCheckBox) if c.isChecked()]
        return out

    # ---- links ----

    def _make_links(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(self.tr("Linked findings and registers"))
        title.setObjectName("sectionTitle")
        self.links_list = QListWidget()
        self.links_list.setMaximumHeight(84)
        self.link_button = QPushButton(self.tr("Link a finding…"))
        self.unlink_button = QPushButton(self.tr("Remove link"))
        self.link_button.clicked.connect(self.pick_finding)
        self.unlink_button.clicked.connect(self.remove_link)
        heading = QHBoxLayout()  # the buttons beside the title: the section fits without scrolling at 768 px
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.link_button)
        heading.addWidget(self.unlink_button)
        heading.addStretch(1)
        self.links_hint = QLabel()
        self.links_hint.setWordWrap(True)
        layout.addLayout(heading)
        layout.addWidget(self.links_hint)
        layout.addWidget(self.links_list)
        self._show_links()
        return box

    def _show_links(self) -> None:
        self.links_list.clear()
        kinds = {"finding": self.tr("Finding"), "petition": self.tr("Petition"), "interview": self.tr("Interview")}
        links = self.detail.links if self.detail else ()
        for link in links:
            item = QListWidgetItem(f"{kinds.get(link.target_kind, link.target_kind)}　{link.code}　{link.title}")
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.links_list.addItem(item)
        editing = self.detail is not None
        self.link_button.setEnabled(editing)
        self.unlink_button.setEnabled(editing and bool(links))
        if not editing:
            self.links_hint.setText(self.tr("The finding this clue comes from is linked when you save it; link "
                                            "more findings after saving.") if self.from_finding_id else
                                    self.tr("Save the clue first, then link it to findings."))
        else:
            self.links_hint.setText("" if links else self.tr("Not linked to any finding yet."))
        self.links_hint.setVisible(bool(self.links_hint.text()))

    def _reload(self) -> None:
        if self.clue_id:
            self.detail = clue_detail(self.ws, self.clue_id)
            self._show_links()

    def pick_finding(self) -> None:
        if self.clue_id is None:
            return
        links = self.detail.links if self.detail else ()
        linked = {link.target_id for link in links if link.target_kind == "finding"}  # not offered again
        picker = FindingPicker(self.ws, self, exclude=linked)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen_id is None:
            return
        try:
            link_clue(self.ws, self.clue_id, "finding", picker.chosen_id)
        except DomainError as error:
            QMessageBox.warning(self, self.windowTitle(), message_for(error))
            return
        self._reload()

    def remove_link(self) -> None:
        item = self.links_list.currentItem()
        if item is None or self.clue_id is None:
            return
        unlink_clue(self.ws, str(item.data(Qt.ItemDataRole.UserRole)))
        self._reload()

    # ---- save and delete ----

    def show_problems(self, error: InvalidFieldsError) -> None:
        for label_widget in self.field_errors.values():
            label_widget.hide()
        first: QWidget | None = None
        for problem in error.problems:
            target = self.field_errors.get(problem.field)
            if target is None:
                continue
            target.setText(field_problem_text(problem))
            target.show()
            first = first or self.editors[problem.field]
        self.error_label.setText(message_for(error).split("\n")[0])
        self.error_label.show()
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        try:
            if self.clue_id is None:
                self.saved_id = create_clue(self.ws, self.values(), from_finding_id=self.from_finding_id)
            else:
                version = self.detail.local_version if self.detail else None
                update_clue(self.ws, self.clue_id, self.values(), expected_version=version)
                self.saved_id = self.clue_id
        except InvalidFieldsError as error:
            self.show_problems(error)
            return
        except DomainError as error:
            self.error_label.setText(message_for(error))
            self.error_label.show()
            return
        self.accept()

    def ask_delete(self) -> None:
        if self.clue_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Delete clue"),
                                          self.tr("Why is this clue deleted? The reason is kept with it."))
        if not ok:
            return
        self.delete_with_reason(reason)

    def delete_with_reason(self, reason: str) -> bool:
        if self.clue_id is None:
            return False
        try:
            delete_clue(self.ws, self.clue_id, reason)
        except DomainError as error:
            self.error_label.setText(message_for(error))
            self.error_label.show()
            return False
        self.deleted = True
        self.accept()
        return True
