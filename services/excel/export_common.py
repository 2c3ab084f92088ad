"""What every Excel export shares (the ledgers in exporting.py, the statistics in statistics_export.py): the
audit event that puts the file in place, who exported it and when, the progress stages and the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.enums import Role
from services.excel.templates import kind_spec
from services.workspace import WorkspaceSession

LEDGER_EXPORTED = "excel_exported"
CLUE_LIST_EXPORTED = "clue_list_exported"
# Progress stages: rows written (done/total), then the file being put together and saved.
STAGE_ROWS, STAGE_SAVE, STAGE_STATISTICS = "export_rows", "export_save", "export_statistics"


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
