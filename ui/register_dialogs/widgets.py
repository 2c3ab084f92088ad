"""Inputs the register forms share: a date with a time, team-member pickers, and a small table of rows
(talk outline, people met, requested items) with add and remove buttons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.enums import TeamRole
from services.queries.registers import MemberChoice
from ui.finding_editor.fields import DateField
from ui.i18n import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def member_text(member: MemberChoice) -> str:
    role = label(member.role, TeamRole)
    return f"{member.name}（{role}）" if role else member.name


class DateTimeField(QWidget):
    """An optional date (typed or from the calendar) with a time of day; no date means no value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField()
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(9, 0))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addStretch(1)
        self.setFocusProxy(self.date)

    def value(self) -> datetime | None:
        """Raises ui.finding_editor.fields.BadValue when the date is not readable."""
        day = self.date.value()
        if day is None:
            return None
        moment = self.time.time()
        return datetime.combine(day, time(moment.hour(), moment.minute()))

    def set_value(self, value: datetime | date | None) -> None:
        if isinstance(value, datetime):
            self.date.set_value(value.date())
            self.time.setTime(QTime(value.hour, value.minute))
        else:
            self.date.set_value(value)


class MemberCombo(QComboBox):
    """One team member, or nobody."""

    def set_members(self, members: Sequence[MemberChoice], none_text: str) -> None:
        current = self.value()
        self.clear()
        self.addItem(none_text, None)
        for member in members:
            self.addItem(member_text(member), member.member_id)
        self.set_value(current)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, member_id: str | None) -> None:
        index = self.findData(member_id) if member_id else 0
        if index < 0:  # no longer a member: keep showing the id rather than losing it silently
            self.addItem(str(member_id), member_id)
            index = self.count() - 1
        self.setCurrentIndex(index)


class MemberChecklist(QListWidget):
    """Several team members, ticked (the interviewers)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(118)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_members(self, members: Sequence[MemberChoice]) -> None:
        ticked = self.checked_ids()
        self.blockSignals(True)
        self.clear()
        for member in members:
            item = QListWidgetItem(member_text(member))
            item.setData(ID_ROLE, member.member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.member_id in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def checked_ids(self) -> list[str]:
        return [str(self.item(row).data(ID_ROLE)) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)


class RowsTable(QWidget):
    """Rows of text cells under translated headers, with "Add row" and "Remove row"; ``keys`` name the cells."""

    changed = Signal()

    def __init__(self, keys: Sequence[str], headers: Sequence[str], parent: QWidget | None = None,
                 widths: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.keys = list(keys)
        self.table = QTableWidget(0, len(keys))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(QCoreApplication.translate("RowsTable", "Add row"))
        self.remove_button = QPushButton(QCoreApplication.translate("RowsTable", "Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row(start_editing=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def add_row(self, values: dict[str, object] | None = None, row_id: str | None = None, *,
                start_editing: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = values or {}
        for column, key in enumerate(self.keys):
            item = QTableWidgetItem(self.cell_text(values.get(key)))
            if column == 0:
                item.setData(ID_ROLE, row_id)
            self.table.setItem(row, column, item)
        if start_editing:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)  # set just above
            if first is not None:
                self.table.editItem(first)
        return row

    @staticmethod
    def cell_text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, date | datetime):
            return value.isoformat()
        return str(value)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def set_rows(self, rows: Sequence[Mapping[str, object]], ids: Sequence[str | None] = ()) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for number, values in enumerate(rows):
            self.add_row(dict(values), ids[number] if number < len(ids) else None)
        self.table.blockSignals(False)

    def text(self, row: int, key: str) -> str:
        item = self.table.item(row, self.keys.index(key))
        return item.text().strip() if item is not None else ""

    def row_id(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        value = item.data(ID_ROLE) if item is not None else None
        return str(value) if value else None

    def rows(self) -> list[dict[str, str]]:
        """Every row as key -> text (empty rows included; the services drop those)."""
        return [{key: self.text(row, key) for key in self.keys} for row in range(self.table.rowCount())]

    def mark_row(self, row: int, bad: bool) -> None:
        """Tint a row the services rejected (1-based ``row`` as the problem names it)."""
        for column in range(self.table.columnCount()):
            item = self.table.item(row - 1, column)
            if item is not None:
                item.setBackground(Qt.GlobalColor.yellow if bad else Qt.GlobalColor.transparent)
