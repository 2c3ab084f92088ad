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
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError, XMLParser, iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHARED_STRINGS

from services.excel.columns import MAPPING_MARK, MAPPING_SHEET
from services.excel.package_guard import ExcelFileError, check_workbook_package, shown_name

SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE, INLINE, TEXT, FORMULA = (SHEET_NS + tag for tag in ("row", "c", "v", "is", "t", "f"))
STRING_ITEM, PHONETIC = SHEET_NS + "si", SHEET_NS + "rPh"
MAX_COLUMNS = 300  # cells further right are ignored
MAX_BLANK_RUN = 2000  # this many empty rows in a row end the sheet
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\"")
# Excel's own limits: a cell beyond them, or a number no Excel can hold, means a made-up or damaged file.
MAX_ROW, MAX_COLUMN = 1_048_576, 16_384
MAX_EXCEL_NUMBER = 9.99999999999999e307
MAX_DATE_SERIAL = 2_958_466  # 10000-01-01: Excel's dates end on 9999-12-31 and start at 0 (a time of day)
MAX_MERGES = 100_000
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_ROW_ELEMENTS = 100_000  # elements inside one row (at most 16,384 cells, each with a value or a few runs)
MAX_CSV_LINE = 1024 * 1024  # characters of one physical line
CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


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
        if self.path.stat().st_size > MAX_CSV_BYTES:
            raise ExcelFileError("csv too large", reason="too_large", path=str(self.path),
                                 part=self.path.name, limit_mb=MAX_CSV_BYTES // (1024 * 1024))
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
        if not head.startswith(b"PK"):
            raise ExcelFileError("not a workbook", reason="not_xlsx", path=str(path))
        check_workbook_package(path)  # hostile or damaged packages stop here, before any XML is parsed
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._book = _Book(path)
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:  # a part that does not inflate or fails its CRC
            raise ExcelFileError(f"damaged workbook: {type(exc).__name__}", reason="damaged", path=str(path),
                                 detail=type(exc).__name__) from None
        except Exception as exc:  # openpyxl raises KeyError, ValueError, zipfile errors... for a broken package
            raise ExcelFileError(f"unreadable workbook: {type(exc).__name__}", reason="not_xlsx",
                                 path=str(path)) from None
        with self._damage_is_refused():
            for index, (title, state, _) in enumerate(self._book.sheets):
                if title == MAPPING_SHEET:
                    self._read_mapping(index)
                elif state == "visible":
                    self.sheets.append(SheetInfo(title, index, self._scan_merges(index, title)))

    @contextmanager
    def _damage_is_refused(self) -> Iterator[None]:
        """A part that passed the package check but does not decompress or parse: a damaged file, said so."""
        try:
            yield
        except ExcelFileError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ParseError, zlib.error, KeyError) as exc:
            raise ExcelFileError(f"damaged workbook: {type(exc).__name__}", reason="damaged",
                                 path=str(self.path), detail=type(exc).__name__) from None

    def _scan_merges(self, index: int, title: str) -> list[Merge]:
        merges: list[Merge] = []
        tail = b""
        with self._book.archive.open(self._book.sheets[index][2]) as src:
            while chunk := src.read(1 << 20):
                data, end = tail + chunk, 0
                for m in MERGE_RE.finditer(data):
                    merge = Merge(int(m.group(2)), column_index(m.group(1).decode()),
                                  int(m.group(4)), column_index(m.group(3).decode()))
                    if max(merge.max_row, merge.min_row) > MAX_ROW or max(merge.max_col, merge.min_col) > MAX_COLUMN:
                        raise self._cell_error("cell_ref", title, b"%s%s:%s%s" % m.groups())
                    merges.append(merge)
                    end = m.end()
                if len(merges) > MAX_MERGES:
                    raise ExcelFileError("too many merged ranges", reason="too_many_merges", path=str(self.path),
                                         sheet=shown_name(title), limit=MAX_MERGES)
                tail = data[max(end, len(data) - 300):]  # a tag cut in two by the chunk boundary
        return merges

    def _cell_error(self, reason: str, sheet: str, cell: str | bytes, **params: Any) -> ExcelFileError:
        if isinstance(cell, bytes):
            cell = cell.decode("ascii", "replace")
        return ExcelFileError(f"bad cell: {reason}", reason=reason, path=str(self.path), sheet=shown_name(sheet),
                              cell=shown_name(cell), **params)

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
        with self._damage_is_refused():
            yield from self._xlsx_rows(sheet)

    def _csv_rows(self) -> Iterator[tuple[int, list[Any]]]:
        assert self._csv_text is not None
        sample = self._csv_text[:4096]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(self._csv_lines(), dialect)
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error:  # a field over csv's size limit, a NUL byte, a quote left open
                raise ExcelFileError("malformed csv", reason="csv_malformed", path=str(self.path),
                                     line=reader.line_num) from None
            number += 1
            values: list[Any] = [cell if cell.strip() else None for cell in row[:MAX_COLUMNS]]
            if any(v is not None for v in values):
                yield number, values

    def _csv_lines(self) -> Iterator[str]:
        """The physical lines of the text; one longer than any ledger's is refused before csv splits it."""
        assert self._csv_text is not None
        for line_no, line in enumerate(io.StringIO(self._csv_text, newline=""), start=1):
            if len(line) > MAX_CSV_LINE:
                raise ExcelFileError("csv line too long", reason="csv_malformed", path=str(self.path), line=line_no)
            yield line

    def _xlsx_rows(self, sheet: SheetInfo) -> Iterator[tuple[int, list[Any]]]:
        """The sheet's rows, parsed straight from its XML (cached formula values, shared and inline strings,
        dates by their number format). Leaner than openpyxl's cell-by-cell parser, which builds a dict and
        rich-text objects per cell; the same values come out."""
        book = self._book
        shared, epoch, date_styles = book.shared_strings, book.wb.epoch, book.wb._date_formats
        columns: dict[str, int] = {}
        cells: list[tuple[int, Any]] = []
        number = last = col = 0
        # Open elements, root first. Whatever ends one or two levels down (a row, or anything else) is cleared
        # out of its parent at once, and no row may hold more than MAX_ROW_ELEMENTS elements: the tree never
        # grows with the sheet, however many rows or stray elements it has.
        parents: list[Any] = [None, None, None]  # the open elements at depth 1 (root) and 2 (sheetData)
        depth = inside = 0
        with book.archive.open(book.sheets[sheet.index][2]) as src:
            for event, el in iterparse(src, events=("start", "end")):
                if event == "start":
                    depth += 1
                    if depth < 3:
                        parents[depth] = el
                    elif depth > 3:
                        inside += 1
                        if inside > MAX_ROW_ELEMENTS:
                            raise self._cell_error("too_complex", sheet.title, f"{number + 1}")
                    continue
                if depth < 4:
                    if depth > 1:
                        parents[depth - 1].clear()
                    inside = 0
                depth -= 1
                tag = el.tag
                if tag == CELL:
                    ref = el.get("r")
                    if ref:
                        letters = ref.rstrip("0123456789")
                        col = columns.get(letters) or 0
                        if not col:
                            if not CELL_REF.fullmatch(ref) or column_index(letters) > MAX_COLUMN:
                                raise self._cell_error("cell_ref", sheet.title, ref[:20])
                            col = columns.setdefault(letters, column_index(letters))
                    else:
                        col += 1
                    if col > MAX_COLUMN:
                        raise self._cell_error("cell_ref", sheet.title, f"{column_letter(col)}{number + 1}")
                    if col <= MAX_COLUMNS:
                        try:
                            value = _cell_value(el, shared, epoch, date_styles)
                        except _BadCell as bad:
                            raise self._cell_error(bad.reason, sheet.title, ref or column_letter(col),
                                                   **bad.params) from None
                        if value is not None:
                            cells.append((col, value))
                    continue
                if tag != ROW:
                    continue
                ref = el.get("r")
                if ref is not None and not (ref.isascii() and ref.isdigit() and 0 < len(ref) <= 7):
                    raise self._cell_error("cell_ref", sheet.title, ref[:20])
                number = int(ref) if ref else number + 1
                if number > MAX_ROW or number < 1:
                    raise self._cell_error("cell_ref", sheet.title, str(number))
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


