"""Unlock a workspace: user name (empty = the default user) and passphrase; Argon2id runs off the GUI thread.

A wrong passphrase is told inline and nothing else happens: no file is touched (the key slot fails
before the database is opened). Failed attempts are recorded beside keys.json by the service, counted from
there, folded into the audit log at the next good unlock; too many make the next attempt wait
(services/unlock_failures.py, docs/security.md §1.3).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role, WorkspaceKind
from models.keystore import Keystore
from services.clock import Clock
from services.demo import DEMO_PASSPHRASE, demo_users
from services.demo.data import TEAMS
from services.errors import DomainError, UnknownUserError, WrongPassphraseError
from services.unlock_failures import pending
from services.workspace import UNLOCK_STAGES, WorkspaceSession, unlock_workspace
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.messages import message_for
from ui.recovery_dialogs import RecoverDialog
from ui.tasks import TaskRunner

UNLOCK_STAGE_TEXT = {
    "unlock_slot": QT_TRANSLATE_NOOP("Tasks", "Checking the passphrase (this takes a moment by design)…"),
    "unlock_open": QT_TRANSLATE_NOOP("Tasks", "Opening the encrypted database…"),
    "unlock_upgrade": QT_TRANSLATE_NOOP("Tasks", "Checking the database version…"),
    "unlock_record": QT_TRANSLATE_NOOP("Tasks", "Recording the unlock in the audit log…"),
}


def demo_accounts(keystore: Keystore) -> list[tuple[str, Role]]:
    """The demo users who hold a key slot in this workspace (keys.json lists no names: match the name tags)."""
    candidates = [*demo_users(None), *(user for team in TEAMS for user in demo_users(team.team_no))]
    return [(user.name, user.role) for user in candidates if keystore.slots_of(user.name)]


def demo_hint(keystore: Keystore) -> str:
    """Who may unlock this demo workspace, and with which passphrase."""
    text = QCoreApplication.translate("UnlockDialog", "This is a demo workspace. Passphrase for every demo user: %1")
    lines = [text.replace("%1", DEMO_PASSPHRASE)]
    names = [QCoreApplication.translate("UnlockDialog", "%1 (%2)").replace("%1", name).replace("%2", label(role))
             for name, role in demo_accounts(keystore)]
    if names:
        separator = QCoreApplication.translate("UnlockDialog", ", ")
        lines.append(QCoreApplication.translate("UnlockDialog", "Users: %1").replace("%1", separator.join(names)))
    return "\n".join(lines)


class UnlockDialog(QDialog):
    unlocked = Signal(object)

    def __init__(self, path: Path, keystore: Keystore, *, runner: TaskRunner, clock: Clock, user_name: str = "",
                 reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.runner, self.clock = path, runner, clock
        self.keystore = keystore
        self.failed_attempts = 0  # since the last successful unlock, as the failed-unlock log records them
        self.session: WorkspaceSession | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Unlock workspace"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("Unlock workspace"))
        heading.setObjectName("dialogHeading")
        where = QLabel(str(path))
        where.setObjectName("pathLabel")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kind = QLabel(label(keystore.kind, WorkspaceKind))

        self.reason_label = QLabel(reason)
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))

        self.user_edit = QLineEdit(user_name)
        self.user_edit.setPlaceholderText(self.tr("Empty: the workspace's default user"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Workspace:"), where)
        form.addRow(self.tr("Kind:"), kind)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)

        self.progress_label = QLabel()  # what the unlock is doing now: Argon2id can take seconds on an old laptop
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        for widget in (self.progress_label, self.progress_bar):
            widget.hide()

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.demo_label = QLabel(demo_hint(keystore) if keystore.demo else "")
        self.demo_label.setObjectName("hintBox")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setVisible(keystore.demo and bool(self.demo_label.text()))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.recover_dialog: RecoverDialog | None = None
        self.forgot_button = self.buttons.addButton(self.tr("Forgot passphrase…"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.forgot_button.clicked.connect(self.forgot)
        self.forgot_button.setVisible(keystore.recovery is not None)  # older workspaces have no recovery slot

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.buttons)
        self.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.user_edit, self.passphrase_edit, self.buttons):
            widget.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
        if busy:
            self.show_progress("unlock_slot", 0, len(UNLOCK_STAGES))
        for progress_widget in (self.progress_label, self.progress_bar):
            progress_widget.setVisible(busy)

    def show_progress(self, stage: str, done: int, total: int) -> None:
        """The stage the unlock reports, and a bar; busy (moving) during the key derivation, which says nothing
        until it is done."""
        self.progress_label.setText(QCoreApplication.translate("Tasks", UNLOCK_STAGE_TEXT.get(stage, stage)))
        if stage == "unlock_slot":
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def submit(self) -> None:
        if self.busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.show_error(self.tr("Enter the passphrase."))
            self.passphrase_edit.setFocus()
            return
        user = self.user_edit.text().strip() or None
        path, clock = self.path, self.clock
        self._set_busy(True)
        self.error_label.hide()
        self.task = self.runner.start(
            lambda progress, cancel: unlock_workspace(path, passphrase, user, clock=clock, progress=progress),
            parent=self, dialog=False, on_done=self._unlocked, on_error=self._failed,
        )
        self.task.progressed.connect(self.show_progress)

    def _unlocked(self, ws: WorkspaceSession) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.session = ws
        self.unlocked.emit(ws)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
        if isinstance(error, WrongPassphraseError | UnknownUserError):  # the log counts it (or it could not be written)
            self.failed_attempts = max(self.failed_attempts + 1, pending(self.path, self.keystore)[0])
        if isinstance(error, WrongPassphraseError):
            self.show_error(self.tr("The passphrase is not correct. Please try again (failed attempts: %1).")
                            .replace("%1", str(self.failed_attempts)))
        elif isinstance(error, UnknownUserError):
            user = self.user_edit.text().strip()
            self.show_error(self.tr("There is no user named “%1” in this workspace.").replace("%1", user)
                            if user else message_for(error))
            self.user_edit.setFocus()
        elif isinstance(error, DomainError):
            self.show_error(message_for(error))
        else:
            self.runner.report_error(self, error)

    def forgot(self) -> None:
        """A forgotten passphrase: the recovery code sets a new one and unlocks (docs/security.md §1.7)."""
        if self.busy:
            return
        dialog = RecoverDialog(self.path, runner=self.runner, clock=self.clock,
                               user_name=self.user_edit.text().strip(), parent=self)
        dialog.unlocked.connect(self._unlocked)
        self.recover_dialog = dialog
        dialog.open()

    def reject(self) -> None:
        if not self.busy:  # an unlock in flight finishes first (a quarter of a second)
            super().reject()
