"""The units page of the 巡察计划 area: every inspected unit in its hierarchy, searchable, with the team that
inspects it in the chosen round; new units (at the top or under the chosen one), edit and remove."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.entities import InspectedOrg
from models.enums import InspectionType
from services.planning.orgs import delete_org
from services.queries.planning import RoundPlan
from services.workspace import WorkspaceSession
from ui.i18n import label
from ui.planning.form import RemoveDialog
from ui.planning.org_dialog import OrgDialog
from ui.planning.org_tree import OrgTree
from ui.tasks import TaskRunner


class UnitsPage(QWidget):
    """``changed`` after a write."""

    changed = Signal()

    def __init__(self, ws: WorkspaceSession, runner: Callable[[], TaskRunner], *, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self._runner = runner
        self.read_only = read_only
        self.last_dialog: QDialog | None = None
        self.hint = QLabel(self.tr("The units are shared by every round. A village or community sits under its "
                                   "township; a township under its county or directly under the city."))
        self.hint.setObjectName("ruleLabel")
        self.hint.setWordWrap(True)
        self.tree = OrgTree(ws, note=self.tr("In the chosen round"))
        self.tree.tree.header().resizeSection(0, 320)
        self.tree.activated.connect(lambda _org: self.edit_unit())
        self.tree.selection_changed.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("New unit…"))
        self.new_under_button = QPushButton(self.tr("New unit under the chosen one…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.new_button.clicked.connect(lambda: self.new_unit(under=False))
        self.new_under_button.clicked.connect(lambda: self.new_unit(under=True))
        self.edit_button.clicked.connect(lambda: self.edit_unit())
        self.remove_button.clicked.connect(lambda: self.remove_unit())
        self.buttons = (self.new_button, self.new_under_button, self.edit_button, self.remove_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            row.addWidget(button)
            button.setVisible(not read_only)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self._update_buttons()

    def refresh(self, plan: RoundPlan | None) -> None:
        if self.ws is None:
            return
        self.tree.set_notes({} if plan is None else {
            row.org_id: self.tr("Team %1 · %2").replace("%1", str(row.team_no))
            .replace("%2", label(row.mode, InspectionType)) for row in plan.assignments})
        self.tree.reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.tree.selected_id() is not None
        for button in (self.new_under_button, self.edit_button, self.remove_button):
            button.setEnabled(chosen)

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.saved.connect(lambda _value: self.changed.emit())  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_unit(self, *, under: bool) -> QDialog | None:
        if self.ws is None:
            return None
        parent_id = self.tree.selected_id() if under else None
        return self._open(OrgDialog(self.ws, self._runner(), parent_id=parent_id, parent=self))

    def edit_unit(self) -> QDialog | None:
        org_id = self.tree.selected_id()
        if self.ws is None or org_id is None or self.read_only:
            return None
        return self._open(OrgDialog(self.ws, self._runner(), org_id, parent=self))

    def remove_unit(self) -> QDialog | None:
        ws, node = self.ws, self.tree.node(self.tree.selected_id())
        if ws is None or node is None:
            return None
        org_id = node.id
        return self._open(RemoveDialog(
            ws, self._runner(), self.tr("Remove unit"),
            self.tr("Remove %1? A unit that is assigned in a round, or has units under it, cannot be removed.")
            .replace("%1", node.name), InspectedOrg.__tablename__, lambda reason: delete_org(ws, org_id, reason),
            self))

    def clear(self) -> None:
        self.ws = None
        self.tree.clear()
        if self.last_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.last_dialog.done(0)
            self.last_dialog = None
