"""巡察计划: HQ plans its rounds here — the round list, a round's teams and members and its assignment table, the
unit tree — and copies the previous round's unit list in one click. Every write runs on the window's TaskRunner;
afterwards the other areas read again when next shown (``workspace_changed``).

HQ's administrator edits; anyone else at HQ sees the plan read-only. A team laptop sees a read-only summary of its
own round (the round, its team with the members, its units) once the enrollment grant brought one, and no area
at all before.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.entities import InspectionRound
from models.enums import InspectionType, Role, RoundStatus, WorkspaceKind
from services.errors import DomainError
from services.planning.assignments import CopyReport, copy_round_units
from services.planning.rounds import delete_round
from services.queries.planning import RoundPlan, RoundRow, list_rounds, round_plan
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.areas.planning_round import RoundPage
from ui.areas.planning_units import UnitsPage
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.item_models.records import ID_ROLE, Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy
from ui.planning.form import RemoveDialog
from ui.planning.round_dialogs import RoundDialog, RoundStatusDialog
from ui.tasks import TaskRunner

CONTEXT = "PlanningArea"


def modes_text(row: RoundRow) -> str:
    order = [kind.value for kind in InspectionType]
    parts = sorted(row.modes.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99)
    separator = QCoreApplication.translate("PlanningArea", ", ")
    return separator.join(f"{label(mode, InspectionType)} {count}" for mode, count in parts) if parts else "—"


ROUND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PlanningArea", "Round"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("PlanningArea", "Year"), lambda r: r.year),
    Column(QT_TRANSLATE_NOOP("PlanningArea", "Stage"), lambda r: [s.value for s in RoundStatus].index(r.status)
           if r.status in [s.value for s in RoundStatus] else 99, lambda r: label(r.status, RoundStatus)),
    Column(QT_TRANSLATE_NOOP("PlanningArea", "Teams"), lambda r: r.teams, right_aligned=True),
    Column(QT_TRANSLATE_NOOP("PlanningArea", "Units by mode"), lambda r: r.units, modes_text),
)


def may_plan(ws: WorkspaceSession) -> bool:
    return ws.kind is WorkspaceKind.HQ and ws.actor.role is Role.HQ_ADMIN


class PlanningArea(Area):
    """``runner`` is the window's TaskRunner when the controller hands it over; until then the area makes its own."""

    workspace_changed = Signal()

    @staticmethod
    def available(ws: WorkspaceSession) -> bool:
        """HQ always; a team laptop once it holds its round (from the enrollment grant)."""
        return ws.kind is WorkspaceKind.HQ or bool(list_rounds(ws))

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(ws, self.tr("Planning"), parent)
        self.runner = runner
        self.editable = may_plan(ws)
        self.team_view = ws.kind is not WorkspaceKind.HQ
        self.rounds: list[RoundRow] = []
        self.plan: RoundPlan | None = None
        self.last_dialog: QDialog | None = None
        self.last_box: QMessageBox | None = None
        self.last_report: CopyReport | None = None

        self.model = RecordTableModel(CONTEXT, ROUND_COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        view = make_table(self.proxy)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.activated.connect(lambda *_: self.edit_round())
        self.round_list = ListPage(self.model, self.tr("No round is planned yet.\n\nClick “New round…” to plan the "
                                                       "first one: its teams, their members and the units."),
                                   view=view, column_widths=(300, 70, 80, 60), stretch_column=4)
        view.selectionModel().selectionChanged.connect(lambda *_: self._round_chosen())
        self.new_button = QPushButton(self.tr("New round…"))
        self.new_button.setObjectName("primaryButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.status_button = QPushButton(self.tr("Change stage…"))
        self.copy_button = QPushButton(self.tr("Copy the previous round's units"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.new_button.clicked.connect(lambda: self.new_round())
        self.edit_button.clicked.connect(lambda: self.edit_round())
        self.status_button.clicked.connect(lambda: self.change_status())
        self.copy_button.clicked.connect(lambda: self.copy_previous_units())
        self.remove_button.clicked.connect(lambda: self.remove_round())
        self.round_buttons = (self.new_button, self.edit_button, self.status_button, self.copy_button,
                              self.remove_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in self.round_buttons:
            buttons.addWidget(button)
            button.setVisible(self.editable)
        buttons.addStretch(1)

        self.hint = QLabel()
        self.hint.setObjectName("hintBox")
        self.hint.setWordWrap(True)
        if self.team_view:
            self.hint.setText(self.tr("The plan comes from HQ with the enrollment grant and HQ's updates; this laptop "
                                      "shows its own round, team and units and cannot change them."))
        elif not self.editable:
            self.hint.setText(self.tr("Only HQ's administrator plans the rounds; you see the plan as it stands."))
        self.hint.setVisible(bool(self.hint.text()))

        self.round_page = RoundPage(ws, self.task_runner, read_only=not self.editable)
        self.round_page.changed.connect(self._written)
        self.rounds_box = rounds_box = QWidget()
        rounds_layout = QVBoxLayout(rounds_box)
        rounds_layout.setContentsMargins(0, 0, 0, 0)
        rounds_layout.addLayout(buttons)
        rounds_layout.addWidget(self.round_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(rounds_box)
        self.splitter.addWidget(self.round_page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([125, 560])

        self.units_page = UnitsPage(ws, self.task_runner, read_only=not self.editable)
        self.units_page.changed.connect(self._written)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, self.tr("Rounds and teams"))
        self.tabs.addTab(self.units_page, self.tr("Inspected units"))
        self.tabs.setTabVisible(1, not self.team_view)
        self.tabs.tabBar().setVisible(not self.team_view)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.tabs, 1)
        self.refresh()

    def task_runner(self) -> TaskRunner:
        if self.runner is None:
            self.runner = TaskRunner(self)
        return self.runner

    # ---- reading ----

    def refresh(self) -> None:
        if self.ws is None:
            return
        wanted = self.selected_round_id()
        self.rounds = list_rounds(self.ws)
        self.model.set_rows(self.rounds)
        ids = [r.id for r in self.rounds]
        if wanted not in ids:
            wanted = ids[0] if ids else None
        self.rounds_box.setVisible(not (self.team_view and len(ids) <= 1))  # a team's one round: no list
        self.select_round(wanted)
        self._round_chosen()

    def shown(self) -> None:
        self.refresh()

    def select_round(self, round_id: str | None) -> None:
        view = self.round_list.view
        view.blockSignals(True)
        view.selectionModel().blockSignals(True)
        view.clearSelection()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == round_id:
                view.selectRow(row)
                break
        view.selectionModel().blockSignals(False)
        view.blockSignals(False)

    def selected_round_id(self) -> str | None:
        rows = self.round_list.view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.row_object(self.proxy.mapToSource(rows[0]).row()).id)

    def selected_round(self) -> RoundRow | None:
        wanted = self.selected_round_id()
        return next((r for r in self.rounds if r.id == wanted), None)

    def previous_round(self) -> RoundRow | None:
        """The round just before the chosen one (by year, term and number): where the copy comes from."""
        chosen = self.selected_round()
        if chosen is None:
            return None
        key = (chosen.year, chosen.term_no, chosen.round_no)
        older = [r for r in self.rounds if (r.year, r.term_no, r.round_no) < key]
        return max(older, key=lambda r: (r.year, r.term_no, r.round_no), default=None)

    def _round_chosen(self) -> None:
        if self.ws is None:
            return
        chosen = self.selected_round()
        self.plan = round_plan(self.ws, chosen.id) if chosen is not None else None
        self.round_page.set_plan(self.plan, only_team=self.ws.team_no if self.team_view else None)
        if not self.team_view:
            self.units_page.refresh(self.plan)
        self._update_buttons()
        self._update_info()

    def _update_info(self) -> None:
        chosen = self.selected_round()
        if chosen is None:
            self.info_label.setText(self.tr("%n round(s)", "", len(self.rounds)))
            return
        self.info_label.setText(self.tr("%n round(s)", "", len(self.rounds)) + " · " + chosen.title)

    def _update_buttons(self) -> None:
        chosen = self.selected_round()
        for button in (self.edit_button, self.status_button, self.remove_button):
            button.setEnabled(chosen is not None)
        previous = self.previous_round()
        self.copy_button.setEnabled(previous is not None and previous.units > 0)
        self.copy_button.setToolTip(
            self.tr("Assign the units of “%1” in this round, to the teams of the same numbers.")
            .replace("%1", previous.title) if previous is not None else
            self.tr("There is no earlier round to copy from."))

    # ---- writing ----

    def _written(self) -> None:
        self.refresh()
        self.workspace_changed.emit()

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.saved.connect(self._saved)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, value: object) -> None:
        """After a dialog's write: read again; a new or edited round is the chosen one."""
        if self.ws is None:
            return
        self.refresh()
        if isinstance(value, str) and any(r.id == value for r in self.rounds):
            self.select_round(value)
            self._round_chosen()
        self.workspace_changed.emit()

    def new_round(self) -> QDialog | None:
        if self.ws is None or not self.editable:
            return None
        return self._open(RoundDialog(self.ws, self.task_runner(), parent=self))

    def edit_round(self) -> QDialog | None:
        chosen = self.selected_round()
        if self.ws is None or chosen is None or not self.editable:
            return None
        return self._open(RoundDialog(self.ws, self.task_runner(), chosen.id, parent=self))

    def change_status(self) -> QDialog | None:
        chosen = self.selected_round()
        if self.ws is None or chosen is None or not self.editable:
            return None
        return self._open(RoundStatusDialog(self.ws, self.task_runner(), chosen.id, chosen.title, chosen.status,
                                            parent=self))

    def remove_round(self) -> QDialog | None:
        chosen, ws = self.selected_round(), self.ws
        if ws is None or chosen is None or not self.editable:
            return None
        round_id = chosen.id
        return self._open(RemoveDialog(
            ws, self.task_runner(), self.tr("Remove round"),
            self.tr("Remove %1? Only a round without teams can be removed: remove its teams first.")
            .replace("%1", chosen.title), InspectionRound.__tablename__,
            lambda reason: delete_round(ws, round_id, reason), self))

    def copy_previous_units(self, *, ask: bool = True) -> bool:
        """Assign the previous round's units here after a confirmation; a summary says what was done."""
        target, source, ws = self.selected_round(), self.previous_round(), self.ws
        if ws is None or target is None or source is None or not self.editable:
            return False
        if ask and QMessageBox.question(
            self, self.tr("Copy the previous round's units"),
            self.tr("Assign the %n unit(s) of “%1” in “%2”?\n\nEach goes to the team of the same number (a missing "
                    "team is formed, without members) with the same mode. Units this round has already are "
                    "skipped, and the periods are left for you to set. If one unit is refused, nothing is copied.",
                    "", source.units).replace("%1", source.title).replace("%2", target.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return False
        target_id, source_id = target.id, source.id
        self.copy_button.setEnabled(False)
        self.task_runner().start(
            lambda progress, cancel: copy_round_units(ws, target_id, source_id), parent=self,
            label=self.tr("Copying the units…"), cancellable=False, on_done=self._copied,
            on_error=self._copy_failed)
        return True

    def _copied(self, report: CopyReport) -> None:
        self.last_report = report
        lines = [self.tr("%n unit(s) assigned.", "", report.assigned)]
        if report.teams_created:
            lines.append(self.tr("Teams formed (without members yet): %1.")
                         .replace("%1", "、".join(str(n) for n in report.teams_created)))
        if report.skipped:
            lines.append(self.tr("Already in this round, skipped: %1.").replace("%1", "、".join(report.skipped)))
        self._written()
        self._show_box(QMessageBox.Icon.Information, "\n".join(lines))

    def _copy_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if not isinstance(error, DomainError):
            self.task_runner().report_error(self, error)
            return
        from ui.messages import message_for

        self._show_box(QMessageBox.Icon.Warning, message_for(error))

    def _show_box(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Copy the previous round's units"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.open()

    def clear(self) -> None:
        super().clear()
        self.rounds = []
        self.plan = None
        self.model.clear()
        self.round_page.clear()
        self.units_page.clear()
        for dialog in (self.last_dialog, self.last_box):
            if dialog is not None:
                with contextlib.suppress(RuntimeError):  # already deleted
                    dialog.done(0)
        self.last_dialog = self.last_box = None
