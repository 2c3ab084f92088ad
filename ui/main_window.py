"""The one top-level window: the welcome page, the open workspace, or the locked page; menus and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role, WorkspaceKind
from services.workspace import ADMIN_ROLES, WorkspaceSession
from ui.evidence.format import size_text
from ui.i18n import label
from ui.icons import icon
from ui.tasks import TaskRunner
from ui.taxonomy_dialog import TaxonomyDialog
from ui.welcome import WelcomePage
from ui.workspace_view import WorkspaceView


class LockedPage(QWidget):
    unlock_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(icon("lock").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("The workspace is locked"))
        heading.setObjectName("appTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.path_label = QLabel()
        self.path_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.path_label.setObjectName("pathLabel")
        explain = QLabel(self.tr("Its keys were removed from memory. Unlock it with your passphrase to go on."))
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(icon("lock"), self.tr("Unlock…"))
        self.unlock_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("Close workspace"))
        for button in (self.unlock_button, self.close_button):
            button.setMinimumSize(180, 34)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (picture, heading, self.path_label, explain):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def set_path(self, path: Path) -> None:
        self.path_label.setText(str(path))


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuncha"))
        self.setWindowIcon(icon("app"))
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1280, room.width() - 40) if room else 1280, min(800, room.height() - 60) if room else 800)
        self.welcome = WelcomePage()
        self.locked_page = LockedPage()
        self.workspace_view: WorkspaceView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.locked_page)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self.show_welcome()

    # ---- actions, menus, status bar ----

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   icon_name: str = "") -> QAction:
            made = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            return made

        self.new_action = action(self.tr("&New workspace…"), QKeySequence.StandardKey.New, "new")
        self.open_action = action(self.tr("&Open workspace…"), QKeySequence.StandardKey.Open, "workspace")
        self.demo_action = action(self.tr("Create the &demo workspace…"), None, "demo")
        self.close_workspace_action = action(self.tr("&Close workspace"), QKeySequence.StandardKey.Close)
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.import_excel_action = action(self.tr("&Import from Excel…"))
        self.export_excel_action = action(self.tr("&Export ledger to Excel…"))
        self.template_action = action(self.tr("Save a blank Excel &template…"))
        self.excel_dialog: QDialog | None = None  # the open export/template dialog (closed when the session goes)
        self.verify_action = action(self.tr("&Verify workspace…"))
        self.taxonomy_action = action(self.tr("Problem &categories…"))
        self.taxonomy_action.triggered.connect(self.open_taxonomy)
        self.taxonomy_dialog: TaxonomyDialog | None = None
        self.recovery_action = action(self.tr("Make a new recovery cod&e…"))  # team leader, HQ administrator
        self.refresh_action = action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh)
        self.lock_action = action(self.tr("&Lock now"), "Ctrl+L", "lock")
        self.lock_action.setIconText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the workspace now (Ctrl+L)"))
        self.idle_minutes_action = action(self.tr("&Idle lock after…"))
        self.about_action = action(self.tr("&About Xuncha"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("zh_CN", "中文（简体）"), ("en", "English")):
            choice = QAction(name, self)
            choice.setCheckable(True)
            choice.setData(code)
            self.language_group.addAction(choice)
            self.language_actions[code] = choice

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for item in (self.new_action, self.open_action, self.demo_action, None, self.import_excel_action,
                     self.export_excel_action, self.template_action, None, self.close_workspace_action, None,
                     self.quit_action):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        workspace_menu = bar.addMenu(self.tr("&Workspace"))
        for item in (self.refresh_action, self.verify_action, self.taxonomy_action, self.recovery_action, None,
                     self.lock_action):
            workspace_menu.addSeparator() if item is None else workspace_menu.addAction(item)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for choice in self.language_actions.values():
            language_menu.addAction(choice)
        settings_menu.addAction(self.idle_minutes_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.workspace_label = QLabel()
        self.user_label = QLabel()
        self.lock_button = QToolButton()
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setIconSize(QSize(16, 16))
        self.lock_button.setAutoRaise(True)
        bar.addWidget(self.workspace_label, 1)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.lock_button)

    # ---- pages ----

    def _set_workspace_actions(self, open_session: bool, locked: bool = False) -> None:
        for action in (self.verify_action, self.refresh_action, self.taxonomy_action, self.lock_action):
            action.setEnabled(open_session)
        self.recovery_action.setEnabled(False)  # show_workspace enables it for an administrator
        self.close_workspace_action.setEnabled(open_session or locked)
        self.export_excel_action.setEnabled(open_session)
        self.import_excel_action.setEnabled(open_session)
        self.lock_button.setVisible(open_session)

    def show_welcome(self, recent: list[str] | None = None) -> None:
        self._drop_workspace_view()
        if recent is not None:
            self.welcome.set_recent(recent)
        self.stack.setCurrentWidget(self.welcome)
        self.workspace_label.setText(self.tr("No workspace open"))
        self.user_label.clear()
        self.setWindowTitle(self.tr("Xuncha"))
        self._set_workspace_actions(False)

    def show_workspace(self, ws: WorkspaceSession, runner: TaskRunner | None = None) -> WorkspaceView:
        self._drop_workspace_view()
        self.workspace_view = WorkspaceView(ws, runner=runner)
        self.stack.addWidget(self.workspace_view)
        self.stack.setCurrentWidget(self.workspace_view)
        kind = label(ws.kind, WorkspaceKind)
        team = self.tr(" · team %1").replace("%1", str(ws.team_no)) if ws.team_no else ""
        demo = self.tr(" · demo data") if ws.demo else ""
        self.workspace_label.setText(f"{kind}{team}{demo} · {ws.path}")
        self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", ws.actor.name)
                                .replace("%2", label(ws.actor.role, Role)))
        self.setWindowTitle(self.tr("Xuncha — %1").replace("%1", ws.path.name))
        self._set_workspace_actions(True)
        removed = ws.leftovers_removed
        if removed:  # the unlock removed what an interrupted export had left (services/leftovers.py)
            self.statusBar().showMessage(
                self.tr("Removed %n temporary file(s) (%1) that an interrupted export had left in the workspace "
                        "folder.", "", len(removed.names)).replace("%1", size_text(removed.size)))
        administrator = ws.actor.role in ADMIN_ROLES
        self.recovery_action.setEnabled(administrator)
        if administrator and ws.keystore.recovery is None:  # made before recovery codes (docs/security.md §1.7)
            self.statusBar().showMessage(self.tr("This workspace has no recovery code: if every passphrase is "
                                                 "forgotten it cannot be opened. Workspace → Make a new recovery "
                                                 "code…"))
        failed = ws.failed_unlocks  # attempts since the last unlock, folded into the audit log (docs/security.md §1.3)
        if failed:
            attempts = int(failed.get("attempts", 0))
            last = str(failed.get("last_at") or "")[:16].replace("T", " ")
            self.statusBar().showMessage(
                self.tr("%n failed unlock attempt(s) since the last unlock (the last at %1); recorded in the audit "
                        "log.", "", attempts).replace("%1", last or "?"))
        return self.workspace_view

    def show_locked(self, path: Path) -> None:
        self._drop_workspace_view()
        self.locked_page.set_path(path)
        self.stack.setCurrentWidget(self.locked_page)
        self.workspace_label.setText(self.tr("Locked · %1").replace("%1", str(path)))
        self.user_label.clear()
        self._set_workspace_actions(False, locked=True)

    def open_taxonomy(self) -> TaxonomyDialog | None:
        """Workspace > Problem categories: the trees, searchable; editable for whoever may edit them."""
        view = self.workspace_view
        if view is None or view.ws is None:
            return None
        if self.taxonomy_dialog is not None:
            self.taxonomy_dialog.raise_()
            return self.taxonomy_dialog
        dialog = self.taxonomy_dialog = TaxonomyDialog(view.ws, self)

        def closed() -> None:
            if dialog.changed and self.workspace_view is view and view.ws is not None:
                view.refresh()
            self.taxonomy_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def _drop_workspace_view(self) -> None:
        if self.excel_dialog is not None:  # it holds the session: gone before the keys go
            dialog, self.excel_dialog = self.excel_dialog, None
            dialog.close()
        if self.taxonomy_dialog is not None:  # it holds the session: gone before the keys go
            dialog, self.taxonomy_dialog = self.taxonomy_dialog, None
            dialog.clear()
            dialog.close()
        view, self.workspace_view = self.workspace_view, None
        if view is not None:
            view.clear()
            self.stack.removeWidget(view)
            view.hide()
            view.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

