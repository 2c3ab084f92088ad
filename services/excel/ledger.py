"""One ledger workbook, streamed (openpyxl write_only) and written atomically to the place the person chose.

Layout of every template and export (row numbers are the importer's too, via the mapping sheet):

- row 1: the official title (巡察发现问题清单 ...), merged across the columns;
- row 2: a note: how to fill the template in, or the export's marking, who exported it and when;
- row 3: the official headers (``ColumnSpec.header``, exactly), a hint comment on each, frozen;
- rows 4-: the data.

The **stable column mapping** is columns.py's very hidden sheet ``MAPPING_SHEET`` (``mapping_rows``): it lists
the kind, the header row and each column's key by column letter, so a renamed header still imports into the
right field. Dropdown vocabularies live on a second very hidden sheet (``LISTS_SHEET``) that the data
validations point at (an inline list is limited to 255 characters; the taxonomy is longer).

Nothing of the data touches the system's temporary folder: openpyxl's per-sheet stream files and the finished
workbook are staged in a hidden folder beside the target, which is removed whatever happens; the target
appears only whole (``os.replace``), never half-written, and a cancelled export leaves nothing behind.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from services.errors import FieldProblem, InvalidFieldsError
from services.excel.columns import MAPPING_SHEET, ColumnSpec, KindSpec, mapping_rows
from services.excel.styles import SheetLooks, clean_text, hint_comment, set_page

TITLE_ROW, NOTE_ROW, HEADER_ROW, FIRST_DATA_ROW = 1, 2, 3, 4
LISTS_SHEET = "_xuncha_lists"
XLSX = ".xlsx"
SPARE_ROWS = 1000  # rows below the data that keep their dropdowns, for rows a person adds
BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def with_suffix(target: Path | str) -> Path:
    """The file name to write: ``.xlsx`` added when the name has no such ending."""
    target = Path(target)
    return target if target.suffix.lower() == XLSX else target.with_name(target.name + XLSX)


def target_rejected(reason: str, target: Path) -> InvalidFieldsError:
    """The file cannot be written there: ``not_writable`` (no folder, no permission, disk full, open elsewhere),
    ``inside_workspace`` (a plaintext copy beside the encrypted files) or ``file_exists`` (not overwritten)."""
    return InvalidFieldsError([FieldProblem("file_name", reason, {"value": str(target)})])


def check_target(target: Path | str, *, workspace: Path | None = None, overwrite: bool = True) -> Path:
    """The absolute target, or the reason it cannot be written (before any work is done)."""
    target = Path(target).expanduser().absolute()
    if workspace is not None and target.resolve().is_relative_to(Path(workspace).resolve()):
        raise target_rejected("inside_workspace", target)
    if not target.parent.is_dir() or target.is_dir():
        raise target_rejected("not_writable", target)
    if target.exists() and not overwrite:
        raise target_rejected("file_exists", target)
    return target


@dataclass(frozen=True)
class Choices:
    """A dropdown: the values offered in the column ``key``. ``strict`` refuses anything else; otherwise Excel
    only warns (several values joined with "、", or a name the list may not have yet)."""

    key: str
    values: tuple[str, ...]
    strict: bool = True


def sheet_name(title: str) -> str:
    return title.translate(BAD_SHEET_CHARS)[:31] or "Sheet1"


class Staging:
    """A hidden folder beside the target for openpyxl's stream files and the finished workbook."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.dir = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        self.book = self.dir / "book.xlsx"

        self._sheets: list[WriteOnlyWorksheet] = []

    def open_sheet(self, ws: WriteOnlyWorksheet, name: str) -> None:
        """Start the sheet's stream in this folder (openpyxl's default is the system temp folder). Call it once
        the sheet's columns, panes and page are set: they are written first."""
        path = str(self.dir / f"{name}.xml")
        sheet_writer.ALL_TEMP_FILES.append(path)  # openpyxl's cleanup() removes it from this list
        ws._writer = sheet_writer.WorksheetWriter(ws, out=path)
        ws._writer.write_top()
        self._sheets.append(ws)

    def commit(self) -> None:
        os.replace(self.book, self.target)

    def remove(self) -> None:
        for ws in self._sheets:  # a sheet abandoned half-way (cancel, error): close its streams in order
            if not ws.closed:
                with suppress(Exception):
                    if ws._rows is not None:
                        ws._rows.close()
                    ws._writer.close()
        inside = str(self.dir) + os.sep
        sheet_writer.ALL_TEMP_FILES[:] = [p for p in sheet_writer.ALL_TEMP_FILES if not p.startswith(inside)]
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def staged(target: Path) -> Iterator[Staging]:
    """Stage a workbook for ``target``; the caller calls ``commit()`` once it is whole. Always cleaned up."""
    target = check_target(target)
    staging = Staging(target)
    try:
        staging.dir.mkdir()
        yield staging
    except OSError:
        raise target_rejected("not_writable", target) from None
    finally:
        staging.remove()


