"""What the enrollment windows share (ui/sync/enroll_dialogs.py): layout, file rows, fingerprints, one task."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import DomainError
from services.progress import CancelToken, Progress
from services.workspace import WorkspaceSession
from ui.messages import message_for
from ui.tasks import TaskRunner


def fingerprint_label() -> QLabel:
    label = QLabel("—")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(17)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setObjectName("fingerprint")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EnrollDialog(QDialog):
    """What the three windows share: heading, explanation, form, error line, buttons, one task at a time."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None, title: str,
                 explain: str, go_text: str) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.result: Any = None
        self.blocked = False  # this laptop may not do it at all (refuse_early said why)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        text = QLabel(explain)
        text.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.done_label = QLabel()
        self.done_label.setObjectName("hintBox")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox()
        self.go_button = self.buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.go_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, text):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def file_row(self, edit: QLineEdit, caption: str, pattern: str, *, save: bool) -> QHBoxLayout:
        edit.setMinimumWidth(380)
        browse = QPushButton(QCoreApplication.translate("EnrollDialog", "Browse…"))

        def choose() -> None:
            start = edit.text().strip() or str(Path.home())
            pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
            chosen, _ = pick(self, caption, start, pattern)
            if chosen:
                edit.setText(chosen)
                edit.editingFinished.emit()

        browse.clicked.connect(choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return row

    def show_error(self, error: BaseException | None) -> None:
        if error is None:
            if not self.blocked:  # the reason this laptop may not enroll stays in view
                self.error_label.hide()
            return
        if not isinstance(error, DomainError):
            raise error
        self.error_label.setText(message_for(error))
        self.error_label.show()

    def run(self, work: Callable[[Progress, CancelToken], Any], label: str, done: Callable[[Any], None]) -> None:
        self.show_error(None)
        self.go_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.go_button.setEnabled(True)
            self.show_error(error)

        self.runner.start(work, parent=self, label=label, on_done=done, on_error=failed,
                          on_cancel=lambda: self.go_button.setEnabled(True))

    def finished_with(self, result: Any, text: str) -> None:
        self.result = result
        self.done_label.setText(text)
        self.done_label.show()
        self.go_button.hide()
        self.close_button.setText(QCoreApplication.translate("EnrollDialog", "Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)

    def refuse_early(self, check: Callable[[WorkspaceSession], None]) -> None:
        """A workspace that may not do this at all (already enrolled, holding data, wrong role) is told so at once."""
        try:
            check(self.ws)
        except DomainError as error:
            self.show_error(error)
            self.go_button.setEnabled(False)
            self.blocked = True

    def start(self) -> None:  # pragma: no cover - each window has its own
        raise NotImplementedError
