"""The findings a register entry feeds: a new draft finding from the entry (the working-paper editor, preset),
a link from an existing finding, or removing a link."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import DomainError
from services.queries.registers import linked_findings
from services.register_links import finding_preset, link_finding, unlink_finding
from services.workspace import WorkspaceSession
from ui.finding_picker import FindingPicker, finding_text
from ui.messages import show_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
        picker = FindingPicker(self.ws, self, assignment_id=self.assignment(), exclude=self.linked_ids(),
                               own_assignments=True)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen_id is None:
            return
        try:
            link_finding(self.ws, self.kind, self.entry_id, picker.chosen_id)
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
