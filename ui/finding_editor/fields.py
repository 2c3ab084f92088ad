"""Small input widgets of the finding editor: an optional date with a calendar, an amount in 万元, and the red
line under a field that says what is wrong with it."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)


def stack_with_buttons(owner: QWidget, view: QWidget, *buttons: QPushButton) -> None:
    """Lay ``owner`` out as ``view`` over a row of ``buttons`` (left-aligned); the view takes the focus."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    layout.addLayout(row)
    owner.setFocusProxy(view)


DATE_PATTERN = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


class BadValue(ValueError):
    """Text a field cannot read; ``text`` is what the person typed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def parse_date(text: str) -> date | None:
    """2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日; None when empty; BadValue otherwise."""
    if not text.strip():
        return None
    match = DATE_PATTERN.match(text)
    if match is None:
        raise BadValue(text.strip())
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise BadValue(text.strip()) from exc


def parse_amount(text: str) -> Decimal | None:
    """An amount in 万元 as typed ("12.5", "1,234.56"); None when empty; BadValue when not a number."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise BadValue(text.strip()) from exc
    if not value.is_finite():
        raise BadValue(text.strip())
    return value


def format_amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    whole, _, cents = text.partition(".")
    return f"{whole}.{cents.ljust(2, '0')}"  # money reads with two decimals at least: 241.40


class DateField(QWidget):
    """An optional date: typed (several common forms) or picked from a calendar; empty means no date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 2026-03-05"))
        self.edit.setMaximumWidth(150)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def _prepare(self) -> None:
        try:
            current = parse_date(self.edit.text())
        except BadValue:
            current = None
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    def value(self) -> date | None:
        """The date, None when empty; raises BadValue when the text is not a date."""
        return parse_date(self.edit.text())

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value is not None else "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)


class ProblemLabel(QLabel):
    """The sentence saying what is wrong with the field above it; hidden while nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_problems(self, sentences: list[str]) -> None:
        self.setText("\n".join(sentences))
        self.setVisible(bool(sentences))

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
