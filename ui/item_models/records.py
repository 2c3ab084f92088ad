"""A small eager table over a list of rows (registers, rectification, clues), behind a sort proxy.

Each column says how to show a row and how to sort it; the sort key never is None (mixed types do not
compare in a QVariant), so empty values sort first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def show_value(value: object) -> str:
    """How a plain value reads in a cell: dates as ISO, datetimes to the minute, None as nothing."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def sort_key(value: object) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Column:
    """``header`` is an untranslated source string of ``context``; ``show`` gives the cell text."""

    header: str
    value: Callable[[Any], object]
    show: Callable[[Any], str] | None = None
    right_aligned: bool = False
    tooltip: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, context: str, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].header)
            return None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row) if column.show else show_value(column.value(row))
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return show_value(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