class _BadCell(Exception):
    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason, self.params = reason, params


def _number(text: str) -> float | int:
    """A number cell's text as Excel writes it; NaN, infinities, more than Excel's largest number, or not a
    number at all raise _BadCell (an int of 5,000 digits too: Python refuses to convert it)."""
    try:
        number: float | int = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
    except ValueError:
        raise _BadCell("bad_number", value=shown_name(text[:30])) from None
    if (isinstance(number, float) and not math.isfinite(number)) or abs(number) > MAX_EXCEL_NUMBER:
        raise _BadCell("bad_number", value=shown_name(text[:30]))
    return number


def _cell_value(el: Any, shared: list[Any], epoch: Any, date_styles: set[int]) -> Any:
    kind = el.get("t")
    text = None
    formula = False
    for child in el:
        tag = child.tag
        if tag == VALUE:
            text = child.text
        elif tag == INLINE:
            text = "".join(t.text or "" for t in child.iter(TEXT) if t.text)
            return text or None
        elif tag == FORMULA:
            formula = True
    if formula and text is None and el.find(VALUE) is None:
        raise _BadCell("formula_no_value")  # written by a program that does not calculate: the value is unknown
    if text is None or text == "":
        return None
    if kind is None or kind == "n":
        number: Any = _number(text)
        style = el.get("s")
        if style and style.isdigit() and int(style) in date_styles and 0 <= number < MAX_DATE_SERIAL:
            try:
                return from_excel(number, epoch)
            except (OverflowError, ValueError):
                return number  # a serial outside Excel's dates: the column's reader says it is not a date
        return number
    if kind == "s":
        index = int(text) if text.isascii() and text.isdigit() and len(text) < 10 else -1
        if not 0 <= index < len(shared):
            raise _BadCell("shared_string", index=shown_name(text[:12]), count=len(shared))
        return str(shared[index])
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
        reader = ExcelReader(str(path), read_only=True, keep_vba=False, data_only=True, keep_links=False)
        self.archive = reader.archive
        try:
            reader.read_manifest()
            self.shared_strings = _read_shared_strings(reader)
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
        except Exception:
            self.archive.close()
            raise
        self.wb = reader.wb
        self.sheets: list[tuple[str, str, str]] = [
            (sheet.name, sheet.state or "visible", rel.target) for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        ]


