"""The Packages area at HQ: the enrolled team devices (team, laptop, fingerprint, last package, held, revoked)
with Register / Revoke / Import packages / Export updates, and the conflict inbox as a second tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from services.errors import DomainError
from services.queries.sync_status import DeviceRow, hq_devices, open_conflict_count, own_fingerprint
from services.workspace import WorkspaceSession
from ui.areas.packages_team import DialogClass, run_dialog, when
from ui.i18n import QT_TRANSLATE_NOOP
from ui.item_models.records import Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy
from ui.sync.conflict_inbox import ConflictInbox
from ui.sync.enroll_dialogs import RegisterDeviceDialog
from ui.sync.export_dialog import ExportDialog
from ui.sync.import_dialog import ImportDialog
from ui.tasks import TaskRunner

CONTEXT = "HqPackagesPage"
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("HqPackagesPage", "Team"), lambda r: r.team_no, lambda r: team_text(r.team_no)),
    Column(QT_TRANSLATE_NOOP("HqPackagesPage", "Laptop"), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("HqPackagesPage", "Fingerprint"), lambda r: r.fingerprint),
    Column(QT_TRANSLATE_NOOP("HqPackagesPage", "Last package"), lambda r: r.last_package_seq or 0,
           lambda r: package_text(r)),
    Column(QT_TRANSLATE_NOOP("HqPackagesPage", "Held"), lambda r: r.held, lambda r: str(r.held) if r.held else "",
           right_aligned=True),
    Column(QT_TRANSLATE_NOOP("HqPackagesPage", "Revoked"), lambda r: r.revoked_at,
           lambda r: revoked_text(r), tooltip=True),
)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def team_text(team_no: int | None) -> str:
    return _tr("Team %1").replace("%1", str(team_no)) if team_no is not None else ""


def package_text(row: DeviceRow) -> str:
    if row.last_package_seq is None:
        return _tr("none yet")
    return f"#{row.last_package_seq}  {when(row.last_import_at)}"


def revoked_text(row: DeviceRow) -> str:
    if row.revoked_at is None:
        return ""
    return f"{when(row.revoked_at)}  {row.revoke_reason or ''}".strip()


class HqPackagesPage(QWidget):
    """``changed`` is emitted after a dialog changed the workspace (the other areas refresh)."""

    changed = Signal()

    def __init__(self, ws: WorkspaceSession, runner: Callable[[], TaskRunner], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self._runner = runner
        self.conflicts = 0
        self.model = RecordTableModel(CONTEXT, COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        self.page = ListPage(
            self.model,
            self.tr("No team laptop is enrolled yet.\n\nA team laptop makes an enrollment request file; register it "
                    "here with \"Register device…\", compare the fingerprints with the person who brought it, and "
                    "give them the grant file."),
            view=make_table(self.proxy), column_widths=(80, 180, 230, 170, 60), stretch_column=5,
        )
        self.register_button = QPushButton(self.tr("Register device…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.import_button = QPushButton(self.tr("Import packages…"))
        self.export_button = QPushButton(self.tr("Export updates…"))
        self.import_button.setObjectName("primaryButton")
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.register_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.own_fp = QLabel()
        self.own_fp.setObjectName("hintBox")
        self.own_fp.setWordWrap(True)
        self.admin_hint = QLabel(self.tr("Only the HQ administrator may import, export, register or revoke."))
        self.admin_hint.setObjectName("ruleLabel")
        devices = QWidget()
        devices_layout = QVBoxLayout(devices)
        devices_layout.setContentsMargins(0, 6, 0, 0)
        devices_layout.addWidget(self.own_fp)
        devices_layout.addLayout(buttons)
        devices_layout.addWidget(self.admin_hint)
        devices_layout.addWidget(self.page, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(devices, self.tr("Devices"))
        self.inbox = ConflictInbox(ws, runner(), self)
        self.inbox.changed.connect(self._inbox_changed)
        self.inbox.count_changed.connect(self._show_count)
        self.tabs.addTab(self.inbox, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)

        self.register_button.clicked.connect(lambda: self._open(RegisterDeviceDialog))
        self.import_button.clicked.connect(lambda: self._open(ImportDialog))
        self.export_button.clicked.connect(lambda: self._open(ExportDialog))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.page.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def summary(self) -> str:
        enrolled = sum(1 for row in self.model._rows if row.revoked_at is None)
        return self.tr("%n device(s) enrolled", "", enrolled) + self.tr(", %n open conflict(s)", "", self.conflicts)

    def refresh(self) -> None:
        if self.ws is None:
            return
        self.model.set_rows(hq_devices(self.ws))
        fingerprint = own_fingerprint(self.ws)
        self.own_fp.setText(self.tr("HQ's fingerprint: %1 — a team laptop shows the same after accepting its grant; "
                                    "compare them together.").replace("%1", fingerprint) if fingerprint else
                            self.tr("HQ's keys are made when the first team laptop is registered."))
        self.inbox.refresh()
        self._show_count(open_conflict_count(self.ws))
        self._update_buttons()

    def _show_count(self, count: int) -> None:
        self.conflicts = count
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(count)))

    def _inbox_changed(self) -> None:
        if self.ws is not None:
            self._show_count(open_conflict_count(self.ws))
        self.changed.emit()

    def selected_devices(self) -> list[DeviceRow]:
        rows = {self.proxy.mapToSource(index).row() for index in self.page.view.selectionModel().selectedRows()}
        return [self.model.row_object(row) for row in sorted(rows)]

    def _update_buttons(self) -> None:
        admin = self.ws is not None and self.ws.actor.role is Role.HQ_ADMIN
        for button in (self.register_button, self.import_button, self.export_button):
            button.setEnabled(admin)
        selected = self.selected_devices()
        self.revoke_button.setEnabled(admin and len(selected) == 1 and selected[0].revoked_at is None)
        self.admin_hint.setVisible(not admin)

    def revoke_selected(self, *, reason: str | None = None) -> bool:
        """Revoke the selected device after asking why (``reason`` given: no question, for tests)."""
        selected = self.selected_devices()
        if self.ws is None or len(selected) != 1:
            return False
        device = selected[0]
        if reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Revoke device"),
                self.tr("Packages from %1 of %2 will be refused from now on. This cannot be undone.\n\nReason:")
                .replace("%1", device.label or device.device_id[:8]).replace("%2", team_text(device.team_no)))
            if not ok or not text.strip():
                return False
            reason = text.strip()
        try:
            from services.sync.devices.registry import revoke

            revoke(self.ws, device.device_id, reason)
        except DomainError as error:
            from ui.messages import show_error

            show_error(self, error)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def clear(self) -> None:
        self.ws = None
        self.model.clear()
        self.inbox.clear()

    def _open(self, dialog_class: DialogClass) -> QDialog | None:
        if self.ws is None:
            return None

        def prepare(dialog: QDialog) -> None:
            if isinstance(dialog, ImportDialog):  # "Open conflicts" in the report shows the inbox tab
                dialog.open_conflicts.connect(lambda: self.tabs.setCurrentWidget(self.inbox))

        dialog = run_dialog(dialog_class, self.ws, self._runner(), self, prepare)
        self.refresh()
        self.changed.emit()
        return dialog
