"""整改: the rectification ledger, one line per task, until it is closed out."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from models.enums import RectStatus, RectType
from services.queries.rectification import list_rectification_items
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.i18n import label
from ui.item_models.records import Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RectificationArea", "No."), lambda r: r.item_no, right_aligned=True),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Finding code"), lambda r: r.finding_code),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Inspected unit"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Problem fed back"), lambda r: r.problem_text, tooltip=True),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Type"), lambda r: r.rect_type,
           lambda r: label(r.rect_type, RectType)),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Lead unit"), lambda r: r.lead_unit),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Deadline"), lambda r: r.deadline),
    Column(QT_TRANSLATE_NOOP("RectificationArea", "Status"), lambda r: r.status,
           lambda r: label(r.status, RectStatus)),
)


class RectificationArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Rectification"), parent)
        self.model = RecordTableModel("RectificationArea", COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        self.page = ListPage(
            self.model,
            self.tr("No rectification tasks yet.\n\nThe rectification ledger fills once findings have been fed "
                    "back to the inspected units."),
            view=make_table(self.proxy), column_widths=(50, 175, 170, 340, 90, 150, 100, 110),
            stretch_column=3,
        )
        self.body.addWidget(self.page, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.ws is None:
            return
        rows = list_rectification_items(self.ws)
        self.model.set_rows(rows)
        open_items = sum(1 for r in rows if r.status not in (RectStatus.CLOSED_OUT, RectStatus.DONE))
        self.info_label.setText(self.tr("%n task(s)", "", len(rows)) + self.tr(", %n not finished", "", open_items))

    def clear(self) -> None:
        super().clear()
        self.model.clear()
