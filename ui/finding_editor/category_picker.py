"""The problem category (问题类别): a field showing "L1 / L2", a button that opens the tree with a search box.

The tree of the inspected unit's kind comes first (四个聚焦 for villages and communities, 四个落实 otherwise);
typing filters every tree by name or code ("B4", "三资", "公车") and opens the branches that match.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from services.finding_scope import CategoryChoice

ID_ROLE = Qt.ItemDataRole.UserRole


class CategoryDialog(QDialog):
    """Pick one category node: search, then double-click, Enter or OK."""

    def __init__(self, choices: list[CategoryChoice], scheme_names: dict[str, str], preferred_scheme: str,
                 current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the problem category"))
        self.resize(760, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or code, e.g. 三资, 公车, B4"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_ok())
        self.no_match = QLabel(self.tr("No category matches the search."))
        self.no_match.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_current)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match)
        layout.addWidget(self.buttons)
        self.chosen: str | None = None
        self._fill(choices, scheme_names, preferred_scheme, current)
        self.search.setFocus()

    def _fill(self, choices: list[CategoryChoice], scheme_names: dict[str, str], preferred: str,
              current: str | None) -> None:
        schemes = sorted({c.scheme for c in choices}, key=lambda s: (s != preferred, s))
        items: dict[tuple[str, ...], QTreeWidgetItem] = {}
        for scheme in schemes:
            root = QTreeWidgetItem(self.tree, [scheme_names.get(scheme, scheme)])
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
            root.setExpanded(scheme == preferred)
            for choice in (c for c in choices if c.scheme == scheme):
                parent = items.get((scheme, *choice.names[:-1]), root)
                item = QTreeWidgetItem(parent, [f"{choice.code}  {choice.names[-1]}"])
                item.setData(0, ID_ROLE, choice.node_id)
                item.setData(0, Qt.ItemDataRole.ToolTipRole, choice.path)
                items[(scheme, *choice.names)] = item
                if choice.node_id == current:
                    self.tree.setCurrentItem(item)
                    parent.setExpanded(True)
                    root.setExpanded(True)
        self._update_ok()

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        shown = 0
        for index in range(self.tree.topLevelItemCount()):
            shown += self._filter(self.tree.topLevelItem(index), needle, False)
        self.no_match.setVisible(bool(needle) and shown == 0)
        if needle:
            first = next((item for item in self._items() if not item.isHidden() and item.data(0, ID_ROLE)
                          and needle in item.text(0).lower()), None)
            if first is not None:
                self.tree.setCurrentItem(first)

    def _filter(self, item: QTreeWidgetItem | None, needle: str, ancestor_matches: bool) -> int:
        """How many matches ``item`` and its branch show (None: Qt's "no item at that index", never in range)."""
        if item is None:
            return 0
        own = bool(needle) and needle in item.text(0).lower() and item.data(0, ID_ROLE) is not None
        visible_children: int = sum(self._filter(item.child(i), needle, ancestor_matches or own)
                                    for i in range(item.childCount()))
        visible = not needle or own or ancestor_matches or visible_children > 0
        item.setHidden(not visible)
        if needle:
            item.setExpanded(visible_children > 0)
        return int(own) + visible_children

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            out.append(iterator.value())
            iterator += 1
        return out

    def _update_ok(self) -> None:
        item = self.tree.currentItem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(item is not None and item.data(0, ID_ROLE) is not None and not item.isHidden())

    def accept_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        self.chosen = str(item.data(0, ID_ROLE))
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_current()
            return
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.tree.setFocus()
        super().keyPressEvent(event)


class CategoryPicker(QWidget):
    """The category field of the editor: the chosen path, 选择… and 清除."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[CategoryChoice] = []
        self.scheme_names: dict[str, str] = {}
        self.preferred_scheme = ""
        self.node_id: str | None = None
        self.display = QLineEdit()
        self.display.setReadOnly(True)
        self.display.setPlaceholderText(self.tr("Not chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.open_dialog)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self.set_value(None, emit=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)

    def set_choices(self, choices: list[CategoryChoice], scheme_names: dict[str, str]) -> None:
        self.choices, self.scheme_names = choices, scheme_names

    def set_preferred_scheme(self, scheme: str) -> None:
        self.preferred_scheme = scheme

    def value(self) -> str | None:
        return self.node_id

    def set_value(self, node_id: str | None, *, emit: bool = False, snapshot: str | None = None) -> None:
        self.node_id = node_id
        choice = next((c for c in self.choices if c.node_id == node_id), None)
        self.display.setText(choice.path if choice is not None else (snapshot or ""))
        self.display.setToolTip(self.display.text())
        self.display.setCursorPosition(0)
        if emit:
            self.changed.emit()

    def open_dialog(self) -> None:
        dialog = CategoryDialog(self.choices, self.scheme_names, self.preferred_scheme, self.node_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.set_value(dialog.chosen, emit=True)

    def set_read_only(self, read_only: bool) -> None:
        self.choose_button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)
