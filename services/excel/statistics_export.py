"""The statistics summary (巡察工作统计汇总) as Excel: the summary sentence, the totals, and the tables by status,
unit, category, source and team, from services/queries/statistics.py.

Clue figures appear only when the session holds the clue key (team_statistics leaves them None otherwise). Not
an importable ledger, so no column mapping; marked, staged, audited and cancellable like the other exports.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from models.enums import FindingStatus, OrgLevel, SourceMethod
from services.excel.export_common import (
    STAGE_SAVE,
    STAGE_STATISTICS,
    ExportReport,
    exported_by,
    record_export,
)
from services.excel.ledger import staged, with_suffix
from services.excel.styles import MARKINGS, SheetLooks, set_page, text_value
from services.progress import CancelToken, Progress, no_progress
from services.queries.statistics import CHINESE, NONE_KEY, Tally, summary_sentence, team_statistics
from services.workspace import WorkspaceSession

TITLE = "巡察工作统计汇总"
WIDTHS = (8, 40, 14, 12, 16, 12)


def _vocabulary_name(vocabulary: type, key: str, empty: str) -> str:
    if key == NONE_KEY:
        return empty
    try:
        return str(vocabulary(key).zh)
    except ValueError:
        return key


def export_statistics(ws: WorkspaceSession, target: Path | str, progress: Progress = no_progress,
                      cancel: CancelToken | None = None) -> ExportReport:
    start = time.perf_counter()
    cancel = cancel or CancelToken()
    target = with_suffix(target)
    progress(STAGE_STATISTICS, 0, 1)
    stats = team_statistics(ws)
    cancel.check()
    who, _ = exported_by(ws)
    marking = MARKINGS["C3" if stats.clues is not None else "C2"]
    clues = stats.clues is not None
    with staged(target) as staging:
        wb = Workbook(write_only=True)
        sheet = wb.create_sheet(TITLE)
        looks = SheetLooks.make(sheet)
        for index, width in enumerate(WIDTHS):
            sheet.column_dimensions["ABCDEF"[index]].width = width
        set_page(sheet, marking=marking, footer=who, landscape=False)
        for row_no, height in ((1, 32), (2, 22), (3, 48)):
            sheet.row_dimensions[row_no].height = height
        staging.open_sheet(sheet, "statistics")
        rows: list[Sequence[object]] = []

        def merged(cell: WriteOnlyCell) -> None:
            rows.append([cell])
            sheet.merged_cells.add(f"A{len(rows)}:F{len(rows)}")

        def table(title: str, headers: Sequence[str | None], body: list[Sequence[object]]) -> None:
            rows.append([])
            rows.append([looks.section.cell(title)])
            rows.append([looks.header.cell(h) if h else None for h in headers])
            rows.extend(body)

        def amount(value: Decimal) -> WriteOnlyCell:
            return looks.amount.cell(float(value))

        merged(looks.title.cell(TITLE))
        merged(looks.marking.cell(f"{marking}　　{who}"))
        merged(looks.note.cell(summary_sentence(stats, CHINESE)))
        totals: list[Sequence[object]] = [
            [1, "被巡察单位（个）", None, stats.orgs], [2, "发现问题（个）", None, stats.findings],
            [3, "涉及金额（万元）", None, None, amount(stats.amount)], [4, "已撤回问题（个）", None, stats.withdrawn],
        ]
        if clues:
            totals.append([5, "问题线索（条）", None, None, None, stats.clues])
        table("一、总体情况", ["序号", "项目", None, "数量", "金额（万元）", "问题线索" if clues else None], totals)

        def tallies(rows_of: list[Tally], name_of: Callable[[Tally], str] | None,
                    with_level: bool = False) -> list[Sequence[object]]:
            body: list[Sequence[object]] = []
            for number, tally in enumerate(rows_of, 1):
                name = name_of(tally) if name_of is not None else tally.name
                level = _vocabulary_name(OrgLevel, tally.level, "") if with_level else None
                body.append([number, text_value(name, looks) if name else "", level, tally.findings,
                             amount(tally.amount), tally.clues if clues and with_level else None])
            return body

        dims = stats.dimensions
        heads: list[str | None] = ["序号", "{}", None, "问题数", "涉及金额（万元）", None]
        table("二、按问题状态", _with(heads, "问题状态"), tallies(
            dims.get("status", []), lambda t: _vocabulary_name(FindingStatus, t.key, "未填写")))
        table("三、按被巡察单位", ["序号", "被巡察单位", "单位层级", "问题数", "涉及金额（万元）",
                                    "问题线索" if clues else None],
              tallies(dims.get("org", []), None, with_level=True))
        table("四、按问题分类（一级）", _with(heads, "一级分类"), tallies(
            dims.get("category_l1", []), lambda t: t.name or "未分类"))
        table("五、按问题来源", _with(heads, "问题来源"), tallies(
            dims.get("source_method", []), lambda t: _vocabulary_name(SourceMethod, t.key, "未填写")))
        if dims.get("team"):
            table("六、按巡察组", _with(heads, "巡察组"), tallies(dims["team"], lambda t: f"第{t.key}组"))
        for row in rows:
            sheet.append(list(row))
        cancel.check()
        progress(STAGE_SAVE, 1, 1)
        wb.save(str(staging.book))
        cancel.check()
        record_export(ws, "statistics", staging.target, stats.findings, marking, commit=staging.commit)
    return ExportReport("statistics", staging.target, stats.findings, marking, time.perf_counter() - start)


def _with(headers: list[str | None], name: str) -> list[str | None]:
    return [name if h == "{}" else h for h in headers]
