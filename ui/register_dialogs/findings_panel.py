"""The findings a register entry feeds: a new draft finding from the entry (the working-paper editor, preset),
a link from an existing finding, or removing a link."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import FindingStatus
from services.errors import DomainError
from services.queries.registers import FindingChoice, finding_choices, linked_findings
from services.register_links import finding_preset, link_finding, unlink_finding
from services.workspace import WorkspaceSession
from ui.i18n import label
from ui.messages import show_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def finding_text(choice: FindingChoice) -> str:
    return f"{choice.code}  {choice.title}  〔{choice.org_name} · {label(choice.status, FindingStatus)}〕"


class FindingPickDialog(QDialog):
    """Choose an existing finding to link: this unit's first, every unit of the workspace on request."""

    def __init__(self, ws: WorkspaceSession, assignment_id: str | None, taken: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.assignment_id, self.taken = ws, assignment_id, taken
        self.setWindowTitle(self.tr("Link to a finding"))
        self.resize(720, 480)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by number or title"))
        self.filter.setClearButtonEnabled(True)
        self.all_units = QCheckBox(self.tr("Show findings of every unit"))
        self.list = QListWidget()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.all_units)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.all_units.toggled.connect(self._load)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._update_ok)
        self._load()

    def _load(self) -> None:
        scope = None if self.all_units.isChecked() else self.assignment_id
        self.list.clear()
        for choice in finding_choices(self.ws, scope):
            if choice.finding_id in self.taken:
                continue
            item = QListWidgetItem(finding_text(choice))
            item.setData(ID_ROLE, choice.finding_id)
            self.list.addItem(item)
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.filter.text().strip().lower()
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(wanted) and wanted not in item.text().lower()
            item.setHidden(hidden)
            shown += not hidden
        self.empty.setText(self.tr("No finding to link. Tick “Show findings of every unit” to look wider, or "
                                   "create a new finding from this entry.") if not shown else "")
        self.empty.setVisible(not shown)
        self._update_ok()

    def _update_ok(self, *_: object) -> None:
        item = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None and not item.isHidden())

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None


class FindingsPanel(QWidget):
    """``set_entry(kind, id)``: None while the entry is not saved yet."""

    changed = Signal()

    def __init__(self, ws: WorkspaceSession, kind: str, assignment: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.kind, self.assignment = ws, kind, assignment
        self.entry_id: str | None = None
        self.editors: list[QDialog] = []
        explain = QLabel(self.tr("Findings whose sources include this entry. A finding found here can be "
                                 "drafted straight from it, or an existing finding can name it as a source."))
        explain.setWordWrap(True)
        self.list = QListWidget()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New finding from this…"))
        self.link_button = QPushButton(self.tr("Link to finding…"))
        self.unlink_button = QPushButton(self.tr("Remove link"))
        self.new_button.clicked.connect(self.new_finding)
        self.link_button.clicked.connect(self.link)
        self.unlink_button.clicked.connect(self.unlink)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(self.open_finding)
        self.list.setToolTip(self.tr("Double-click a finding to open its working paper."))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.link_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.set_entry(None)

    def set_entry(self, entry_id: str | None) -> None:
        self.entry_id = entry_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.entry_id is not None:
            for choice in linked_findings(self.ws, self.kind, self.entry_id):
                item = QListWidgetItem(finding_text(choice))
                item.setData(ID_ROLE, choice.finding_id)
                self.list.addItem(item)
        if self.entry_id is None:
            self.empty.setText(self.tr("Save the entry first; then findings can be drafted from it or linked to it."))
        else:
            self.empty.setText(self.tr("No finding names this entry as a source yet."))
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._update_buttons()

    def linked_ids(self) -> set[str]:
        return {str(self.list.item(row).data(ID_ROLE)) for row in range(self.list.count())}

    def _update_buttons(self, *_: object) -> None:
        saved = self.entry_id is not None
        self.new_button.setEnabled(saved)
        self.link_button.setEnabled(saved)
        self.unlink_button.setEnabled(saved and self.list.currentItem() is not None)

    def new_finding(self) -> QDialog | None:
        """Open the working-paper editor on a new draft preset from this entry (it links the entry when saved)."""
        if self.entry_id is None:
            return None
        from ui.finding_editor.dialog import FindingEditor

        try:
            preset = finding_preset(self.ws, self.kind, self.entry_id)
        except DomainError as error:
            show_error(self, error)
            return None
        if "preset" in inspect.signature(FindingEditor.__init__).parameters:
            editor = FindingEditor(self.ws, None, self.window(), preset=preset)  # type: ignore[call-arg]
        else:  # an editor without presets: fill its form after it opened on a blank paper
            editor = FindingEditor(self.ws, None, self.window())
            editor.form.set_input(preset)
            editor._update_title()
        return self._track(editor)

    def open_finding(self, item: QListWidgetItem) -> QDialog:
        from ui.finding_editor.dialog import FindingEditor

        editor = FindingEditor(self.ws, str(item.data(ID_ROLE)), self.window())
        return self._track(editor)

    def _track(self, editor: QDialog) -> QDialog:
        editor.saved.connect(lambda _id: self._after_change())  # type: ignore[attr-defined]
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editors.append(editor)
        editor.finished.connect(lambda _result, e=editor: self.editors.remove(e) if e in self.editors else None)
        editor.show()
        return editor

    def link(self) -> None:
        if self.entry_id is None:
            return
        picker = FindingPickDialog(self.ws, self.assignment(), self.linked_ids(), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen() is None:
            return
        try:
            link_finding(self.ws, self.kind, self.entry_id, str(picker.chosen()))
        except DomainError as error:
            show_error(self, error)
            return
        self._after_change()

    def unlink(self) -> None:
        item = self.list.currentItem()
        if self.entry_id is None or item is None:
            return
        try:
            unlink_finding(self.ws, self.kind, self.entry_id, str(item.data(ID_ROLE)))
        except DomainError as error:
            show_error(self, error)
            return
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()
