"""The findings filter bar: a search box, unit, status and category on one row, the rest in a "More filters" popup.

The bar only says what the person asked for (``changed`` carries a FindingFilter); the area runs the query.
Typing is debounced; choosing in a list applies at once.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from models.enums import FindingStatus, OrgLevel
from services.queries.finding_choices import FilterChoices
from services.queries.findings import NO_FILTER, FindingFilter
from ui.i18n import label

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes, shown as "Any"
AMOUNT_PATTERN = r"^\d{0,9}([.]\d{0,6})?$"


def _combo(min_width: int) -> QComboBox:
    box = QComboBox()
    box.setMinimumWidth(min_width)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    return box


class _TodayWhenUnset(QObject):
    """Opens a date box's calendar at this month while the box says "Any" (not at its minimum, year 2000)."""

    def __init__(self, box: QDateEdit) -> None:
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.box.date() == NO_DATE:
            today = QDate.currentDate()
            self.box.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def _date_box() -> QDateEdit:
    box = QDateEdit()
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    box.setMinimumDate(NO_DATE)
    box.setDate(NO_DATE)
    box.calendarWidget().installEventFilter(_TodayWhenUnset(box))
    return box


def _amount(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text.strip() else None
    except InvalidOperation:
        return None


class MoreFilters(QFrame):
    """The popup with the less used criteria: unit level, tag, discovery dates, amounts, flags."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("moreFilters")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.level = _combo(160)
        self.tag = _combo(160)
        self.date_from, self.date_to = _date_box(), _date_box()
        for date_box in (self.date_from, self.date_to):
            date_box.setSpecialValueText(self.tr("Any"))
        self.amount_min, self.amount_max = QLineEdit(), QLineEdit()
        for amount_box in (self.amount_min, self.amount_max):
            amount_box.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), amount_box))
            amount_box.setPlaceholderText(self.tr("Any"))
            amount_box.setMaximumWidth(110)
        self.is_key = QCheckBox(self.tr("Key problems only"))
        self.is_common = QCheckBox(self.tr("Common problems only"))
        self.immediate_fix = QCheckBox(self.tr("Fixed at once only"))
        form = QFormLayout(self)
        form.setContentsMargins(14, 12, 14, 12)
        form.addRow(self.tr("Unit level"), self.level)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Discovered"), self._pair(self.date_from, self.date_to))
        form.addRow(self.tr("Amount (10k yuan)"), self._pair(self.amount_min, self.amount_max))
        form.addRow("", self.is_key)
        form.addRow("", self.is_common)
        form.addRow("", self.immediate_fix)
        for combo in (self.level, self.tag):
            combo.currentIndexChanged.connect(self.changed)
        for date_box in (self.date_from, self.date_to):
            date_box.dateChanged.connect(self.changed)
        for line in (self.amount_min, self.amount_max):
            line.textChanged.connect(self.changed)
        for check in (self.is_key, self.is_common, self.immediate_fix):
            check.toggled.connect(self.changed)

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(second)
        row.addStretch(1)
        return holder

    def reset(self) -> None:
        for combo in (self.level, self.tag):
            combo.setCurrentIndex(0)
        for box in (self.date_from, self.date_to):
            box.setDate(NO_DATE)
        for line in (self.amount_min, self.amount_max):
            line.clear()
        for check in (self.is_key, self.is_common, self.immediate_fix):
            check.setChecked(False)


class FindingFilterBar(QWidget):
    changed = Signal(object)  # FindingFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.search = QLineEdit()
        self.search.setObjectName("findingSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, description, legal basis, persons…"))
        self.search.setMinimumWidth(240)
        self.search.setToolTip(self.tr("Words separated by spaces must all appear (in the title, description, "
                                       "legal basis or persons involved); one or two characters are enough. "
                                       "Ctrl+F comes here."))
        self.org = _combo(170)
        self.status = _combo(110)
        self.category = _combo(190)
        for combo, popup_width in ((self.org, 260), (self.category, 560)):
            combo.view().setMinimumWidth(popup_width)  # long category names are read in the open list
        self.more = MoreFilters(self)
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreFiltersButton")
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.clicked.connect(self.show_more)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.search, 3)
        for widget in (self.org, self.status, self.category):
            row.addWidget(widget, 2)
        row.addWidget(self.more_button)
        row.addWidget(self.clear_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._emit)
        for combo in (self.org, self.status, self.category):
            combo.currentIndexChanged.connect(self._changed_now)
        self.more.changed.connect(self._changed_now)
        self.set_choices(FilterChoices([], [], [], []))

    # ---- choices ----

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists with what occurs in the workspace, keeping what was chosen where it still exists."""
        self._loading = True
        try:
            self._fill(self.org, self.tr("All units"), [(org.id, org.name) for org in choices.orgs])
            self._fill(self.status, self.tr("All statuses"), [(s.value, label(s)) for s in FindingStatus])
            self._fill(self.category, self.tr("All categories"),
                       [(node.id, "　" * (node.level - 1) + node.name) for node in choices.categories])
            bold = QFont(self.category.font())
            bold.setBold(True)
            for index, node in enumerate(choices.categories, start=1):
                if node.level == 1:  # the heads of the trees stand out in the open list
                    self.category.setItemData(index, bold, Qt.ItemDataRole.FontRole)
            self._fill(self.more.level, self.tr("All levels"),
                       [(code, label(code, OrgLevel)) for code in choices.levels])
            self._fill(self.more.tag, self.tr("All tags"), [(tag.value, tag.label) for tag in choices.tags])
        finally:
            self._loading = False
        self._update_more_button()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))

    # ---- the filter ----

    def current(self) -> FindingFilter:
        more = self.more
        org = self.org.currentData()
        status = self.status.currentData()
        start, end = more.date_from.date(), more.date_to.date()
        return FindingFilter(
            search=self.search.text().strip(), org_ids=(org,) if org else (), org_level=more.level.currentData(),
            category_id=self.category.currentData(), tag=more.tag.currentData(),
            statuses=(status,) if status else (),
            discovered_from=start.toPython() if start != NO_DATE else None,  # type: ignore[arg-type]
            discovered_to=end.toPython() if end != NO_DATE else None,  # type: ignore[arg-type]
            amount_min=_amount(more.amount_min.text()), amount_max=_amount(more.amount_max.text()),
            is_key=True if more.is_key.isChecked() else None,
            is_common=True if more.is_common.isChecked() else None,
            immediate_fix=True if more.immediate_fix.isChecked() else None,
        )

    def more_count(self) -> int:
        """How many criteria of the popup are set (shown on its button)."""
        wanted = self.current()
        return FindingFilter(org_level=wanted.org_level, tag=wanted.tag, discovered_from=wanted.discovered_from,
                             discovered_to=wanted.discovered_to, amount_min=wanted.amount_min,
                             amount_max=wanted.amount_max, is_key=wanted.is_key, is_common=wanted.is_common,
                             immediate_fix=wanted.immediate_fix).active_count()

    def clear(self) -> None:
        self._loading = True
        try:
            self.search.clear()
            for combo in (self.org, self.status, self.category):
                combo.setCurrentIndex(0)
            self.more.reset()
        finally:
            self._loading = False
        self.timer.stop()
        self._emit()

    def show_more(self) -> None:
        self.more.adjustSize()
        below = self.more_button.mapToGlobal(QPoint(0, self.more_button.height() + 2))
        right_edge = self.more_button.mapToGlobal(QPoint(self.more_button.width(), 0)).x()
        self.more.move(min(below.x(), right_edge - self.more.width()), below.y())
        self.more.show()

    def _changed_now(self) -> None:
        if not self._loading:
            self.timer.stop()
            self._emit()

    def _emit(self) -> None:
        self._update_more_button()
        wanted = self.current()
        self.clear_button.setEnabled(wanted != NO_FILTER)
        self.changed.emit(wanted)

    def _update_more_button(self) -> None:
        count = self.more_count()
        self.more_button.setText(self.tr("More filters ({count})…").format(count=count) if count
                                 else self.tr("More filters…"))
        self.clear_button.setEnabled(self.current() != NO_FILTER)
