"""Real-world-shaped and hostile workbooks, built by code: what teams actually send back to HQ.

Title rows over a header spanning two rows with merged group cells; context columns (届次/年度/轮次/巡察组/单位)
merged down many rows; header aliases; display-formatted values ("第13届", "2026年", "12.5万元", "√"); blank,
hidden and 合计 rows; formulas with cached values; and files that are not ledgers at all.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment

FINDING_HEADERS = ["序号", "届次", "年度", "轮次", "巡察组", "被巡察单位", "问题编号", "问题标题", "问题表现",
                   "一级分类", "二级分类", "六项纪律", "其他标签", "是否重点", "问题来源", "涉及金额（万元）",
                   "发生时间", "发现时间", "备注"]


def finding_row(n: int, org: str = "市财政局", *, code: bool = True, team: Any = "第2组") -> list[Any]:
    return [n, "第13届", "2026年", "第3轮", team, org, f"[2026]3巡-2组-{n}号" if code else None,
            f"问题{n}：专项资金审核不严", f"{org}在审核专项资金时未严格把关，第{n}笔。", "B", "B1",
            "廉洁纪律、工作纪律", "专项资金", "√" if n % 2 else "否", "调阅资料", "12.5万元" if n % 3 else "125,000元",
            datetime(2025, 3, 5) if n % 2 else "2025年3月5日", "2026.3.5", ""]


def real_world_findings(path: Path, rows: int = 12, *, code: bool = True) -> Path:
    """Two title rows; a two-row header with a merged group cell ("问题情况" over 问题标题/问题表现) and vertically
    merged single headers; context columns merged down per unit; hidden, blank and 合计 rows; aliases."""
    wb = Workbook()
    ws = wb.active
    ws.title = "问题清单"
    ws.append(["十三届市委第三轮巡察发现问题清单"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=19)
    ws.append(["填报单位：市委第二巡察组", None, None, None, None, None, None, None, None, None, None, None, None,
               None, None, "填报时间：2026年4月"])
    top = ["序号", "届次", "年度", "轮次", "巡察分组", "巡察对象名称", "问题编号", "问题情况", None, "一级标签",
           "二级标签", "六项纪律", "其他标签", "是否是重点", "发现方式", "涉及金额", "发生时间", "发现日期", "备注"]
    sub = [None] * 7 + ["问题标题", "问题表现"] + [None] * 10
    ws.append(top)
    ws.append(sub)
    ws.merge_cells("H3:I3")
    for col in [c for c in range(1, 20) if c not in (8, 9)]:
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.unmerge_cells("P3:P4")
    ws["P4"] = "（万元）"  # a unit under a header: joins into 涉及金额（万元）
    first = 5
    for n in range(1, rows + 1):
        org = "市财政局" if n <= rows // 2 else "市民政局"
        ws.append(finding_row(n, org, code=code))
    # the context columns written once per unit and merged down (as HQ's own ledgers do)
    half = rows // 2
    for col in range(2, 7):
        for start, end in ((first, first + half - 1), (first + half, first + rows - 1)):
            for r in range(start + 1, end + 1):
                ws.cell(r, col).value = None
            ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
    ws.row_dimensions[first + 1].hidden = True
    ws.append([])
    ws.append(["合计", None, None, None, None, None, None, None, None, None, None, None, None, None, None, 150])
    ws["A3"].comment = Comment("按巡察办模板填写", "巡察办")
    wb.save(path)
    return path


def simple_findings(path: Path, rows: int, *, bad_row: int | None = None, code: bool = True,
                    sheet_title: str = "问题清单") -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title)
    ws.append(FINDING_HEADERS)
    for n in range(1, rows + 1):
        row = finding_row(n, "市财政局", code=code)
        if n == bad_row:
            row[15] = "一百二十万"  # not an amount
        ws.append(row)
    wb.save(path)
    return path


def patch_sheet_xml(path: Path, edit: Any, sheet: str = "xl/worksheets/sheet1.xml") -> Path:
    """Rewrite one part of a saved workbook (for what openpyxl cannot write: cached formula values, a
    declared dimension, a million formatted empty rows)."""
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    parts[sheet] = edit(parts[sheet].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def with_formulas(path: Path) -> Path:
    """Column P (amount) as formulas with cached values, as Excel saves them."""
    def edit(xml: str) -> str:
        return re.sub(r'<c r="P(\d+)"([^>]*)><v>([\d.]+)</v></c>',
                      lambda m: f'<c r="P{m.group(1)}"{m.group(2)}><f>10+{float(m.group(3)) - 10}</f>'
                                f'<v>{m.group(3)}</v></c>', xml)
    return patch_sheet_xml(path, edit)


def huge_dimension(path: Path) -> Path:
    def edit(xml: str) -> str:
        xml = re.sub(r"<dimension [^>]*/>", "", xml)
        return xml.replace("<sheetViews>", '<dimension ref="A1:XFD1048576"/><sheetViews>', 1) \
            if "<sheetViews>" in xml else xml.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>', 1)
    return patch_sheet_xml(path, edit)


def million_empty_rows(path: Path) -> Path:
    """Data, then a million rows that hold only formatting (what "format the whole column" leaves)."""
    def edit(xml: str) -> str:
        last = max(int(n) for n in re.findall(r'<row r="(\d+)"', xml))
        blank = "".join(f'<row r="{r}"><c r="A{r}" s="0"/><c r="B{r}" s="0"/></row>'
                        for r in range(last + 1, last + 1_000_001))
        return xml.replace("</sheetData>", blank + "</sheetData>", 1)
    return patch_sheet_xml(path, edit)


def text_renamed(path: Path) -> Path:
    path.write_text("这不是一个 Excel 文件\n序号,问题标题\n", encoding="utf-8")
    return path


def empty_workbook(path: Path) -> Path:
    Workbook().save(path)
    return path


def unrelated_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "电话", "会议室", "日期"])
    ws.append(["张三", "13800000000", "301", "2026-03-05"])
    wb.save(path)
    return path
