"""The evidence panel (佐证材料): list, attach (drop or file dialog), view from memory, save a copy, remove.

Contract others code against: ``EvidencePanel(ws, owner_kind, owner_id, parent=None, runner=None)``,
``set_owner(owner_kind, owner_id)`` (None = not saved yet), ``set_read_only(bool)``, ``refresh()``,
``clear()`` (the workspace is being locked) and the ``changed`` signal (evidence attached, edited, removed).
Pass the application's TaskRunner as ``runner`` so locking waits for a running attach or save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.errors import DomainError
from services.evidence import (
    VIEW_LIMIT_BYTES,
    EvidenceItem,
    attach_files,
    list_evidence,
    open_evidence_bytes,
    remove_evidence,
    save_evidence_copy,
    update_evidence,
)
from services.evidence_files import viewable
from services.workspace import WorkspaceSession
from ui.evidence.details import EvidenceDetailsDialog
from ui.evidence.format import EVIDENCE_STAGES
from ui.evidence.prompts import ask_copy_target, ask_remove_reason, choose_files, offer_copy_instead, tell_too_large
from ui.evidence.table import EvidenceTable
from ui.evidence.viewer import EvidenceViewer
from ui.messages import message_for, show_error
from ui.tasks import Task, TaskRunner


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files (not folders) of a drag."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class EvidencePanel(QWidget):
    changed = Signal()

    def __init__(self, ws: WorkspaceSession, owner_kind: str, owner_id: str | None, parent: QWidget | None = None,
                 *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self.owner_kind, self.owner_id = owner_kind, owner_id
        self.runner = runner or TaskRunner(self)
        self.read_only = False
        self.items: list[EvidenceItem] = []
        self.task: Task | None = None
        self.viewer: EvidenceViewer | None = None
        self.setAcceptDrops(True)

        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.view_button = QPushButton(self.tr("View"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.attach_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(lambda: self.view())
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.edit_button.clicked.connect(lambda: self.edit_details())
        self.remove_button.clicked.connect(lambda: self.ask_remove())
        bar = QHBoxLayout()
        for button in (self.attach_button, self.view_button, self.save_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)

        self.table = EvidenceTable()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda: self.view())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for key, slot in ((QKeySequence.StandardKey.Delete, self.ask_remove), (Qt.Key.Key_Return, self.view)):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda checked=False, slot=slot: slot())
            self.table.addAction(action)

        self.empty = QLabel()
        self.empty.setObjectName("evidenceDropZone")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMinimumHeight(120)
        self.empty.setStyleSheet("#evidenceDropZone { border: 2px dashed palette(mid); border-radius: 6px; "
                                 "color: palette(placeholder-text); padding: 16px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.note = QLabel()
        self.note.setObjectName("evidenceNote")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self.set_owner(owner_kind, owner_id)

    # ---- the contract ----

    def set_owner(self, owner_kind: str, owner_id: str | None) -> None:
        if (owner_kind, owner_id) != (self.owner_kind, self.owner_id):
            self.note.clear()
        self.owner_kind, self.owner_id = owner_kind, owner_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()
        self._update_texts()

    def refresh(self) -> None:
        self.items = []
        if self.ws is not None and self.owner_id is not None:
            try:
                self.items = list_evidence(self.ws, self.owner_kind, self.owner_id)
            except DomainError as error:  # locked under our feet: show nothing rather than fail
                self._say(message_for(error))
        selected = self.table.selected()
        self.table.set_items(self.items, selected.id if selected else None)
        self.stack.setCurrentWidget(self.table if self.items else self.empty)
        self._update_texts()
        self._update_buttons()

    def clear(self) -> None:
        """The workspace is being locked: forget the rows and the session."""
        self.ws, self.items = None, []
        self.table.setRowCount(0)
        if self.viewer is not None:
            self.viewer.close()
        self._update_buttons()

    # ---- state ----

    def _can_attach(self) -> bool:
        return self.ws is not None and self.owner_id is not None and not self.read_only

    def selected(self) -> EvidenceItem | None:
        return self.table.selected()

    def _update_texts(self) -> None:
        if self.owner_id is None:
            self.empty.setText(self.tr("Save first to attach evidence."))
        elif self.read_only:
            self.empty.setText(self.tr("No evidence is attached."))
        else:
            self.empty.setText(self.tr("No evidence yet.\n\nDrag photos, PDF files or Office documents here, "
                                       "or click “Attach files…”.\nThey are stored encrypted inside the workspace."))
        if not self.note.text() or self.note.property("hint"):
            self._hint()

    def _hint(self) -> None:
        hint = (self.tr("Drop files on this list to attach them. Double-click to view.")
                if self.items and self._can_attach() else "")
        self.note.setText(hint)
        self.note.setProperty("hint", True)

    def _update_buttons(self) -> None:
        item = self.selected()
        busy = self.task is not None and self.task.running
        self.attach_button.setVisible(not self.read_only)
        for button in (self.edit_button, self.remove_button):
            button.setVisible(not self.read_only and self.owner_id is not None)
        self.attach_button.setEnabled(self._can_attach() and not busy)
        self.view_button.setEnabled(item is not None and viewable(item.mime))
        self.save_button.setEnabled(item is not None and not busy)
        self.edit_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.view_button.setVisible(self.owner_id is not None)
        self.save_button.setVisible(self.owner_id is not None)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setProperty("hint", False)

    def _context_menu(self, pos: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        for button in (self.view_button, self.save_button, self.edit_button, self.remove_button):
            if button.isVisible():
                action = menu.addAction(button.text(), button.click)
                action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---- attach ----

    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:  # a move is asked the same
        if self._can_attach() and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not self._can_attach() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(paths)

    def choose_files(self) -> None:
        if not self._can_attach():
            return
        paths = choose_files(self)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[Path]) -> Task | None:
        """Attach ``paths`` in one task (progress and cancel; a cancelled attach leaves nothing behind)."""
        ws, owner_kind, owner_id = self.ws, self.owner_kind, self.owner_id
        if ws is None or owner_id is None or self.read_only or not paths:
            return None
        self.task = self.runner.start(
            lambda progress, cancel: attach_files(ws, owner_kind, owner_id, paths, progress=progress, cancel=cancel),
            parent=self, title=self.tr("Attach evidence"),
            label=self.tr("Attaching %n file(s)…", "", len(paths)), stages=EVIDENCE_STAGES,
            on_done=lambda ids: self._attached(ids, owner_id), on_error=self._failed,
            on_cancel=lambda: self._say(self.tr("Nothing was attached.")),
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def _attached(self, ids: list[str], owner_id: str) -> None:
        self.refresh()
        new = [item for item in self.items if item.id in ids]
        if new and owner_id == self.owner_id:
            self.table.select_id(new[-1].id)
            numbers = "、".join(item.evidence_no for item in new)
            same = [f"{item.evidence_no} = {other.evidence_no}" for item in new for other in self.items
                    if other.sha256 == item.sha256 and other.id != item.id and other.id not in ids]
            text = self.tr("Attached %1.").replace("%1", numbers)
            if same:
                text += " " + self.tr("Same content as an earlier file: %1.").replace("%1", "、".join(same))
            self._say(text)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.runner.report_error(self, error)

    # ---- view ----

    def view(self, item: EvidenceItem | None = None) -> Task | None:
        item = item or self.selected()
        ws = self.ws
        if item is None or ws is None:
            return None
        if not viewable(item.mime):
            if offer_copy_instead(self, item):
                self.save_copy(item)
            return None
        if item.size > VIEW_LIMIT_BYTES:
            tell_too_large(self, item)
            return None
        evidence_id = item.id
        self.task = self.runner.start(
            lambda progress, cancel: open_evidence_bytes(ws, evidence_id, cancel=cancel), parent=self,
            title=self.tr("View evidence"), label=self.tr("Decrypting the file…"),
            on_done=lambda data: self.show_viewer(data, item),
        )
        return self.task

    def show_viewer(self, data: bytes, item: EvidenceItem) -> EvidenceViewer:
        if self.viewer is not None:
            self.viewer.close()
        viewer = EvidenceViewer(data, item, self)
        viewer.save_requested.connect(lambda evidence_id: self.save_copy(item))
        viewer.destroyed.connect(lambda: setattr(self, "viewer", None) if self.viewer is viewer else None)
        self.viewer = viewer
        viewer.show()
        return viewer

    # ---- save a copy ----

    def save_copy(self, item: EvidenceItem | None = None) -> Task | None:
        """Warn that the copy is plaintext, ask where, then write it (audited)."""
        item = item or self.selected()
        if item is None or self.ws is None:
            return None
        target = ask_copy_target(self, item)
        return self.save_copy_to(item, target) if target is not None else None

    def save_copy_to(self, item: EvidenceItem, target: Path) -> Task | None:
        ws = self.ws
        if ws is None:
            return None
        evidence_id = item.id
        self.task = self.runner.start(
            lambda progress, cancel: save_evidence_copy(ws, evidence_id, target, progress, cancel), parent=self,
            title=self.tr("Save a copy"), label=self.tr("Writing the copy…"), stages=EVIDENCE_STAGES,
            on_done=lambda path: self._say(self.tr("Saved a plaintext copy of %1 to “%2”.")
                                           .replace("%1", item.evidence_no).replace("%2", str(path))),
            on_cancel=lambda: self._say(self.tr("The copy was not saved.")),
        )
        self.task.finished.connect(self._update_buttons)
        return self.task

    # ---- edit and remove ----

    def edit_details(self, item: EvidenceItem | None = None) -> EvidenceDetailsDialog | None:
        item = item or self.selected()
        if item is None or self.read_only:
            return None
        dialog = EvidenceDetailsDialog(item, self)
        dialog.accepted.connect(lambda: self.apply_details(item, dialog.values()))
        dialog.open()
        return dialog

    def apply_details(self, item: EvidenceItem, values: dict[str, object]) -> bool:
        if self.ws is None:
            return False
        try:
            update_evidence(self.ws, item.id, expected_version=item.local_version, **values)
        except DomainError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def ask_remove(self, item: EvidenceItem | None = None) -> None:
        item = item or self.selected()
        if item is None or self.read_only:
            return
        reason = ask_remove_reason(self, item)
        if reason is not None:
            self.remove(item, reason)

    def remove(self, item: EvidenceItem, reason: str) -> bool:
        if self.ws is None:
            return False
        try:
            remove_evidence(self.ws, item.id, reason)
        except DomainError as error:
            show_error(self, error)
            return False
        self.refresh()
        self._say(self.tr("Removed %1.").replace("%1", item.evidence_no))
        self.changed.emit()
        return True
