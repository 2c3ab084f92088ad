"""Files that are not ledgers, or are ledgers in disguise: each gets a clear answer, quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from services.excel.importing import apply_import, plan_import
from services.excel.reading import ExcelFileError
from services.workspace import WorkspaceSession
from tests.services.excel import corpus


@pytest.mark.parametrize(("make", "name", "code"), [
    (corpus.text_renamed, "renamed.xlsx", "excel_not_xlsx"),
    (corpus.empty_workbook, "empty.xlsx", "excel_empty"),
    (corpus.unrelated_sheet, "meeting.xlsx", "excel_unknown_kind"),
])
def test_not_a_ledger(team_ws: WorkspaceSession, tmp_path: Path, make: object, name: str, code: str) -> None:
    path = make(tmp_path / name)  # type: ignore[operator]
    with pytest.raises(ExcelFileError) as raised:
        plan_import(team_ws, path)
    assert raised.value.code == code and raised.value.exit_code == 4


def test_xls_is_explained(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(ExcelFileError) as raised:
        plan_import(team_ws, path)
    assert raised.value.code == "excel_xls"


def test_csv_is_read(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = tmp_path / "问题.csv"
    lines = [",".join(corpus.FINDING_HEADERS[:9])]
    lines += [f"{n},第13届,2026年,第3轮,第2组,市财政局,,问题{n},描述{n}" for n in range(1, 4)]
    path.write_bytes("\n".join(lines).encode("gb18030"))
    plan = plan_import(team_ws, path)
    assert plan.kind == "findings" and plan.counts(True)["add"] == 3


def test_huge_declared_dimension_costs_nothing(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.huge_dimension(corpus.simple_findings(tmp_path / "dim.xlsx", 20))
    start = time.perf_counter()
    plan = plan_import(team_ws, path)
    assert plan.counts(True)["add"] == 20 and time.perf_counter() - start < 5


def test_a_million_formatted_empty_rows(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.million_empty_rows(corpus.simple_findings(tmp_path / "blank.xlsx", 10))
    start = time.perf_counter()
    plan = plan_import(team_ws, path)
    assert plan.counts(True)["add"] == 10
    assert any(code == "blank_run" for code, _ in plan.notes)
    assert time.perf_counter() - start < 10


def test_several_sheets_and_a_renamed_template_header(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes.append(["请按模板填写，不要修改表头。"])
    for title, org in (("财政局", "市财政局"), ("民政局", "市民政局")):
        ws = wb.create_sheet(title)
        ws.append(corpus.FINDING_HEADERS)
        for n in range(1, 4):
            ws.append(corpus.finding_row(n + (0 if org == "市财政局" else 10), org))
    hidden = wb.create_sheet("下拉选项")
    hidden.sheet_state = "hidden"
    hidden.append(["问题标题", "问题表现", "六项纪律"])
    wb.save(tmp_path / "multi.xlsx")
    plan = plan_import(team_ws, tmp_path / "multi.xlsx")
    assert plan.sheets == ["财政局", "民政局"] and ("填表说明", "unknown_kind") in plan.skipped_sheets
    assert apply_import(team_ws, plan, create_missing=True).added == 6
