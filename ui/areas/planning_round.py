"""One round of the 巡察计划 area: what it is (stage, dates, theme), what would stop it being stationed (teams
without leader, recused members), its teams with their members, and the assignment table (unit, level, parent,
team, mode, period, findings). The buttons open the dialogs of ui/planning/; a read-only page has none."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.entities import Assignment, InspectionTeam, TeamMember
from models.enums import InspectionType, OrgLevel, RoundStatus, TeamRole
from services.errors import FieldProblem
from services.planning.assignments import unassign
from services.planning.teams import delete_team, remove_member
from services.queries.planning import AssignmentRow, MemberRow, RoundPlan, TeamRow
from services.workspace import WorkspaceSession
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.item_models.records import Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy
from ui.messages import field_problem_text
from ui.planning.assignment_dialog import AssignmentDialog
from ui.planning.form import RemoveDialog
from ui.planning.team_dialogs import MemberDialog, TeamDialog
from ui.tasks import TaskRunner

CONTEXT = "RoundPage"
KIND_ROLE = Qt.ItemDataRole.UserRole  # "team" or "member"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def period_text(row: AssignmentRow) -> str:
    if row.period_from is None and row.period_to is None:
        return ""
    return f"{row.period_from.isoformat() if row.period_from else '…'} — " \
           f"{row.period_to.isoformat() if row.period_to else '…'}"


TEAM_NO = QT_TRANSLATE_NOOP("RoundPage", "Team %1")


def team_no_text(team_no: int) -> str:
    return _tr(TEAM_NO).replace("%1", str(team_no))


ASSIGNMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RoundPage", "Unit"), lambda r: r.org_name, tooltip=True),
    Column(QT_TRANSLATE_NOOP("RoundPage", "Level"), lambda r: r.level, lambda r: label(r.level, OrgLevel)),
    Column(QT_TRANSLATE_NOOP("RoundPage", "Under"), lambda r: r.parent_name),
    Column(QT_TRANSLATE_NOOP("RoundPage", "Team"), lambda r: r.team_no, lambda r: team_no_text(r.team_no)),
    Column(QT_TRANSLATE_NOOP("RoundPage", "Mode"), lambda r: r.mode, lambda r: label(r.mode, InspectionType)),
    Column(QT_TRANSLATE_NOOP("RoundPage", "Period covered"), lambda r: r.period_from, period_text),
    Column(QT_TRANSLATE_NOOP("RoundPage", "Findings"), lambda r: r.findings, right_aligned=True),
)


def warning_texts(plan: RoundPlan) -> list[str]:
    """The round's warnings (reason code, params) in the words of ui/messages.py."""
    return [field_problem_text(FieldProblem("team_no", code, dict(params), entity=InspectionTeam.__tablename__))
            for code, params in plan.warnings]


def member_text(member: MemberRow) -> str:
    return " · ".join(filter(None, (member.source_unit, member.post)))


