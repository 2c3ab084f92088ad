"""Create a workspace: folder, kind (team or HQ), team number, the first user (its administrator), passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role, WorkspaceKind
from services.clock import Clock
from services.errors import DomainError
from services.workspace import MIN_PASSPHRASE, WorkspaceSession
from services.workspace_create import create_workspace
from ui.folder_field import FolderField
from ui.i18n import label
from ui.messages import message_for
from ui.recovery_dialogs import RecoveryCodeDialog
from ui.tasks import TaskRunner

FIRST_ROLE = {WorkspaceKind.TEAM: Role.TEAM_LEADER, WorkspaceKind.HQ: Role.HQ_ADMIN}


def default_workspace_folder() -> Path:
    base = Path.home() / "巡察通"
    candidate = base / "工作区"
    number = 2
    while candidate.exists() and any(candidate.iterdir()):
        candidate = base / f"工作区{number}"
        number += 1
    return candidate


class CreateWorkspaceDialog(QDialog):
    created = Signal(object)

    def __init__(self, *, runner: TaskRunner, clock: Clock, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.clock = runner, clock
        self.session: WorkspaceSession | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None  # the code shown once after creation
        self.busy = False
        self.setWindowTitle(self.tr("New workspace"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("New workspace"))
        heading.setObjectName("dialogHeading")
        explain = QLabel(self.tr("A workspace is a folder holding the encrypted database of one team (or of the "
                                 "inspection office). You become its first user and administer it."))
        explain.setWordWrap(True)

        self.folder = FolderField(folder or default_workspace_folder(), new_name="巡察通工作区",
                                  caption=self.tr("Folder for the new workspace"))
        self.kind_combo = QComboBox()
        for kind in (WorkspaceKind.TEAM, WorkspaceKind.HQ):
            self.kind_combo.addItem(label(kind), str(kind))
        self.team_spin = QSpinBox()
        self.team_spin.setRange(1, 99)
        self.team_spin.setValue(1)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("e.g. 张组长"))
        self.role_combo = QComboBox()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("ruleLabel")
        self.rule_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        self.team_label = QLabel(self.tr("Team number:"))
        form.addRow(self.team_label, self.team_spin)
        form.addRow(self.tr("First user:"), self.user_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat passphrase:"), self.repeat_edit)
        form.addRow("", self.rule_label)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.passphrase_edit.textChanged.connect(self._update_rule)
        self.repeat_edit.textChanged.connect(self._update_rule)
        self._kind_changed()
        self._update_rule()
        self.user_edit.setFocus()

    def kind(self) -> WorkspaceKind:
        return WorkspaceKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        team = kind is WorkspaceKind.TEAM
        self.team_spin.setVisible(team)
        self.team_label.setVisible(team)
        self.role_combo.clear()
        role = FIRST_ROLE[kind]
        self.role_combo.addItem(label(role), str(role))
        self.role_combo.setToolTip(self.tr("The first user administers the workspace; add the others later."))

    def passphrase_problem(self) -> str:
        """What is wrong with the passphrase fields, or "" when they pass the rule."""
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if first != second:
            return self.tr("The two passphrases differ.")
        return ""

    def _update_rule(self) -> None:
        rule = self.tr("At least %1 characters; a short sentence mixing Chinese characters, letters and digits is "
                       "best. Nobody can recover a forgotten passphrase.").replace("%1", str(MIN_PASSPHRASE))
        typed = bool(self.passphrase_edit.text())
        ok = typed and not self.passphrase_problem()
        mark = "✔ " if ok else ("✘ " if typed else "")
        self.rule_label.setText(mark + rule)
        self.rule_label.setProperty("state", "ok" if ok else ("bad" if typed else ""))
        self.rule_label.style().unpolish(self.rule_label)
        self.rule_label.style().polish(self.rule_label)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.folder, self.kind_combo, self.team_spin, self.user_edit, self.passphrase_edit,
                       self.repeat_edit, self.buttons):
            widget.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create"))

    def submit(self) -> None:
        if self.busy:
            return
        path = self.folder.path()
        user = self.user_edit.text().strip()
        if path is None:
            self.show_error(self.tr("Choose a folder for the workspace."))
            return
        if not user:
            self.show_error(self.tr("Enter the name of the first user."))
            self.user_edit.setFocus()
            return
        problem = self.passphrase_problem()
        if problem:
            self.show_error(problem)
            self.passphrase_edit.setFocus()
            return
        kind, passphrase, clock = self.kind(), self.passphrase_edit.text(), self.clock
        team_no = self.team_spin.value() if kind is WorkspaceKind.TEAM else None
        role = FIRST_ROLE[kind]
        self.error_label.hide()
        self._set_busy(True)
        self.runner.start(
            lambda progress, cancel: create_workspace(path, user_name=user, role=role, passphrase=passphrase,
                                                      kind=kind, team_no=team_no, clock=clock),
            parent=self, dialog=False, on_done=self._created, on_error=self._failed,
        )

    def _created(self, ws: WorkspaceSession) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.session = ws
        code, ws.recovery_code = ws.recovery_code, None  # shown once, here (docs/security.md §1.7)
        if not code:
            self._finish(ws)
            return
        self.recovery_dialog = RecoveryCodeDialog(code, self)
        self.recovery_dialog.finished.connect(lambda _result: self._finish(ws))
        self.recovery_dialog.open()

    def _finish(self, ws: WorkspaceSession) -> None:
        self.recovery_dialog = None
        self.created.emit(ws)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DomainError):
            self.show_error(message_for(error))
        else:
            self.runner.report_error(self, error)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
