"""A unit's rectification ledger round trip (services/rectification/unit_ledger.py): the export holds the unit's
tasks only (C1), the unit fills progress and 申请销号, HQ imports it back: a bad row is named (row and column) and
nothing is written; a good workbook appends progress, records the requests and changes nothing HQ-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from cli.messages import field_problem_text
from models.entities import RectificationItem, RectificationProgress
from services.errors import InvalidFieldsError
from services.queries.rectification_board import list_tasks
from services.rectification.feedback import FeedbackInput, create_feedback
from services.rectification.progress import ProgressInput, report_progress
from services.rectification.tasks import TaskInput
from services.rectification.unit_ledger import MARKING, export_unit_ledger, import_unit_ledger
from services.workspace import WorkspaceSession
from tests.rectification_setup import CODES, RectRound, rect_round


@pytest.fixture
def rr(hq_ws: WorkspaceSession, tmp_path: Path) -> RectRound:
    made = rect_round(hq_ws)
    create_feedback(hq_ws, FeedbackInput(made.round_id, made.housing, [made.finding(1), made.finding(2)],
                                         date(2026, 11, 2), tasks={made.finding(1): [TaskInput(
                                             deadline=date(2026, 12, 31), supervising_city_leader="赵副市长")]}))
    create_feedback(hq_ws, FeedbackInput(made.round_id, made.water, [made.finding(4)], date(2026, 11, 2)))
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4\nproof\n%%EOF\n")
    first = next(r for r in list_tasks(hq_ws) if r.finding_code == CODES[0])
    report_progress(hq_ws, first.id, ProgressInput("已建台账", evidence=[proof]))
    return made


def exported(rr: RectRound, tmp_path: Path) -> Path:
    path = tmp_path / "住建局台账.xlsx"
    assert export_unit_ledger(rr.ws, rr.housing, path) == 2
    return path


def progress_count(ws: WorkspaceSession) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(RectificationProgress)) or 0)


def test_the_export_holds_the_units_tasks_only(rr: RectRound, tmp_path: Path) -> None:
    sheet = load_workbook(exported(rr, tmp_path)).active
    assert sheet["A2"].value == MARKING
    labels = [sheet.cell(row, 2).value for row in range(4, sheet.max_row + 1)]
    assert labels == [f"{CODES[0]}-1", f"{CODES[1]}-1"]  # not 市水利局's task
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "河道整治" not in text


def test_a_bad_row_is_named_and_nothing_is_written(rr: RectRound, tmp_path: Path) -> None:
    path = exported(rr, tmp_path)
    book = load_workbook(path)
    sheet = book.active
    sheet["H4"], sheet["I4"], sheet["M4"] = "已全部整改", "已完成", "是"
    sheet["H5"], sheet["J5"], sheet["I5"] = "进行中", "十万", "差不多"
    water = next(r for r in list_tasks(rr.ws) if r.finding_code == CODES[3])
    sheet.append([water.id, water.label, "", "", "", "", "", "改别人的"])
    book.save(path)
    before = progress_count(rr.ws)
    with pytest.raises(InvalidFieldsError) as excinfo:
        import_unit_ledger(rr.ws, rr.housing, path)
    where = [(p.row, p.column, p.reason) for p in excinfo.value.problems]
    assert where == [(5, "I", "unknown_choice"), (5, "J", "not_an_amount"), (6, "B", "other_unit_task")]
    assert "第 5 行" in field_problem_text(excinfo.value.problems[0]) or "差不多" in field_problem_text(
        excinfo.value.problems[0])
    assert progress_count(rr.ws) == before


def test_a_good_ledger_appends_progress_and_requests(rr: RectRound, tmp_path: Path) -> None:
    path = exported(rr, tmp_path)
    book = load_workbook(path)
    sheet = book.active
    sheet["H4"], sheet["I4"], sheet["J4"], sheet["K4"], sheet["M4"] = "已全部整改", "已完成", "3.5", "验收办法", "是"
    sheet["H5"], sheet["I5"] = "正在清退", "正在整改"
    sheet["F4"], sheet["G4"] = "2030-01-01", "已销号"  # HQ's columns: never read
    book.save(path)
    before = progress_count(rr.ws)
    report = import_unit_ledger(rr.ws, rr.housing, path)
    assert (report.rows_read, report.progress_added, report.close_requested) == (2, 2, 1)
    assert progress_count(rr.ws) == before + 2
    with rr.ws.read() as session:
        first = next(i for i in session.scalars(select(RectificationItem)) if i.id == report.tasks[0])
        assert (first.status, first.deadline, first.supervising_city_leader) == (
            "done", date(2026, 12, 31), "赵副市长")
        assert first.closure_requested_at is not None and str(first.amount_recovered) == "3.5"
