"""Pick one finding by its code or title (to link a clue to it): a search line over a short result list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.queries.clues import linkable_findings
from services.workspace import WorkspaceSession

LIMIT = 50


class FindingPicker(QDialog):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.chosen_id: str | None = None
        self.setWindowTitle(self.tr("Link a finding"))
        self.resize(720, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of the finding's code or title"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.count_label = QLabel()
        self.count_label.setObjectName("areaInfo")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self.choose())
        self.results.currentRowChanged.connect(lambda row: self.ok_button.setEnabled(row >= 0))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.timer.stop()  # asked now: no later second asking
        self.results.clear()
        choices = linkable_findings(self.ws, self.search.text(), LIMIT)
        for choice in choices:
            item = QListWidgetItem(choice.text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.results.addItem(item)
        if not choices:
            self.count_label.setText(self.tr("No finding matches."))
        elif len(choices) >= LIMIT:
            self.count_label.setText(self.tr("The first %1 matches; type more to narrow them down.")
                                     .replace("%1", str(LIMIT)))
        else:
            self.count_label.setText(self.tr("%n finding(s) match.", "", len(choices)))
        self.results.setCurrentRow(0 if choices else -1)
        self.ok_button.setEnabled(bool(choices))

    def choose(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
