"""The list of one owner's evidence files: number, type, title, file, kind and size, where/when/by whom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from models.enums import EvidenceType
from models.finding import Evidence
from models.labels import field_label
from services.evidence import EvidenceItem
from ui.evidence.format import describe_file
from ui.i18n import current_language, label

FIELDS = ("evidence_no", "evidence_type", "title", "file_name", "", "obtained_from", "obtained_at", "collected_by")
TITLE_COLUMN, FILE_COLUMN = 2, 3


class EvidenceTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(FIELDS), parent)
        self.rows: list[EvidenceItem] = []
        language = current_language()
        self.setHorizontalHeaderLabels([field_label(Evidence, name, language) if name else self.tr("File kind")
                                        for name in FIELDS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_items(self, items: list[EvidenceItem], select_id: str | None = None) -> None:
        self.rows = items
        self.clearSelection()
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (item.evidence_no, label(item.evidence_type, EvidenceType), item.title, item.file_name,
                     describe_file(item), item.obtained_from or "",
                     item.obtained_at.isoformat() if item.obtained_at else "", item.collected_by or "")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if column == FILE_COLUMN:
                    cell.setToolTip(f"{item.file_name}\nSHA-256 {item.sha256[:16]}…")
                elif column == TITLE_COLUMN:
                    cell.setToolTip(item.title)
                self.setItem(row, column, cell)
            if item.id == select_id:
                self.selectRow(row)

    def selected(self) -> EvidenceItem | None:
        model = self.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select_id(self, evidence_id: str) -> None:
        for row, item in enumerate(self.rows):
            if item.id == evidence_id:
                self.selectRow(row)
