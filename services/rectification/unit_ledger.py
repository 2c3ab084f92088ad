"""A unit's rectification ledger (整改台账) as a workbook that goes to the unit and comes back (C1, unit-facing):
its own tasks only, with what HQ set (the task, its measures, deadline, state) and the columns the unit fills —
整改进展, 整改状态, 挽回金额, 建章立制, 未完成原因, 申请销号. No petitioner, clue or other unit's line is in it.

Importing the returned workbook reads it with the hostile-file checks of services/excel (reading.LedgerFile),
checks every row first — the task is the unit's, the state one the unit may report, the amount a number, 申请销号
是/否 and allowed (finished, with evidence) — and writes nothing when a row is refused (each problem names its row
and column). Otherwise one transaction appends a progress report per filled row and records the requests; only
the unit's columns are read, so nothing HQ-only can change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from sqlalchemy import select

from models.entities import InspectedOrg, RectificationItem, RectificationProgress
from models.enums import RectStatus, RectType
from models.store import atomic_write
from services.errors import FieldProblem, InvalidFieldsError
from services.excel.reading import LedgerFile, column_letter
from services.queries.rectification_board import list_tasks
from services.rectification.closeout import CLOSABLE, task_evidence
from services.rectification.progress import REPORTABLE
from services.rectification.rules import require_supervisor
from services.workspace import WorkspaceSession

MARKING = "C1 · 可发被巡察单位（不含问题线索和信访人信息）"
HEADERS = ("任务ID", "整改任务", "反馈问题", "整改措施", "整改类型", "完成时限", "当前状态",
           "整改进展", "整改状态", "挽回金额（万元）", "建章立制", "未完成原因及下一步计划", "申请销号（是/否）")
UNIT_COLUMNS = 7  # the first seven are HQ's; from column 8 on the unit fills in
HEADER_ROW, FIRST_ROW = 3, 4
ENTITY = RectificationItem.__tablename__
YES, NO = frozenset({"是", "yes", "y", "1", "申请"}), frozenset({"否", "no", "n", "0", ""})


def export_unit_ledger(ws: WorkspaceSession, org_id: str, target: Path | str) -> int:
    """The unit's ledger at ``target`` (written whole or not at all); how many tasks it holds."""
    require_supervisor(ws, "ledger")
    with ws.read() as session:
        org = session.get(InspectedOrg, org_id)
        if org is None:
            raise InvalidFieldsError([FieldProblem("org_id", "unknown_reference", {"value": org_id}, entity=ENTITY)])
        name = org.name
        measures = {i.id: i.measures for i in session.scalars(select(RectificationItem).where(
            RectificationItem.org_id == org_id))}
    rows = [r for r in list_tasks(ws) if r.org_id == org_id]
    wb = Workbook()
    sheet = wb.active
    sheet.title = "整改台账"
    sheet.append([f"{name}巡察反馈问题整改台账"])
    sheet.append([MARKING])
    sheet.append(list(HEADERS))
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
        if cell.column > UNIT_COLUMNS:
            cell.fill = PatternFill("solid", fgColor="FFF4C2")
    sheet["A2"].font = Font(bold=True, color="B71C1C")
    for row in rows:
        sheet.append([row.id, row.label, row.problem_text, measures.get(row.id) or "", RectType(row.rect_type).zh,
                      row.deadline.isoformat() if row.deadline else "", RectStatus(row.status).zh])
    for letter, width in zip("ABCDEFGHIJKLM", (10, 24, 40, 30, 10, 12, 14, 40, 14, 12, 24, 30, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["A"].hidden = True
    target = Path(target)
    with atomic_write(target) as handle:
        wb.save(handle)
    with ws.write() as tx:
        tx.audit("ledger_exported", detail={"kind": "unit_rectification", "rows": len(rows), "marking": "C1"})
    return len(rows)


@dataclass
class LedgerRow:
    row: int
    item_id: str
    text: str | None
    status: str | None
    amount: Decimal | None
    rules: str | None
    reason: str | None
    request: bool


@dataclass
class LedgerImport:
    rows_read: int = 0
    progress_added: int = 0
    close_requested: int = 0
    unchanged: int = 0
    tasks: list[str] = field(default_factory=list)


def _problem(problems: list[FieldProblem], row: int, column: int, reason: str, **params: Any) -> None:
    problems.append(FieldProblem(HEADERS[column - 1], reason, params, entity=ENTITY, row=row,
                                 column=column_letter(column)))


def _text(values: list[Any], column: int) -> str | None:
    value = values[column - 1] if len(values) >= column else None
    text = str(value).strip() if value is not None else ""
    return text or None


def read_unit_ledger(ws: WorkspaceSession, org_id: str, path: Path | str) -> list[LedgerRow]:
    """Every row of the returned workbook, checked (InvalidFieldsError naming each bad row; nothing is written)."""
    problems: list[FieldProblem] = []
    rows: list[LedgerRow] = []
    states = {RectStatus(s).zh: s for s in REPORTABLE} | {s: s for s in REPORTABLE}
    with ws.read() as session:
        items = {i.id: i for i in session.scalars(select(RectificationItem).where(
            RectificationItem.is_deleted.is_(False)))}
        evidence = {i: task_evidence(session, i) for i in items}
    with LedgerFile(Path(path)) as book:
        sheet = book.sheets[0]
        for number, values in book.rows(sheet):
            if number <= HEADER_ROW:
                continue
            item_id = _text(values, 1)
            item = items.get(item_id or "")
            if item is None:
                _problem(problems, number, 1, "unknown_reference", value=item_id or _text(values, 2) or "")
                continue
            if item.org_id != org_id:
                _problem(problems, number, 2, "other_unit_task", value=_text(values, 2) or item_id)
                continue
            status_text = _text(values, 9)
            status = states.get(status_text or "") if status_text else None
            if status_text and status is None:
                _problem(problems, number, 9, "unknown_choice", value=status_text,
                         choices="、".join(RectStatus(s).zh for s in sorted(REPORTABLE)))
            amount = None
            if _text(values, 10):
                try:
                    amount = Decimal(str(_text(values, 10)))
                    if amount < 0:
                        _problem(problems, number, 10, "negative")
                except InvalidOperation:
                    _problem(problems, number, 10, "not_an_amount", value=_text(values, 10))
            wish = (_text(values, 13) or "").lower()
            if wish not in YES | NO:
                _problem(problems, number, 13, "not_a_yes_no", value=_text(values, 13))
            request = wish in YES
            if item.closure_requested_at is not None and status and status != item.status:
                _problem(problems, number, 9, "closure_pending", value=_text(values, 2) or item_id)
            if item.status == RectStatus.CLOSED_OUT.value and (_text(values, 8) or request):
                _problem(problems, number, 2, "closed_out", value=_text(values, 2) or item_id)
            elif request and item.closure_requested_at is None:
                after = status or item.status
                if after not in CLOSABLE:
                    _problem(problems, number, 13, "wrong_status", value=RectStatus(after).zh,
                             expected="、".join(RectStatus(s).zh for s in sorted(CLOSABLE)))
                elif evidence.get(item.id, 0) == 0:
                    _problem(problems, number, 13, "closure_without_evidence", value=_text(values, 2) or item_id)
            rows.append(LedgerRow(number, item.id, _text(values, 8), status, amount, _text(values, 11),
                                  _text(values, 12), request and item.closure_requested_at is None))
    if problems:
        raise InvalidFieldsError(problems)
    return rows


def import_unit_ledger(ws: WorkspaceSession, org_id: str, path: Path | str) -> LedgerImport:
    """Read the unit's returned ledger; write its progress and 申请销号 in one transaction, or nothing."""
    require_supervisor(ws, "ledger")
    rows = read_unit_ledger(ws, org_id, path)
    report = LedgerImport(rows_read=len(rows))
    today = ws.clock.now().date()
    with ws.write() as tx:
        for line in rows:
            item = tx.session.get(RectificationItem, line.item_id)
            assert item is not None
            changes: dict[str, Any] = {}
            if line.text:
                status = line.status or (RectStatus.IN_PROGRESS.value if item.status == RectStatus.NOT_STARTED.value
                                         else item.status)
                tx.insert(RectificationProgress(item_id=item.id, reported_on=today, text=line.text,
                                                status_after=status, reported_by="被巡察单位（台账导入）"),
                          scope_team_id=item.scope_team_id)
                changes.update(status=status, progress_text=line.text)
                report.progress_added += 1
            elif line.status:
                changes["status"] = line.status
            if line.amount is not None:
                changes["amount_recovered"] = line.amount
            if line.rules:
                changes["rules_made"] = line.rules
            if line.reason:
                changes["not_done_reason"] = line.reason
            if line.request:
                changes.update(closure_requested_at=ws.clock.now().replace(tzinfo=None),
                               closure_requested_by=ws.actor.user_id)
                report.close_requested += 1
            if changes and tx.update(item, **changes):
                report.tasks.append(item.id)
            elif not changes:
                report.unchanged += 1
    return report
