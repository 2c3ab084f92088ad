"""整改督办: HQ supervises rectification to close-out — the tasks (overdue first, in red, yellow and green), counts
per state by unit and by supervising body, the chain of one problem on one page, the classified handovers, and a
dialog for each step. A team sees its units' tasks read-only, with the status HQ's updates brought.

The task list names each task 问题编号-序号 (one number per task, unique), so there is no second numbering next to
the table's own row numbers; the status column is wide enough for 基本完成、持续整改.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import RectStatus, Role, WorkspaceKind
from models.rectification_enums import HandoverTarget, MilestoneKind, ProposalTheme
from services.errors import DomainError
from services.handover.proposals import write_common_report
from services.queries.rectification_board import (
    STATES,
    HandoverRow,
    StateCounts,
    TaskRow,
    counts_by_supervisor,
    counts_by_unit,
    feedable_findings,
    finding_choices,
    list_handovers,
    list_tasks,
    problem_chain,
)
from services.rectification.closeout import request_close
from services.rectification.feedback import feedbacks_of
from services.rectification.progress import milestones_of
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.i18n import label
from ui.item_models.records import ID_ROLE
from ui.item_models.rectification import (
    BACKGROUND,
    COLUMNS,
    CONTEXT,
    PROBLEM_COLUMN,
    TaskModel,
    colour_text,
)
from ui.list_page import ListPage, make_table, sort_proxy
from ui.rectification.chain import ChainView
from ui.rectification.dialogs import (
    EditTaskDialog,
    FeedbackDialog,
    FlagDialog,
    HandoverDialog,
    HandoverFeedbackDialog,
    MilestoneDialog,
    ProgressDialog,
    ReceiptDialog,
    ReviewDialog,
    TaskDialog,
)
from ui.rectification.proposal_dialogs import ProposalDialog
from ui.tasks import TaskRunner


def may_supervise(ws: WorkspaceSession) -> bool:
    return ws.kind is WorkspaceKind.HQ and ws.actor.role is Role.HQ_ADMIN


class RectificationArea(Area):
    workspace_changed = Signal()

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(ws, self.tr("Rectification"), parent)
        self.runner = runner
        self.editable = may_supervise(ws)
        self.rows: list[TaskRow] = []
        self.handovers: list[HandoverRow] = []
        self.last_dialog: QDialog | None = None

        self.hint = QLabel()
        self.hint.setObjectName("hintBox")
        self.hint.setWordWrap(True)
        if ws.kind is not WorkspaceKind.HQ:
            self.hint.setText(self.tr("Rectification is supervised at HQ. This laptop shows its units' tasks and "
                                      "their status as HQ's updates brought them, read-only."))
        elif not self.editable:
            self.hint.setText(self.tr("Only HQ's administrator records rectification; you see it as it stands."))
        self.hint.setVisible(bool(self.hint.text()))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search task, unit, problem, leader…"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for status in RectStatus:
            self.state.addItem(label(status.value, RectStatus), status.value)
        self.unit = QComboBox()
        self.overdue = QCheckBox(self.tr("Overdue only"))
        for signal in (self.search.textChanged, self.state.currentIndexChanged, self.unit.currentIndexChanged,
                       self.overdue.toggled):
            signal.connect(lambda *_: self._apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.state)
        filters.addWidget(self.unit)
        filters.addWidget(self.overdue)

        self.feedback_button = QPushButton(self.tr("Feed back…"))
        self.feedback_button.setObjectName("primaryButton")
        self.progress_button = QPushButton(self.tr("Progress…"))
        self.request_button = QPushButton(self.tr("Request close-out"))
        self.review_button = QPushButton(self.tr("Review…"))
        self.flag_button = QPushButton(self.tr("Flag…"))
        self.handover_button = QPushButton(self.tr("Hand over…"))
        self.task_button = QPushButton(self.tr("Another task…"))
        self.edit_button = QPushButton(self.tr("Edit task…"))
        self.edit_button.clicked.connect(lambda: self.edit_task())
        self.milestone_button = QPushButton(self.tr("Plan or report…"))
        self.task_button.clicked.connect(lambda: self.add_task())
        self.milestone_button.clicked.connect(lambda: self.record_milestone())
        self.feedback_button.clicked.connect(lambda: self.feed_back())
        self.progress_button.clicked.connect(lambda: self.report_progress())
        self.request_button.clicked.connect(lambda: self.request_close_out())
        self.review_button.clicked.connect(lambda: self.review())
        self.flag_button.clicked.connect(lambda: self.flag())
        self.handover_button.clicked.connect(lambda: self.hand_over())
        self.step_buttons = (self.feedback_button, self.edit_button, self.task_button, self.milestone_button,
                             self.progress_button, self.request_button, self.review_button, self.flag_button,
                             self.handover_button)
        buttons = QHBoxLayout()
        for button in self.step_buttons:
            button.setVisible(self.editable)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = TaskModel(CONTEXT, COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        view = make_table(self.proxy)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        status_width = max(view.fontMetrics().horizontalAdvance(label(s.value, RectStatus)) for s in RectStatus) + 28
        self.page = ListPage(
            self.model,
            self.tr("No rectification tasks yet.\n\nThe rectification ledger fills once findings have been fed "
                    "back to the inspected units."),
            view=view, column_widths=(185, 150, status_width, 100, 95, 300, 80, 120, 110),
            stretch_column=PROBLEM_COLUMN)
        view.selectionModel().selectionChanged.connect(lambda *_: self._task_chosen())
        view.doubleClicked.connect(lambda *_: self.edit_task())

        self.chain = ChainView()
        self.by_unit = self._counts_table()
        self.by_supervisor = self._counts_table()
        self.handover_table = QTableWidget(0, 7)
        self.handover_table.setHorizontalHeaderLabels([
            self.tr("Batch"), self.tr("To"), self.tr("Handed"), self.tr("Receipt"), self.tr("Feedback due"),
            self.tr("Feedback"), self.tr("Problems")])
        self.handover_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.handover_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.handover_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.handover_table.horizontalHeader().setStretchLastSection(True)
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.handover_feedback_button = QPushButton(self.tr("Feedback…"))
        self.proposal_button = QPushButton(self.tr("Proposal…"))
        self.common_button = QPushButton(self.tr("Common-problem report…"))
        self.common_button.setToolTip(self.tr("The findings flagged common across units, grouped by category, "
                                              "written as a text document (C1) to send round."))
        self.receipt_button.clicked.connect(lambda: self.record_receipt())
        self.handover_feedback_button.clicked.connect(lambda: self.record_handover_feedback())
        self.proposal_button.clicked.connect(lambda: self.propose())
        self.common_button.clicked.connect(lambda: self.save_common_report())
        handover_box = QWidget()
        handover_layout = QVBoxLayout(handover_box)
        handover_layout.setContentsMargins(0, 0, 0, 0)
        handover_buttons = QHBoxLayout()
        for button in (self.receipt_button, self.handover_feedback_button, self.proposal_button,
                       self.common_button):
            button.setVisible(self.editable)
            handover_buttons.addWidget(button)
        handover_buttons.addStretch(1)
        handover_layout.addLayout(handover_buttons)
        handover_layout.addWidget(self.handover_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.chain, self.tr("Chain of the problem"))
        self.tabs.addTab(self.by_unit, self.tr("By unit"))
        self.tabs.addTab(self.by_supervisor, self.tr("By supervisor"))
        self.tabs.addTab(handover_box, self.tr("Handovers"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.body.addWidget(self.hint)
        self.body.addLayout(filters)
        self.body.addLayout(buttons)
        self.body.addWidget(self.splitter, 1)
        self.refresh()

    def _counts_table(self) -> QTableWidget:
        table = QTableWidget(0, len(STATES) + 2)
        table.setHorizontalHeaderLabels([self.tr("Name"), *(label(s, RectStatus) for s in STATES), self.tr("Overdue")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def task_runner(self) -> TaskRunner:
        if self.runner is None:
            self.runner = TaskRunner(self)
        return self.runner

    # ---- reading ----

    def refresh(self) -> None:
        if self.ws is None:
            return
        wanted = self.selected_task_id()
        self.rows = list_tasks(self.ws)
        self.handovers = list_handovers(self.ws)
        units = sorted({r.org_name for r in self.rows})
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for name in units:
            self.unit.addItem(name, name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)) if current else 0)
        self.unit.blockSignals(False)
        self._fill_counts(self.by_unit, counts_by_unit(self.rows))
        self._fill_counts(self.by_supervisor, counts_by_supervisor(self.rows))
        self._fill_handovers()
        self._apply_filter(wanted)

    def shown(self) -> None:
        self.refresh()

    def _apply_filter(self, wanted: str | None = None) -> None:
        if self.ws is None:
            return
        wanted = wanted or self.selected_task_id()
        words = self.search.text().split()
        state, unit, overdue = self.state.currentData(), self.unit.currentData(), self.overdue.isChecked()
        shown = [r for r in self.rows if (state is None or r.status == state) and (unit is None or r.org_name == unit)
                 and (not overdue or r.colour == "red") and all(any(w in (t or "") for t in (
                     r.label, r.org_name, r.problem_text, r.lead_unit, r.responsible_leader,
                     r.supervising_city_leader)) for w in words)]
        self.model.set_rows(shown)
        self.select_task(wanted)
        self._task_chosen()
        red = sum(1 for r in self.rows if r.colour == "red")
        closed = sum(1 for r in self.rows if r.status == RectStatus.CLOSED_OUT.value)
        self.info_label.setText(self.tr("%n task(s)", "", len(self.rows)) + self.tr(", %n overdue", "", red)
                                + self.tr(", %n closed out", "", closed))

    def _fill_counts(self, table: QTableWidget, counts: list[StateCounts]) -> None:
        table.setRowCount(len(counts))
        for row, entry in enumerate(counts):
            cells = [entry.name, *(str(entry.counts[s]) for s in STATES), str(entry.overdue)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == len(cells) - 1 and entry.overdue:
                    item.setBackground(QBrush(QColor(BACKGROUND["red"])))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _fill_handovers(self) -> None:
        table = self.handover_table
        table.setRowCount(len(self.handovers))
        for row, h in enumerate(self.handovers):
            receipt = f"{h.receiver_agent or ''} {h.received_at or ''}".strip() or self.tr("not yet")
            feedback = self.tr("%n time(s)", "", len(h.feedback)) if h.feedback else colour_text(h.colour)
            kind = (self.tr("Proposal: %1").replace("%1", label(h.theme, ProposalTheme)) if h.kind == "proposal"
                    else label(h.receiver, HandoverTarget))
            cells = [h.handover_no, f"{h.to_org}（{kind}）", str(h.handed_at or ""),
                     receipt, str(h.deadline or ""), feedback, "、".join(h.items)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.id)
                if column == 5 and h.colour in BACKGROUND:
                    item.setBackground(QBrush(QColor(BACKGROUND[h.colour])))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def select_task(self, task_id: str | None) -> None:
        view = self.page.view
        view.selectionModel().blockSignals(True)
        view.clearSelection()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == task_id:
                view.selectRow(row)
                break
        view.selectionModel().blockSignals(False)

    def selected_task_id(self) -> str | None:
        rows = self.page.view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.row_object(self.proxy.mapToSource(rows[0]).row()).id)

    def selected_task(self) -> TaskRow | None:
        wanted = self.selected_task_id()
        return next((r for r in self.rows if r.id == wanted), None)

    def selected_handover(self) -> HandoverRow | None:
        items = self.handover_table.selectedItems()
        wanted = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((h for h in self.handovers if h.id == wanted), None)

    def _task_chosen(self) -> None:
        if self.ws is None:
            return
        task = self.selected_task()
        self.chain.show_chain(problem_chain(self.ws, task.id) if task is not None else None)
        for button in (self.progress_button, self.request_button, self.review_button, self.flag_button,
                       self.task_button, self.milestone_button, self.edit_button):
            button.setEnabled(task is not None)
        if task is not None:
            closed = task.status == RectStatus.CLOSED_OUT.value
            self.progress_button.setEnabled(not closed)
            self.edit_button.setEnabled(not closed)
            self.request_button.setEnabled(not closed and not task.closure_requested)
            self.review_button.setEnabled(task.closure_requested and not closed)

    # ---- writing ----

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.saved.connect(lambda *_: self._written())  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _written(self) -> None:
        self.refresh()
        self.workspace_changed.emit()

    def feed_back(self) -> QDialog | None:
        if self.ws is None or not self.editable:
            return None
        return self._open(FeedbackDialog(self.ws, self.task_runner(), feedable_findings(self.ws), parent=self))

    def add_task(self) -> QDialog | None:
        task = self.selected_task()
        if self.ws is None or task is None or not self.editable:
            return None
        return self._open(TaskDialog(self.ws, self.task_runner(), task, parent=self))

    def edit_task(self) -> QDialog | None:
        """The selected task's HQ fields (a double click on the list opens it too); not for a closed-out task."""
        task = self.selected_task()
        if self.ws is None or task is None or not self.editable or task.status == RectStatus.CLOSED_OUT.value:
            return None
        return self._open(EditTaskDialog(self.ws, self.task_runner(), task, parent=self))

    def record_milestone(self) -> QDialog | None:
        task = self.selected_task()
        if self.ws is None or task is None or not self.editable:
            return None
        chain = problem_chain(self.ws, task.id)
        feedback_ids = feedbacks_of(self.ws, task.org_id)
        choices = [(m.id, f"{label(m.kind, MilestoneKind)} · {m.due_on or ''}")
                   for f in feedback_ids for m in milestones_of(self.ws, f)]
        if not choices or chain.fed_back_on is None:
            return None
        return self._open(MilestoneDialog(self.ws, self.task_runner(), choices, parent=self))

    def report_progress(self) -> QDialog | None:
        task = self.selected_task()
        if self.ws is None or task is None or not self.editable:
            return None
        return self._open(ProgressDialog(self.ws, self.task_runner(), task, parent=self))

    def review(self) -> QDialog | None:
        task = self.selected_task()
        if self.ws is None or task is None or not self.editable:
            return None
        return self._open(ReviewDialog(self.ws, self.task_runner(), task, parent=self))

    def flag(self) -> QDialog | None:
        task = self.selected_task()
        if self.ws is None or task is None or not self.editable:
            return None
        return self._open(FlagDialog(self.ws, self.task_runner(), task, parent=self))

    def hand_over(self) -> QDialog | None:
        if self.ws is None or not self.editable:
            return None
        task = self.selected_task()
        round_id = self._round_of(task.finding_id) if task else self._latest_round()
        if round_id is None:
            return None
        return self._open(HandoverDialog(self.ws, self.task_runner(), round_id, finding_choices(self.ws),
                                         parent=self))

    def propose(self) -> QDialog | None:
        """巡察建议 to a responsible department (its answer through Feedback… on the Handovers tab)."""
        if self.ws is None or not self.editable:
            return None
        task = self.selected_task()
        round_id = self._round_of(task.finding_id) if task else self._latest_round()
        if round_id is None:
            return None
        return self._open(ProposalDialog(self.ws, self.task_runner(), round_id, finding_choices(self.ws),
                                         parent=self))

    def save_common_report(self, path: str | None = None) -> bool:
        """The 共性问题 report written to a text file the user chooses (audited by the service)."""
        ws = self.ws
        if ws is None or not self.editable:
            return False
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the common-problem report"),
                                                  self.tr("common-problems.txt"), self.tr("Text files (*.txt)"))
        if not path:
            return False
        target = path
        self.task_runner().start(lambda progress, cancel: write_common_report(ws, target), parent=self,
                                 dialog=False, on_done=lambda count: self._report_saved(target, count),
                                 on_error=self._failed)
        return True

    def _report_saved(self, path: str, count: object) -> None:
        self.info_label.setText(self.tr("Common-problem report saved to %1 (%2 problem(s)).")
                                .replace("%1", path).replace("%2", str(count)))

    def _round_of(self, finding_id: str) -> str | None:
        from models.entities import Assignment, Finding

        assert self.ws is not None
        with self.ws.read() as session:
            finding = session.get(Finding, finding_id)
            assignment = session.get(Assignment, finding.assignment_id) if finding else None
            return assignment.round_id if assignment else None

    def _latest_round(self) -> str | None:
        from services.queries.planning import list_rounds

        assert self.ws is not None
        rounds = list_rounds(self.ws)
        return rounds[0].id if rounds else None

    def record_receipt(self) -> QDialog | None:
        h = self.selected_handover()
        if self.ws is None or h is None or not self.editable:
            return None
        return self._open(ReceiptDialog(self.ws, self.task_runner(), h.id, h.handover_no, parent=self))

    def record_handover_feedback(self) -> QDialog | None:
        h = self.selected_handover()
        if self.ws is None or h is None or not self.editable:
            return None
        return self._open(HandoverFeedbackDialog(self.ws, self.task_runner(), h.id, h.handover_no, parent=self))

    def request_close_out(self, *, ask: bool = True) -> bool:
        task, ws = self.selected_task(), self.ws
        if ws is None or task is None or not self.editable:
            return False
        if ask and QMessageBox.question(
                self, self.tr("Request close-out"),
                self.tr("Record the unit's request to close out %1? HQ then reviews it.").replace("%1", task.label),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        task_id = task.id
        self.task_runner().start(lambda progress, cancel: request_close(ws, task_id), parent=self, dialog=False,
                                 on_done=lambda *_: self._written(), on_error=self._failed)
        return True

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            self.task_runner().report_error(self, error)
            return
        from ui.messages import message_for

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rectification"), message_for(error), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def clear(self) -> None:
        super().clear()
        self.rows, self.handovers = [], []
        self.model.clear()
        self.chain.show_chain(None)
        self.handover_table.setRowCount(0)
        for table in (self.by_unit, self.by_supervisor):
            table.setRowCount(0)
        if self.last_dialog is not None:
            with contextlib.suppress(RuntimeError):
                self.last_dialog.done(0)
        self.last_dialog = None