class LedgerBook:
    """A workbook with one ledger sheet of ``spec``'s columns, written row by row."""

    def __init__(self, spec: KindSpec, staging: Staging, *, marking: str, footer: str,
                 title: str | None = None) -> None:
        self.spec, self.staging = spec, staging
        self.columns: Sequence[ColumnSpec] = spec.columns
        self.title = title or spec.title
        self.wb = Workbook(write_only=True)
        self.ws: WriteOnlyWorksheet = self.wb.create_sheet(sheet_name(self.title))
        self.looks = SheetLooks.make(self.ws)
        for index, column in enumerate(self.columns, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width + 2
        self.ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        set_page(self.ws, marking=marking, footer=footer, header_row=HEADER_ROW, columns=len(self.columns))
        self.ws.row_dimensions[TITLE_ROW].height = 32
        self.ws.row_dimensions[NOTE_ROW].height = 36
        self.ws.row_dimensions[HEADER_ROW].height = 30
        staging.open_sheet(self.ws, "ledger")
        self.data_rows = 0
        self._choices: list[Choices] = []

    @property
    def last_column(self) -> str:
        return get_column_letter(len(self.columns))

    def write_head(self, note: str, *, hints: dict[str, str], note_is_marking: bool = False) -> None:
        """Rows 1-3: title, note and headers (required headers in red; each with its hint as a comment)."""
        looks = self.looks
        self.ws.append([looks.title.cell(self.title)])
        self.ws.append([(looks.marking if note_is_marking else looks.note).cell(clean_text(note))])
        for row in (TITLE_ROW, NOTE_ROW):
            self.ws.merged_cells.add(f"A{row}:{self.last_column}{row}")
        headers: list[WriteOnlyCell] = []
        for column in self.columns:
            cell = (looks.required_header if column.required else looks.header).cell(column.header)
            if hints.get(column.key):
                cell.comment = hint_comment(hints[column.key])
            headers.append(cell)
        self.ws.append(headers)

    def append(self, values: list[object]) -> None:
        self.ws.append(values)
        self.data_rows += 1

    def offer(self, choices: Choices) -> None:
        """A dropdown on ``choices.key``'s column, for the data rows and SPARE_ROWS more."""
        if choices.values:
            self._choices.append(choices)

    def _validations(self) -> None:
        last_row = FIRST_DATA_ROW + self.data_rows + SPARE_ROWS - 1
        letters = {column.key: get_column_letter(i) for i, column in enumerate(self.columns, 1)}
        for index, choices in enumerate(self._choices, 1):
            source = get_column_letter(index)
            formula = f"{quote_sheetname(LISTS_SHEET)}!${source}$2:${source}${len(choices.values) + 1}"
            validation = DataValidation(type="list", formula1=formula, allow_blank=True,
                                        errorStyle="stop" if choices.strict else "warning",
                                        showErrorMessage=True, showInputMessage=False)
            validation.errorTitle = "请从下拉列表中选择"
            validation.error = ("该值不在下拉列表中。" if choices.strict
                                else "该值不在下拉列表中；多个值请用“、”分隔。确认无误可继续。")
            letter = letters[choices.key]
            validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")
            self.ws.data_validations.append(validation)

    def _extra_sheets(self) -> None:
        mapping = self.wb.create_sheet(MAPPING_SHEET)
        mapping.sheet_state = "veryHidden"
        self.staging.open_sheet(mapping, "mapping")
        for mapped in mapping_rows(self.spec.kind, self.ws.title, HEADER_ROW, self.spec.keys):
            mapping.append(mapped)
        if not self._choices:
            return
        lists = self.wb.create_sheet(LISTS_SHEET)
        lists.sheet_state = "veryHidden"
        self.staging.open_sheet(lists, "lists")
        depth = max(len(choices.values) for choices in self._choices)
        lists.append([choices.key for choices in self._choices])
        for row in range(depth):
            lists.append([c.values[row] if row < len(c.values) else None for c in self._choices])

    def save(self) -> None:
        """Close every sheet into the staged workbook (the caller commits it to the target)."""
        self._validations()
        self._extra_sheets()
        self.wb.save(str(self.staging.book))
