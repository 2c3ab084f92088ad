"""What every planning dialog has: fields under their official names with the red line under each, a line for
the problems no field owns, and Save, which runs the write on the window's TaskRunner (the window never waits).

A subclass builds its fields with ``add_field``, reads them back in ``collect`` (unreadable dates become
problems through ``date_value``) and writes in ``write`` — which runs on the worker thread and may use only the
session, never a widget. A refused write leaves the dialog open with each problem under its field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.entities import entity_for_table
from models.labels import field_label
from services.errors import DomainError, FieldProblem, InvalidFieldsError
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import BadValue, DateField, ProblemLabel
from ui.i18n import current_language
from ui.messages import field_problem_text, message_for
from ui.tasks import Task, TaskRunner

# Strings of this base class are translated in its own context (a subclass's self.tr would look under its name).
translate = QCoreApplication.translate


def caption(text: str) -> str:
    return text + ("：" if current_language() == "zh_CN" else ":") if text else ""


class PlanningDialog(QDialog):
    """``saved`` carries what ``write`` returned (an id, a report) once the write is done."""

    saved = Signal(object)
    ENTITY = ""  # the table whose fields the form shows, unless a field names another

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.task: Task | None = None
        self.local_problems: list[FieldProblem] = []
        self.problem_labels: dict[tuple[str, str], ProblemLabel] = {}
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.heading = QLabel(title)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setObjectName("hintBox")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.other_problems = QLabel()
        self.other_problems.setObjectName("errorLabel")
        self.other_problems.setWordWrap(True)
        self.other_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_problems.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(translate("PlanningDialog", "Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.other_problems)
        layout.addWidget(self.buttons)

    # ---- building ----

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def label_of(self, name: str, entity: str | None = None) -> str:
        model = entity_for_table(entity or self.ENTITY)
        return field_label(model, name, current_language()) if model is not None else name

    def add_field(self, name: str, widget: QWidget, *, entity: str | None = None, text: str | None = None) -> QWidget:
        """``widget`` under the field's official name, with the line that says what is wrong with it."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        problem = ProblemLabel()
        box.addWidget(problem)
        self.problem_labels[(entity or self.ENTITY, name)] = problem
        self.form.addRow(caption(text if text is not None else self.label_of(name, entity)), holder)
        return holder

    def problem_for(self, name: str, entity: str | None = None) -> ProblemLabel:
        return self.problem_labels[(entity or self.ENTITY, name)]

    def date_value(self, name: str, field: DateField, entity: str | None = None) -> Any:
        """``field.value()``, or None with a ``not_a_date`` problem when its text is not a date."""
        try:
            return field.value()
        except BadValue as bad:
            self.local_problems.append(FieldProblem(name, "not_a_date", {"value": bad.text},
                                                    entity=entity or self.ENTITY))
            return None

    # ---- what a dialog defines ----

    def collect(self) -> Any:
        raise NotImplementedError

    def write(self, data: Any) -> Any:
        """Runs on the worker: the service call with ``self.ws`` only."""
        raise NotImplementedError

    # ---- saving ----

    def clear_problems(self) -> None:
        for problem in self.problem_labels.values():
            problem.clear_problem()
        self.other_problems.clear()
        self.other_problems.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under its field; the others (another entity's, a row's) above the buttons."""
        loose = []
        for problem in problems:
            holder = self.problem_labels.get((problem.entity or self.ENTITY, problem.field))
            if holder is None:
                loose.append(problem)
                continue
            text = field_problem_text(problem)
            holder.show_problems([*filter(None, [holder.text()]), text])
        self.show_message("\n".join(field_problem_text(p) for p in loose))

    def show_message(self, text: str) -> None:
        self.other_problems.setText(text)
        self.other_problems.setVisible(bool(text))
        QTimer.singleShot(0, self.fit_height)

    def fit_height(self) -> None:
        """Grow to show the problem lines that appeared (wrapped labels need more height than the dialog had)."""
        layout = self.layout()
        if layout is None:
            return
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else \
            layout.totalSizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def save(self) -> None:
        if self.task is not None and self.task.running:
            return
        self.clear_problems()
        self.local_problems = []
        data = self.collect()
        if self.local_problems:
            self.show_problems(self.local_problems)
            return
        self.save_button.setEnabled(False)
        write = self.write
        self.task = self.runner.start(lambda progress, cancel: write(data), parent=self, dialog=False,
                                      on_done=self._done, on_error=self._failed)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _done(self, value: object) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(value)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidFieldsError):
            self.show_problems(error.problems)
        elif isinstance(error, DomainError):
            self.show_message(message_for(error))
        else:
            self.runner.report_error(self, error)

    def reject(self) -> None:
        if not self.busy:  # a write on its way is never abandoned half-seen
            super().reject()


class RemoveDialog(PlanningDialog):
    """Remove a planning record: why (the reason stays with the tombstone), then ``remove(reason)`` on the worker."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, title: str, question: str, entity: str,
                 remove: Callable[[str], Any], parent: QWidget | None = None) -> None:
        self.ENTITY = entity
        super().__init__(ws, runner, title, parent)
        self.remove = remove
        self.set_intro(question)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("RemoveDialog", "e.g. entered by mistake"))
        self.add_field("delete_reason", self.reason, text=translate("RemoveDialog", "Reason"))
        self.save_button.setText(translate("RemoveDialog", "Remove"))

    def collect(self) -> str:
        return self.reason.text()

    def write(self, data: str) -> Any:
        return self.remove(data)
