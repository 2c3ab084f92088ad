"""How the ledgers look: the title, note and header rows, column formats, the classification marking.

Cells of the data rows carry no style except where the value needs one (dates, amounts, the progress colour),
so 20,000 rows stream at close to openpyxl's bare write_only speed. Every styled cell shares one StyleArray
per kind of cell (``Look``): a cell gets a copy of its nine small integers, not a lookup of every part.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# The marking every printed and exported page carries, by sensitivity (docs/domain.md §4).
# C3 clue sheets travel only in the clue package and only to the people named in the clue rules.
MARKINGS = {
    "C1": "内部资料 注意保密",
    "C2": "内部资料 注意保密",
    "C3": "机密 · 问题线索 · 仅限线索知悉人员阅办",
}
FONT_NAME = "宋体"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
AMOUNT_FORMAT = "#,##0.00####"

_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# 进度颜色 of the rectification ledger: the words the ledger writes and the fill each gets.
PROGRESS_FILLS = {"绿色": "C6EFCE", "黄色": "FFEB9C", "红色": "FFC7CE"}

# openpyxl refuses these control characters in a cell; they never carry meaning in a ledger.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
MAX_CELL_TEXT = 32_767
PAPER_A4, PAPER_A3 = 9, 8
WIDE_COLUMNS = 16


class Look:
    """One cell style, made once per sheet and handed to every cell that wears it."""

    def __init__(self, ws: WriteOnlyWorksheet, *, font: Font | None = None, fill: PatternFill | None = None,
                 border: Border | None = None, alignment: Alignment | None = None,
                 number_format: str | None = None, quote_prefix: bool = False) -> None:
        self.ws = ws
        model = WriteOnlyCell(ws)
        if font is not None:
            model.font = font
        if fill is not None:
            model.fill = fill
        if border is not None:
            model.border = border
        if alignment is not None:
            model.alignment = alignment
        if number_format is not None:
            model.number_format = number_format
        if quote_prefix:
            model.quotePrefix = True
        self._style = model._style

    def cell(self, value: object, *, text: bool = False) -> WriteOnlyCell:
        """A cell of this look; ``text`` keeps a string a string (never a formula or an error code)."""
        made = WriteOnlyCell(self.ws)
        made._style = copy(self._style)  # a copy: binding a value may change the cell's style in place
        made.value = value
        if text:
            made.data_type = "s"
        return made


@dataclass
class SheetLooks:
    """The looks of one ledger sheet."""

    title: Look
    section: Look
    note: Look
    marking: Look
    header: Look
    required_header: Look
    date: Look
    datetime: Look
    amount: Look
    literal: Look  # text that would otherwise read as a formula: kept as typed
    progress: dict[str, Look]

    @classmethod
    def make(cls, ws: WriteOnlyWorksheet) -> SheetLooks:
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header_font = Font(name=FONT_NAME, bold=True, size=11)
        return cls(
            title=Look(ws, font=Font(name=FONT_NAME, bold=True, size=16), alignment=centre),
            section=Look(ws, font=Font(name=FONT_NAME, bold=True, size=12)),
            note=Look(ws, font=Font(name=FONT_NAME, size=10, color="404040"),
                      alignment=Alignment(horizontal="left", vertical="center", wrap_text=True)),
            marking=Look(ws, font=Font(name=FONT_NAME, size=11, bold=True, color="C00000"),
                         alignment=Alignment(horizontal="left", vertical="center", wrap_text=True)),
            header=Look(ws, font=header_font, fill=HEADER_FILL, border=BORDER, alignment=centre),
            required_header=Look(ws, font=Font(name=FONT_NAME, bold=True, size=11, color="C00000"), fill=HEADER_FILL,
                                 border=BORDER, alignment=centre),
            date=Look(ws, number_format=DATE_FORMAT),
            datetime=Look(ws, number_format=DATETIME_FORMAT),
            amount=Look(ws, number_format=AMOUNT_FORMAT),
            literal=Look(ws, quote_prefix=True),
            progress={word: Look(ws, fill=PatternFill("solid", fgColor=colour))
                      for word, colour in PROGRESS_FILLS.items()},
        )


def clean_text(value: str) -> str:
    """Text a cell accepts: control characters dropped, cut at Excel's 32,767 characters."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value[:MAX_CELL_TEXT]


def text_value(value: str, looks: SheetLooks) -> str | WriteOnlyCell:
    """A string as a cell value: "=..." and "#N/A" stay text (no formula injection from case data)."""
    value = clean_text(value)
    if (value[:1] == "=" and len(value) > 1) or value in _ERROR_CODES:
        return looks.literal.cell(value, text=True)
    return value


def hint_comment(text: str, *, width: int = 260) -> Comment:
    """An input hint on a header cell (shown when the pointer rests on it)."""
    comment = Comment(text, "巡察通")
    lines = sum(max(1, len(line) // 16 + 1) for line in text.splitlines()) or 1
    comment.width, comment.height = width, min(400, 24 + 18 * lines)
    return comment


def header_footer_text(text: str) -> str:
    """User text inside a header or footer: "&" starts a code there, "&&" is a literal ampersand."""
    return clean_text(text).replace("&", "&&")


def set_page(ws: WriteOnlyWorksheet, *, marking: str, footer: str, header_row: int | None = None,
             columns: int = 0, landscape: bool = True) -> None:
    """The printed page: the marking at the top centre, who/when at the bottom left, page numbers at the right,
    fitted to the page width (A3 for ledgers wider than WIDE_COLUMNS, as offices print them), the header row
    repeated on every page."""
    ws.oddHeader.center.text = header_footer_text(marking)
    ws.oddHeader.center.font = f"{FONT_NAME},Bold"
    ws.oddHeader.center.size = 12
    ws.oddHeader.center.color = "C00000"
    ws.oddFooter.left.text = header_footer_text(footer)
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = "第 &P 页 共 &N 页"
    ws.oddFooter.right.size = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER_A3 if columns > WIDE_COLUMNS else PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.left = ws.page_margins.right = 0.4
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
