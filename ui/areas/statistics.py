"""统计: the summary sentence the office reports, a row of figures, the charts (by unit, by category, routine
against upgraded, rectification progress: ui/charts.py, painted by the code that paints the PDF reports), the
rectification figures (a tab of cards: tasks per state, closed-out share, overdue, 挽回金额, 建章立制, people
held accountable, handovers), and a table per dimension with a bar for each row's share of all problems
(QPainter, no charting library). Print report… opens ui/report_dialog.py. Clue figures only for a session
holding the clue key.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import FindingStatus, InspectionType, OrgLevel, RectStatus, SourceMethod
from services.info import workspace_info
from services.queries.rectification_stats import RectificationFigures
from services.queries.rectification_stats import rectification_figures as rectification_ledger_figures
from services.queries.statistics import (
    NONE_KEY,
    SummaryPhrases,
    Tally,
    TeamStatistics,
    statistics_rounds,
    summary_sentence,
    team_statistics,
)
from services.reports.charts import statistics_charts
from services.reports.document import BarChart
from services.reports.sources import rectification_figures
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.charts import ChartsPanel
from ui.i18n import label
from ui.item_models.findings import format_amount
from ui.tasks import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1
VOCABULARIES = {"status": FindingStatus, "source_method": SourceMethod, "org_level": OrgLevel}
BAR = QColor("#c0504d")
BAR_BACK = QColor("#f2e3e2")


class FigureCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("figureCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)


class SortItem(QTableWidgetItem):
    """A cell that sorts by the value kept in SORT_ROLE (numbers, exact amounts), not by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