class RoundPage(QWidget):
    """``changed`` after a write; ``runner`` gives the window's TaskRunner; ``read_only`` hides every button."""

    changed = Signal()

    def __init__(self, ws: WorkspaceSession, runner: Callable[[], TaskRunner], *, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self._runner = runner
        self.read_only = read_only
        self.plan: RoundPlan | None = None
        self.last_dialog: QDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("areaInfo")
        self.details.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("reasonLabel")
        self.warnings.setWordWrap(True)
        self.warnings.hide()

        self.teams = QTreeWidget()
        self.teams.setHeaderLabels([self.tr("Team / member"), self.tr("Duty"), self.tr("Home unit and post"),
                                    self.tr("Recused from")])
        self.teams.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teams.setUniformRowHeights(True)
        self.teams.setAlternatingRowColors(True)
        header = self.teams.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 110)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 150)
        self.teams.itemSelectionChanged.connect(self._update_buttons)
        self.teams.itemActivated.connect(lambda *_: self.edit_team_or_member())
        self.new_team_button = QPushButton(self.tr("New team…"))
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.edit_team_button = QPushButton(self.tr("Edit…"))
        self.remove_team_button = QPushButton(self.tr("Remove…"))
        self.new_team_button.clicked.connect(lambda: self.new_team())
        self.add_member_button.clicked.connect(lambda: self.add_member())
        self.edit_team_button.clicked.connect(lambda: self.edit_team_or_member())
        self.remove_team_button.clicked.connect(lambda: self.remove_team_or_member())
        self.team_buttons = (self.new_team_button, self.add_member_button, self.edit_team_button,
                             self.remove_team_button)

        self.model = RecordTableModel(CONTEXT, ASSIGNMENT_COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        view = make_table(self.proxy)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.activated.connect(lambda *_: self.edit_assignment())
        self.assignments = ListPage(self.model, self.tr("No unit is assigned in this round yet."), view=view,
                                    column_widths=(170, 96, 72, 52, 70, 160, 46), stretch_column=0)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.assign_button = QPushButton(self.tr("Assign units…"))
        self.assign_button.setObjectName("primaryButton")
        self.edit_assignment_button = QPushButton(self.tr("Edit…"))
        self.unassign_button = QPushButton(self.tr("Unassign…"))
        self.assign_button.clicked.connect(lambda: self.assign_units())
        self.edit_assignment_button.clicked.connect(lambda: self.edit_assignment())
        self.unassign_button.clicked.connect(lambda: self.unassign_selected())
        self.assignment_buttons = (self.assign_button, self.edit_assignment_button, self.unassign_button)

        self.teams_title = QLabel(self.tr("Teams and members"))
        self.teams_title.setObjectName("sectionTitle")
        self.assignments_title = QLabel(self.tr("Assigned units"))
        self.assignments_title.setObjectName("sectionTitle")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.teams_title)
        left_layout.addLayout(_row(*self.team_buttons))
        left_layout.addWidget(self.teams, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.assignments_title)
        right_layout.addLayout(_row(*self.assignment_buttons))
        right_layout.addWidget(self.assignments, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 38)
        self.splitter.setStretchFactor(1, 62)
        self.splitter.setSizes([430, 690])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.warnings)
        layout.addWidget(self.splitter, 1)
        for button in (*self.team_buttons, *self.assignment_buttons):
            button.setVisible(not read_only)
        self._update_buttons()

    # ---- showing ----

    def set_plan(self, plan: RoundPlan | None, only_team: int | None = None) -> None:
        """Show ``plan`` (None: no round chosen); ``only_team`` keeps that team and its units (a team's view)."""
        if plan is not None and only_team is not None:
            plan = RoundPlan(plan.round, [t for t in plan.teams if t.team_no == only_team],
                             [a for a in plan.assignments if a.team_no == only_team], [])
        chosen = self.selected_node()
        self.plan = plan
        self.teams.clear()
        self.model.set_rows(plan.assignments if plan else [])
        if plan is None:
            self.heading.setText(self.tr("No round chosen"))
            self.details.clear()
            self.warnings.hide()
            self._update_buttons()
            return
        r = plan.round
        self.heading.setText(f"{r.title}（{label(r.status, RoundStatus)}）")
        parts = [self.tr("Term %1, %2, round %3").replace("%1", str(r.term_no)).replace("%2", str(r.year))
                 .replace("%3", str(r.round_no))]
        if r.start_date or r.end_date:
            parts.append(self.tr("from %1 to %2").replace("%1", r.start_date.isoformat() if r.start_date else "…")
                         .replace("%2", r.end_date.isoformat() if r.end_date else "…"))
        if r.theme:
            parts.append(self.tr("focus: %1").replace("%1", r.theme))
        self.details.setText(" · ".join(parts))
        warnings = warning_texts(plan)
        self.warnings.setText("\n".join(f"⚠ {text}" for text in warnings))
        self.warnings.setVisible(bool(warnings))
        for team in plan.teams:
            parts = [f"{team_no_text(team.team_no)} · {team.name}",
                     self.tr("leader %1").replace("%1", team.leader) if team.leader else self.tr("no leader"),
                     self.tr("%n unit(s)", "", team.units)]
            item = QTreeWidgetItem([" · ".join(parts)])
            if team.station_start or team.station_end:  # the dates in the tooltip: the line stays short
                parts.append(self.tr("stationed %1 to %2")
                             .replace("%1", team.station_start.isoformat() if team.station_start else "…")
                             .replace("%2", team.station_end.isoformat() if team.station_end else "…"))
            item.setData(0, KIND_ROLE, "team")
            item.setData(0, ID_ROLE, team.id)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setToolTip(0, " · ".join(parts))
            if not team.leader:
                item.setForeground(0, QBrush(QColor("#b3261e")))
            for member in team.members:
                child = QTreeWidgetItem([member.name, label(member.role, TeamRole), member_text(member),
                                         "、".join(member.recusals)])
                child.setData(0, KIND_ROLE, "member")
                child.setData(0, ID_ROLE, member.id)
                child.setToolTip(3, child.text(3))
                item.addChild(child)
            self.teams.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the team's line reads across the member columns
        self.teams.expandAll()
        if chosen is not None:
            self.select_node(*chosen)
        self._update_buttons()

    def selected_node(self) -> tuple[str, str] | None:
        items = self.teams.selectedItems()
        if not items:
            return None
        return str(items[0].data(0, KIND_ROLE)), str(items[0].data(0, ID_ROLE))

    def select_node(self, kind: str, node_id: str) -> bool:
        for top in range(self.teams.topLevelItemCount()):
            team = self.teams.topLevelItem(top)
            if team is None:  # Qt's "no item at that index": never within topLevelItemCount()
                continue
            for item in (team, *(team.child(i) for i in range(team.childCount()))):
                if item is not None and item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == node_id:
                    self.teams.setCurrentItem(item)
                    item.setSelected(True)
                    return True
        return False

    def selected_team(self) -> TeamRow | None:
        """The chosen team, or the team of the chosen member."""
        node = self.selected_node()
        if node is None or self.plan is None:
            return None
        for team in self.plan.teams:
            if node == ("team", team.id) or (node[0] == "member" and any(m.id == node[1] for m in team.members)):
                return team
        return None

    def selected_member(self) -> MemberRow | None:
        node = self.selected_node()
        team = self.selected_team()
        if node is None or team is None or node[0] != "member":
            return None
        return next((m for m in team.members if m.id == node[1]), None)

    def selected_assignment(self) -> AssignmentRow | None:
        rows = self.assignments.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_object(self.proxy.mapToSource(rows[0]).row())  # type: ignore[no-any-return]

    def select_assignment(self, org_name: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == org_name:
                self.assignments.view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        has_round = self.plan is not None and self.ws is not None
        team = self.selected_team()
        self.new_team_button.setEnabled(has_round)
        self.add_member_button.setEnabled(team is not None)
        self.edit_team_button.setEnabled(team is not None)
        self.remove_team_button.setEnabled(team is not None)
        self.assign_button.setEnabled(has_round and bool(self.plan and self.plan.teams))
        self.assign_button.setToolTip("" if self.plan is None or self.plan.teams else
                                      self.tr("Form a team first: units are assigned to a team."))
        chosen = self.selected_assignment() is not None
        self.edit_assignment_button.setEnabled(chosen)
        self.unassign_button.setEnabled(chosen)

    # ---- dialogs ----

    def _open(self, dialog: QDialog) -> QDialog:
        """Window-modal, not blocking; a write it makes refreshes the area (``changed``)."""
        self.last_dialog = dialog
        dialog.saved.connect(lambda _value: self.changed.emit())  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_team(self) -> QDialog | None:
        if self.ws is None or self.plan is None:
            return None
        next_no = max((t.team_no for t in self.plan.teams), default=0) + 1
        return self._open(TeamDialog(self.ws, self._runner(), self.plan.round.id, next_no=next_no, parent=self))

    def add_member(self) -> QDialog | None:
        team = self.selected_team()
        if self.ws is None or team is None:
            return None
        return self._open(MemberDialog(self.ws, self._runner(), team.id, f"{team.name}", parent=self))

    def edit_team_or_member(self) -> QDialog | None:
        team, member = self.selected_team(), self.selected_member()
        if self.ws is None or self.plan is None or team is None or self.read_only:
            return None
        if member is not None:
            return self._open(MemberDialog(self.ws, self._runner(), team.id, team.name, member.id, parent=self))
        return self._open(TeamDialog(self.ws, self._runner(), self.plan.round.id, team.id, parent=self))

    def remove_team_or_member(self) -> QDialog | None:
        team, member = self.selected_team(), self.selected_member()
        ws = self.ws
        if ws is None or team is None:
            return None
        if member is not None:
            member_id = member.id
            return self._open(RemoveDialog(
                ws, self._runner(), self.tr("Remove member"),
                self.tr("Remove %1 from %2? The record stays in the history, marked removed, with your reason.")
                .replace("%1", member.name).replace("%2", team.name), TeamMember.__tablename__,
                lambda reason: remove_member(ws, member_id, reason), self))
        team_id = team.id
        return self._open(RemoveDialog(
            ws, self._runner(), self.tr("Remove team"),
            self.tr("Remove %1 and its %n member(s)? A team that still inspects units cannot be removed: unassign "
                    "them first.", "", len(team.members)).replace("%1", team.name),
            InspectionTeam.__tablename__, lambda reason: delete_team(ws, team_id, reason), self))

    def assign_units(self) -> QDialog | None:
        if self.ws is None or self.plan is None or not self.plan.teams:
            return None
        team = self.selected_team()
        return self._open(AssignmentDialog(self.ws, self._runner(), self.plan.round.id, self.plan.teams,
                                           self.plan.assignments, team_id=team.id if team else None, parent=self))

    def edit_assignment(self) -> QDialog | None:
        row = self.selected_assignment()
        if self.ws is None or self.plan is None or row is None or self.read_only:
            return None
        return self._open(AssignmentDialog(self.ws, self._runner(), self.plan.round.id, self.plan.teams,
                                           self.plan.assignments, row, parent=self))

    def unassign_selected(self) -> QDialog | None:
        row = self.selected_assignment()
        ws = self.ws
        if ws is None or row is None:
            return None
        assignment_id = row.id
        return self._open(RemoveDialog(
            ws, self._runner(), self.tr("Unassign unit"),
            self.tr("Take %1 off this round (team %2)? Refused while the team has filed work under it.")
            .replace("%1", row.org_name).replace("%2", str(row.team_no)), Assignment.__tablename__,
            lambda reason: unassign(ws, assignment_id, reason), self))

    def clear(self) -> None:
        self.ws = None
        self.plan = None
        self.teams.clear()
        self.model.clear()
        if self.last_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.last_dialog.done(0)
            self.last_dialog = None


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row

