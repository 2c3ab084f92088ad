"""Horizontal bar charts painted with QPainter, the same code on the statistics page and in the PDF.

A bar's length is its share of the chart's whole: the track behind the bars is 100 %, with light lines at every
quarter, so 8 % of the problems is drawn as 8 % of the track (never scaled to the largest bar). Each bar names its
value and its percentage. Everything is measured in the painter's device pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen, QTextLayout, QTextOption

from services.reports.document import BarChart

BAR = QColor("#c0504d")
TRACK = QColor("#f2e3e2")
GRID = QColor("#d9c3c1")
TEXT = QColor("#222222")
MUTED = QColor("#666666")
QUARTERS = (0.25, 0.5, 0.75, 1.0)


def wrap(text: str, font: QFont, width: float, device: QPaintDevice, first_indent: float = 0.0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (device pixels); Chinese breaks between characters."""
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for number, paragraph in enumerate(text.replace("\r\n", "\n").split("\n")):
        if not paragraph:
            lines.append("")
            continue
        layout = QTextLayout(paragraph, font, device)
        layout.setTextOption(option)
        layout.beginLayout()
        first = number == 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width - (first_indent if first else 0.0)))
            first = False
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    return lines or [""]


@dataclass(frozen=True)
class ChartLook:
    """Sizes of one chart, in device pixels, from the fonts and the width it is given."""

    label_width: float
    value_width: float
    row_height: float
    line_height: float
    title_height: float
    axis_height: float
    bar_height: float
    gap: float

    @classmethod
    def make(cls, chart: BarChart, font: QFont, title_font: QFont, width: float, device: QPaintDevice) -> ChartLook:
        metrics = QFontMetricsF(font, device)
        line = metrics.height()
        widest = max((metrics.horizontalAdvance(bar.label) for bar in chart.bars), default=0.0)
        label_width = min(width * 0.34, widest + line)
        value_width = max((metrics.horizontalAdvance(value_text(chart, bar.value, bar.share, bar.note))
                           for bar in chart.bars), default=0.0) + line * 0.6
        return cls(label_width=label_width, value_width=min(value_width, width * 0.3), row_height=line * 2.2,
                   line_height=line, title_height=QFontMetricsF(title_font, device).height() * 1.6,
                   axis_height=line * 1.4, bar_height=line * 0.9, gap=line * 0.3)


def value_text(chart: BarChart, value: int, share: float, note: str = "") -> str:
    text = f"{value:,}{chart.unit}  {100 * share:.1f}%"
    return f"{text}  {note}" if note else text


def chart_height(chart: BarChart, font: QFont, title_font: QFont, width: float, device: QPaintDevice,
                 rows: int | None = None) -> float:
    look = ChartLook.make(chart, font, title_font, width, device)
    count = len(chart.bars) if rows is None else rows
    return look.title_height + max(count, 1) * look.row_height + look.axis_height


def paint_chart(painter: QPainter, rect: QRectF, chart: BarChart, font: QFont, title_font: QFont, *,
                first: int = 0, count: int | None = None, title_suffix: str = "", empty: str = "（无数据）") -> None:
    """Paint bars ``first`` .. ``first + count`` of ``chart`` into ``rect`` (a chart longer than a page is painted
    in parts, each with the title and the axis)."""
    device = painter.device()
    look = ChartLook.make(chart, font, title_font, rect.width(), device)
    shown = chart.bars[first:first + count if count is not None else None]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(title_font)
    painter.setPen(TEXT)
    title_metrics = QFontMetricsF(title_font, device)
    painter.drawText(QPointF(rect.left(), rect.top() + title_metrics.ascent()), chart.title + title_suffix)
    metrics = QFontMetricsF(font, device)
    painter.setFont(font)
    track_left = rect.left() + look.label_width
    track_width = max(1.0, rect.width() - look.label_width - look.value_width)
    top = rect.top() + look.title_height
    if not shown:
        painter.setPen(MUTED)
        painter.drawText(QPointF(track_left, top + metrics.ascent()), empty)
    bottom = top + max(len(shown), 1) * look.row_height
    painter.setPen(QPen(GRID, max(1.0, look.line_height / 24), Qt.PenStyle.DashLine))
    for quarter in QUARTERS:
        x = track_left + track_width * quarter
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    for index, bar in enumerate(shown):
        row_top = top + index * look.row_height
        label_lines = wrap(bar.label, font, look.label_width - look.line_height * 0.5, device)[:2]
        if len(wrap(bar.label, font, look.label_width - look.line_height * 0.5, device)) > 2:
            label_lines[1] = metrics.elidedText(label_lines[1] + "……", Qt.TextElideMode.ElideRight,
                                                look.label_width - look.line_height * 0.5)
        painter.setPen(TEXT)
        text_top = row_top + (look.row_height - len(label_lines) * look.line_height) / 2
        for number, text in enumerate(label_lines):
            painter.drawText(QPointF(rect.left(), text_top + number * look.line_height + metrics.ascent()), text)
        bar_top = row_top + (look.row_height - look.bar_height) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRect(QRectF(track_left, bar_top, track_width, look.bar_height))
        painter.setBrush(BAR)
        length = track_width * max(0.0, min(1.0, bar.share))
        if bar.value:
            painter.drawRect(QRectF(track_left, bar_top, max(length, look.line_height / 12), look.bar_height))
        painter.setPen(TEXT)
        painter.drawText(QPointF(track_left + track_width + look.line_height * 0.4,
                                 bar_top + (look.bar_height + metrics.ascent() - metrics.descent()) / 2),
                         value_text(chart, bar.value, bar.share, bar.note))
    painter.setPen(MUTED)
    for quarter in (0.0, *QUARTERS):
        label = f"{int(quarter * 100)}%"
        x = track_left + track_width * quarter - metrics.horizontalAdvance(label) / 2
        painter.drawText(QPointF(x, bottom + metrics.ascent() + look.line_height * 0.2), label)
    painter.restore()
