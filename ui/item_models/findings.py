"""The findings table: the ordered id list for the current filter and sort (SQL), rows fetched in pages on demand.

``rowCount`` is the whole (filtered) list, so the scroll bar is honest; ``data()`` asks for the page a row is
on and keeps the last pages in a small cache. At HQ the list can hold 100k findings. The id list can be
computed off the GUI thread: ``query()`` snapshots what to ask for, ``apply()`` installs the answer.

First paint is progressive: ``query(limit=HEAD_ROWS)`` asks only for the first screen's ids (a top-N sort in
SQLite), which is shown at once; the whole list's answer then extends it in place (rows inserted after the
head, so the view keeps its scroll position and selection) instead of resetting it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from models.enums import Discipline, FindingStatus, SourceMethod
from services.queries.findings import NO_FILTER, FindingFilter, FindingRow, finding_count, finding_ids, finding_rows
from services.workspace import WorkspaceSession
from ui.i18n import QT_TRANSLATE_NOOP, label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # English source, translated in context FindingsModel
    key: str  # the sort key of services.queries.findings, and the column's name in the preferences
    shown: bool = True  # shown until the person chooses otherwise


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Code"), "code"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Title"), "title"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Inspected unit"), "org"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Category (level 1)"), "category"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Status"), "status"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Amount (10k yuan)"), "amount"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Discovered on"), "discovered_at"),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Category (level 2)"), "category_l2", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Source"), "source", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Discovered by"), "discovered_by", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Key problem"), "is_key", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Common problem"), "is_common", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Fixed at once"), "immediate_fix", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Disciplines"), "disciplines", False),
    Column(QT_TRANSLATE_NOOP("FindingsModel", "Location"), "location", False),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)
AMOUNT_COLUMN = 5
FLAG_COLUMNS = {"is_key", "is_common", "immediate_fix"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
HEAD_ROWS = PAGE_SIZE  # the first answer of a progressive load: more than a screen, one page of rows
CACHED_PAGES = 20
YES = QT_TRANSLATE_NOOP("FindingsModel", "Yes")


def format_amount(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,.2f}" if amount == amount.quantize(Decimal("0.01")) else f"{amount:,f}"


@dataclass(frozen=True)
class ListAnswer:
    """What one list query found: the ordered ids, how many findings there are in all, for which question."""

    ids: list[str]
    total: int
    wanted: FindingFilter
    sort_column: int
    descending: bool
    complete: bool = True  # False: only the head of the list (``query(limit=...)`` found as many as it asked)

    def same_question(self, other: ListAnswer) -> bool:
        return (self.wanted, self.sort_column, self.descending) == (other.wanted, other.sort_column, other.descending)


def _cell(row: FindingRow, key: str) -> str:
    if key in FLAG_COLUMNS:
        return QCoreApplication.translate("FindingsModel", YES) if getattr(row, key) else ""
    value: Any = {
        "code": row.code, "title": row.title, "org": row.org_name, "category": row.category_l1,
        "status": label(row.status, FindingStatus), "amount": format_amount(row.amount),
        "discovered_at": row.discovered_at.isoformat() if row.discovered_at else "",
        "category_l2": row.category_l2, "source": label(row.source_method, SourceMethod),
        "discovered_by": row.discovered_by, "location": row.location,
        "disciplines": "、".join(label(tag, Discipline) for tag in row.discipline_tags),
    }[key]
    return value or ""


class FindingsModel(QAbstractTableModel):
    # With ``sort_elsewhere`` set, a header click only asks (column, Qt.SortOrder): the area sorts off the GUI thread.
    sort_requested = Signal(int, object)

    def __init__(self, ws: WorkspaceSession, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.sort_elsewhere = False
        self._ws: WorkspaceSession | None = ws
        self.page_size = page_size
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[FindingRow | None]] = OrderedDict()
        self.pages_fetched = 0  # how many page queries ran (tests check the paging is lazy)
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self.filter: FindingFilter = NO_FILTER  # what the shown list was asked with
        self.total = 0  # live findings in the workspace, whatever the filter
        self.complete = True  # False while only the head of a progressive load is shown
        self._shown: ListAnswer | None = None

    # ---- loading ----

    def query(self, wanted: FindingFilter | None = None, *, known_total: int | None = None,
              limit: int | None = None) -> Callable[[], ListAnswer]:
        """The list question for ``wanted`` (default: the current filter) as a function a worker thread can run.

        ``known_total`` (how many findings there are in all, known from the list shown) saves counting again;
        ``limit`` asks for the head of the list only (its answer is not ``complete`` if the list goes on)."""
        ws, wanted = self._ws, self.filter if wanted is None else wanted
        column, descending = self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder

        def run() -> ListAnswer:
            if ws is None:
                return ListAnswer([], 0, wanted, column, descending)
            ids = finding_ids(ws, wanted, COLUMNS[column].key, descending, limit)
            complete = limit is None or len(ids) < limit
            if known_total is not None:
                total = known_total
            else:
                total = len(ids) if wanted.is_empty and complete else finding_count(ws)
            return ListAnswer(ids, total, wanted, column, descending, complete)

        return run

    def apply(self, answer: ListAnswer) -> None:
        """Show the rows of ``answer``. The whole list answering the question whose head is shown extends it in
        place; anything else replaces the rows (cached rows dropped). Ignored once the session is gone, and a
        head that comes after its whole list is ignored too."""
        if self._ws is None:
            return
        shown = self._shown
        if shown is not None and shown.same_question(answer) and shown.ids == answer.ids[:len(shown.ids)]:
            if shown.complete and not answer.complete:
                return
            if not shown.complete:
                self._extend(answer)
                return
        self.beginResetModel()
        self._pages.clear()
        self._ids, self.total, self.filter = answer.ids, answer.total, answer.wanted
        self.complete, self._shown = answer.complete, answer
        self.sort_column = answer.sort_column
        self.sort_order = Qt.SortOrder.DescendingOrder if answer.descending else Qt.SortOrder.AscendingOrder
        self.endResetModel()

    def _extend(self, answer: ListAnswer) -> None:
        """The rest of the list after its head: rows inserted, the cached pages of the head still right."""
        first = len(self._ids)
        self.total, self.complete, self._shown = answer.total, answer.complete, answer
        if len(answer.ids) > first:
            if first % self.page_size:
                self._pages.pop(first // self.page_size, None)  # a part-filled last page of the head
            self.beginInsertRows(QModelIndex(), first, len(answer.ids) - 1)
            self._ids = answer.ids
            self.endInsertRows()

    def reload(self) -> None:
        """Ask for the id list again (current filter and sort), here and now."""
        if self._ws is None:
            self.beginResetModel()
            self._ids, self.total, self._shown, self.complete = [], 0, None, True
            self._pages.clear()
            self.endResetModel()
            return
        self.apply(self.query()())

    def set_filter(self, wanted: FindingFilter) -> None:
        self.filter = wanted
        self.reload()

    def clear(self) -> None:
        """Forget the session and every cached row (the workspace was locked)."""
        self.beginResetModel()
        self._ws = None
        self._ids, self.total, self._shown, self.complete = [], 0, None, True
        self._pages.clear()
        self.endResetModel()

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def finding_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, finding_id: str) -> int | None:
        try:
            return self._ids.index(finding_id)
        except ValueError:
            return None

    def _row(self, row: int) -> FindingRow | None:
        page_no, offset = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        if page is None:
            if self._ws is None:
                return None
            ids = self._ids[page_no * self.page_size:(page_no + 1) * self.page_size]
            found = {r.id: r for r in finding_rows(self._ws, ids)}
            page = [found.get(i) for i in ids]  # a row deleted meanwhile shows empty until the next reload
            self.pages_fetched += 1
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    # ---- QAbstractTableModel ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("FindingsModel", COLUMNS[section].header)
            return None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(COLUMNS):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == AMOUNT_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if key == "title" else None
        return _cell(row, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if self.sort_elsewhere:
            self.sort_requested.emit(column, order)
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._reorder()
        self.layoutChanged.emit()

    def _reorder(self) -> None:
        # The new order comes from SQL; persistent indexes (the selection) follow their finding's id.
        persistent = self.persistentIndexList()
        held = [(index, self._ids[index.row()] if index.row() < len(self._ids) else None) for index in persistent]
        self._pages.clear()
        self._shown, self.complete = None, True
        if self._ws is not None:
            key = COLUMNS[self.sort_column].key
            self._ids = finding_ids(self._ws, self.filter, key, self.sort_order == Qt.SortOrder.DescendingOrder)
        position = {finding: row for row, finding in enumerate(self._ids)} if held else {}
        for index, finding in held:
            row = position.get(finding) if finding is not None else None
            self.changePersistentIndex(index, self.index(row, index.column()) if row is not None else QModelIndex())
