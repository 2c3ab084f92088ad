"""Opening a ledger file and streaming its rows: .xlsx/.xlsm (cached formula values), .csv; .xls explained.

Rows stream straight from openpyxl's worksheet parser (what its read_only mode runs underneath), so a sheet
declaring a huge dimension costs nothing and memory stays flat. Merged ranges are found by a quick scan of
the sheet's XML first (openpyxl's read_only mode does not report them), so a context cell merged down many
rows fills each row it covers. Hidden rows are read like any other (hiding is a view, not a deletion) and
counted; hidden sheets are skipped. A long run of empty rows (a million formatted blank rows) ends the sheet.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from openpyxl.utils.datetime import from_excel, from_ISO8601

from services.errors import DomainError
from services.excel.columns import MAPPING_MARK, MAPPING_SHEET

SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE, INLINE, TEXT = (SHEET_NS + tag for tag in ("row", "c", "v", "is", "t"))
MAX_COLUMNS = 300  # cells further right are ignored
MAX_BLANK_RUN = 2000  # this many empty rows in a row end the sheet
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ExcelFileError(DomainError):
    """The file cannot be read as a ledger; ``reason``: xls, not_xlsx, encrypted, csv_encoding, unreadable,
    empty, no_header, unknown_kind, wrong_kind."""

    code = "excel_file"
    exit_code = 4

    def __init__(self, message: str = "", **params: Any) -> None:
        super().__init__(message, **params)
        self.code = f"excel_{params.get('reason', 'file')}"


def column_index(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Merge:
    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass
class SheetInfo:
    title: str
    index: int
    merges: list[Merge] = field(default_factory=list)
    hidden_rows: int = 0
    stopped_at: int | None = None  # the row where a long blank run ended reading


class MergeFiller:
    """Fills the cells a merged range covers with its top-left value, row by row, as rows stream past."""

    def __init__(self, merges: list[Merge]) -> None:
        self.pending = sorted(merges, key=lambda m: (m.min_row, m.min_col))
        self.next = 0
        self.active: list[tuple[Merge, Any]] = []

    def fill(self, row_no: int, values: list[Any], *, across: bool) -> None:
        """``across``: also fill the columns right of the anchor (headers); data rows fill downward only."""
        while self.next < len(self.pending) and self.pending[self.next].min_row <= row_no:
            merge = self.pending[self.next]
            anchor = values[merge.min_col - 1] if merge.min_row == row_no and merge.min_col <= len(values) else None
            self.active.append((merge, anchor))
            self.next += 1
        if not self.active:
            return
        self.active = [(m, v) for m, v in self.active if m.max_row >= row_no]
        for merge, anchor in self.active:
            if anchor is None:
                continue
            first = merge.min_col if row_no > merge.min_row else merge.min_col + 1
            last = merge.max_col if across else merge.min_col
            if first > last or merge.min_col > MAX_COLUMNS:
                continue
            if len(values) < last:
                values.extend([None] * (last - len(values)))
            for col in range(first, last + 1):
                if values[col - 1] is None:
                    values[col - 1] = anchor


class LedgerFile:
    """An open ledger file. ``sheets`` lists the visible sheets; ``rows(sheet)`` streams one of them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.is_csv = path.suffix.lower() in (".csv", ".txt")
        self.sheets: list[SheetInfo] = []
        self.mapping: dict[str, tuple[str, int, dict[int, str]]] = {}  # sheet title -> kind, header row, keys
        self._book: Any = None
        self._csv_text: str | None = None
        if self.is_csv:
            self._open_csv()
        else:
            self._open_xlsx()

    def close(self) -> None:
        if self._book is not None:
            self._book.archive.close()
            self._book = None

    def __enter__(self) -> LedgerFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- opening ----

    def _open_csv(self) -> None:
        raw = self.path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                self._csv_text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ExcelFileError("csv encoding", reason="csv_encoding", path=str(self.path))
        self.sheets = [SheetInfo(self.path.stem, 0)]

    def _open_xlsx(self) -> None:
        path = self.path
        with path.open("rb") as handle:
            head = handle.read(8)
        if head == OLE_MAGIC:
            reason = "xls" if path.suffix.lower() == ".xls" else "encrypted"
            raise ExcelFileError("legacy or encrypted workbook", reason=reason, path=str(path))
        if path.suffix.lower() == ".xls":
            raise ExcelFileError("xls", reason="xls", path=str(path))
        if not zipfile.is_zipfile(path):
            raise ExcelFileError("not a workbook", reason="not_xlsx", path=str(path))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._book = _Book(path)
        except Exception as exc:  # openpyxl raises KeyError, ValueError, zipfile errors... for a broken package
            raise ExcelFileError(f"unreadable workbook: {type(exc).__name__}", reason="not_xlsx",
                                 path=str(path)) from None
        for index, (title, state, _) in enumerate(self._book.sheets):
            if title == MAPPING_SHEET:
                self._read_mapping(index)
            elif state == "visible":
                self.sheets.append(SheetInfo(title, index, self._scan_merges(index)))

    def _scan_merges(self, index: int) -> list[Merge]:
        merges: list[Merge] = []
        tail = b""
        with self._book.archive.open(self._book.sheets[index][2]) as src:
            while chunk := src.read(1 << 20):
                data, end = tail + chunk, 0
                for m in MERGE_RE.finditer(data):
                    merges.append(Merge(int(m.group(2)), column_index(m.group(1).decode()),
                                        int(m.group(4)), column_index(m.group(3).decode())))
                    end = m.end()
                tail = data[max(end, len(data) - 300):]  # a tag cut in two by the chunk boundary
        return merges

    def _read_mapping(self, index: int) -> None:
        rows = []
        for _, values in self._xlsx_rows(SheetInfo(MAPPING_SHEET, index)):
            rows.append(values + [None] * (4 - len(values)))
            if len(rows) > 2000:
                break
        if not rows or rows[0][0] != MAPPING_MARK:
            return
        kind = str(rows[0][1])
        for row in rows[1:]:
            if len(row) < 4 or not row[0] or not row[2] or not row[3]:
                continue
            title, header_row, letter, key = str(row[0]), int(row[1] or 1), str(row[2]), str(row[3])
            entry = self.mapping.setdefault(title, (kind, header_row, {}))
            entry[2][column_index(letter)] = key

    # ---- streaming ----

    def rows(self, sheet: SheetInfo) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values from column A) of every non-empty row, merged cells not yet filled."""
        if self.is_csv:
            yield from self._csv_rows()
            return
        yield from self._xlsx_rows(sheet)

    def _csv_rows(self) -> Iterator[tuple[int, list[Any]]]:
        assert self._csv_text is not None
        sample = self._csv_text[:4096]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        for number, row in enumerate(csv.reader(io.StringIO(self._csv_text), dialect), start=1):
            values: list[Any] = [cell if cell.strip() else None for cell in row[:MAX_COLUMNS]]
            if any(v is not None for v in values):
                yield number, values

    def _xlsx_rows(self, sheet: SheetInfo) -> Iterator[tuple[int, list[Any]]]:
        """The sheet's rows, parsed straight from its XML (cached formula values, shared and inline strings,
        dates by their number format). Leaner than openpyxl's cell-by-cell parser, which builds a dict and
        rich-text objects per cell; the same values come out."""
        book = self._book
        shared, epoch, date_styles = book.shared_strings, book.wb.epoch, book.wb._date_formats
        columns: dict[str, int] = {}
        cells: list[tuple[int, Any]] = []
        number = last = col = 0
        with book.archive.open(book.sheets[sheet.index][2]) as src:
            for _, el in iterparse(src):
                tag = el.tag
                if tag == CELL:
                    ref = el.get("r")
                    if ref:
                        letters = ref.rstrip("0123456789")
                        col = columns.get(letters) or columns.setdefault(letters, column_index(letters))
                    else:
                        col += 1
                    value = _cell_value(el, shared, epoch, date_styles) if col <= MAX_COLUMNS else None
                    if value is not None:
                        cells.append((col, value))
                    continue
                if tag != ROW:
                    continue
                ref = el.get("r")
                number = int(ref) if ref else number + 1
                col = 0
                if el.get("hidden") in ("1", "true"):
                    sheet.hidden_rows += 1
                el.clear()
                if not cells:
                    if number - last > MAX_BLANK_RUN:
                        sheet.stopped_at = number
                        return
                    continue
                if last and number - last > MAX_BLANK_RUN:
                    sheet.stopped_at = last + MAX_BLANK_RUN
                    return
                values: list[Any] = [None] * max(c for c, _ in cells)
                for c, v in cells:
                    values[c - 1] = v
                cells = []
                last = number
                yield number, values


def _cell_value(el: Any, shared: list[Any], epoch: Any, date_styles: set[int]) -> Any:
    kind = el.get("t")
    text = None
    for child in el:
        tag = child.tag
        if tag == VALUE:
            text = child.text
        elif tag == INLINE:
            text = "".join(t.text or "" for t in child.iter(TEXT) if t.text)
            return text or None
    if text is None or text == "":
        return None
    if kind is None or kind == "n":
        number: Any = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
        style = el.get("s")
        if style and int(style) in date_styles:
            try:
                return from_excel(number, epoch)
            except (OverflowError, ValueError):
                return number
        return number
    if kind == "s":
        return str(shared[int(text)])
    if kind == "b":
        return text == "1"
    if kind == "d":
        try:
            return from_ISO8601(text)
        except ValueError:
            return text
    return text  # str (a formula's text result), e (an error such as #N/A)

class _Book:
    """The parts of a workbook package the rows need (shared strings, date styles, sheets), read the way
    openpyxl's read_only mode reads them, minus its size probe: for a sheet without a <dimension> that probe
    parses the whole sheet once more before a single row is read."""

    def __init__(self, path: Path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(str(path), read_only=True, keep_vba=False, data_only=True, keep_links=False)
        self.archive = reader.archive
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
        except Exception:
            self.archive.close()
            raise
        self.wb = reader.wb
        self.shared_strings = reader.shared_strings
        self.sheets: list[tuple[str, str, str]] = [
            (sheet.name, sheet.state or "visible", rel.target) for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        ]
