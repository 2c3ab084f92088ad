"""A report as a PDF file, audited: build the content (content.py), have it rendered (a ``Renderer``: the Qt
painter of printing/, handed in by the window or the command line, so this module stays Qt-free), and write it
atomically where the person chose.

The PDF is rendered into memory, never into the system's temporary folder; the bytes go to a hidden file beside
the target (``.name.pid.tmp``), are flushed and fsynced, and the rename into place happens inside the write
transaction that records the export (``report_exported``; the clue handover list ``clue_list_exported``, with no
clue content in the event). A cancelled or failed export leaves no file and no event.

Printing and previewing from the window are recorded too (``report_printed``; a preview of the clue handover list
is a view of clues: ``clue_list_viewed``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from services.clues import require_clue_access
from services.errors import NotPermittedError
from services.excel.ledger import check_target, target_rejected
from services.progress import CancelToken, Progress, no_progress
from services.queries.clues import CLUE_LIST_EXPORTED, CLUE_LIST_VIEWED
from services.reports.content import BUILDERS, Context
from services.reports.document import Document
from services.reports.sources import resolve_round
from services.workspace import WorkspaceSession

REPORT_KINDS = ("round-summary", "findings", "rectification", "clue-handover")
CLUE_KINDS = frozenset({"clue-handover"})
REPORT_EXPORTED = "report_exported"
REPORT_PRINTED = "report_printed"
PDF = ".pdf"
# Progress stages: the content read from the workspace, the pages laid out and painted, the file written.
STAGE_CONTENT, STAGE_LAYOUT, STAGE_PAGES, STAGE_WRITE = "report_content", "report_layout", "report_pages", \
    "report_write"


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int


class Renderer(Protocol):
    def __call__(self, document: Document, progress: Progress, cancel: CancelToken) -> Rendered: ...


@dataclass
class ReportExport:
    kind: str
    path: Path
    pages: int
    rows: int
    bytes: int
    marking: str
    round_id: str | None
    round_title: str
    title: str  # the document's: 十三届市委第三轮巡察综合情况报告
    seconds: float


def with_pdf_suffix(target: Path | str) -> Path:
    target = Path(target)
    return target if target.suffix.lower() == PDF else target.with_name(target.name + PDF)


def check_allowed(ws: WorkspaceSession, kind: str) -> None:
    if kind not in REPORT_KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    if kind in CLUE_KINDS and not ws.can_read_clues:
        raise NotPermittedError("the clue handover list is for clue roles only", role=ws.actor.role,
                                reason="clue_report")


def build_report(ws: WorkspaceSession, kind: str, round_ref: str | None = None) -> Document:
    """The content of report ``kind`` for the round ``round_ref`` names (id or title; default: the newest)."""
    check_allowed(ws, kind)
    round_ = resolve_round(ws, round_ref)
    return BUILDERS[kind](Context(ws, round_, ws.clock.now().astimezone()))


def export_report(ws: WorkspaceSession, kind: str, target: Path | str, render: Renderer, *,
                  round_ref: str | None = None, progress: Progress = no_progress, cancel: CancelToken | None = None,
                  overwrite: bool = True, document: Document | None = None) -> ReportExport:
    """Write report ``kind`` as a PDF to ``target``, audited. ``document``: content already built (the preview's)."""
    start = time.perf_counter()
    cancel = cancel or CancelToken()
    check_allowed(ws, kind)
    path = check_target(with_pdf_suffix(target), workspace=ws.path, overwrite=overwrite)
    progress(STAGE_CONTENT, 0, 1)
    if document is None:
        document = build_report(ws, kind, round_ref)
    cancel.check()
    progress(STAGE_CONTENT, 1, 1)
    rendered = render(document, progress, cancel)
    cancel.check()
    progress(STAGE_WRITE, 0, 1)
    _write(ws, path, rendered, lambda: _audit_detail(document, path, rendered), cancel)
    progress(STAGE_WRITE, 1, 1)
    return ReportExport(kind, path, rendered.pages, document.rows, len(rendered.data), document.marking,
                        document.round_id, document.round_title, document.title, time.perf_counter() - start)


def _audit_detail(document: Document, path: Path, rendered: Rendered) -> dict[str, object]:
    return {"kind": document.kind, "format": "pdf", "pages": rendered.pages, "rows": document.rows,
            "path": str(path), "marking": document.marking, "round_id": document.round_id}


def _write(ws: WorkspaceSession, path: Path, rendered: Rendered, detail: Callable[[], dict[str, object]],
           cancel: CancelToken) -> None:
    """The bytes to a hidden file beside ``path``, fsynced; the rename inside the audit event's transaction."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        try:
            with temp.open("wb") as handle:
                handle.write(rendered.data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            raise target_rejected("not_writable", path) from None
        cancel.check()
        clue = detail()["kind"] in CLUE_KINDS
        with ws.write() as tx:
            tx.audit(CLUE_LIST_EXPORTED if clue else REPORT_EXPORTED, entity="clue" if clue else "report",
                     detail=detail())
            try:
                os.replace(temp, path)
            except OSError:
                raise target_rejected("not_writable", path) from None
        if os.name == "posix":  # the rename's folder entry
            with suppress(OSError):
                folder = os.open(path.parent, os.O_RDONLY)
                try:
                    os.fsync(folder)
                finally:
                    os.close(folder)
    finally:
        with suppress(OSError):
            temp.unlink()


def record_print(ws: WorkspaceSession, document: Document, pages: int, *, preview: bool = False,
                 printer: str = "") -> None:
    """A report printed (or, for the clue handover list, shown in the print preview) from the window, audited."""
    clue = document.kind in CLUE_KINDS
    if clue:
        require_clue_access(ws)
    if preview and not clue:
        return  # previewing an ordinary report is reading what the window shows anyway
    detail = {"kind": document.kind, "pages": pages, "rows": document.rows, "marking": document.marking,
              "round_id": document.round_id}
    with ws.write() as tx:
        if preview:
            tx.audit(CLUE_LIST_VIEWED, entity="clue", detail={"rows": document.rows, "format": "pdf_preview"})
        else:
            tx.audit(REPORT_PRINTED, entity="clue" if clue else "report", detail={**detail, "printer": printer})


CHART_EXPORTED = "chart_exported"


def record_chart_export(ws: WorkspaceSession, chart: str, target: str, *, clue_figures: bool) -> None:
    """A chart of the statistics page copied (``target`` "clipboard") or saved as an image, audited like any export
    of figures; ``clue_figures``: the chart shows clue counts (none does today)."""
    with ws.write() as tx:
        tx.audit(CHART_EXPORTED, entity="report", detail={"chart": chart, "target": target,
                                                          "clue_figures": clue_figures})
