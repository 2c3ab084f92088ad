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
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.enums import Role
from services.errors import NotPermittedError
from services.excel.columns import ColumnSpec, KindSpec, ValueType
from services.excel.export_sources import BATCH, SOURCES
from services.excel.ledger import LedgerBook, check_target, staged, with_suffix
from services.excel.styles import MARKINGS, SheetLooks, text_value
from services.excel.templates import LIST_SEPARATOR, column_choices, column_hints, kind_spec
from services.progress import CancelToken, Progress, no_progress
from services.workspace import WorkspaceSession

T = ValueType
LEDGER_EXPORTED = "excel_exported"
CLUE_LIST_EXPORTED = "clue_list_exported"
# Progress stages: rows written (done/total), then the file being put together and saved.
STAGE_ROWS, STAGE_SAVE, STAGE_STATISTICS = "export_rows", "export_save", "export_statistics"
EXPORT_KINDS = ("findings", "rectification", "clues", "orgs", "taxonomy", "statistics")


@dataclass
class ExportReport:
    kind: str
    path: Path
    rows: int
    marking: str
    seconds: float


def exported_by(ws: WorkspaceSession) -> tuple[str, datetime]:
    """"导出人：张组长（组长）　导出时间：2026-11-24 17:00" in local time, and that time."""
    now = ws.clock.now().astimezone()
    role = Role(ws.actor.role).zh
    return f"导出人：{ws.actor.name}（{role}）　导出时间：{now:%Y-%m-%d %H:%M}", now


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
        from services.excel.statistics_export import export_statistics

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


def record_export(ws: WorkspaceSession, kind: str, path: Path, rows: int, marking: str,
                  commit: Callable[[], None]) -> None:
    """The audit event of an export, in the transaction that puts the file in place (no event, no file)."""
    clue = kind == "clues"
    with ws.write() as tx:
        tx.audit(CLUE_LIST_EXPORTED if clue else LEDGER_EXPORTED, entity="clue" if clue else kind_table(kind),
                 detail={"kind": kind, "rows": rows, "path": str(path), "marking": marking})
        commit()


def kind_table(kind: str) -> str | None:
    return kind_spec(kind).entity_table if kind != "statistics" else None
