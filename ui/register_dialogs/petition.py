"""信访件: the form of one petition. The petitioner's identity is clue-level: a clue role sees a separate,
marked box and must ask to show it (each showing is audited); a member's form has no identity fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.entities import Petition, PetitionerIdentity
from models.enums import PetitionChannel, PetitionDisposition
from services.errors import DomainError
from services.petitioners import petitioner_identity
from services.petitions import IdentityInput, PetitionInput, create_petition, update_petition
from services.registers import Entry
from ui.finding_editor.fields import DateField, ProblemLabel
from ui.i18n import label
from ui.messages import show_error
from ui.register_dialogs.base import RegisterDialog
from ui.register_dialogs.widgets import DateTimeField, MemberCombo


class PetitionDialog(RegisterDialog):
    KIND = "petition"
    ENTITY = Petition

    def build_form(self) -> None:
        self.channel_combo = QComboBox()
        for member in PetitionChannel:
            self.channel_combo.addItem(label(member), member.value)
        self.received_field = DateTimeField()
        self.anonymous_box = QCheckBox(self.tr("The petitioner did not give a name"))
        self.person_edit = QLineEdit()
        self.post_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.cadre_box = QCheckBox(self.tr("The person reflected on is a party member or cadre"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setMinimumHeight(120)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Not decided yet"), None)
        self.scope_combo.addItem(self.tr("Yes, within the remit"), True)
        self.scope_combo.addItem(self.tr("No, outside the remit"), False)
        self.disposition_combo = QComboBox()
        self.disposition_combo.addItem(self.tr("(not decided)"), None)
        for disposition in PetitionDisposition:
            self.disposition_combo.addItem(label(disposition), disposition.value)
        self.forwarded_to_edit = QLineEdit()
        self.forwarded_at_field = DateField()
        self.handler_combo = MemberCombo()
        self.handled_at_field = DateField()
        self.add_field("channel", self.channel_combo)
        self.add_field("received_at", self.received_field)
        self.add_field("is_anonymous", self.anonymous_box)
        self.add_field("reflected_person_name", self.person_edit)
        self.add_field("reflected_person_post", self.post_edit)
        self.add_field("reflected_unit", self.unit_edit)
        self.add_field("reflected_is_cadre", self.cadre_box)
        self.add_field("summary", self.summary_edit, 1)
        self.add_field("in_scope", self.scope_combo, 1)
        self.add_field("disposition", self.disposition_combo, 1)
        self.add_field("forwarded_to", self.forwarded_to_edit, 1)
        self.add_field("forwarded_at", self.forwarded_at_field, 1)
        self.add_field("handler_id", self.handler_combo, 1)
        self.add_field("handled_at", self.handled_at_field, 1)
        self.forms[0].addRow(self._identity_box())
        self.disposition_combo.currentIndexChanged.connect(self._update_forwarding)
        self.anonymous_box.toggled.connect(self._update_anonymous)

    # ---- the petitioner (C3) ----

    def _identity_box(self) -> QWidget:
        box = QGroupBox(self.tr("Petitioner (clue level)"))
        layout = QVBoxLayout(box)
        self.identity_loaded = False
        self.identity_fields: dict[str, QLineEdit] = {}
        if not self.ws.can_read_clues:
            note = QLabel(self.tr("Who petitioned is clue-level information: only the team leader and the clue "
                                  "officer can record or see it. Tell them the petitioner's name and contact."))
            note.setWordWrap(True)
            layout.addWidget(note)
            return box
        marking = QLabel(self.tr("Clue level (C3). Showing the petitioner is recorded in the audit trail."))
        marking.setObjectName("clueMarking")
        marking.setWordWrap(True)
        layout.addWidget(marking)
        self.show_identity_button = QPushButton(self.tr("Show the petitioner"))
        self.show_identity_button.clicked.connect(self.load_identity)
        layout.addWidget(self.show_identity_button)
        self.identity_form_holder = QWidget()
        form = QFormLayout(self.identity_form_holder)
        form.setContentsMargins(0, 0, 0, 0)
        for name in ("petitioner_name", "phone", "address"):
            edit = QLineEdit()
            self.identity_fields[name] = edit
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(edit)
            problem = ProblemLabel()
            inner.addWidget(problem)
            self.problem_labels[("petitioner_identity", name)] = problem
            form.addRow(self.label_of(name, PetitionerIdentity), holder)
        layout.addWidget(self.identity_form_holder)
        self.identity_form_holder.hide()
        return box

    def load_identity(self) -> None:
        """Show the identity fields; reading a saved petition's identity leaves an audit event."""
        if not self.ws.can_read_clues or self.identity_loaded:
            return
        if self.entry_id is not None:
            try:
                seen = petitioner_identity(self.ws, self.entry_id)
            except DomainError as error:
                show_error(self, error)
                return
            if seen is not None:
                self.identity_fields["petitioner_name"].setText(seen.petitioner_name or "")
                self.identity_fields["phone"].setText(seen.phone or "")
                self.identity_fields["address"].setText(seen.address or "")
        self.identity_loaded = True
        self.show_identity_button.hide()
        self.identity_form_holder.show()
        self._update_anonymous()
        self.baseline = self._snapshot()

    def identity(self) -> IdentityInput | None:
        """What the identity box says; None when it was never opened (then nothing about it is written)."""
        if not self.identity_loaded:
            return None
        name = "" if self.anonymous_box.isChecked() else self.identity_fields["petitioner_name"].text()
        return IdentityInput(name, self.identity_fields["phone"].text(), self.identity_fields["address"].text())

    # ---- the form ----

    def _update_forwarding(self, *_: object) -> None:
        forwarded = self.disposition_combo.currentData() == PetitionDisposition.FORWARDED.value
        self.forwarded_to_edit.setEnabled(forwarded or bool(self.forwarded_to_edit.text()))
        self.forwarded_at_field.setEnabled(forwarded or bool(self.forwarded_at_field.edit.text()))

    def _update_anonymous(self, *_: object) -> None:
        edit = self.identity_fields.get("petitioner_name")
        if edit is not None:
            edit.setEnabled(not self.anonymous_box.isChecked())
            edit.setPlaceholderText(self.tr("anonymous") if self.anonymous_box.isChecked() else "")

    def members_changed(self) -> None:
        self.handler_combo.set_members(self.members, self.tr("(nobody yet)"))

    def fill(self, row: Entry | None) -> None:
        data = PetitionInput.from_row(row) if isinstance(row, Petition) else PetitionInput(
            assignment_id=self.assignment_id(),
            received_at=self.ws.clock.now().astimezone().replace(tzinfo=None, second=0, microsecond=0))
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(data.channel), 0))
        self.received_field.set_value(data.received_at)
        self.anonymous_box.setChecked(data.is_anonymous)
        self.person_edit.setText(data.reflected_person_name or "")
        self.post_edit.setText(data.reflected_person_post or "")
        self.unit_edit.setText(data.reflected_unit or "")
        self.cadre_box.setChecked(data.reflected_is_cadre)
        self.summary_edit.setPlainText(data.summary)
        self.scope_combo.setCurrentIndex({None: 0, True: 1, False: 2}[data.in_scope])
        self.disposition_combo.setCurrentIndex(max(self.disposition_combo.findData(data.disposition), 0))
        self.forwarded_to_edit.setText(data.forwarded_to or "")
        self.forwarded_at_field.set_value(data.forwarded_at)
        self.handler_combo.set_value(data.handler_id)
        self.handled_at_field.set_value(data.handled_at)
        self._update_forwarding()
        if row is None and self.ws.can_read_clues:  # a new petition: the box is open, there is nothing to show
            self.load_identity()

    def collect(self) -> tuple[PetitionInput, IdentityInput | None]:
        data = PetitionInput(
            assignment_id=self.assignment_id(), channel=str(self.channel_combo.currentData()),
            received_at=self.date_value("received_at", self.received_field),
            is_anonymous=self.anonymous_box.isChecked(), reflected_person_name=self.person_edit.text(),
            reflected_person_post=self.post_edit.text(), reflected_unit=self.unit_edit.text(),
            reflected_is_cadre=self.cadre_box.isChecked(), summary=self.summary_edit.toPlainText(),
            in_scope=self.scope_combo.currentData(), disposition=self.disposition_combo.currentData(),
            forwarded_to=self.forwarded_to_edit.text(),
            forwarded_at=self.date_value("forwarded_at", self.forwarded_at_field),
            handler_id=self.handler_combo.value(), handled_at=self.date_value("handled_at", self.handled_at_field),
        )
        return data, self.identity()

    def write(self, data: tuple[PetitionInput, IdentityInput | None]) -> str:
        petition, identity = data
        if self.entry_id is None:
            return create_petition(self.ws, petition, identity)
        return update_petition(self.ws, self.entry_id, petition, identity, expected_version=self.version)

    def entry_title(self) -> str:
        if self.entry_id is None:
            return self.tr("New petition")
        return self.tr("Petition %1").replace("%1", self.code)
