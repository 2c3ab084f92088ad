"""The recovery code in the window (docs/security.md §1.7): shown once after a workspace is made, and used from the
unlock dialog when a passphrase is forgotten (忘记口令…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from services.accounts import recover_passphrase
from services.clock import Clock
from services.errors import DomainError
from services.workspace import MIN_PASSPHRASE, WorkspaceSession
from ui.messages import message_for
from ui.tasks import TaskRunner


class RecoveryCodeDialog(QDialog):
    """The code, once: large, selectable, and OK only after "I have written it down"."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        heading = QLabel(self.tr("Write down or print this recovery code now"))
        heading.setObjectName("dialogHeading")
        explain = QLabel(self.tr(
            "If every passphrase of this workspace is forgotten, this code is the only way back in: with it a new "
            "passphrase can be set (File → Unlock → Forgot passphrase…, or passwd --recover). It is shown only "
            "this once and is not stored anywhere. Keep it with the office's confidential papers, never with "
            "the laptop or its USB stick."))
        explain.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox(self.tr("I have written down or printed the recovery code"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (heading, explain, self.code_label, self.confirm, self.buttons):
            layout.addWidget(widget)

    def reject(self) -> None:  # Esc does not skip it: the code will not be shown again
        if self.confirm.isChecked():
            super().reject()

    def done(self, result: int) -> None:
        self.code_label.clear()  # no copy of the code left in the widget once it is closed
        super().done(result)


class RecoverDialog(QDialog):
    """Forgot the passphrase: user, recovery code, new passphrase twice; the unlock runs on the worker."""

    unlocked = Signal(object)

    def __init__(self, path: Path, *, runner: TaskRunner, clock: Clock, user_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.runner, self.clock = path, runner, clock
        self.busy = False
        self.session: WorkspaceSession | None = None
        self.setWindowTitle(self.tr("Forgot passphrase"))
        explain = QLabel(self.tr("Enter the recovery code made with this workspace and a new passphrase for the "
                                 "user. The old passphrase stops working; this is recorded in the audit log."))
        explain.setWordWrap(True)
        self.user_edit = QLineEdit(user_name)
        self.user_edit.setPlaceholderText(self.tr("Empty: the workspace's default user"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Recovery code:"), self.code_edit)
        form.addRow(self.tr("New passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat passphrase:"), self.repeat_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set new passphrase and unlock"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for item in (explain, form, self.error_label, self.buttons):
            layout.addLayout(item) if isinstance(item, QFormLayout) else layout.addWidget(item)
        self.code_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        if self.busy:
            return
        code, new = self.code_edit.text(), self.passphrase_edit.text()
        if not code.strip():
            self.show_error(self.tr("Enter the recovery code."))
            return
        if len(new) < MIN_PASSPHRASE:
            self.show_error(self.tr("The passphrase needs at least %n characters.", "", MIN_PASSPHRASE))
            return
        if new != self.repeat_edit.text():
            self.show_error(self.tr("The two passphrases differ."))
            return
        user = self.user_edit.text().strip() or None
        path, clock = self.path, self.clock
        self.busy = True
        self.buttons.setEnabled(False)
        self.error_label.hide()
        self.runner.start(lambda progress, cancel: recover_passphrase(path, code, new, user, clock=clock),
                          parent=self, dialog=False, on_done=self._done, on_error=self._failed)

    def _done(self, ws: WorkspaceSession) -> None:
        self.busy = False
        for edit in (self.code_edit, self.passphrase_edit, self.repeat_edit):
            edit.clear()
        self.session = ws
        self.unlocked.emit(ws)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.code_edit.clear()
        if isinstance(error, DomainError):
            self.show_error(message_for(error))
        else:
            self.runner.report_error(self, error)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
