"""What happens when: welcome -> unlock -> workspace -> (idle) lock -> unlock again. Owns the session.

The session is the only way into the data; locking disposes its engine and zeroes its keys after
every item model has dropped its rows, then the unlock dialog asks for the passphrase again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from services.accounts import make_recovery_code
from services.clock import SYSTEM_CLOCK, Clock
from services.demo import create_demo_workspace
from services.errors import DomainError
from services.preferences import (
    MAX_IDLE_LOCK_MINUTES,
    MIN_IDLE_LOCK_MINUTES,
    Preferences,
    load_export_folder,
    save_export_folder,
    save_preferences,
)
from services.verify import VerifyReport, verify_workspace
from services.workspace import WorkspaceSession, load_keystore
from ui.create_dialog import CreateWorkspaceDialog
from ui.demo_dialog import DemoDialog
from ui.evidence.format import size_text
from ui.excel_export_dialog import ExcelExportDialog
from ui.excel_import_dialog import ExcelImportDialog
from ui.idle_lock import CHECK_INTERVAL_MS, IdleLock, away_reason
from ui.main_window import MainWindow
from ui.messages import problem_text, show_error
from ui.recovery_dialogs import RecoveryCodeDialog
from ui.tasks import DEMO_STAGES, VERIFY_STAGES, Task, TaskRunner
from ui.unlock_dialog import UnlockDialog


class AppController(QObject):
    def __init__(self, prefs: Preferences, *, clock: Clock = SYSTEM_CLOCK, prefs_path: Path | None = None,
                 check_interval_ms: int = CHECK_INTERVAL_MS,
                 report_crash: Callable[[BaseException], None] | None = None) -> None:
        super().__init__()
        self.prefs, self.prefs_path, self.clock = prefs, prefs_path, clock
        self.window = MainWindow()
        self.runner = TaskRunner(self, report_crash=report_crash)
        self.idle = IdleLock(clock, prefs.idle_lock_minutes, self, check_interval_ms)
        self.idle.idle.connect(self.lock_for_idle)
        self.ws: WorkspaceSession | None = None
        self.locked_path: Path | None = None
        self.last_user = ""
        self.unlock_dialog: UnlockDialog | None = None
        self.create_dialog: CreateWorkspaceDialog | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None  # a new recovery code, shown once
        self.last_verify: VerifyReport | None = None
        self.verify_box: QMessageBox | None = None

        w = self.window
        w.welcome.create_requested.connect(self.new_workspace)
        w.welcome.open_requested.connect(self.choose_workspace)
        w.welcome.open_path.connect(self.open_workspace)
        w.welcome.demo_requested.connect(self.new_demo_workspace)
        w.locked_page.unlock_requested.connect(self.unlock_again)
        w.locked_page.close_requested.connect(self.close_workspace)
        w.new_action.triggered.connect(self.new_workspace)
        w.open_action.triggered.connect(self.choose_workspace)
        w.demo_action.triggered.connect(self.new_demo_workspace)
        w.close_workspace_action.triggered.connect(self.close_workspace)
        w.quit_action.triggered.connect(w.close)
        w.verify_action.triggered.connect(self.verify)
        w.recovery_action.triggered.connect(lambda: self.make_recovery())
        w.import_excel_action.triggered.connect(self.open_excel_import)
        w.export_excel_action.triggered.connect(lambda: self.open_excel_dialog(template=False))
        w.template_action.triggered.connect(lambda: self.open_excel_dialog(template=True))
        w.refresh_action.triggered.connect(self.refresh)
        w.lock_action.triggered.connect(lambda: self.lock())
        w.idle_minutes_action.triggered.connect(self.ask_idle_minutes)
        w.about_action.triggered.connect(self.about)
        w.language_actions[prefs.language].setChecked(True)
        w.language_group.triggered.connect(lambda action: self.set_language(str(action.data())))
        w.closing.connect(self.shutdown)
        w.welcome.set_recent(prefs.recent_workspaces)

    def _save_prefs(self) -> None:
        with contextlib.suppress(OSError):  # preferences are a convenience; never a reason to stop the work
            save_preferences(self.prefs, self.prefs_path)

    # ---- opening ----

    def new_workspace(self) -> CreateWorkspaceDialog:
        dialog = CreateWorkspaceDialog(runner=self.runner, clock=self.clock, parent=self.window)
        dialog.created.connect(self.enter_session)
        self.create_dialog = dialog
        dialog.open()
        return dialog

    def choose_workspace(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Open workspace folder"), str(Path.home()))
        if chosen:
            self.open_workspace(Path(chosen))

    def open_workspace(self, path: Path, *, reason: str = "", user_name: str = "") -> UnlockDialog | None:
        """Ask for the passphrase of the workspace in ``path`` (the unlock dialog, window-modal)."""
        path = Path(path)
        try:
            keystore = load_keystore(path)
        except DomainError as error:
            show_error(self.window, error)
            return None
        dialog = UnlockDialog(path, keystore, runner=self.runner, clock=self.clock, user_name=user_name,
                              reason=reason, parent=self.window)
        dialog.unlocked.connect(self.enter_session)
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def enter_session(self, ws: WorkspaceSession) -> None:
        """Show a freshly unlocked (or created) session; the one open before, if any, is locked first."""
        if self.ws is not None and self.ws is not ws:
            self.close_workspace()
        self.ws, self.locked_path, self.last_user = ws, None, ws.actor.name
        self.prefs.remember_workspace(ws.path)
        self._save_prefs()
        self.window.welcome.set_recent(self.prefs.recent_workspaces)
        self.window.show_workspace(ws, self.runner)  # areas with background work run it there: locking waits
        self.idle.set_minutes(self.prefs.idle_lock_minutes)
        self.idle.start()

    # ---- locking ----

    def lock(self, reason: str = "") -> UnlockDialog | None:
        """Drop every row, dispose the engine, zero the keys; then ask for the passphrase again."""
        ws = self.ws
        if ws is None:
            return None
        self.idle.stop()
        self.ws, self.locked_path = None, ws.path
        self.window.show_locked(ws.path)  # clears the item models before the keys go
        ws.lock()
        return self.open_workspace(ws.path, reason=reason, user_name=self.last_user)

    def lock_for_idle(self) -> None:
        if self.runner.busy:  # never pull the engine from under running work; look again later
            self.idle.start()
            return
        minutes = self.prefs.idle_lock_minutes
        away = away_reason(self.idle.reason, self.idle.inactive_limit_seconds() // 60)  # ui/idle_lock.py
        self.lock(away or self.tr("The workspace was locked after %n minute(s) without activity.", "", minutes))

    def unlock_again(self) -> None:
        if self.locked_path is not None:
            self.open_workspace(self.locked_path, user_name=self.last_user)

    def close_workspace(self) -> None:
        ws, self.ws, self.locked_path = self.ws, None, None
        self.idle.stop()
        self.window.show_welcome(self.prefs.recent_workspaces)  # clears the item models before the keys go
        if ws is not None:
            ws.lock()

    def shutdown(self) -> None:
        """Quit: stop running work (it rolls back), then lock the session."""
        self.runner.cancel_all()
        self.runner.wait(30_000)
        self.idle.stop()
        if self.ws is not None:
            ws, self.ws = self.ws, None
            self.window.show_welcome()
            ws.lock()

    # ---- menu actions ----

    def refresh(self) -> None:
        if self.ws is not None and self.window.workspace_view is not None:
            self.window.workspace_view.refresh()

    def open_excel_dialog(self, *, template: bool) -> ExcelExportDialog | None:
        """File > Export ledger to Excel… (an open workspace) or Save a blank Excel template… (any time)."""
        if self.ws is None and not template:
            return None
        dialog = ExcelExportDialog(self.ws, self.runner, template=template, parent=self.window,
                                   folder=load_export_folder(self.prefs_path))  # the last folder chosen
        dialog.folder_chosen.connect(self._remember_export_folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.excel_dialog = dialog
        dialog.finished.connect(lambda: setattr(self.window, "excel_dialog", None)
                                if self.window.excel_dialog is dialog else None)
        dialog.open()
        return dialog

    def make_recovery(self, ask: bool = True) -> RecoveryCodeDialog | None:
        """Workspace > Make a new recovery code…: a new code (the old one stops working), shown once
        (docs/security.md §1.7). Team leader or HQ administrator."""
        ws = self.ws
        if ws is None:
            return None
        if ask and ws.keystore.recovery is not None and QMessageBox.question(
                self.window, self.tr("Make a new recovery code"),
                self.tr("The recovery code made earlier will stop working. Make a new one?")) \
                != QMessageBox.StandardButton.Yes:
            return None
        try:
            code = make_recovery_code(ws)
        except DomainError as error:
            show_error(self.window, error)
            return None
        self.recovery_dialog = RecoveryCodeDialog(code, self.window)
        self.recovery_dialog.open()
        return self.recovery_dialog

    def _remember_export_folder(self, folder: Path) -> None:
        with contextlib.suppress(OSError):  # a convenience, like the other preferences
            save_export_folder(folder, self.prefs_path)

    def open_excel_import(self) -> ExcelImportDialog | None:
        """File > Import from Excel…: read, preview, import in one transaction; the lists refresh afterwards."""
        if self.ws is None:
            return None
        dialog = ExcelImportDialog(self.ws, self.runner, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.excel_dialog = dialog
        dialog.imported.connect(lambda _: self.refresh())
        dialog.finished.connect(lambda: setattr(self.window, "excel_dialog", None)
                                if self.window.excel_dialog is dialog else None)
        dialog.open()
        return dialog

    def verify(self) -> Task | None:
        ws = self.ws
        if ws is None:
            return None
        return self.runner.start(
            lambda progress, cancel: verify_workspace(ws, progress, cancel), parent=self.window,
            title=self.tr("Verify workspace"), label=self.tr("Verifying the workspace…"), on_done=self._verified,
            stages=VERIFY_STAGES,
        )

    def _verified(self, report: VerifyReport) -> None:
        self.last_verify = report
        if report.ok:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Verify workspace"),
                              self.tr("The workspace is whole: database integrity, the audit trail and the change "
                                      "log all passed (%n change record(s) checked).", "", report.checked_changes),
                              parent=self.window)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Verify workspace"),
                              self.tr("The check found %n problem(s). Keep a copy of this workspace and tell the "
                                      "inspection office.", "", len(report.all_problems())), parent=self.window)
            box.setDetailedText("\n".join(problem_text(problem) for problem in report.all_problems()))
        leftovers = self._leftover_text(report)
        if leftovers:
            box.setInformativeText(leftovers)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.verify_box = box
        box.open()

    def _leftover_text(self, report: VerifyReport) -> str:
        """What interrupted exports left in the workspace folder (services/leftovers.py): not damage, but big."""
        lines = []
        if report.leftovers_removed:
            lines.append(self.tr("Unlocking removed %n temporary file(s) (%1) that an interrupted export had left.",
                                 "", len(report.leftovers_removed.names))
                         .replace("%1", size_text(report.leftovers_removed.size)))
        if report.leftovers_found:
            lines.append(self.tr("%n temporary file(s) (%1) of an interrupted export are in the workspace folder: "
                                 "%2. The next unlock or export removes them.", "", len(report.leftovers_found.names))
                         .replace("%1", size_text(report.leftovers_found.size))
                         .replace("%2", ", ".join(report.leftovers_found.names)))
        return "\n".join(lines)

    def new_demo_workspace(self) -> DemoDialog:
        dialog = DemoDialog(self.window)
        dialog.accepted.connect(lambda: self.create_demo(dialog.path(), dialog.team_no()))
        dialog.open()
        return dialog

    def create_demo(self, path: Path | None, team_no: int | None = None) -> Task | None:
        """Make the demo workspace off the GUI thread (progress, cancel), then ask for a demo user's passphrase."""
        if path is None:
            return None
        clock = self.clock
        return self.runner.start(
            lambda progress, cancel: create_demo_workspace(path, team_no=team_no, clock=clock, progress=progress,
                                                           cancel=cancel),
            parent=self.window, title=self.tr("Create the demo workspace"),
            label=self.tr("Making the demo workspace…"), on_done=lambda report: self.open_workspace(path),
            stages=DEMO_STAGES,
        )

    def set_language(self, code: str) -> None:
        if code == self.prefs.language:
            return
        self.prefs.language = code
        self._save_prefs()
        QMessageBox.information(self.window, self.tr("Language"),
                                self.tr("The new language takes effect the next time Xuncha starts."))

    def ask_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window, self.tr("Idle lock"),
            self.tr("Lock the workspace after this many minutes without activity:"),
            self.prefs.idle_lock_minutes, MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        if ok:
            self.set_idle_minutes(minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        self.prefs.idle_lock_minutes = max(MIN_IDLE_LOCK_MINUTES, min(MAX_IDLE_LOCK_MINUTES, minutes))
        self.idle.set_minutes(self.prefs.idle_lock_minutes)
        self._save_prefs()

    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Xuncha"),
                          self.tr("Xuncha 0.1 — offline work of municipal party inspection teams and their office.\n"
                                  "Data is encrypted at rest (SQLCipher); the program has no network code."))
