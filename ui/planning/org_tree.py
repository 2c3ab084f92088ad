"""The inspected units as a tree (市 → 县（市、区） → 乡镇（街道） → 村（社区）) with a search box: the area's
unit page, the unit picker of an assignment and the recusal picker of a member. Searching keeps the units whose
name or short name holds the text, with the units above them (services.queries.planning.org_tree); check marks
survive a search.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import OrgLevel
from services.queries.planning import OrgNode, org_tree
from services.workspace import WorkspaceSession
from ui.i18n import label

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, LEVEL, NOTE = range(3)


class OrgTree(QWidget):
    """``checkable``: a check box per unit (``checked_ids``); otherwise one unit is chosen (``selected_id``).
    ``note`` is a third column the owner fills (``set_notes``), e.g. the team that inspects the unit."""

    selection_changed = Signal()
    activated = Signal(str)  # an org id: double click or Enter
    checks_changed = Signal()

    def __init__(self, ws: WorkspaceSession, *, checkable: bool = False, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self.checkable = checkable
        self.nodes: dict[str, OrgNode] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.notes: dict[str, str] = {}
        self.locked_ids: set[str] = set()
        self._filling = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units by name or short name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("Level"), note])
        self.tree.setColumnHidden(NOTE, not note)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self.selection_changed)
        self.tree.itemActivated.connect(lambda item, _column: self.activated.emit(str(item.data(NAME, ID_ROLE))))
        self.tree.itemChanged.connect(self._item_changed)
        self.empty_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.search)
        self.reload()

    # ---- reading ----

    def reload(self) -> None:
        """Read the units again; the choice, the check marks and the search stay."""
        if self.ws is None:
            return
        chosen, checked = self.selected_id(), set(self.checked_ids())
        self._filling = True
        self.tree.clear()
        self.items.clear()
        self.nodes = {node.id: node for node in org_tree(self.ws)}
        for node in self.nodes.values():
            parent = self.items.get(node.parent_id or "")
            item = QTreeWidgetItem([node.name, label(node.level, OrgLevel), self.notes.get(node.id, "")])
            item.setData(NAME, ID_ROLE, node.id)
            if node.short_name:
                item.setToolTip(NAME, node.short_name)
            if self.checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(NAME, Qt.CheckState.Checked if node.id in checked else Qt.CheckState.Unchecked)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self.items[node.id] = item
        self.tree.expandAll()
        self._apply_locks()
        self._filling = False
        if chosen in self.items:
            self.set_selected(chosen)
        self.apply_filter(self.search.text())

    def apply_filter(self, text: str = "") -> None:
        if self.ws is None:
            return
        kept = {node.id for node in org_tree(self.ws, text)} if text.strip() else set(self.items)
        for org_id, item in self.items.items():
            item.setHidden(org_id not in kept)

    def visible_ids(self) -> list[str]:
        return [org_id for org_id, item in self.items.items() if not item.isHidden()]

    # ---- choosing ----

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return str(items[0].data(NAME, ID_ROLE)) if items else None

    def set_selected(self, org_id: str | None) -> None:
        item = self.items.get(org_id or "")
        self.tree.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def checked_ids(self) -> list[str]:
        """The checked units in tree order."""
        return [org_id for org_id, item in self.items.items()
                if item.checkState(NAME) == Qt.CheckState.Checked] if self.checkable else []

    def set_checked(self, org_ids: list[str]) -> None:
        wanted = set(org_ids)
        self._filling = True
        for org_id, item in self.items.items():
            item.setCheckState(NAME, Qt.CheckState.Checked if org_id in wanted else Qt.CheckState.Unchecked)
        self._filling = False
        self.checks_changed.emit()

    def set_locked(self, org_ids: set[str]) -> None:
        """Units that cannot be checked here (greyed), e.g. the ones already assigned in the round."""
        self.locked_ids = set(org_ids)
        self._apply_locks()

    def _apply_locks(self) -> None:
        if not self.checkable:
            return
        for org_id, item in self.items.items():
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if org_id in self.locked_ids
                          else flags | Qt.ItemFlag.ItemIsEnabled)

    def set_notes(self, notes: dict[str, str]) -> None:
        self.notes = dict(notes)
        for org_id, item in self.items.items():
            item.setText(NOTE, self.notes.get(org_id, ""))

    def node(self, org_id: str | None) -> OrgNode | None:
        return self.nodes.get(org_id or "")

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == NAME and self.checkable:
            self.checks_changed.emit()

    def clear(self) -> None:
        self.ws = None
        self.tree.clear()
        self.items.clear()
        self.nodes.clear()
