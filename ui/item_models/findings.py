"""The findings table: the ordered id list for the current sort (SQL), rows fetched in pages on demand.

``rowCount`` is the whole list, so the scroll bar is honest; ``data()`` asks for the page a row is on
and keeps the last pages in a small cache. At HQ the list can hold 100k findings.
"""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from models.enums import FindingStatus
from services.queries.findings import FindingRow, finding_ids, finding_rows
from services.workspace import WorkspaceSession
from ui.i18n import label

Index = QModelIndex | QPersistentModelIndex

# (header, sort key of services.queries.findings)
COLUMNS = (
    (QT_TRANSLATE_NOOP("FindingsModel", "Code"), "code"),
    (QT_TRANSLATE_NOOP("FindingsModel", "Title"), "title"),
    (QT_TRANSLATE_NOOP("FindingsModel", "Inspected unit"), "org"),
    (QT_TRANSLATE_NOOP("FindingsModel", "Category (level 1)"), "category"),
    (QT_TRANSLATE_NOOP("FindingsModel", "Status"), "status"),
    (QT_TRANSLATE_NOOP("FindingsModel", "Amount (10k yuan)"), "amount"),
    (QT_TRANSLATE_NOOP("FindingsModel", "Discovered on"), "discovered_at"),
)
AMOUNT_COLUMN = 5
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
CACHED_PAGES = 20


def format_amount(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,.2f}" if amount == amount.quantize(Decimal("0.01")) else f"{amount:,f}"


class FindingsModel(QAbstractTableModel):
    def __init__(self, ws: WorkspaceSession, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ws: WorkspaceSession | None = ws
        self.page_size = page_size
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[FindingRow | None]] = OrderedDict()
        self.pages_fetched = 0  # how many page queries ran (tests check the paging is lazy)
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder

    # ---- loading ----

    def reload(self) -> None:
        """Ask for the id list again (current sort); cached rows are dropped."""
        self.beginResetModel()
        self._pages.clear()
        if self._ws is None:
            self._ids = []
        else:
            key = COLUMNS[self.sort_column][1]
            self._ids = finding_ids(self._ws, key, self.sort_order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def clear(self) -> None:
        """Forget the session and every cached row (the workspace was locked)."""
        self.beginResetModel()
        self._ws = None
        self._ids = []
        self._pages.clear()
        self.endResetModel()

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def finding_id(self, row: int) -> str:
        return self._ids[row]

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
                return QCoreApplication.translate("FindingsModel", COLUMNS[section][0])
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
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if column == 1 else None
        return (
            row.code, row.title, row.org_name, row.category_l1 or "", label(row.status, FindingStatus),
            format_amount(row.amount), row.discovered_at.isoformat() if row.discovered_at else "",
        )[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
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
        if self._ws is not None:
            key = COLUMNS[self.sort_column][1]
            self._ids = finding_ids(self._ws, key, self.sort_order == Qt.SortOrder.DescendingOrder)
        position = {finding: row for row, finding in enumerate(self._ids)} if held else {}
        for index, finding in held:
            row = position.get(finding) if finding is not None else None
            self.changePersistentIndex(index, self.index(row, index.column()) if row is not None else QModelIndex())
