"""The Packages area on a team laptop: enrolment with HQ, what HQ has not acknowledged yet, and the buttons that
open the exchange dialogs (request/accept enrolment, export a package, import HQ's update, close out a round)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from services.queries.sync_status import TeamSyncStatus, team_status
from services.queries.waiting_edits import WaitingEdit, waiting_edits_of
from services.workspace import WorkspaceSession
from ui.i18n import current_language
from ui.sync import waiting_text
from ui.sync.close_round_dialog import CloseRoundDialog
from ui.sync.enroll_dialogs import AcceptGrantDialog, EnrollRequestDialog
from ui.sync.export_dialog import ExportDialog
from ui.sync.import_dialog import ImportDialog
from ui.tasks import TaskRunner

DialogClass = Callable[[WorkspaceSession, TaskRunner, QWidget], QDialog]  # every exchange dialog's constructor
EXPORT_ROLES = frozenset({Role.TEAM_LEADER, Role.DEPUTY_LEADER, Role.CLUE_OFFICER, Role.MEMBER})
LEADER_ONLY = frozenset({Role.TEAM_LEADER})


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


class TeamPackagesPage(QWidget):
    """``changed`` is emitted after a dialog changed the workspace (the other areas refresh)."""

    changed = Signal()

    def __init__(self, ws: WorkspaceSession, runner: Callable[[], TaskRunner], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self._runner = runner
        self.status: TeamSyncStatus | None = None

        self.state_label = QLabel()
        self.state_label.setObjectName("hintBox")
        self.state_label.setWordWrap(True)
        self.device_fp = QLabel()
        self.hq_fp = QLabel()
        for fp in (self.device_fp, self.hq_fp):
            fp.setObjectName("fingerprint")
            fp.setStyleSheet("font-family: monospace; font-size: 12pt;")
        self.request_button = QPushButton(self.tr("Request enrollment…"))
        self.accept_button = QPushButton(self.tr("Accept grant…"))
        enrol = QGroupBox(self.tr("Enrollment with HQ"))
        enrol_form = QFormLayout()
        enrol_form.addRow(self.tr("This laptop's fingerprint:"), self.device_fp)
        enrol_form.addRow(self.tr("HQ's fingerprint:"), self.hq_fp)
        enrol_layout = QVBoxLayout(enrol)
        enrol_layout.addWidget(self.state_label)
        enrol_layout.addLayout(enrol_form)
        enrol_layout.addLayout(_row(self.request_button, self.accept_button))

        self.unacked_label = QLabel()
        self.clue_label = QLabel()
        self.audit_label = QLabel()
        self.packages_label = QLabel()
        self.last_export_label = QLabel()
        self.last_import_label = QLabel()
        self.export_button = QPushButton(self.tr("Export package…"))
        self.import_button = QPushButton(self.tr("Import update…"))
        self.close_button = QPushButton(self.tr("Close out round…"))
        self.export_button.setObjectName("primaryButton")
        self.exchange = exchange = QGroupBox(self.tr("Exchange with HQ"))
        form = QFormLayout()
        form.addRow(self.tr("Changes not yet acknowledged by HQ:"), self.unacked_label)
        form.addRow(self.tr("Clue changes not yet acknowledged:"), self.clue_label)
        form.addRow(self.tr("Audit events not yet acknowledged:"), self.audit_label)
        form.addRow(self.tr("Packages sent to HQ:"), self.packages_label)
        form.addRow(self.tr("Last package exported:"), self.last_export_label)
        form.addRow(self.tr("Last update from HQ imported:"), self.last_import_label)
        exchange_layout = QVBoxLayout(exchange)
        exchange_layout.addLayout(form)
        exchange_layout.addLayout(_row(self.export_button, self.import_button, self.close_button))

        self.waiting: list[WaitingEdit] = []
        self.waiting_box = QGroupBox()
        self.waiting_hint = QLabel(self.tr("HQ holds these edits of yours and a person there decides on each; until "
                                           "then this laptop shows HQ's values. As of the last update imported."))
        self.waiting_hint.setWordWrap(True)
        self.waiting_table = QTableWidget(0, 5)
        self.waiting_table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("Your value"), self.tr("Shown now (HQ's)"),
            self.tr("Why")])
        self.waiting_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        waiting_layout = QVBoxLayout(self.waiting_box)
        waiting_layout.addWidget(self.waiting_hint)
        waiting_layout.addWidget(self.waiting_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(enrol)
        layout.addWidget(exchange)
        layout.addWidget(self.waiting_box, 1)
        layout.addStretch(1)

        self.request_button.clicked.connect(lambda: self._open(EnrollRequestDialog))
        self.accept_button.clicked.connect(lambda: self._open(AcceptGrantDialog))
        self.export_button.clicked.connect(lambda: self._open(ExportDialog))
        self.import_button.clicked.connect(lambda: self._open(ImportDialog))
        self.close_button.clicked.connect(lambda: self._open(CloseRoundDialog))
        self.refresh()

    def summary(self) -> str:
        """The area's one-line context."""
        status = self.status
        if status is None or not status.enrolled:
            return self.tr("Not enrolled with HQ")
        text = self.tr("%n change(s) not yet acknowledged by HQ", "", status.unacked_changes)
        if self.waiting:
            text += self.tr("; %n edit(s) waiting in HQ's conflict inbox", "", len(self.waiting))
        return text

    def refresh(self) -> None:
        if self.ws is None:
            return
        self.status = status = team_status(self.ws)
        role = self.ws.actor.role
        if status.enrolled:
            self.state_label.setText(self.tr("This laptop is enrolled with HQ. Packages it exports can only be "
                                             "opened by HQ, and it accepts updates only from the HQ below."))
        elif status.request_pending:
            self.state_label.setText(self.tr("An enrollment request was made. Take the request file to HQ; when HQ "
                                             "returns a grant file, accept it here after comparing fingerprints."))
        else:
            self.state_label.setText(self.tr("This laptop is not enrolled with HQ yet. Enroll it before entering "
                                             "data: request enrollment, take the request file to HQ, then accept "
                                             "the grant file HQ gives back."))
        self.device_fp.setText(status.device_fingerprint or "—")
        self.hq_fp.setText(status.hq_fingerprint or "—")
        self.unacked_label.setText(str(status.unacked_changes))
        self.clue_label.setText("—" if status.unacked_clue_changes is None else str(status.unacked_clue_changes))
        self.audit_label.setText(str(status.unacked_audit))
        self.packages_label.setText(self.tr("%1, acknowledged up to #%2").replace("%1", str(status.packages_sent))
                                    .replace("%2", str(status.packages_acked)))
        self.last_export_label.setText(when(status.last_export_at))
        self.last_import_label.setText(when(status.last_import_at))
        leader = role in LEADER_ONLY
        # Before enrolment only the enrolment matters; after it, only the exchange does.
        self.exchange.setVisible(status.enrolled)
        self.request_button.setVisible(not status.enrolled)
        self.accept_button.setVisible(not status.enrolled)
        self.request_button.setEnabled(leader and not status.enrolled)
        self.accept_button.setEnabled(leader and not status.enrolled)
        self.export_button.setEnabled(status.enrolled and role in EXPORT_ROLES)
        self.import_button.setEnabled(status.enrolled)
        self.close_button.setEnabled(status.enrolled and leader)
        hint = "" if leader else self.tr("Only the team leader may do this.")
        for button in (self.request_button, self.accept_button, self.close_button):
            button.setToolTip(hint)
        self._show_waiting(waiting_edits_of(self.ws, language=current_language()) if status.enrolled else [])

    def _show_waiting(self, edits: list[WaitingEdit]) -> None:
        """The laptop's edits HQ's conflict inbox holds, until HQ's update says they are resolved."""
        self.waiting = edits
        self.waiting_box.setTitle(self.tr("Your edits waiting in HQ's conflict inbox (%n)", "", len(edits)))
        self.waiting_table.setRowCount(len(edits))
        for row, edit in enumerate(edits):
            cells = (edit.record, edit.field_label, edit.mine, edit.shown, waiting_text.kind_text(edit))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", "；") if column in (2, 3) else text)
                item.setToolTip(text if column in (2, 3) else waiting_text.sentence(edit))
                self.waiting_table.setItem(row, column, item)
        self.waiting_box.setVisible(bool(edits))

    def clear(self) -> None:
        self.ws = None
        self.status = None
        self._show_waiting([])
        for label in (self.device_fp, self.hq_fp, self.unacked_label, self.clue_label, self.audit_label,
                      self.packages_label, self.last_export_label, self.last_import_label):
            label.clear()

    def _open(self, dialog_class: DialogClass) -> QDialog | None:
        if self.ws is None:
            return None
        dialog = run_dialog(dialog_class, self.ws, self._runner(), self)
        self.refresh()
        self.changed.emit()  # even a cancelled import may have imported some packages: everyone looks again
        return dialog


def run_dialog(dialog_class: DialogClass, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget,
               prepare: Callable[[QDialog], None] | None = None) -> QDialog:
    """Another helper's dialog (``Dialog(ws, runner, parent)``), shown modally; ``parent.last_dialog`` for tests."""
    dialog = dialog_class(ws, runner, parent)
    parent.last_dialog = dialog  # type: ignore[attr-defined]
    if prepare is not None:
        prepare(dialog)
    dialog.exec()
    return dialog


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
