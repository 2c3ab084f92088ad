"""The statistics page's charts: one widget per chart, painted by printing/charts.py (the code that paints the
charts of the PDF reports), each with Copy image and Save image… in its context menu and on its buttons.

The charts' numbers are services/reports/charts.py's, built from the same statistics as the tables beside them;
only the wording (titles, bar labels) is the window's, in the person's language. Copying or saving a chart is an
export of figures, recorded in the audit log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QGuiApplication, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from printing.charts import chart_height, paint_chart
from services.reports.document import BarChart
from services.reports.exporting import record_chart_export
from services.workspace import WorkspaceSession

PADDING = 10
IMAGE_SCALE = 2  # a copied or saved chart has twice the screen's pixels


class ChartView(QWidget):
    """One bar chart, as tall as its bars need at the width it is given."""

    def __init__(self, chart: BarChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)
        self._fit()

    def fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        return QFont(self.font()), title

    def set_chart(self, chart: BarChart) -> None:
        self.chart = chart
        self._fit()
        self.update()

    def _fit(self) -> None:
        font, title = self.fonts()
        width = max(self.width(), self.minimumWidth()) - 2 * PADDING
        self.setFixedHeight(int(chart_height(self.chart, font, title, width, self)) + 2 * PADDING)

    def sizeHint(self) -> QSize:
        return QSize(560, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paint_into(self, painter: QPainter, width: float, height: float) -> None:
        painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
        font, title = self.fonts()
        paint_chart(painter, QRectF(PADDING, PADDING, width - 2 * PADDING, height - 2 * PADDING), self.chart, font,
                    title, empty=QCoreApplication.translate("ChartsPanel", "(no data)"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint_into(painter, self.width(), self.height())
        finally:
            painter.end()

    def image(self) -> QImage:
        image = QImage(self.width() * IMAGE_SCALE, self.height() * IMAGE_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(IMAGE_SCALE)
        painter = QPainter(image)
        try:
            self.paint_into(painter, self.width(), self.height())
        finally:
            painter.end()
        return image

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        panel = self.parent()
        while panel is not None and not isinstance(panel, ChartsPanel):
            panel = panel.parent()
        if panel is None:
            return
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("ChartsPanel", "Copy image"), lambda: panel.copy_chart(self))
        menu.addAction(QCoreApplication.translate("ChartsPanel", "Save image…"), lambda: panel.save_chart(self))
        menu.exec(event.globalPos())


class ChartsPanel(QScrollArea):
    """The charts in two columns (the units' on the left, the others on the right), with Copy image and Save
    image… under each."""

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        self.grid.setSpacing(12)
        self.setWidget(self.inner)
        self.views: dict[str, ChartView] = {}
        self.folder = Path.home()

    def set_charts(self, charts: list[BarChart]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.views = {}
        boxes: list[tuple[str, QWidget]] = []
        for chart in charts:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            view = ChartView(chart)
            column.addWidget(view)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            copy = QPushButton(self.tr("Copy image"))
            copy.clicked.connect(lambda _=False, v=view: self.copy_chart(v))
            save = QPushButton(self.tr("Save image…"))
            save.clicked.connect(lambda _=False, v=view: self.save_chart(v))
            buttons.addWidget(copy)
            buttons.addWidget(save)
            column.addLayout(buttons)
            self.views[chart.key] = view
            boxes.append((chart.key, box))
        # the unit chart is long: it fills the left column, the others stand one under another on the right
        tall = [box for key, box in boxes if key == "org"]
        others = [box for key, box in boxes if key != "org"]
        for box in tall:
            self.grid.addWidget(box, 0, 0, max(1, len(others)) + 1, 1, Qt.AlignmentFlag.AlignTop)
        for row, box in enumerate(others):
            self.grid.addWidget(box, row, 1 if tall else 0, Qt.AlignmentFlag.AlignTop)
        for index in range(2):
            self.grid.setColumnStretch(index, 1)
        self.grid.setRowStretch(max(1, len(others)), 1)

    def copy_chart(self, view: ChartView) -> None:
        record_chart_export(self.ws, view.chart.key, "clipboard", clue_figures=False)
        QGuiApplication.clipboard().setImage(view.image())

    def save_chart(self, view: ChartView, path: str | None = None) -> Path | None:
        if path is None:
            proposed = self.folder / f"{view.chart.title}.png"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart as"), str(proposed),
                                                  self.tr("PNG image (*.png)"))
        if not path:
            return None
        target = Path(path) if Path(path).suffix.lower() == ".png" else Path(path + ".png")
        # PNG from the suffix: the stubs type a format as bytes, which this PySide6 refuses (it takes a str)
        if not view.image().save(str(target)):
            QMessageBox.warning(self, self.tr("Save the chart as"),
                                self.tr("The image could not be written to “%1”.").replace("%1", str(target)))
            return None
        try:  # a saved chart is an export of figures: no file stays without its audit event
            record_chart_export(self.ws, view.chart.key, str(target), clue_figures=False)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        self.folder = target.parent
        return target
