"""涉及人员: the people a finding names, one line each (name, post). Other keys a line carries (level, role
from the demo or an import) are kept as they were."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.finding_editor.fields import stack_with_buttons

EXTRA_ROLE = Qt.ItemDataRole.UserRole


class PersonsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Post")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 140)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.clicked.connect(lambda: self.add_row(edit=True))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        stack_with_buttons(self, self.table, self.add_button, self.remove_button)

    def add_row(self, person: dict[str, str] | None = None, *, edit: bool = False) -> None:
        person = dict(person or {})
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name = QTableWidgetItem(person.pop("name", ""))
        name.setData(EXTRA_ROLE, {k: v for k, v in person.items() if k != "post"})
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(person.get("post", "")))
        self.table.blockSignals(False)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(name)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def value(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            name_item, post_item = self.table.item(row, 0), self.table.item(row, 1)
            extra = dict(name_item.data(EXTRA_ROLE) or {}) if name_item is not None else {}
            extra["name"] = name_item.text() if name_item is not None else ""
            extra["post"] = post_item.text() if post_item is not None else ""
            out.append(extra)
        return out

    def set_value(self, persons: list[dict[str, str]]) -> None:
        self.table.setRowCount(0)
        for person in persons:
            self.add_row(person)

    def set_read_only(self, read_only: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
