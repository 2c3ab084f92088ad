"""A list that says so when it is empty: a table, or a centred explanation in its place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.item_models.records import SORT_ROLE


def centred_message(text: str) -> tuple[QWidget, QLabel]:
    """A calm explanation in the middle of an area, wrapped at a readable width."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMaximumWidth(640)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    return holder, label


def make_table(model: QAbstractItemModel, *, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # No sort indicator at first: the rows keep the order the query gave (codes in the order people read them).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.verticalHeader().setDefaultSectionSize(28)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SortProxy(QSortFilterProxyModel):
    """Sorts on the source's SORT_ROLE; row numbers count the rows as shown, not as loaded."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)


def sort_proxy(source: QAbstractItemModel) -> QSortFilterProxyModel:
    proxy = SortProxy()
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    return proxy


class ListPage(QWidget):
    """``model`` shown in a table; ``empty_text`` centred where the table would be when it has no row."""

    def __init__(self, model: QAbstractItemModel, empty_text: str, parent: QWidget | None = None, *,
                 view: QTableView | None = None, column_widths: tuple[int, ...] = (),
                 stretch_column: int | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view or make_table(model)
        for column, width in enumerate(column_widths):
            self.view.setColumnWidth(column, width)
        if stretch_column is not None:  # the long text takes the room left; the others keep their widths
            header = self.view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.empty_holder, self.empty_label = centred_message(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_holder

    def update_state(self) -> None:
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty_holder)
