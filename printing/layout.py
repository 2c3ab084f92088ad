"""A services/reports Document laid out on pages (the first of printing's two passes, docs/architecture.md §1.3):
each block (title, headings, paragraphs, figure rows, charts, signatures, tables) becomes paint operations on
numbered pages, so the painter (render.py) knows the page count before it paints "第 3 页 / 共 12 页". A long table
goes on over pages under its header row again; a row taller than what is left of the page is split line by line.
The cancel token is checked as rows are laid out.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from printing.charts import ChartLook, chart_height, paint_chart, wrap
from printing.fonts import report_font
from services.progress import CancelToken, Progress, no_progress
from services.reports.document import (
    BarChart,
    Document,
    Figure,
    Figures,
    Heading,
    PageBreak,
    PageSize,
    Paragraph,
    Signatures,
    Table,
)
from services.reports.exporting import STAGE_LAYOUT

PDF_DPI = 300
MARKING_RED = QColor("#b3261e")
HEAD_FILL = QColor("#e6ebf3")
TOTAL_FILL = QColor("#f2f2f2")
BORDER = QColor("#8c8c8c")
MUTED = QColor("#555555")
FIGURE_BLUE = QColor("#1d3b66")
WATERMARK = QColor(110, 110, 110, 26)
ROW_BATCH = 50  # rows laid out between two progress reports and cancel checks

Op = Callable[[QPainter], None]


def page_layout(size: PageSize) -> QPageLayout:
    if size is PageSize.A3_LANDSCAPE:
        return QPageLayout(QPageSize(QPageSize.PageSizeId.A3), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


@dataclass
class Styles:
    """The fonts and measures of one document on one device, in device pixels."""

    device: QPagedPaintDevice
    wide: bool
    mm: float = 0.0
    body: QFont = field(default_factory=QFont)
    bold: QFont = field(default_factory=QFont)
    small: QFont = field(default_factory=QFont)
    title: QFont = field(default_factory=QFont)
    h1: QFont = field(default_factory=QFont)
    h2: QFont = field(default_factory=QFont)
    table: QFont = field(default_factory=QFont)
    table_bold: QFont = field(default_factory=QFont)
    head: QFont = field(default_factory=QFont)
    figure: QFont = field(default_factory=QFont)

    @classmethod
    def make(cls, device: QPagedPaintDevice, wide: bool) -> Styles:
        s = cls(device, wide, mm=device.logicalDpiY() / 25.4)
        body = 10.5 if not wide else 11.0
        s.body, s.bold = report_font(body), report_font(body, bold=True)
        s.small = report_font(body - 1.5)
        s.title, s.h1, s.h2 = report_font(18, bold=True), report_font(14, bold=True), report_font(12, bold=True)
        size = 9.0 if not wide else 8.5
        s.table, s.table_bold = report_font(size), report_font(size, bold=True)
        s.head = report_font(8.5)
        s.figure = report_font(16, bold=True)
        return s

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def line(self, font: QFont, spacing: float = 1.0) -> float:
        return self.metrics(font).height() * spacing


class Pages:
    """The laid-out pages: per page a list of paint operations, and the cursor of the page being filled."""

    def __init__(self, styles: Styles, width: float, height: float) -> None:
        s = styles
        self.s = s
        self.width, self.height = width, height
        margin = (15 if s.wide else 20) * s.mm
        self.left, self.right = margin, width - margin
        self.top = (20 if s.wide else 24) * s.mm
        self.bottom = height - (16 if s.wide else 20) * s.mm
        self.pages: list[list[Op]] = []
        self.y = 0.0
        self.new_page()

    @property
    def content_width(self) -> float:
        return self.right - self.left

    @property
    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def ensure(self, height: float) -> None:
        """A new page unless ``height`` fits below the cursor (a fresh page takes whatever comes)."""
        if height > self.room and self.y > self.top + 1:
            self.new_page()

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)


def _text_op(font: QFont, x: float, baseline: float, text: str, color: QColor | None = None) -> Op:
    def op(p: QPainter) -> None:
        p.setFont(font)
        p.setPen(color or QColor("#000000"))
        p.drawText(QPointF(x, baseline), text)
    return op


def _lines(pages: Pages, font: QFont, lines: list[str], *, spacing: float, indent: float = 0.0,
           align: str = "left", color: QColor | None = None) -> None:
    s = pages.s
    metrics = s.metrics(font)
    step = metrics.height() * spacing
    for number, text in enumerate(lines):
        pages.ensure(step)
        x = pages.left + (indent if number == 0 else 0.0)
        if align == "center":
            x = pages.left + (pages.content_width - metrics.horizontalAdvance(text)) / 2
        pages.add(_text_op(font, x, pages.y + (step - metrics.height()) / 2 + metrics.ascent(), text, color))
        pages.y += step


def _title(pages: Pages, doc: Document) -> None:
    s = pages.s
    _lines(pages, s.title, wrap(doc.title, s.title, pages.content_width, s.device), spacing=1.4, align="center")
    if doc.subtitle:
        _lines(pages, s.body, [doc.subtitle], spacing=1.6, align="center", color=MUTED)
    pages.y += 2 * s.mm


def _heading(pages: Pages, block: Heading) -> None:
    s = pages.s
    font = s.h1 if block.level == 1 else s.h2
    pages.y += 3 * s.mm if pages.y > pages.top + 1 else 0
    pages.ensure(s.line(font, 1.6) + 4 * s.line(s.body, 1.6))  # keep a heading with what follows
    _lines(pages, font, wrap(block.text, font, pages.content_width, s.device), spacing=1.6)


def _paragraph(pages: Pages, block: Paragraph) -> None:
    if not block.text:
        return
    s = pages.s
    font = s.bold if block.emphasis else s.small if block.small else s.body
    indent = 2 * s.metrics(font).horizontalAdvance("国") if block.indent else 0.0
    lines = wrap(block.text, font, pages.content_width, s.device, first_indent=indent)
    _lines(pages, font, lines, spacing=1.25 if block.small else 1.6, indent=indent,
           color=MUTED if block.small else None)
    pages.y += 1 * s.mm


def _figures(pages: Pages, block: Figures) -> None:
    s = pages.s
    count = max(1, len(block.items))
    gap = 3 * s.mm
    width = (pages.content_width - gap * (count - 1)) / count
    value_m, caption_m = s.metrics(s.figure), s.metrics(s.small)
    height = value_m.height() + caption_m.height() + 5 * s.mm
    pages.ensure(height)
    top = pages.y
    for index, item in enumerate(block.items):
        left = pages.left + index * (width + gap)
        room = width - 5 * s.mm - caption_m.horizontalAdvance(item.unit) - 1 * s.mm
        font = s.figure
        while s.metrics(font).horizontalAdvance(item.value) > room and font.pointSizeF() > 8:
            font = report_font(font.pointSizeF() - 1, bold=True)  # a long amount: smaller, never over the box

        def op(p: QPainter, left: float = left, item: Figure = item, font: QFont = font) -> None:
            p.setPen(QPen(BORDER, max(1.0, 0.25 * s.mm)))
            p.setBrush(QColor("#f7f8fa"))
            p.drawRect(QRectF(left, top, width, height))
            p.setFont(font)
            p.setPen(FIGURE_BLUE)
            x = left + 2.5 * s.mm
            base = top + 2 * s.mm + value_m.ascent()
            p.drawText(QPointF(x, base), item.value)
            p.setFont(s.small)
            p.setPen(MUTED)
            p.drawText(QPointF(x + s.metrics(font).horizontalAdvance(item.value) + 1 * s.mm, base), item.unit)
            caption = caption_m.elidedText(item.caption, Qt.TextElideMode.ElideRight, width - 4 * s.mm)
            p.drawText(QPointF(x, base + value_m.descent() + 1 * s.mm + caption_m.ascent()), caption)
        pages.add(op)
    pages.y += height + 4 * s.mm


def _chart(pages: Pages, chart: BarChart) -> None:
    s = pages.s
    font, title_font = s.small, s.bold
    look = ChartLook.make(chart, font, title_font, pages.content_width, s.device)
    fixed = look.title_height + look.axis_height
    first = 0
    total = len(chart.bars)
    pages.ensure(fixed + min(total, 6) * look.row_height)
    while True:
        fit = max(1, int((pages.room - fixed) // look.row_height))
        count = min(fit, total - first) if total else 0
        height = chart_height(chart, font, title_font, pages.content_width, s.device, rows=max(count, 1))
        rect = QRectF(pages.left, pages.y, pages.content_width, height)
        suffix = "（续）" if first else ""

        def op(p: QPainter, rect: QRectF = rect, first: int = first, count: int = count, suffix: str = suffix) -> None:
            paint_chart(p, rect, chart, font, title_font, first=first, count=count, title_suffix=suffix)
        pages.add(op)
        pages.y += height + 4 * s.mm
        first += count
        if first >= total:
            break
        pages.new_page()


def _signatures(pages: Pages, block: Signatures) -> None:
    s = pages.s
    step = s.line(s.body, 3.0)
    pages.y += 6 * s.mm
    pages.ensure(step)
    width = pages.content_width / max(1, len(block.labels))
    for index, label in enumerate(block.labels):
        x = pages.left + index * width
        baseline = pages.y + s.metrics(s.body).ascent()
        pages.add(_text_op(s.body, x, baseline, f"{label}："))
        line_x = x + s.metrics(s.body).horizontalAdvance(f"{label}：")

        def op(p: QPainter, a: float = line_x, b: float = x + width - 6 * s.mm, y: float = baseline + 1 * s.mm) -> None:
            p.setPen(QPen(QColor("#000000"), max(1.0, 0.2 * s.mm)))
            p.drawLine(QPointF(a, y), QPointF(b, y))
        pages.add(op)
    pages.y += step


class _TableLayout:
    def __init__(self, pages: Pages, table: Table) -> None:
        s = pages.s
        self.pages, self.table = pages, table
        self.font = s.table if table.font_size is None else report_font(table.font_size)
        self.bold = s.table_bold if table.font_size is None else report_font(table.font_size, bold=True)
        weights = [c.width for c in table.columns]
        self.widths = [pages.content_width * w / sum(weights) for w in weights]
        self.pad_x, self.pad_y = 1.2 * s.mm, 0.9 * s.mm
        self.line = s.metrics(self.font).height() * 1.15
        self.ascent = s.metrics(self.font).ascent() + (self.line - s.metrics(self.font).height()) / 2
        self.head_cells = [wrap(c.title, self.bold, w - 2 * self.pad_x, s.device) for c, w in
                           zip(table.columns, self.widths)]
        self.head_height = max(len(c) for c in self.head_cells) * self.line + 2 * self.pad_y

    def cells(self, row: tuple[str, ...], font: QFont) -> list[list[str]]:
        return [wrap(text, font, w - 2 * self.pad_x, self.pages.s.device) if text else [""]
                for text, w in zip(row, self.widths)]

    def header(self) -> None:
        self._row(self.head_cells, 0, max(len(c) for c in self.head_cells), self.bold, HEAD_FILL, center=True)

    def _row(self, cells: list[list[str]], start: int, end: int, font: QFont, fill: QColor | None,
             center: bool = False) -> None:
        pages, s = self.pages, self.pages.s
        top = pages.y
        height = (end - start) * self.line + 2 * self.pad_y
        columns = self.table.columns
        xs = [pages.left]
        for w in self.widths:
            xs.append(xs[-1] + w)
        metrics = s.metrics(font)
        pad_x, pad_y, line, ascent = self.pad_x, self.pad_y, self.line, self.ascent

        def op(p: QPainter) -> None:
            p.setPen(QPen(BORDER, max(1.0, 0.18 * s.mm)))
            p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
            for left, right in itertools.pairwise(xs):
                p.drawRect(QRectF(left, top, right - left, height))
            p.setFont(font)
            p.setPen(QColor("#000000"))
            for index, lines in enumerate(cells):
                align = "center" if center else columns[index].align
                for number, text in enumerate(lines[start:end]):
                    if not text:
                        continue
                    x = xs[index] + pad_x
                    if align == "right":
                        x = xs[index + 1] - pad_x - metrics.horizontalAdvance(text)
                    elif align == "center":
                        x = xs[index] + (xs[index + 1] - xs[index] - metrics.horizontalAdvance(text)) / 2
                    p.drawText(QPointF(x, top + pad_y + number * line + ascent), text)
        pages.add(op)
        pages.y += height

    def body_row(self, row: tuple[str, ...], *, total: bool = False) -> None:
        pages = self.pages
        font = self.bold if total else self.font
        cells = self.cells(row, font)
        lines = max(len(c) for c in cells)
        start = 0
        full_page = int((pages.bottom - pages.top - self.head_height - 2 * self.pad_y) // self.line)
        fresh = False
        while start < lines:
            fit = int((pages.room - 2 * self.pad_y) // self.line)
            # A row goes whole to the next page (under the header again) when it does not fit here; only a row
            # taller than a whole page is split, line by line.
            if not fresh and fit < lines - start and (lines - start <= full_page or fit < 2):
                pages.new_page()
                self.header()
                fresh = True
                continue
            fresh = False
            end = min(lines, start + max(fit, 1))
            self._row(cells, start, end, font, TOTAL_FILL if total else None)
            start = end


def _table(pages: Pages, table: Table, progress: Progress, cancel: CancelToken, counted: list[int],
           total_rows: int) -> None:
    layout = _TableLayout(pages, table)
    pages.ensure(layout.head_height + 3 * layout.line)
    layout.header()
    for row in table.rows:
        layout.body_row(row)
        counted[0] += 1
        if counted[0] % ROW_BATCH == 0:
            cancel.check()
            progress(STAGE_LAYOUT, counted[0], total_rows)
    if table.total is not None:
        layout.body_row(table.total, total=True)
    pages.y += 4 * pages.s.mm


def layout_document(doc: Document, device: QPagedPaintDevice, progress: Progress = no_progress,
                    cancel: CancelToken | None = None) -> tuple[Pages, Styles]:
    cancel = cancel or CancelToken()
    styles = Styles.make(device, doc.page is PageSize.A3_LANDSCAPE)
    pages = Pages(styles, float(device.width()), float(device.height()))
    total_rows = sum(len(b.rows) for b in doc.blocks if isinstance(b, Table)) or 1
    counted = [0]
    progress(STAGE_LAYOUT, 0, total_rows)
    _title(pages, doc)
    for block in doc.blocks:
        if isinstance(block, Heading):
            _heading(pages, block)
        elif isinstance(block, Paragraph):
            _paragraph(pages, block)
        elif isinstance(block, Figures):
            _figures(pages, block)
        elif isinstance(block, Table):
            _table(pages, block, progress, cancel, counted, total_rows)
        elif isinstance(block, BarChart):
            _chart(pages, block)
        elif isinstance(block, Signatures):
            _signatures(pages, block)
        elif isinstance(block, PageBreak):
            pages.new_page()
    progress(STAGE_LAYOUT, total_rows, total_rows)
    return pages, styles
