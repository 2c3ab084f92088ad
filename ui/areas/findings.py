"""问题: every finding of the workspace, in a paged table sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.item_models.findings import FindingsModel
from ui.list_page import ListPage, make_table


class FindingsArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Findings"), parent)
        self.model = FindingsModel(ws, self)
        view = make_table(self.model)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.page = ListPage(
            self.model,
            self.tr("No findings have been recorded in this workspace yet.\n\n"
                    "Entering findings in the windows is not available in this version yet; "
                    "open the demo workspace to see how the list looks with data."),
            view=view, column_widths=(165, 300, 150, 160, 80, 105, 95), stretch_column=1,
        )
        self.body.addWidget(self.page, 1)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the model's own SQL order
        self.refresh()

    def refresh(self) -> None:
        if self.ws is None:
            return
        self.model.reload()
        self.info_label.setText(self.tr("%n finding(s)", "", self.model.rowCount()))

    def clear(self) -> None:
        super().clear()
        self.model.clear()
