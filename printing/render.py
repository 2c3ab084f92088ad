"""A services/reports Document painted: on a QPdfWriter (``render_pdf``, into memory) or on any QPagedPaintDevice
(a QPrinter from the window's print dialog or preview).

The second of two passes: layout.py lays the blocks out on pages first (so "第 3 页 / 共 12 页" knows the count),
then each page is painted here: the watermark (the user's name, light, as outlines so it is no text to copy), the
marking and the title in the header, the blocks' operations, who exported it and when and the page number in the
footer. The cancel token is checked as pages are painted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from printing.fonts import ensure_gui_application, report_font
from printing.layout import (
    BORDER,
    MARKING_RED,
    MUTED,
    PDF_DPI,
    WATERMARK,
    Pages,
    layout_document,
    page_layout,
)
from services.errors import CancelledError
from services.progress import CancelToken, Progress, no_progress
from services.reports.document import Document, PageSize
from services.reports.exporting import STAGE_PAGES, Rendered

WATERMARK_DPI = 100  # the watermark is one light image per document, stored once in the PDF and shown on every page


def watermark_image(pages: Pages, text: str) -> QImage | None:
    """The user's name across the page, light and rotated, as a picture: no text to copy or search, and one
    image the PDF stores once for all its pages (drawn as outlines on every page, it was 90 % of the file)."""
    if not text:
        return None
    s = pages.s
    scale = WATERMARK_DPI / s.device.logicalDpiY()
    image = QImage(max(1, int(pages.width * scale)), max(1, int(pages.height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    mm = WATERMARK_DPI / 25.4
    font = QFont(report_font(10))
    font.setPixelSize(int((9 if not s.wide else 11) * mm))
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    box = path.boundingRect()
    step_x, step_y = box.width() + 40 * mm, box.height() + 38 * mm
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(WATERMARK)
        diagonal = math.hypot(image.width(), image.height())
        p.translate(image.width() / 2, image.height() / 2)
        p.rotate(-30)
        y, row = -diagonal / 2, 0
        while y < diagonal / 2:
            x = -diagonal / 2 + (step_x / 2 if row % 2 else 0)
            while x < diagonal / 2:
                p.drawPath(path.translated(x, y))
                x += step_x
            y += step_y
            row += 1
    finally:
        p.end()
    return image


def _furniture(p: QPainter, pages: Pages, doc: Document, number: int, count: int) -> None:
    """The header (marking, title) and the footer (who and when, page number) of one page."""
    s = pages.s
    marking_font = report_font(10.5, bold=True)
    m, head = s.metrics(marking_font), s.metrics(s.head)
    header_base = pages.top - 5 * s.mm
    p.setFont(marking_font)
    p.setPen(MARKING_RED)
    p.drawText(QPointF(pages.left, header_base), doc.marking)
    p.setFont(s.head)
    p.setPen(MUTED)
    title = head.elidedText(doc.title, Qt.TextElideMode.ElideMiddle,
                            pages.content_width - m.horizontalAdvance(doc.marking) - 10 * s.mm)
    p.drawText(QPointF(pages.right - head.horizontalAdvance(title), header_base), title)
    p.setPen(QPen(MARKING_RED, max(1.0, 0.3 * s.mm)))
    p.drawLine(QPointF(pages.left, header_base + 2 * s.mm), QPointF(pages.right, header_base + 2 * s.mm))
    footer_base = pages.bottom + 8 * s.mm
    p.setPen(QPen(BORDER, max(1.0, 0.2 * s.mm)))
    p.drawLine(QPointF(pages.left, footer_base - head.ascent() - 2 * s.mm),
               QPointF(pages.right, footer_base - head.ascent() - 2 * s.mm))
    p.setPen(MUTED)
    p.drawText(QPointF(pages.left, footer_base), doc.exported_by)
    page_text = f"第 {number} 页 / 共 {count} 页"
    p.drawText(QPointF(pages.right - head.horizontalAdvance(page_text), footer_base), page_text)
    p.setFont(marking_font)
    p.setPen(MARKING_RED)
    p.drawText(QPointF(pages.left + (pages.content_width - m.horizontalAdvance(doc.marking)) / 2,
                       footer_base + head.height() + 1 * s.mm), doc.marking)


def paint_document(doc: Document, device: QPagedPaintDevice, progress: Progress = no_progress,
                   cancel: CancelToken | None = None) -> int:
    """Lay out and paint ``doc`` on ``device`` (its page layout already set); the number of pages."""
    cancel = cancel or CancelToken()
    pages, _styles = layout_document(doc, device, progress, cancel)
    count = len(pages.pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF writer could not be opened")
    watermark = watermark_image(pages, doc.watermark)
    try:
        for number, ops in enumerate(pages.pages, 1):
            cancel.check()
            if number > 1:
                device.newPage()
            if watermark is not None:
                painter.drawImage(QRectF(0, 0, pages.width, pages.height), watermark)
            for op in ops:
                op(painter)
            _furniture(painter, pages, doc, number, count)
            progress(STAGE_PAGES, number, count)
    except CancelledError:
        abort = getattr(device, "abort", None)  # a QPrinter: the pages painted so far are not sent to the printer
        if callable(abort):
            abort()
        raise
    finally:
        painter.end()
    return count


def render_pdf(document: Document, progress: Progress = no_progress, cancel: CancelToken | None = None) -> Rendered:
    """``document`` as PDF bytes, in memory (services/reports/exporting.py writes them atomically)."""
    doc = document
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(doc.page))
    writer.setTitle(doc.title)
    writer.setCreator("巡察通")
    pages = paint_document(doc, writer, progress, cancel)
    del writer  # finishes the file into the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    return Rendered(data, pages)


def page_size_points(size: PageSize) -> QSizeF:
    return page_layout(size).fullRect(QPageLayout.Unit.Point).size()


__all__ = ["layout_document", "page_layout", "paint_document", "render_pdf"]
