"""Where the finding came from: the interviews, petitions, document requests and field visits it rests on.

The list shows the linked entries; 添加来源… offers the entries of the chosen unit (with a search box).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.finding_scope import SourceChoice
from ui.finding_editor.fields import stack_with_buttons
from ui.i18n import QT_TRANSLATE_NOOP

KEY_ROLE = Qt.ItemDataRole.UserRole


KIND_NAMES = {
    "interview": QT_TRANSLATE_NOOP("SourcesEditor", "Interview"),
    "petition": QT_TRANSLATE_NOOP("SourcesEditor", "Petition"),
    "document_request": QT_TRANSLATE_NOOP("SourcesEditor", "Document request"),
    "field_visit": QT_TRANSLATE_NOOP("SourcesEditor", "Field visit"),
}


def kind_name(widget: QWidget, kind: str) -> str:
    return QCoreApplication.translate("SourcesEditor", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def describe(widget: QWidget, choice: SourceChoice) -> str:
    summary = f" — {choice.summary}" if choice.summary else ""
    return f"[{kind_name(widget, choice.kind)}] {choice.code}{summary}"


class SourcePickDialog(QDialog):
    def __init__(self, choices: list[SourceChoice], taken: set[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add sources"))
        self.resize(640, 460)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by number or content"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        for choice in choices:
            if (choice.kind, choice.source_id) in taken:
                continue
            item = QListWidgetItem(describe(self, choice))
            item.setData(KEY_ROLE, (choice.kind, choice.source_id))
            self.list.addItem(item)
        self.empty = QLabel(self.tr("The chosen unit has no interview, petition, document request or field visit "
                                    "that is not linked already."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def picked(self) -> list[tuple[str, str]]:
        return [tuple(item.data(KEY_ROLE)) for item in self.list.selectedItems()]  # type: ignore[misc]


class SourcesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[SourceChoice] = []
        self.labels: dict[tuple[str, str], str] = {}
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(70)
        self.add_button = QPushButton(self.tr("Add source…"))
        self.add_button.clicked.connect(self.open_picker)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        stack_with_buttons(self, self.list, self.add_button, self.remove_button)

    def set_choices(self, choices: list[SourceChoice], known: list[SourceChoice] | None = None) -> None:
        """What may be added (the unit's entries), and how to name entries already linked."""
        self.choices = choices
        for choice in [*(known or []), *choices]:
            self.labels[(choice.kind, choice.source_id)] = describe(self, choice)

    def _add(self, key: tuple[str, str]) -> None:
        item = QListWidgetItem(self.labels.get(key, f"[{kind_name(self, key[0])}] {key[1][:8]}"))
        item.setData(KEY_ROLE, key)
        self.list.addItem(item)

    def value(self) -> list[tuple[str, str]]:
        return [tuple(self.list.item(row).data(KEY_ROLE)) for row in range(self.list.count())]  # type: ignore[misc]

    def set_value(self, sources: list[tuple[str, str]]) -> None:
        self.list.clear()
        for key in sources:
            self._add(tuple(key))  # type: ignore[arg-type]

    def open_picker(self) -> None:
        dialog = SourcePickDialog(self.choices, set(self.value()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for key in dialog.picked():
                self._add(key)
            if dialog.picked():
                self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({self.list.row(item) for item in self.list.selectedItems()}, reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
