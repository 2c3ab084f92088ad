"""问题分类: the category trees and tag families, searchable, and editable by whoever may edit them.

HQ's administrator edits the shared tree; a team leader adds team-local items under it (services/taxonomy.py
decides, the buttons only follow). Names are edited in place: "Add child" opens an editor on a new row, and
a double click (or F2, or "Rename") edits a name. Deactivated nodes stay visible (greyed) for old findings;
"Reactivate" (in Deactivate's place for such a node) puts one back in use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import WorkspaceKind
from services.errors import DomainError, InvalidFieldsError
from services.taxonomy import CATEGORY_SCHEMES, TreeNode, may_add_under, may_edit_taxonomy, scheme_names, taxonomy_tree
from services.taxonomy_edits import (
    add_node,
    deactivate_node,
    move_node,
    reactivatable_ids,
    reactivate_node,
    rename_node,
)
from services.workspace import WorkspaceSession
from ui.messages import field_problem_text, message_for

ID_ROLE = Qt.ItemDataRole.UserRole
SCHEME_ROLE = Qt.ItemDataRole.UserRole + 1
PENDING = "__new__"
INACTIVE = QColor("#9aa0a6")
NAME, CODE, USED, STATE = range(4)


class TaxonomyDialog(QDialog):
    """Opened from Workspace > Problem categories; ``changed`` says whether anything was written."""

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self.changed = False
        self.nodes: dict[str, TreeNode] = {}
        self.reactivatable: set[str] = set()
        self.items: dict[str, QTreeWidgetItem] = {}
        self.scheme_items: dict[str, QTreeWidgetItem] = {}
        self._pending: QTreeWidgetItem | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Problem categories"))
        self.resize(920, 620)

        self.intro_label = QLabel(self._intro(ws))
        self.intro_label.setObjectName("hintBox")
        self.intro_label.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search categories and tags…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.apply_filter)
        self.inactive_check = QCheckBox(self.tr("Show deactivated"))
        self.inactive_check.setChecked(True)
        self.inactive_check.toggled.connect(self._inactive_toggled)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.inactive_check)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Code"), self.tr("Findings"), self.tr("State")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, USED, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self.update_buttons)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.itemDelegate().closeEditor.connect(lambda *_: QTimer.singleShot(0, self._drop_unnamed))

        self.add_button = QPushButton(self.tr("Add child"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.reactivate_button.setToolTip(self.tr("Offer this entry (and what was deactivated with it) for new "
                                                  "findings again"))
        self.add_button.clicked.connect(self.start_adding)
        self.rename_button.clicked.connect(self.start_renaming)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.deactivate_button,
                       self.reactivate_button):
            button.setMinimumWidth(120)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(buttons)

        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(search_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(close)
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button,
                       self.deactivate_button):
            button.setVisible(may_edit_taxonomy(ws))
        self.reactivate_button.setVisible(False)  # in the Deactivate button's place, for a deactivated node
        self.reload()

    def _intro(self, ws: WorkspaceSession) -> str:
        text = self.tr("A finding keeps the category it was filed under, with its wording at that time. "
                       "Deactivated entries (grey) stay on old findings but are no longer offered for new ones.")
        if not may_edit_taxonomy(ws):
            return text + " " + self.tr("Only the inspection office's administrator changes the shared tree; "
                                        "a team leader may add team items under it. You can search and read it.")
        if ws.kind is WorkspaceKind.TEAM:
            return text + " " + self.tr("The shared tree belongs to the inspection office: you can add your "
                                        "team's own items under it, and change those.")
        return text

    # ---- filling and finding ----

    def reload(self, select_id: str | None = None) -> None:
        if self.ws is None:
            return
        expanded = {node_id for node_id, item in self.items.items() if item.isExpanded()}
        open_schemes = {scheme for scheme, root in self.scheme_items.items() if root.isExpanded()}
        first = not self.scheme_items
        self._filling = True
        self.tree.clear()
        self.items, self.scheme_items, self._pending = {}, {}, None
        self.nodes = {node.id: node for node in taxonomy_tree(self.ws)}
        self.reactivatable = reactivatable_ids(self.ws)
        totals = self._subtree_findings()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for scheme, name in scheme_names().items():
            root = QTreeWidgetItem(self.tree, [name])
            root.setData(0, SCHEME_ROLE, scheme)
            root.setFont(NAME, bold)
            root.setFirstColumnSpanned(True)
            self.scheme_items[scheme] = root
        for node in self.nodes.values():
            parent = self.items.get(node.parent_id or "") or self.scheme_items.get(node.scheme)
            if parent is None:
                parent = self.scheme_items[node.scheme] = QTreeWidgetItem(self.tree, [node.scheme])
                parent.setData(0, SCHEME_ROLE, node.scheme)
            used = totals.get(node.id, 0)
            item = QTreeWidgetItem(parent, [node.name, node.code, str(used) if used else "", self._state(node)])
            item.setData(0, ID_ROLE, node.id)
            item.setData(0, SCHEME_ROLE, node.scheme)
            item.setToolTip(NAME, node.name)
            item.setTextAlignment(USED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if node.editable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if not node.active:
                for column in range(4):
                    item.setForeground(column, QBrush(INACTIVE))
            self.items[node.id] = item
        for scheme, root in self.scheme_items.items():
            root.setExpanded(scheme in (CATEGORY_SCHEMES if first else open_schemes))
        for node_id, item in self.items.items():
            node = self.nodes[node_id]
            item.setExpanded(node_id in expanded or (first and node.scheme in CATEGORY_SCHEMES and node.level == 1))
        self._filling = False
        self.apply_filter()
        if select_id and select_id in self.items:
            self._reveal(self.items[select_id])
        self.update_buttons()

    def _subtree_findings(self) -> dict[str, int]:
        """Findings filed under each node or anything below it (an L1 row shows its whole branch)."""
        totals: dict[str, int] = {}
        for node in self.nodes.values():
            current: TreeNode | None = node
            while current is not None:
                totals[current.id] = totals.get(current.id, 0) + node.findings
                current = self.nodes.get(current.parent_id or "")
        return totals

    def _state(self, node: TreeNode) -> str:
        parts = []
        if not node.active:
            parts.append(self.tr("Deactivated"))
        if node.team_local:
            parts.append(self.tr("Team item"))
        return self.tr(", ").join(parts)

    def _reveal(self, item: QTreeWidgetItem) -> None:
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _inactive_toggled(self, _on: bool) -> None:
        self.apply_filter()
        self.update_buttons()

    def apply_filter(self, _text: str | None = None) -> None:
        """Show the nodes whose name or code holds the search text, the branches leading to them and what lies
        under them; deactivated nodes only while "Show deactivated" is ticked."""
        wanted = self.search_edit.text().strip().lower()
        show_inactive = self.inactive_check.isChecked()

        def visit(item: QTreeWidgetItem | None, inside_hit: bool) -> bool:
            if item is None:  # Qt's "no item at that index": never within childCount()
                return False
            node = self.nodes.get(str(item.data(0, ID_ROLE) or ""))
            if item.data(0, ID_ROLE) == PENDING:
                item.setHidden(False)
                return True
            allowed = node is None or node.active or show_inactive
            hit = allowed and (inside_hit or not wanted or wanted in item.text(NAME).lower()
                               or wanted in item.text(CODE).lower())
            children = [visit(item.child(i), hit and bool(wanted)) for i in range(item.childCount())]
            visible = allowed and (hit or any(children))
            item.setHidden(not visible)
            if wanted and any(children):
                item.setExpanded(True)
            return visible

        shown = 0
        for index in range(self.tree.topLevelItemCount()):
            root = self.tree.topLevelItem(index)
            if root is not None:
                shown += visit(root, False)
        self.message_label.setText("" if shown or not wanted else self.tr("Nothing matches “%1”.")
                                   .replace("%1", self.search_edit.text().strip()))

    def visible_names(self) -> list[str]:
        """The node names a person sees now (search applied), in tree order: for tests and the empty check."""
        out: list[str] = []
        for node_id, item in self.items.items():
            if not item.isHidden() and node_id != PENDING:
                out.append(item.text(NAME))
        return out

    # ---- what may be done to the selection ----

    def selected(self) -> tuple[str | None, TreeNode | None]:
        """(scheme, node) of the current row; a scheme's own row gives (scheme, None)."""
        item = self.tree.currentItem()
        if item is None:
            return None, None
        node = self.nodes.get(str(item.data(0, ID_ROLE) or ""))
        return str(item.data(0, SCHEME_ROLE) or "") or None, node

    def update_buttons(self) -> None:
        if self.ws is None:
            return
        scheme, node = self.selected()
        self.add_button.setEnabled(scheme is not None and may_add_under(self.ws, scheme, node))
        self.add_button.setText(self.tr("Add child") if node is not None else self.tr("Add item"))
        for button in (self.rename_button, self.up_button, self.down_button, self.deactivate_button):
            button.setEnabled(node is not None and node.editable)
        if may_edit_taxonomy(self.ws):  # a deactivated node the user may edit: Reactivate in Deactivate's place
            reactivate = self.may_reactivate(node)
            self.reactivate_button.setVisible(reactivate)
            self.deactivate_button.setVisible(not reactivate)

    def may_reactivate(self, node: TreeNode | None) -> bool:
        """Reactivate is offered for a deactivated node this user may edit, while deactivated ones are shown."""
        return node is not None and not node.active and self.inactive_check.isChecked() \
            and node.id in self.reactivatable

    # ---- edits ----

    def start_adding(self, name: str = "") -> QTreeWidgetItem | None:
        """A new row under the selection, its name being edited in place (added once a name is typed)."""
        scheme, node = self.selected()
        if scheme is None or self.ws is None or not may_add_under(self.ws, scheme, node):
            return None
        parent = self.items[node.id] if node is not None else self.scheme_items[scheme]
        self._filling = True
        item = QTreeWidgetItem(parent, [name, "", "", ""])
        item.setData(0, ID_ROLE, PENDING)
        item.setData(0, SCHEME_ROLE, scheme)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._filling = False
        self._pending = item
        self._reveal(item)
        self.tree.editItem(item, NAME)
        return item

    def start_renaming(self) -> None:
        item = self.tree.currentItem()
        _scheme, node = self.selected()
        if item is not None and node is not None and node.editable:
            self.tree.editItem(item, NAME)

    def _drop_unnamed(self) -> None:
        """The editor of a new row closed without a (new) name: the row goes away, nothing was written."""
        item = self._pending
        if item is not None and self.tree.state() != QAbstractItemView.State.EditingState:
            self._pending = None
            parent = item.parent()
            if parent is not None:
                parent.removeChild(item)

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        """A name was typed in place. The edit is applied once the editor has let go of the row (the tree is
        rebuilt afterwards, which must not happen inside the item's own change signal)."""
        if self._filling or column != NAME or self.ws is None:
            return
        node_id = str(item.data(0, ID_ROLE) or "")
        name = item.text(NAME)
        if node_id == PENDING:
            if not name.strip():
                return
            parent = item.parent()
            parent_id = str(parent.data(0, ID_ROLE) or "") if parent is not None else ""
            scheme = str(item.data(0, SCHEME_ROLE))
            self._pending = None
            QTimer.singleShot(0, lambda: self._add(scheme, name, parent_id if parent_id in self.nodes else None))
        elif node_id in self.nodes and name != self.nodes[node_id].name:
            QTimer.singleShot(0, lambda: self._run(lambda ws: rename_node(ws, node_id, name).id, fallback=node_id))

    def _add(self, scheme: str, name: str, parent_id: str | None) -> None:
        """Add the typed node; when refused, the row comes back with the typed name for correcting."""
        if self._run(lambda ws: add_node(ws, scheme, name, parent_id=parent_id).id, fallback=parent_id):
            return
        if parent_id is None and scheme in self.scheme_items:
            self.tree.setCurrentItem(self.scheme_items[scheme])
        self.start_adding(name)

    def move_selected(self, step: int) -> None:
        _scheme, node = self.selected()
        if node is not None:
            self._run(lambda ws: move_node(ws, node.id, step) and node.id, fallback=node.id)

    def deactivate_selected(self, *, confirm: bool = True) -> None:
        _scheme, node = self.selected()
        if node is None or self.ws is None:
            return
        below = sum(1 for other in self.nodes.values() if other.parent_id == node.id and other.active)
        if confirm:
            question = self.tr("Deactivate “%1”?").replace("%1", node.name)
            if below:
                question += "\n" + self.tr("The %n item(s) under it are deactivated too.", "", below)
            question += "\n" + self.tr("Findings already filed under it keep it; new findings can no longer "
                                       "choose it until it is reactivated.")
            answer = QMessageBox.question(self, self.tr("Deactivate"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda ws: deactivate_node(ws, node.id)[0], fallback=node.id)

    def reactivate_selected(self) -> None:
        """Put the selected deactivated node back in use, with what was deactivated together with it (a parent
        still deactivated is refused, with the reason shown)."""
        _scheme, node = self.selected()
        if node is None or not self.may_reactivate(node):
            return
        parent = self.nodes.get(node.parent_id or "")
        if parent is not None and not parent.active:  # the service refuses it too; say what to do instead
            self.message_label.setText(self.tr("“%1” is still deactivated: reactivate it first.")
                                       .replace("%1", parent.name))
            return
        self._run(lambda ws: (reactivate_node(ws, node.id) or [node.id])[0], fallback=node.id)

    def _run(self, edit, fallback: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Do one edit; on success reload and select its node, on refusal say why and put the tree back."""
        if self.ws is None:
            return False
        try:
            node_id = edit(self.ws) or fallback
        except DomainError as error:
            if isinstance(error, InvalidFieldsError):
                text = "\n".join(field_problem_text(problem) for problem in error.problems)
            else:
                text = message_for(error)
            self.reload(select_id=fallback)
            self.message_label.setText(text)
            return False
        self.changed = True
        self.message_label.clear()
        self.reload(select_id=node_id)
        return True

    def clear(self) -> None:
        """The workspace is being locked: forget every row and the session."""
        self.ws, self.changed = None, False
        self.tree.clear()
        self.nodes, self.items, self.scheme_items = {}, {}, {}
        self.reactivatable = set()