class ShareBar(QStyledItemDelegate):
    """The row's share of all problems, as a bar as long as that share of the cell (8 % is 8 % long) with the
    percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        super().paint(painter, option, QModelIndex())  # the row's background and selection only
        share = index.data(SHARE_ROLE)
        if share is None:
            return
        width_of_whole, percent = share
        rect: QRect = option.rect.adjusted(6, 5, -58, -5)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_BACK)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(BAR)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), max(2, int(rect.width() * width_of_whole)),
                                      rect.height()), 3, 3)
        painter.setPen(option.palette.text().color())  # type: ignore[attr-defined]
        text_rect = QRect(rect.right() + 6, option.rect.top(), 50, option.rect.height())  # type: ignore[attr-defined]
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"{percent:.1f}%")
        painter.restore()


class StatisticsArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(ws, self.tr("Statistics"), parent)
        self.stats: TeamStatistics | None = None
        self.runner = runner  # the window's, handed over by the controller (report printing runs on it)
        self.charts_data: list[BarChart] = []
        self.report_dialog: QWidget | None = None
        self.round_combo = QComboBox()
        self.round_combo.setMinimumWidth(260)
        self.round_combo.setVisible(False)
        self.round_combo.currentIndexChanged.connect(lambda _i: self.refresh(keep_round=True))
        self.header.addWidget(self.round_combo)
        self.print_button = QPushButton(self.tr("Print report…"))
        self.print_button.clicked.connect(self.open_report_dialog)
        self.header.addWidget(self.print_button)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summarySentence")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary_label)

        captions = {
            "units": self.tr("Units inspected"), "findings": self.tr("Findings"),
            "amount": self.tr("Amount involved (10k yuan)"),
        }
        if ws.can_read_clues:
            captions["clues"] = self.tr("Clues")
        captions.update({
            "evidence": self.tr("Evidence files"), "interviews": self.tr("Interviews"),
            "petitions": self.tr("Petitions"), "document_requests": self.tr("Document requests"),
            "field_visits": self.tr("Field visits"), "rectification_items": self.tr("Rectification tasks"),
        })
        self.cards = {key: FigureCard(caption) for key, caption in captions.items()}
        grid = QGridLayout()
        grid.setSpacing(8)
        per_row = (len(self.cards) + 1) // 2
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, number // per_row, number % per_row)
        self.body.addLayout(grid)

        self.titles = {
            "org": self.tr("By unit"), "category_l1": self.tr("By category (level 1)"),
            "category_l2": self.tr("By category (level 2)"), "status": self.tr("By status"),
            "source_method": self.tr("By source"), "org_level": self.tr("By org level"), "team": self.tr("By team"),
        }
        self.tabs = QTabWidget()
        self.charts = ChartsPanel(ws)
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.rectification: RectificationFigures | None = None
        self.rectification_page = QWidget()
        self.rectification_cards = self._rectification_cards()
        self.tabs.addTab(self.rectification_page, self.tr("Rectification"))
        self.tables: dict[str, QTableWidget] = {}
        self.bar = ShareBar(self)
        for key, title in self.titles.items():
            table = QTableWidget()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(max(24, table.fontMetrics().height() + 8))
            table.setWordWrap(False)
            self.tables[key] = table
            self.tabs.addTab(table, title)
        self.body.addWidget(self.tabs, 1)
        self.refresh()

    def _rectification_cards(self) -> dict[str, FigureCard]:
        """The figures the committee's report on a round's rectification quotes (services/queries/
        rectification_stats.py): the tasks per state, then the closed-out share, overdue tasks, 挽回金额, 建章立制,
        people held accountable and the handovers with overdue feedback."""
        captions = {"tasks": self.tr("Rectification tasks"),
                    **{state.value: label(state.value, RectStatus) for state in RectStatus},
                    "closed_out_share": self.tr("Closed-out share"), "overdue": self.tr("Overdue tasks"),
                    "amount_recovered": self.tr("Amount recovered (10k yuan)"),
                    "rules_made": self.tr("Rules made"),
                    "people_held_accountable": self.tr("People held accountable"),
                    "handovers": self.tr("Handovers"), "handovers_overdue": self.tr("Handovers with overdue feedback")}
        cards = {key: FigureCard(caption) for key, caption in captions.items()}
        self.rectification_note = QLabel()
        self.rectification_note.setWordWrap(True)
        layout = QVBoxLayout(self.rectification_page)
        grid = QGridLayout()
        grid.setSpacing(8)
        per_row = 7
        for number, card in enumerate(cards.values()):
            grid.addWidget(card, number // per_row, number % per_row)
        layout.addLayout(grid)
        layout.addWidget(self.rectification_note)
        layout.addStretch(1)
        return cards

    def _show_rectification(self, figures: RectificationFigures) -> None:
        values = {"tasks": str(figures.tasks),
                  **{state: str(count) for state, count in figures.per_state.items()},
                  "closed_out_share": f"{100 * figures.closed_out_share:.1f}%",
                  "overdue": str(figures.overdue),
                  "amount_recovered": format_amount(figures.amount_recovered) or "0.00",
                  "rules_made": str(figures.rules_made),
                  "people_held_accountable": str(figures.people_held_accountable),
                  "handovers": str(figures.handovers), "handovers_overdue": str(figures.handovers_overdue)}
        for key, card in self.rectification_cards.items():
            card.set_value(values.get(key, "0"))
        self.rectification_note.setText(self.tr(
            "Overdue: past the deadline and not finished. People held accountable: the distinct people named in "
            "the perfunctory and false rectification flags."))
        self.tabs.setTabVisible(self.tabs.indexOf(self.rectification_page), figures.tasks > 0)

    # ---- wording ----

    def summary_phrases(self) -> SummaryPhrases:
        return SummaryPhrases(
            objects={"unit": self.tr("{n} unit(s)"), "township": self.tr("{n} township(s)"),
                     "village": self.tr("{n} village(s)"), "community": self.tr("{n} community(ies)")},
            mode_name=lambda code: label(code, InspectionType),
            mode_part=self.tr("{mode} inspection of {objects}"),
            found=self.tr("{findings} problem(s) found"),
            found_with_clues=self.tr("{findings} problem(s) and {clues} clue(s) found"),
            mode_found=self.tr("{part}: {found}"),
            sentence=self.tr("{modes}."),
            nothing=self.tr("No unit has been assigned for inspection yet; {found}."),
            list_separator=self.tr(", "), mode_separator=self.tr("; "),
        )

    def tally_label(self, dimension: str, tally: Tally) -> str:
        if tally.key == NONE_KEY:
            return self.tr("Not classified") if dimension.startswith("category") else self.tr("Not filled in")
        if dimension == "team":
            return self.tr("Team %1").replace("%1", tally.key)
        if dimension in VOCABULARIES:
            return label(tally.key, VOCABULARIES[dimension])
        return tally.name or tally.key

    # ---- charts and reports ----

    def window_charts(self, stats: TeamStatistics) -> list[BarChart]:
        """The charts of services/reports/charts.py (their numbers), worded in the window's language."""
        assert self.ws is not None
        rectification = rectification_figures(self.ws, self.round_combo.currentData(), self.ws.clock.now().date())
        titles = {"org": self.tr("Problems by unit"), "category_l1": self.tr("Problems by category (level 1)"),
                  "mode": self.tr("Routine and upgraded inspection: problems found"),
                  "rectification": self.tr("Rectification progress (tasks)")}
        tallies = {(key, tally.key): tally for key in ("org", "category_l1") for tally in stats.dimensions.get(key, [])}
        charts = []
        for chart in statistics_charts(stats, rectification):
            def wording(key: str, chart: BarChart = chart) -> str:
                if chart.key == "mode":
                    return label(key, InspectionType)
                if chart.key == "rectification":
                    return label(key, RectStatus)
                tally = tallies.get((chart.key, key))
                return self.tally_label(chart.key, tally) if tally is not None else key
            charts.append(replace(chart, title=titles.get(chart.key, chart.title), unit="",
                                  bars=tuple(replace(bar, label=wording(bar.key)) for bar in chart.bars)))
        return charts

    def task_runner(self) -> TaskRunner:
        if self.runner is None:
            self.runner = TaskRunner(self)
        return self.runner

    def open_report_dialog(self) -> QWidget | None:
        if self.ws is None:
            return None
        from ui.report_dialog import ReportDialog

        round_id = self.round_combo.currentData()
        dialog = ReportDialog(self.ws, self.task_runner(), round_id=round_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "report_dialog", None))
        dialog.open()
        return dialog

    # ---- reading ----

    def shown(self) -> None:
        self.refresh(keep_round=True)

    def refresh(self, keep_round: bool = False) -> None:
        if self.ws is None:
            return
        wanted = self.round_combo.currentData() if keep_round else None
        rounds = statistics_rounds(self.ws)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("All rounds"), None)
        for round_id, title in rounds:
            self.round_combo.addItem(title, round_id)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(wanted)) if wanted else 0)
        self.round_combo.setVisible(len(rounds) > 1)
        self.round_combo.blockSignals(False)
        stats = self.stats = team_statistics(self.ws, self.round_combo.currentData())
        info = workspace_info(self.ws)
        values = {"units": str(stats.orgs), "findings": str(stats.findings),
                  "amount": format_amount(stats.amount) or "0.00",
                  "clues": str(stats.clues or 0) if stats.clue_access else "",
                  **{key: str(info.counts.get(key, 0)) for key in
                     ("evidence", "interviews", "petitions", "document_requests", "field_visits",
                      "rectification_items")}}
        for key, card in self.cards.items():
            card.set_value(values[key])
        self.summary_label.setText(summary_sentence(stats, self.summary_phrases()))
        for key, table in self.tables.items():
            self._fill(key, table, stats)
            self.tabs.setTabVisible(self.tabs.indexOf(table), bool(stats.dimensions.get(key)))
        self.charts_data = self.window_charts(stats)
        self.charts.set_charts(self.charts_data)
        self.rectification = rectification_ledger_figures(self.ws, self.round_combo.currentData())
        self._show_rectification(self.rectification)
        context = rounds[0][1] if len(rounds) == 1 else ""
        note = self.tr("Withdrawn findings are not counted; deleted records neither.")
        self.info_label.setText(f"{context} · {note}" if context else note)

    def _fill(self, key: str, table: QTableWidget, stats: TeamStatistics) -> None:
        rows = stats.dimensions.get(key) or []
        with_clues = stats.clue_access and key == "org"
        first = {"org": self.tr("Unit"), "category_l1": self.tr("Category (level 1)"),
                 "category_l2": self.tr("Category (level 2)"), "status": self.tr("Status"),
                 "source_method": self.tr("Source"), "org_level": self.tr("Org level"), "team": self.tr("Team")}[key]
        heads = [first, *([self.tr("Level")] if key == "org" else []),
                 *([self.tr("Under level 1")] if key == "category_l2" else []),
                 self.tr("Findings"), self.tr("Share"), self.tr("Amount (10k yuan)"),
                 *([self.tr("Clues")] if with_clues else [])]
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(rows))
        counted = sum(tally.findings for tally in rows) or 1
        names = {tally.key: tally.name for tally in stats.dimensions.get("category_l1", [])}
        share_column = heads.index(self.tr("Share"))
        for row, tally in enumerate(rows):
            name = self.tally_label(key, tally)
            cells: list[tuple[str, object]] = [(name, name)]
            if key == "org":
                cells.append((label(tally.level, OrgLevel), tally.level))
            if key == "category_l2":
                cells.append((names.get(tally.parent, ""), names.get(tally.parent, "")))
            cells += [(str(tally.findings), tally.findings), ("", tally.findings),
                      (format_amount(tally.amount) or "0.00", Decimal(tally.amount))]
            if with_clues:
                cells.append((str(tally.clues or 0), tally.clues or 0))
            for column, (text, value) in enumerate(cells):
                item = SortItem(text)
                item.setData(SORT_ROLE, value)
                if column == 0 or (key == "category_l2" and column == 1):
                    item.setToolTip(text)
                elif column != share_column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == share_column:
                    item.setData(SHARE_ROLE, (tally.findings / counted, 100 * tally.findings / counted))
                table.setItem(row, column, item)
        table.setItemDelegateForColumn(share_column, self.bar)
        header = table.horizontalHeader()
        for column in range(len(heads)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(share_column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(share_column, 240)
        if key == "category_l2":  # the level-1 wording is long: a fixed column, the full text in the tooltip
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(1, 240)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the order the figures came in, until clicked
        table.setSortingEnabled(True)

    def clear(self) -> None:
        super().clear()
        self.stats = None
        for card in self.cards.values():
            card.set_value("–")
        for table in self.tables.values():
            table.clearContents()
            table.setRowCount(0)
        self.summary_label.clear()
        self.round_combo.clear()
        self.charts_data = []
        self.charts.set_charts([])
        self.rectification = None
        for card in self.rectification_cards.values():
            card.set_value("–")
