"""问题: every finding of the workspace in a paged table; searched, filtered and sorted in SQL.

Changing a filter asks for the new id list on a worker thread (the window never waits on it); only the
latest question's answer is shown. Each question is asked twice, head first: the first screen's ids (a top-N
sort, shown as soon as it comes), then the whole list, which extends the rows in place. The columns a person
chooses (right-click the header) are remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from services.errors import DomainError
from services.preferences import load_list_columns, save_list_columns
from services.queries.finding_choices import filter_choices
from services.queries.findings import FindingFilter
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.areas.finding_filters import FindingFilterBar
from ui.item_models.findings import COLUMN_KEYS, COLUMNS, HEAD_ROWS, ID_ROLE, FindingsModel, ListAnswer
from ui.list_page import ListPage, make_table

LIST_NAME = "findings"
COLUMN_WIDTHS = (165, 300, 150, 160, 80, 105, 95, 200, 90, 80, 70, 70, 70, 120, 160)


class _Signals(QObject):
    answered = Signal(int, object)
    failed = Signal(int, object)


class _ListJob(QRunnable):
    def __init__(self, question, generation: int, signals: _Signals) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.setAutoDelete(True)
        self._question, self._generation, self._signals = question, generation, signals

    def run(self) -> None:
        try:
            answer = self._question()
        except BaseException as exc:  # handed to the GUI thread
            self._signals.failed.emit(self._generation, exc)
        else:
            self._signals.answered.emit(self._generation, answer)


class FindingsArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Findings"), parent)
        self.model = FindingsModel(ws, self)
        # Room for the area's buttons (e.g. "New finding"), at the right end of the title row.
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        self.header.addLayout(self.action_row)
        self.new_button = QPushButton(self.tr("New finding"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.action_row.addWidget(self.new_button)
        self.filters = FindingFilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.body.addWidget(self.filters)

        view = make_table(self.model)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view = view
        view.activated.connect(lambda index: self.open_editor(str(index.data(ID_ROLE))))  # double-click, Enter
        self.no_findings_text = self.tr("No findings have been recorded in this workspace yet.\n\n"
                                        "Click “New finding” to write the first working paper.")
        self.page = ListPage(self.model, self.no_findings_text, view=view, column_widths=COLUMN_WIDTHS,
                             stretch_column=1)
        self.body.addWidget(self.page, 1)
        header = view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the model's own SQL order
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.column_menu)
        self.model.sort_elsewhere = True
        self.model.sort_requested.connect(self.sort_list)
        header.setToolTip(self.tr("Click to sort; right-click to choose the columns"))
        self.restore_columns()

        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.answered.connect(self._answered)
        self._signals.failed.connect(self._failed)
        self.generation = 0  # of the latest question; older answers are dropped
        self.busy_timer = QTimer(self)  # says "Searching…" when an answer takes longer than a blink
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(150)
        self.busy_timer.timeout.connect(lambda: self.info_label.setText(self.tr("Searching…")))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.refresh()

    # ---- loading ----

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def refresh(self) -> None:
        """Read the choices and the list again, here and now (built, refreshed, unlocked again)."""
        if self.ws is None:
            return
        self.filters.set_choices(filter_choices(self.ws))
        self.generation += 1
        wanted = self.filters.current()
        head = self.model.query(wanted, limit=HEAD_ROWS)()  # the first screen here and now
        self._show(head)
        if not head.complete:
            self.pool.start(_ListJob(self.model.query(wanted, known_total=head.total), self.generation,
                                     self._signals))

    def apply_filter(self, wanted: FindingFilter) -> None:
        """Ask for the list under ``wanted`` on the worker thread; the answer replaces the rows when it comes."""
        if self.ws is None:
            return
        self.generation += 1
        for limit in (HEAD_ROWS, None):  # one worker thread: the head's answer comes first
            question = self.model.query(wanted, known_total=self.model.total, limit=limit)  # counted on refresh()
            self.pool.start(_ListJob(question, self.generation, self._signals))
        self.busy_timer.start()

    def sort_list(self, column: int, order: Qt.SortOrder) -> None:
        """A header click: the list in the new order comes from the worker thread, like a filter's."""
        self.model.sort_column, self.model.sort_order = column, order
        self.apply_filter(self.filters.current())

    def wait_for_list(self, msecs: int = 10_000) -> bool:
        """Tests and shutdown: wait until no list question is running."""
        return self.pool.waitForDone(msecs)

    def _answered(self, generation: int, answer: ListAnswer) -> None:
        if generation == self.generation and self.ws is not None:
            if answer.complete:
                self.busy_timer.stop()
            self._show(answer)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self.generation or self.ws is None:
            return  # a question overtaken by a newer one, or asked just before the lock
        self.busy_timer.stop()
        self._update_texts()
        if isinstance(error, DomainError):
            from ui.messages import show_error

            show_error(self, error)
            return
        raise error

    def _show(self, answer: ListAnswer) -> None:
        chosen = self.selected_finding()
        self.model.apply(answer)
        self.view.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)
        if chosen is not None and (row := self.model.row_of(chosen)) is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._update_texts()

    def _update_texts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if not self.model.complete and not self.model.filter.is_empty:
            self.info_label.setText(self.tr("Searching…"))
        elif self.model.filter.is_empty:
            self.info_label.setText(self.tr("%n finding(s)", "", total))
            self.page.empty_label.setText(self.no_findings_text)
        else:
            self.info_label.setText(self.tr("{total} findings in all, {shown} match").format(
                total=f"{total:,}", shown=f"{shown:,}"))
            self.page.empty_label.setText(self.tr(
                "No finding matches the search and filters.\n\nChange them, or clear the filters to see every "
                "finding again."))

    def selected_finding(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return str(rows[0].data(ID_ROLE)) if rows else None

    def open_editor(self, finding_id: str | None) -> None:
        """The working-paper editor (ui/finding_editor) on ``finding_id``, or on a new paper; the list follows."""
        if self.ws is None:
            return
        from ui.finding_editor import FindingEditor

        editor = FindingEditor(self.ws, finding_id, self)
        editor.saved.connect(lambda _id: self.refresh())
        self.editor = editor
        editor.open()

    # ---- columns ----

    def restore_columns(self) -> None:
        chosen = load_list_columns(LIST_NAME)
        keys = set(chosen) if chosen else {column.key for column in COLUMNS if column.shown}
        keys.add("code")
        for section, key in enumerate(COLUMN_KEYS):
            self.view.setColumnHidden(section, key not in keys)

    def shown_columns(self) -> list[str]:
        return [key for section, key in enumerate(COLUMN_KEYS) if not self.view.isColumnHidden(section)]

    def set_column_shown(self, key: str, shown: bool) -> None:
        if key == "code":
            return  # the code names the finding: always shown
        self.view.setColumnHidden(COLUMN_KEYS.index(key), not shown)
        save_list_columns(LIST_NAME, self.shown_columns())

    def default_columns(self) -> None:
        for section, column in enumerate(COLUMNS):
            self.view.setColumnHidden(section, not column.shown)
        save_list_columns(LIST_NAME, self.shown_columns())

    def column_menu(self, position: QPoint | None = None) -> QMenu:
        menu = QMenu(self)
        for section, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.headerData(section, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(section))
            action.setEnabled(column.key != "code")
            action.toggled.connect(lambda shown, key=column.key: self.set_column_shown(key, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.default_columns)
        self.last_menu = menu
        if position is not None:
            menu.popup(self.view.horizontalHeader().mapToGlobal(position))
        return menu

    def clear(self) -> None:
        super().clear()
        self.busy_timer.stop()
        self.generation += 1  # an answer still on its way is not shown
        self.pool.clear()
        self.pool.waitForDone()
        self.model.clear()
