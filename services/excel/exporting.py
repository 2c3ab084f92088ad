"""Exports of the ledgers to Excel, in HQ's official layouts: findings, rectification, units, taxonomy, clues.

An export writes case data into a plaintext file: that is its purpose, and a deliberate act of the person, so
every export is audited (``excel_exported``; the clue handover list ``clue_list_exported``, with no clue content
in the event) in the same step that moves the finished file into place. Each page is marked with the kind's
classification (styles.MARKINGS) in the header, and the footer and the note row say who exported it and when.

The file has the template's layout and its hidden column mapping (ledger.py), so an exported ledger imports
back into another workspace as the same data. Rows stream from SQL (export_sources.py) into openpyxl's
write_only sheet; progress is reported and the cancel token checked every ``BATCH`` rows. A cancelled or failed
export leaves no file and no audit event.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from services.errors import NotPermittedError
from services.excel.columns import ColumnSpec, KindSpec, ValueType
from services.excel.export_common import STAGE_ROWS, STAGE_SAVE, ExportReport, exported_by, record_export
from services.excel.export_sources import BATCH, SOURCES
from services.excel.ledger import LedgerBook, check_target, staged, with_suffix
from services.excel.statistics_export import export_statistics
from services.excel.styles import MARKINGS, SheetLooks, text_value
from services.excel.templates import LIST_SEPARATOR, column_choices, column_hints, kind_spec
from services.progress import CancelToken, Progress, no_progress
from services.workspace import WorkspaceSession

T = ValueType
EXPORT_KINDS = ("findings", "rectification", "clues", "orgs", "taxonomy", "statistics")


def _converter(column: ColumnSpec, looks: SheetLooks) -> Callable[[Any], Any]:
    """Turn one stored value of ``column`` into what its cell holds: Chinese wording for vocabularies, 是/否,
    real dates, numbers for amounts, lists joined with "、", text that stays text."""
    kind = column.type
    if column.key == "progress_colour":
        return lambda v: looks.progress[v].cell(v) if v in looks.progress else v
    if kind in (T.TEXT, T.ORG, T.TAXONOMY):
        return lambda v: text_value(v, looks) if isinstance(v, str) and v else None
    if kind == T.DATE:
        return lambda v: None if v is None else looks.date.cell(v.date() if isinstance(v, datetime) else v)
    if kind == T.DATETIME:
        return lambda v: None if v is None else looks.datetime.cell(
            v if isinstance(v, datetime) else datetime.combine(v, datetime.min.time()))
    if kind == T.AMOUNT:
        return lambda v: None if v is None else looks.amount.cell(float(Decimal(v)))
    if kind == T.YES_NO:
        return lambda v: None if v is None else ("是" if v else "否")
    if kind in (T.ENUM, T.ENUM_LIST) and column.vocabulary is not None:
        labels = {member.value: member.zh for member in column.vocabulary}
        if kind == T.ENUM:
            return lambda v: labels.get(v, v) if v else None
        return lambda v: LIST_SEPARATOR.join(labels.get(c, c) for c in v) or None if v else None
    if kind == T.TEXT_LIST:
        return lambda v: text_value(LIST_SEPARATOR.join(str(x) for x in v), looks) if v else None
    return lambda v: v


def _check_allowed(ws: WorkspaceSession, spec: KindSpec) -> None:
    if spec.sensitivity == "C3" and not ws.can_read_clues:
        raise NotPermittedError("the clue handover list is for clue roles only", role=ws.actor.role)


def export_excel(ws: WorkspaceSession, kind: str, target: Path | str, progress: Progress = no_progress,
                 cancel: CancelToken | None = None, *, overwrite: bool = True) -> ExportReport:
    """Write the ledger ``kind`` (one of EXPORT_KINDS) of this workspace to ``target`` (.xlsx), audited.

    Refused: the clue list to a session without the clue key (NotPermittedError), a target inside the
    workspace folder or where nothing can be written, an existing file unless ``overwrite`` (InvalidFieldsError).
    """
    if kind != "statistics":
        _check_allowed(ws, kind_spec(kind))
    path = check_target(with_suffix(target), workspace=ws.path, overwrite=overwrite)
    if kind == "statistics":
        return export_statistics(ws, path, progress, cancel)
    return _export_ledger(ws, kind_spec(kind), path, progress, cancel or CancelToken())


def _export_ledger(ws: WorkspaceSession, spec: KindSpec, target: Path, progress: Progress,
                   cancel: CancelToken) -> ExportReport:
    start = time.perf_counter()
    who, now = exported_by(ws)
    marking = MARKINGS[spec.sensitivity]
    seq = spec.keys.index("seq") if "seq" in spec.keys else None
    with staged(target) as staging:
        book = LedgerBook(spec, staging, marking=marking, footer=who)
        with ws.read() as session:
            total, rows = SOURCES[spec.kind](session, spec.keys, now.date())
            book.write_head(f"{marking}　　{who}　　共 {total} 条", hints=column_hints(spec), note_is_marking=True)
            convert = [_converter(column, book.looks) for column in spec.columns]
            progress(STAGE_ROWS, 0, total)
            for number, row in enumerate(rows, 1):
                values = [fn(value) for fn, value in zip(convert, row, strict=True)]
                if seq is not None:
                    values[seq] = number
                book.append(values)
                if number % BATCH == 0:
                    cancel.check()
                    progress(STAGE_ROWS, number, total)
            for choices in column_choices(spec, session):
                book.offer(choices)
        cancel.check()
        progress(STAGE_SAVE, book.data_rows, book.data_rows)
        book.save()
        cancel.check()
        record_export(ws, spec.kind, staging.target, book.data_rows, marking, commit=staging.commit)
    return ExportReport(spec.kind, staging.target, book.data_rows, marking, time.perf_counter() - start)
