"""The 整改督办 task list as an item model: one row per rectification task, the deadline's colour (red past it,
yellow close to it, green) on the progress cell. The words stay in the RectificationArea translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from models.enums import RectStatus, RectType
from services.queries.rectification_board import STATES
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.item_models.records import Column, Index, RecordTableModel

CONTEXT = "RectificationArea"
BACKGROUND = {"red": "#fde0dc", "yellow": "#fff4c2", "green": "#e3f4e1"}
FOREGROUND = {"red": "#b71c1c", "yellow": "#8a6400", "green": "#1b5e20", "none": "#607d8b"}
COLOUR_WORDS = {
    "red": QT_TRANSLATE_NOOP("RectificationArea", "Overdue"),
    "yellow": QT_TRANSLATE_NOOP("RectificationArea", "Due soon"),
    "green": QT_TRANSLATE_NOOP("RectificationArea", "On time"),
    "none": QT_TRANSLATE_NOOP("RectificationArea", "Finished"),
    "days": QT_TRANSLATE_NOOP("RectificationArea", " %1 d"),
}


def colour_text(colour: str, days: int = 0) -> str:
    text = QCoreApplication.translate(CONTEXT, COLOUR_WORDS[colour])
    if days:
        text += QCoreApplication.translate(CONTEXT, COLOUR_WORDS["days"]).replace("%1", str(days))
    return text


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Task"), lambda r: (r.finding_code, r.item_no), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Inspected unit"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Status"), lambda r: STATES.index(r.status)
           if r.status in STATES else 99, lambda r: label(r.status, RectStatus)),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Progress"), lambda r: ("red", "yellow", "green", "none")
           .index(r.colour) * 10000 - r.days_overdue, lambda r: colour_text(r.colour, r.days_overdue)),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Deadline"), lambda r: r.deadline),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Problem fed back"), lambda r: r.problem_text, tooltip=True),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Type"), lambda r: r.rect_type,
           lambda r: label(r.rect_type, RectType)),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Lead unit"), lambda r: r.lead_unit),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Supervising leader"), lambda r: r.supervising_city_leader),
)
STATUS_COLUMN, COLOUR_COLUMN, PROBLEM_COLUMN = 2, 3, 5


class TaskModel(RecordTableModel):
    """The task list with the deadline's colour on the progress cell."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == COLOUR_COLUMN and index.row() < self.rowCount():
            colour = self.row_object(index.row()).colour
            if role == Qt.ItemDataRole.BackgroundRole and colour in BACKGROUND:
                return QBrush(QColor(BACKGROUND[colour]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(FOREGROUND[colour]))
        return super().data(index, role)