class _SharedStrings:
    """An XMLParser target collecting the shared strings' text (plain and rich runs, not the phonetic rPh
    guide), without building a tree: 4 million strings in a few seconds and flat memory, where openpyxl's
    reader builds an object per string and kept the parsed nodes."""

    __slots__ = ("in_text", "parts", "phonetic", "strings")

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.parts: list[str] = []
        self.in_text = False
        self.phonetic = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag == TEXT:
            self.in_text = not self.phonetic
        elif tag == PHONETIC:
            self.phonetic += 1

    def end(self, tag: str) -> None:
        if tag == TEXT:
            self.in_text = False
        elif tag == STRING_ITEM:
            self.strings.append("".join(self.parts).replace("x005F_", ""))  # as openpyxl reads them
            self.parts = []
        elif tag == PHONETIC:
            self.phonetic -= 1

    def data(self, text: str) -> None:
        if self.in_text:
            self.parts.append(text)

    def close(self) -> list[str]:
        return self.strings


def _read_shared_strings(reader: Any) -> list[str]:
    part = reader.package.find(SHARED_STRINGS)
    if part is None:
        return []
    target = _SharedStrings()
    parser = XMLParser(target=target)
    with reader.archive.open(part.PartName[1:]) as src:
        while chunk := src.read(1 << 20):
            parser.feed(chunk)
    parser.close()
    return target.strings
