"""Edit what is said about one evidence file: title, evidence type, where and when it was obtained, by whom."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.enums import EvidenceType
from models.finding import Evidence
from models.labels import field_label
from services.evidence import LIMITS, EvidenceItem
from ui.evidence.format import describe_file
from ui.i18n import current_language, label


class EvidenceDetailsDialog(QDialog):
    """``values()`` gives the fields for services.evidence.update_evidence."""

    def __init__(self, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Evidence %1").replace("%1", item.evidence_no))
        self.setMinimumWidth(460)
        language = current_language()

        def name(field: str) -> str:
            return field_label(Evidence, field, language)

        self.title = QLineEdit(item.title)
        self.title.setMaxLength(LIMITS["title"])
        self.kind = QComboBox()
        for member in EvidenceType:
            self.kind.addItem(label(member), member.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.evidence_type)))
        self.obtained_from = QLineEdit(item.obtained_from or "")
        self.obtained_from.setMaxLength(LIMITS["obtained_from"])
        self.obtained_from.setPlaceholderText(self.tr("e.g. the unit's finance office"))
        self.has_date = QCheckBox(self.tr("Enter a date"))
        self.obtained_at = QDateEdit()
        self.obtained_at.setCalendarPopup(True)
        self.obtained_at.setDisplayFormat("yyyy-MM-dd")
        self.obtained_at.setMaximumDate(QDate.currentDate())
        when = item.obtained_at
        self.has_date.setChecked(when is not None)
        self.obtained_at.setDate(QDate(when.year, when.month, when.day) if when else QDate.currentDate())
        self.obtained_at.setEnabled(when is not None)
        self.has_date.toggled.connect(self.obtained_at.setEnabled)
        self.collected_by = QLineEdit(item.collected_by or "")
        self.collected_by.setMaxLength(LIMITS["collected_by"])

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.obtained_at, 1)
        form = QFormLayout()
        form.addRow(name("evidence_no"), QLabel(item.evidence_no))
        form.addRow(name("file_name"), QLabel(f"{item.file_name}\n{describe_file(item)}"))
        form.addRow(name("title"), self.title)
        form.addRow(name("evidence_type"), self.kind)
        form.addRow(name("obtained_from"), self.obtained_from)
        form.addRow(name("obtained_at"), date_row)
        form.addRow(name("collected_by"), self.collected_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        when: date | None = None
        if self.has_date.isChecked():
            qdate = self.obtained_at.date()
            when = date(qdate.year(), qdate.month(), qdate.day())
        return {
            "title": self.title.text(), "evidence_type": self.kind.currentData(),
            "obtained_from": self.obtained_from.text(), "obtained_at": when,
            "collected_by": self.collected_by.text(),
        }
