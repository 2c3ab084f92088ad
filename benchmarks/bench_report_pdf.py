"""PDF reports: the demo round's 570-problem list (问题清单, A3 landscape) and its round summary (综合情况报告, A4),
through ``export_report`` as the program runs it, against a bare QPdfWriter pass over the same number of pages.

- report: the whole export (the content read from the encrypted workspace, tables laid out with wrapped cells,
  the charts, the marking, page numbers and watermark on every page, the atomic write and the audit event).
- bare: a QPdfWriter of the same page size and font painting the document's own words (``Document.text()``) as
  plain lines, onto as many pages as the report has, into memory; no layout beyond line breaks, no database.

The medians of three runs of each, alternating, and the ratio report / bare. The demo workspace is made once
(not timed); the runs are in-process on Qt's offscreen platform.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from benchmarks.harness import Options, benchmark, median, row, timed

RUNS = 3
KINDS = ("findings", "round-summary")


@dataclass
class Pass:
    kind: str
    pages: int
    rows: int
    bytes: int
    report_s: float
    bare_s: float

    @property
    def ratio(self) -> float:
        return self.report_s / self.bare_s if self.bare_s else 0.0


@dataclass
class ReportPdfResult:
    name: str
    runs: int
    passes: list[Pass] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [row("timings", f"median of {self.runs}; report = export_report (content, layout, paint, write, "
                              "audit); bare = plain lines of the same words, same pages, QPdfWriter")]
        for item in self.passes:
            out.append(row(f"{item.kind} ({item.pages} pages, {item.rows} rows)",
                           f"report {item.report_s:6.2f} s  bare {item.bare_s:6.2f} s  RATIO {item.ratio:4.2f}x  "
                           f"({item.bytes / 1024:,.0f} KiB)"))
        return out


def bare_pdf(text: str, pages: int, page: object) -> bytes:
    """``text`` painted line by line onto ``pages`` pages of ``page`` (a PageSize) with the report font."""
    from PySide6.QtCore import QBuffer, QIODevice, QPointF
    from PySide6.QtGui import QFontMetricsF, QPainter, QPdfWriter

    from printing.fonts import report_font
    from printing.render import PDF_DPI, page_layout

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(page))  # type: ignore[arg-type]
    font = report_font(9)
    painter = QPainter(writer)
    painter.setFont(font)
    metrics = QFontMetricsF(font, writer)
    per_page = max(1, int(writer.height() // metrics.height()) - 1)
    lines = [line for line in text.splitlines() if line]
    step = max(1, len(lines) // pages + (len(lines) % pages > 0))
    for number in range(pages):
        if number:
            writer.newPage()
        for index, line in enumerate(lines[number * step:(number + 1) * step][:per_page]):
            painter.drawText(QPointF(0, metrics.ascent() + index * metrics.height()), line)
    painter.end()
    del writer
    return bytes(buffer.data().data())


@benchmark("report_pdf")
def report_pdf(options: Options) -> ReportPdfResult:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from models import keystore
    from printing.fonts import ensure_gui_application
    from printing.render import render_pdf
    from services.demo import DEMO_PASSPHRASE, create_demo_workspace
    from services.reports.exporting import build_report, export_report
    from services.workspace import unlock_workspace

    ensure_gui_application()
    kdf = keystore.DEFAULT_KDF
    keystore.DEFAULT_KDF = keystore.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # unlocking is not measured
    try:
        path = options.workdir / "demo"
        create_demo_workspace(path)
        ws = unlock_workspace(path, DEMO_PASSPHRASE, "王主任")
    finally:
        keystore.DEFAULT_KDF = kdf
    result = ReportPdfResult("PDF reports of the demo round (570 problems)", RUNS)
    try:
        for kind in KINDS:
            text = build_report(ws, kind).text()
            report_times, bare_times = [], []
            last = None
            for run in range(RUNS):
                target = options.workdir / f"{kind}-{run}.pdf"
                start = time.perf_counter()
                last = export_report(ws, kind, target, render_pdf)
                report_times.append(time.perf_counter() - start)
                pages = last.pages
                bare_times.append(timed(lambda pages=pages, kind=kind, text=text: bare_pdf(text, pages, page_of(kind))))
                target.unlink()
            assert last is not None
            result.passes.append(Pass(kind, last.pages, last.rows, last.bytes, median(report_times),
                                      median(bare_times)))
    finally:
        ws.lock()
    return result


def page_of(kind: str) -> object:
    from services.reports.document import PageSize

    return PageSize.A4_PORTRAIT if kind == "round-summary" else PageSize.A3_LANDSCAPE
