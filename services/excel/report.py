"""The row report of an import, saved as a workbook: the person's own file with every offending cell
highlighted and commented, and a first sheet listing each problem (sheet, row, column, header, value, reason).

The sentences come from the caller (``phrase``): the windows and the CLI each phrase problems in their own
language tables. A .csv source is copied into a sheet first, so its cells can be marked too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from services.errors import FieldProblem
from services.excel.importing import ImportPlan
from services.excel.reading import column_index

REPORT_SHEET = "导入问题"
HEADERS = ("工作表", "行", "列", "表头", "单元格的值", "原因")
MARK = "FFC7CE"  # Excel's own "bad" fill
MARK_FONT = "9C0006"


def save_error_report(plan: ImportPlan, target: Path, phrase: Callable[[FieldProblem], str], *,
                      create_missing: bool = False) -> Path:
    """Write the report to ``target`` (.xlsx); returns it. The source file is never modified."""
    problems = plan.problems(create_missing)
    source = Path(plan.path)
    if source.suffix.lower() in (".csv", ".txt"):
        wb = Workbook()
        ws = wb.active
        ws.title = plan.sheets[0] if plan.sheets else source.stem
        raw = source.read_bytes()
        text = next((raw.decode(e) for e in ("utf-8-sig", "gb18030") if _decodes(raw, e)), "")
        for line in csv.reader(io.StringIO(text)):
            ws.append(line)
    else:
        wb = load_workbook(source, keep_vba=False)
    fill = PatternFill("solid", start_color=MARK, end_color=MARK)
    font = Font(color=MARK_FONT)
    by_cell: dict[tuple[str, int, str], list[str]] = {}
    for problem in problems:
        key = (str(problem.params.get("sheet", "")), problem.row or 1, problem.column or "A")
        by_cell.setdefault(key, []).append(phrase(problem))
    for (title, row_no, column), texts in by_cell.items():
        if title not in wb.sheetnames:
            continue
        cell = wb[title].cell(row_no, column_index(column))
        if type(cell).__name__ == "MergedCell":
            continue
        cell.fill, cell.font = fill, font
        cell.comment = Comment("\n".join(texts), "巡察通")
        cell.comment.width, cell.comment.height = 300, 40 + 20 * len(texts)
    sheet = wb.create_sheet(REPORT_SHEET, 0)
    sheet.append(list(HEADERS))
    for problem in problems:
        sheet.append([problem.params.get("sheet"), problem.row, problem.column, problem.params.get("label"),
                      _text(problem.params.get("value")), phrase(problem)])
    for letter, width in zip("ABCDEF", (14, 8, 6, 18, 30, 70), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    wb.active = 0
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    wb.save(target)
    return target


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _text(value: object) -> object:
    if value is None:
        return None
    text = str(value)
    return "'" + text if text.startswith("=") else text
