"""统计: what the workspace holds, in numbers, and the summary sentence the office reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from models.enums import FindingStatus
from services.info import workspace_info
from services.queries.statistics import finding_figures
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.i18n import label
from ui.item_models.findings import format_amount


class FigureCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("figureCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)


class StatisticsArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Statistics"), parent)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summarySentence")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary_label)

        captions = {
            "units": self.tr("Units inspected"), "findings": self.tr("Findings"),
            "amount": self.tr("Amount involved (10k yuan)"), "evidence": self.tr("Evidence files"),
            "interviews": self.tr("Interviews"), "petitions": self.tr("Petitions"),
            "document_requests": self.tr("Document requests"), "field_visits": self.tr("Field visits"),
            "rectification_items": self.tr("Rectification tasks"),
        }
        if ws.can_read_clues:
            captions["clues"] = self.tr("Clues")
        self.cards = {key: FigureCard(caption) for key, caption in captions.items()}
        grid = QGridLayout()
        grid.setSpacing(12)
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, number // 5, number % 5)
        self.body.addLayout(grid)

        status_title = QLabel(self.tr("Findings by status"))
        status_title.setObjectName("sectionTitle")
        self.body.addWidget(status_title)
        self.status_grid = QGridLayout()
        self.status_grid.setHorizontalSpacing(24)
        self.status_labels: dict[str, QLabel] = {}
        for number, status in enumerate(FindingStatus):
            name = QLabel(label(status))
            value = QLabel("0")
            value.setObjectName("statusCount")
            self.status_labels[str(status)] = value
            value.setMinimumWidth(60)
            self.status_grid.addWidget(name, number // 4, (number % 4) * 2)
            self.status_grid.addWidget(value, number // 4, (number % 4) * 2 + 1)
        self.status_grid.setColumnStretch(8, 1)
        self.body.addLayout(self.status_grid)
        self.body.addStretch(1)
        self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.ws is None:
            return
        info = workspace_info(self.ws)
        figures = finding_figures(self.ws)
        values = {
            "units": figures.units_inspected, "findings": figures.findings, "amount": None,
            **{key: info.counts.get(key, 0) for key in
               ("evidence", "interviews", "petitions", "document_requests", "field_visits", "rectification_items")},
        }
        for key, card in self.cards.items():
            if key == "amount":
                card.set_value(format_amount(figures.amount_total) or "0")
            elif key == "clues":
                card.set_value(str(info.clues or 0))
            else:
                card.set_value(str(values[key]))
        for status, value in self.status_labels.items():
            value.setText(str(figures.by_status.get(status, 0)))
        self.summary_label.setText(self.summary_sentence(figures.units_inspected, figures.findings, info.clues))
        self.info_label.setText(self.tr("Live records only; deleted ones are not counted."))

    def summary_sentence(self, units: int, findings: int, clues: int | None) -> str:
        """"对N个单位开展巡察，发现问题M个" (and the clue count, for clue roles only)."""
        if clues is not None and self.ws is not None and self.ws.can_read_clues:
            text = self.tr("Units inspected: %1; problems found: %2; clues: %3.")
        else:
            text = self.tr("Units inspected: %1; problems found: %2.")
        return text.replace("%1", str(units)).replace("%2", str(findings)).replace("%3", str(clues))

    def clear(self) -> None:
        super().clear()
        for card in self.cards.values():
            card.set_value("–")
        for value in self.status_labels.values():
            value.setText("0")
        self.summary_label.clear()
