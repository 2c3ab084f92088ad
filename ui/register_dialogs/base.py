"""What every register form has: the unit it belongs to, fields in two columns with the problem under each,
the findings it feeds, its evidence, and Save / Save and close / Close.

A subclass names its register (``KIND``, ``ENTITY``), builds its fields with ``add_field``, fills them
(``fill``), reads them back (``collect``) and writes through its service (``write``). Saving a new entry
keeps the window open on it, so findings and evidence can be added at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.labels import field_label
from services.errors import DomainError, FieldProblem, InvalidFieldsError
from services.queries.registers import AssignmentChoice, MemberChoice, assignment_choices, team_members
from services.registers import Entry, load_entry
from services.workspace import WorkspaceSession
from ui.evidence.panel import EvidencePanel
from ui.finding_editor.fields import BadValue, ProblemLabel
from ui.i18n import current_language
from ui.messages import field_problem_text, show_error
from ui.register_dialogs.findings_panel import FindingsPanel

SIZE = (1080, 690)  # fits 1366x768 with the task bar and a title bar


# Strings of this base class are translated in its own context: a subclass's self.tr would look under the
# subclass's name. Call sites spell translate("RegisterDialog", ...) so that lupdate files them there too.
translate = QCoreApplication.translate


class RegisterDialog(QDialog):
    saved = Signal(str)

    KIND = ""
    ENTITY: type[Any] = object

    def __init__(self, ws: WorkspaceSession, entry_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.entry_id = ws, entry_id
        self.version: int | None = None
        self.code = ""
        self.baseline: object = None
        self.local_problems: list[FieldProblem] = []
        self.problem_labels: dict[tuple[str, str], ProblemLabel] = {}
        self.resize(*SIZE)
        self.assignments: list[AssignmentChoice] = assignment_choices(ws)
        self.members: list[MemberChoice] = []

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.tabs = QTabWidget()
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setSpacing(24)
        self.forms = (QFormLayout(), QFormLayout())
        for form in self.forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # the rows stay together at the top of a tall window
            columns.addLayout(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, translate("RegisterDialog", "Details"))
        self.findings = FindingsPanel(ws, self.KIND, self.assignment_id)
        self.findings_tab = self.tabs.addTab(self.findings, translate("RegisterDialog", "Findings"))
        self.findings.changed.connect(self._update_tab_counts)
        self.evidence = EvidencePanel(ws, self.KIND, entry_id)
        self.evidence_tab = self.tabs.addTab(self.evidence, translate("RegisterDialog", "Evidence"))

        self.other_problems = QLabel()
        self.other_problems.setObjectName("errorLabel")
        self.other_problems.setWordWrap(True)
        self.other_problems.hide()
        self.buttons = QHBoxLayout()  # in reading order on every platform: Save, Save and close, Close
        self.save_button = QPushButton(translate("RegisterDialog", "Save"))
        self.save_close_button = QPushButton(translate("RegisterDialog", "Save and close"))
        self.close_button = QPushButton(translate("RegisterDialog", "Close"))
        self.buttons.addStretch(1)
        for button in (self.save_button, self.save_close_button, self.close_button):
            self.buttons.addWidget(button)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_close_button.clicked.connect(lambda: self.save(close=True))
        self.close_button.clicked.connect(self.close)
        for button in (self.save_button, self.save_close_button, self.close_button):  # Enter never closes
            button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(lambda: self.save())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.other_problems)
        layout.addLayout(self.buttons)

        self.assignment_combo = QComboBox()
        multiple_rounds = len({choice.round_title for choice in self.assignments}) > 1
        for choice in self.assignments:
            text = f"{choice.org_name}（{choice.round_title}）" if multiple_rounds else choice.org_name
            self.assignment_combo.addItem(text, choice.assignment_id)
        self.add_field("assignment_id", self.assignment_combo)
        if not self.assignments:
            self.problem_for("assignment_id").setText(translate(
                "RegisterDialog", "This workspace has no inspected unit assigned to its team yet; entries need one."))
            self.problem_for("assignment_id").show()
        self.assignment_combo.currentIndexChanged.connect(self._assignment_changed)
        self.build_form()
        self.reload()

    # ---- what a register defines ----

    def build_form(self) -> None:
        raise NotImplementedError

    def fill(self, row: Entry | None) -> None:
        """Show ``row`` (None: a new entry with sensible defaults)."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The form as the service's input; ``date_value`` records unreadable dates as problems."""
        raise NotImplementedError

    def write(self, data: Any) -> str:
        raise NotImplementedError

    def entry_title(self) -> str:
        raise NotImplementedError

    def members_changed(self) -> None:
        """The team (of the chosen unit) changed: refill the member pickers from ``self.members``."""

    # ---- building ----

    def label_of(self, name: str, entity: type[Any] | None = None) -> str:
        return field_label(entity or self.ENTITY, name, current_language())

    def add_field(self, name: str, widget: QWidget, column: int = 0, *, caption: str | None = None) -> QWidget:
        """``widget`` under the field's official name, with the line that says what is wrong with it."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        problem = ProblemLabel()
        box.addWidget(problem)
        self.problem_labels[(self.KIND, name)] = problem
        text = caption if caption is not None else self.label_of(name)
        self.forms[column].addRow(text + ("：" if current_language() == "zh_CN" else ":") if text else "", holder)
        return holder

    def problem_for(self, name: str, kind: str | None = None) -> ProblemLabel:
        return self.problem_labels[(kind or self.KIND, name)]

    # ---- the unit and its team ----

    def assignment_id(self) -> str | None:
        data = self.assignment_combo.currentData()
        return str(data) if data else None

    def set_assignment(self, assignment_id: str | None) -> None:
        index = self.assignment_combo.findData(assignment_id) if assignment_id else -1
        self.assignment_combo.setCurrentIndex(max(index, 0) if self.assignment_combo.count() else -1)
        self._assignment_changed()

    def _assignment_changed(self, *_: object) -> None:
        chosen = next((c for c in self.assignments if c.assignment_id == self.assignment_id()), None)
        self.members = team_members(self.ws, chosen.team_id) if chosen else []
        self.members_changed()

    # ---- state ----

    def reload(self) -> None:
        row = load_entry(self.ws, self.KIND, self.entry_id) if self.entry_id else None
        self.version = row.local_version if row is not None else None
        self.code = (row.petition_no if hasattr(row, "petition_no") else row.code) if row is not None else ""
        self.set_assignment(row.assignment_id if row is not None else None)
        self.fill(row)
        self.findings.set_entry(self.entry_id)
        self.evidence.set_owner(self.KIND, self.entry_id)
        self.tabs.setTabEnabled(self.evidence_tab, self.entry_id is not None)
        self.baseline = self._snapshot()
        self._update_title()
        self._update_tab_counts()

    def _update_tab_counts(self) -> None:
        count = self.findings.list.count()
        title = translate("RegisterDialog", "Findings")
        self.tabs.setTabText(self.findings_tab, f"{title} ({count})" if count else title)

    def _snapshot(self) -> object:
        try:
            data = self.collect()
        except Exception:  # an unreadable field: whatever it is, it differs from what was saved
            return None
        finally:
            self.local_problems = []
        return data

    def is_dirty(self) -> bool:
        return self._snapshot() != self.baseline

    def _update_title(self) -> None:
        title = self.entry_title()
        self.heading.setText(title)
        self.setWindowTitle(title)

    def date_value(self, name: str, field: Any, kind: str | None = None) -> Any:
        """``field.value()``, or None with a ``not_a_date`` problem when its text is not a date."""
        try:
            return field.value()
        except BadValue as bad:
            self.local_problems.append(FieldProblem(name, "not_a_date", {"value": bad.text}, entity=kind or self.KIND))
            return None

    # ---- saving ----

    def clear_problems(self) -> None:
        for (kind, name), problem in self.problem_labels.items():
            if not (kind == self.KIND and name == "assignment_id" and not self.assignments):
                problem.clear()
                problem.hide()
        self.other_problems.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under its field; the others (rows of a table, unknown fields) below the tabs."""
        orphans = []
        for problem in problems:
            holder = self.problem_labels.get((problem.entity or self.KIND, problem.field))
            if holder is None or problem.row is not None:
                orphans.append(problem)
                continue
            text = field_problem_text(problem)
            holder.setText(f"{holder.text()}\n{text}" if holder.text() else text)
            holder.show()
        self.show_row_problems([p for p in orphans if p.row is not None])
        loose = [p for p in orphans if p.row is None]
        self.other_problems.setText("\n".join(field_problem_text(p) for p in loose))
        self.other_problems.setVisible(bool(loose))
        self.tabs.setCurrentIndex(0)

    def show_row_problems(self, problems: list[FieldProblem]) -> None:
        """Problems of a table's rows; a register with a table shows them beside it."""
        if problems:
            self.other_problems.setText("\n".join(field_problem_text(p) for p in problems))
            self.other_problems.show()

    def save(self, close: bool = False) -> bool:
        self.clear_problems()
        self.local_problems = []
        data = self.collect()
        if self.local_problems:
            self.show_problems(self.local_problems)
            return False
        try:
            self.entry_id = self.write(data)
        except InvalidFieldsError as error:
            self.show_problems(error.problems)
            return False
        except DomainError as error:
            show_error(self, error)
            return False
        self.reload()
        self.saved.emit(self.entry_id)
        if close:
            self.accept()
        return True

    def reject(self) -> None:
        if self.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(), translate("RegisterDialog", "Close without saving your changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
