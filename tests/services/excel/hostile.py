"""Hostile workbooks and CSV files, each built by code (no binary blobs): the table of issue 15.

``CASES`` lists (name, what it is, how it is built, what the importer must answer). An answer is an
ExcelFileError code (the whole file refused), ``import_rejected`` (the file reads, a row is refused with
its row and column) or ``ok`` (legal but heavy: read within bounds). Every refused case ends with exit code 4
and nothing written; tests/services/excel/
test_hostile_workbooks.py runs the table, benchmarks/hostile_files.py measures each case's time and peak memory.

MARKER is the content of a file an external entity points at: it must never appear in any output.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.services.excel import corpus

SHEET = "xl/worksheets/sheet1.xml"
MARKER = "SECRET-MARKER-7f3a9c"
MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[Path], Path]
    expect: str  # an ExcelFileError code, "import_rejected" (a row refused) or "ok" (legal, read within bounds)


# ---- building blocks ----


def base(folder: Path, name: str = "base.xlsx", rows: int = 3) -> Path:
    """A small, valid findings ledger (inline strings, a date-styled column Q)."""
    folder.mkdir(parents=True, exist_ok=True)
    return corpus.simple_findings(folder / name, rows)


def shared_strings_book(folder: Path) -> Path:
    """The small ledger with a shared-strings table, as Excel saves it (openpyxl writes inline strings)."""
    path = base(folder, "shared.xlsx")
    parts = parts_of(path)
    strings: list[str] = []

    def to_shared(match: re.Match[str]) -> str:
        strings.append(match.group(2))
        return f'<c r="{match.group(1)}" t="s"><v>{len(strings) - 1}</v></c>'

    parts[SHEET] = re.sub(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>([^<]*)</t></is></c>', to_shared,
                          parts[SHEET].decode("utf-8")).encode("utf-8")
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        f' count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>').encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    return write_parts(path, parts)


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as src:
        return {info.filename: src.read(info) for info in src.infolist()}


def write_parts(path: Path, parts: list[tuple[str, bytes]] | dict[str, bytes],
                compression: int = zipfile.ZIP_DEFLATED) -> Path:
    items = parts.items() if isinstance(parts, dict) else parts
    with zipfile.ZipFile(path, "w", compression) as out:
        for name, data in items:
            out.writestr(zipfile.ZipInfo(name, date_time=(2026, 3, 5, 0, 0, 0)), data, compress_type=compression)
    return path


def edit_part(path: Path, name: str, edit: Callable[[str], str]) -> Path:
    parts = parts_of(path)
    parts[name] = edit(parts[name].decode("utf-8")).encode("utf-8")
    return write_parts(path, parts)


def with_doctype(xml: str, doctype: str) -> str:
    """Put a DOCTYPE between the XML declaration (if any) and the root element."""
    if xml.startswith("<?xml"):
        end = xml.index("?>") + 2
        return xml[:end] + doctype + xml[end:]
    return '<?xml version="1.0" encoding="UTF-8"?>' + doctype + xml


# ---- XML attacks ----


def billion_laughs(folder: Path) -> Path:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    doctype = f"<!DOCTYPE worksheet [{entities}]>"

    def edit(xml: str) -> str:
        xml = with_doctype(xml, doctype)
        return xml.replace("<t>问题1：专项资金审核不严</t>", "<t>&lol9;</t>", 1)
    return edit_part(base(folder, "laughs.xlsx"), SHEET, edit)


def external_entity(folder: Path) -> Path:
    """sharedStrings.xml pulls a local file into a cell value (XXE)."""
    secret = folder / "secret.txt"
    folder.mkdir(parents=True, exist_ok=True)
    secret.write_text(MARKER, encoding="utf-8")
    path = shared_strings_book(folder)
    path = path.rename(folder / "xxe.xlsx")
    doctype = f'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file://{secret.as_posix()}">]>'

    def edit(xml: str) -> str:
        return re.sub(r"<t>问题1：[^<]*</t>", "<t>&xxe;</t>", with_doctype(xml, doctype), count=1)
    return edit_part(path, "xl/sharedStrings.xml", edit)


def doctype_in_content_types(folder: Path) -> Path:
    return edit_part(base(folder, "ct.xlsx"), "[Content_Types].xml",
                     lambda xml: with_doctype(xml, '<!DOCTYPE Types [<!ENTITY a "b">]>'))


def doctype_utf16(folder: Path) -> Path:
    """The sheet in UTF-16 (legal XML) with a DOCTYPE: a byte scan for "<!DOCTYPE" alone would miss it."""
    path = base(folder, "utf16.xlsx")
    parts = parts_of(path)
    xml = with_doctype(parts[SHEET].decode("utf-8"), '<!DOCTYPE worksheet [<!ENTITY a "b">]>')
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    parts[SHEET] = xml.encode("utf-16")
    return write_parts(path, parts)


def ebcdic_declared(folder: Path) -> Path:
    """An XML declaration naming an EBCDIC code page, whose bytes hide the DOCTYPE from an ASCII scan."""
    path = base(folder, "ebcdic.xlsx")
    parts = parts_of(path)
    body = '<!DOCTYPE worksheet [<!ENTITY a "b">]>' + parts[SHEET].decode("utf-8").split("?>", 1)[-1]
    parts[SHEET] = b'<?xml version="1.0" encoding="cp500"?>' + body.encode("cp500", "replace")
    return write_parts(path, parts)


# ---- zip attacks ----


def zip_bomb_entry(folder: Path) -> Path:
    """A worksheet that inflates to 300 MB of blanks (a few hundred KB compressed)."""
    path = base(folder, "bomb.xlsx")
    parts = parts_of(path)
    sheet = parts.pop(SHEET)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in parts.items():
            out.writestr(name, data)
        with out.open(zipfile.ZipInfo(SHEET, date_time=(2026, 3, 5, 0, 0, 0)), "w", force_zip64=True) as dst:
            head, tail = sheet.split(b"<sheetData>", 1)
            dst.write(head + b"<sheetData>")
            blank = b" " * MB
            for _ in range(300):
                dst.write(blank)
            dst.write(tail)
    return path


def zip_bomb_total(folder: Path) -> Path:
    """Ten 60 MB parts: each under the per-part bound, together over the bound for the whole file."""
    path = base(folder, "bomb_total.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        blank = b" " * MB
        for n in range(10):
            with out.open(f"xl/filler{n}.xml", "w") as dst:
                dst.write(b"<a>")
                for _ in range(60):
                    dst.write(blank)
                dst.write(b"</a>")
    return path


def lying_size(folder: Path) -> Path:
    """The sheet's declared size is 1 KB, its data inflates to more: the reader must stop at the declared size."""
    path = base(folder, "lying.xlsx")
    data = bytearray(path.read_bytes())
    name = SHEET.encode()
    # the central directory entry: signature, ..., uncompressed size at offset 24, name at 46
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, 1024)
            local = struct.unpack_from("<I", data, at + 42)[0]
            struct.pack_into("<I", data, local + 22, 1024)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def dotdot_name(folder: Path) -> Path:
    path = base(folder, "dotdot.xlsx")
    with zipfile.ZipFile(path, "a") as out:
        out.writestr("xl/../../../../tmp/evil.xml", b"<a/>")
    return path


def absolute_name(folder: Path) -> Path:
    path = base(folder, "absolute.xlsx")
    parts = [*list(parts_of(path).items()), ("/etc/evil.xml", b"<a/>")]
    return write_parts(path, parts)


def duplicate_entry(folder: Path) -> Path:
    """The sheet twice: a checker reads one copy, a parser the other."""
    path = base(folder, "duplicate.xlsx")
    parts = list(parts_of(path).items())
    parts.append((SHEET, b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns "Duplicate name"
        return write_parts(path, parts)


def duplicate_by_case(folder: Path) -> Path:
    path = base(folder, "duplicate_case.xlsx")
    parts = list(parts_of(path).items())
    parts.append((SHEET.upper(), b"<a/>"))
    return write_parts(path, parts)


def truncated(folder: Path) -> Path:
    path = base(folder, "truncated.xlsx", rows=50)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_inside_part(folder: Path) -> Path:
    """The central directory intact, the sheet's compressed bytes overwritten half way: a CRC or inflate error."""
    path = base(folder, "cut_part.xlsx", rows=200)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as src:
        info = src.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle:middle + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    return path


def no_workbook(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_parts(folder / "photos.xlsx", {"IMG_0001.txt": b"not a workbook", "notes/readme.xml": b"<a/>"})


def bzip2_part(folder: Path) -> Path:
    path = base(folder, "bzip2.xlsx")
    return write_parts(path, parts_of(path), compression=zipfile.ZIP_BZIP2)


def too_many_parts(folder: Path) -> Path:
    path = base(folder, "parts.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as out:
        for n in range(10_001):
            out.writestr(f"xl/media/p{n}.bin", b"")
    return path


# ---- cell attacks ----


def shared_string_out_of_range(folder: Path) -> Path:
    path = shared_strings_book(folder).rename(folder / "sst_range.xlsx")
    return edit_part(path, SHEET, lambda xml: re.sub(r'(<c r="H2"[^>]*t="s"[^>]*><v>)\d+(</v>)', r"\g<1>999999\2",
                                                     xml, count=1))


def shared_strings_heavy(folder: Path) -> Path:
    """A shared-strings table just under the per-part bound: four million tiny strings (60 MB of XML), legal."""
    path = shared_strings_book(folder).rename(folder / "sst_heavy.xlsx")

    def edit(xml: str) -> str:
        return xml.replace("</sst>", "<si><t>a</t></si>" * 3_900_000 + "</sst>", 1)
    return edit_part(path, "xl/sharedStrings.xml", edit)


def row_beyond_limit(folder: Path) -> Path:
    return edit_part(base(folder, "row_limit.xlsx"), SHEET, lambda xml: xml.replace(
        "</sheetData>", '<row r="1048577"><c r="A1048577" t="n"><v>1</v></c></row></sheetData>', 1))


def column_beyond_limit(folder: Path) -> Path:
    return edit_part(base(folder, "col_limit.xlsx"), SHEET, lambda xml: xml.replace(
        '<c r="S2"', '<c r="XFE2" t="n"><v>1</v></c><c r="S2"', 1))


def at_the_limits(folder: Path) -> Path:
    """A cell at XFD1048576 (the last cell Excel has), a merge over the whole sheet and a declared dimension
    to match: all legal, read in bounded time and memory (the far cell lies past the blank run that ends the
    sheet)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = corpus.simple_findings(folder / "at_limits.xlsx", 3)

    def edit(xml: str) -> str:
        xml = xml.replace("</sheetData>",
                          '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
                          '<mergeCells count="1"><mergeCell ref="T5:XFD1048575"/></mergeCells>', 1)
        return xml.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>', 1)
    return edit_part(path, SHEET, edit)


def number_cell(text: str, name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        return edit_part(base(folder, name), SHEET, lambda xml: re.sub(
            r'<c r="A2" t="n"><v>\d+</v></c>', f'<c r="A2" t="n"><v>{text}</v></c>', xml, count=1))
    return make


def date_serial(serial: str, name: str) -> Callable[[Path], Path]:
    """A date-styled cell (column Q, 发生时间) holding a serial outside Excel's dates (1900-01-01..9999-12-31)."""
    def make(folder: Path) -> Path:
        def edit(xml: str) -> str:
            edited = re.sub(r'(<c r="Q2"[^>]*s="1"[^>]*><v>)[^<]+(</v>)', rf"\g<1>{serial}\2", xml, count=1)
            assert edited != xml, "no date-styled Q2 in the base ledger"
            return edited
        return edit_part(base(folder, name), SHEET, edit)
    return make


def formula_without_value(folder: Path) -> Path:
    return edit_part(base(folder, "formula.xlsx"), SHEET, lambda xml: re.sub(
        r'<c r="A2" t="n"><v>\d+</v></c>', '<c r="A2"><f>ROW()-1</f></c>', xml, count=1))


def stray_elements(folder: Path) -> Path:
    """200,000 unknown elements inside one row (a tree that grows without a bound if kept)."""
    return edit_part(base(folder, "stray.xlsx"), SHEET, lambda xml: xml.replace(
        '<row r="2">', '<row r="2">' + "<x/>" * 200_000, 1))


def stray_between_rows(folder: Path) -> Path:
    """Two million empty elements between the rows: legal to skip, must not pile up in memory."""
    return edit_part(base(folder, "stray_rows.xlsx"), SHEET, lambda xml: xml.replace(
        '<row r="3">', "<x/>" * 2_000_000 + '<row r="3">', 1))


def too_many_merges(folder: Path) -> Path:
    merges = "".join(f'<mergeCell ref="T{r}:U{r}"/>' for r in range(10, 110_011))
    return edit_part(base(folder, "merges.xlsx"), SHEET, lambda xml: xml.replace(
        "</sheetData>", f'</sheetData><mergeCells count="110001">{merges}</mergeCells>', 1))


# ---- CSV ----


def csv_long_line(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long.csv"
    path.write_text(",".join(corpus.FINDING_HEADERS[:9]) + "\n1,第13届,2026年,第3轮,第2组,市财政局,,"
                    + "长" * (2 * MB) + ",描述\n", encoding="utf-8")
    return path


def csv_open_quote(folder: Path) -> Path:
    """A quote never closed: the field runs to the end of the file, past csv's field limit."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "quote.csv"
    body = "\n".join("一行内容" * 10 for _ in range(20_000))
    path.write_text(",".join(corpus.FINDING_HEADERS[:9]) + '\n1,第13届,2026年,第3轮,第2组,市财政局,,"' + body,
                    encoding="utf-8")
    return path


def csv_too_large(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "large.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(",".join(corpus.FINDING_HEADERS[:9]) + "\n")
        line = "1,第13届,2026年,第3轮,第2组,市财政局,,问题,描述\n"
        out.write(line * (70 * MB // len(line.encode()) + 1))
    return path


CASES: tuple[Case, ...] = (
    Case("billion_laughs", "实体递归展开（billion laughs）", billion_laughs, "excel_unsafe_xml"),
    Case("external_entity", "外部实体读取本机文件（XXE）", external_entity, "excel_unsafe_xml"),
    Case("doctype_content_types", "[Content_Types].xml 中的 DOCTYPE", doctype_in_content_types, "excel_unsafe_xml"),
    Case("doctype_utf16", "UTF-16 编码的工作表中的 DOCTYPE", doctype_utf16, "excel_unsafe_xml"),
    Case("ebcdic_declared", "声明为 EBCDIC 编码的工作表", ebcdic_declared, "excel_unsafe_xml"),
    Case("zip_bomb_entry", "单个条目解压为 300 MB（压缩炸弹）", zip_bomb_entry, "excel_too_large"),
    Case("zip_bomb_total", "十个 60 MB 条目，合计超限", zip_bomb_total, "excel_too_large"),
    Case("lying_size", "条目声明的大小小于实际", lying_size, "excel_damaged"),
    Case("dotdot_name", "条目名含“..”", dotdot_name, "excel_bad_entry_name"),
    Case("absolute_name", "条目名为绝对路径", absolute_name, "excel_bad_entry_name"),
    Case("duplicate_entry", "同名条目两次", duplicate_entry, "excel_duplicate_entry"),
    Case("duplicate_by_case", "仅大小写不同的同名条目", duplicate_by_case, "excel_duplicate_entry"),
    Case("truncated", "截断一半的 zip", truncated, "excel_damaged"),
    Case("truncated_inside_part", "条目内部数据损坏", truncated_inside_part, "excel_damaged"),
    Case("no_workbook", "没有工作簿的 zip", no_workbook, "excel_no_workbook"),
    Case("bzip2_part", "bzip2 压缩的条目", bzip2_part, "excel_unsupported_compression"),
    Case("too_many_parts", "一万个以上的条目", too_many_parts, "excel_too_many_parts"),
    Case("shared_string_out_of_range", "共享文本索引越界", shared_string_out_of_range, "excel_shared_string"),
    Case("shared_strings_heavy", "390 万条共享文本（60 MB，合法）", shared_strings_heavy, "ok"),
    Case("row_beyond_limit", "第 1048577 行", row_beyond_limit, "excel_cell_ref"),
    Case("column_beyond_limit", "第 XFE 列", column_beyond_limit, "excel_cell_ref"),
    Case("at_the_limits", "XFD1048576 单元格与整表合并（合法，照常读取）", at_the_limits, "ok"),
    Case("nan_number", "数值单元格为 NaN", number_cell("NaN", "nan.xlsx"), "excel_bad_number"),
    Case("inf_number", "数值单元格为 1e309（无穷大）", number_cell("1e309", "inf.xlsx"), "excel_bad_number"),
    Case("huge_number", "数值单元格为 1e308（超出 Excel 上限）", number_cell("1e308", "e308.xlsx"), "excel_bad_number"),
    Case("long_integer", "5000 位的整数", number_cell("9" * 5000, "digits.xlsx"), "excel_bad_number"),
    Case("date_serial_high", "日期序号 99999999（超出 9999 年）", date_serial("99999999", "date_high.xlsx"),
         "import_rejected"),
    Case("date_serial_negative", "日期序号 -5", date_serial("-5", "date_neg.xlsx"), "import_rejected"),
    Case("formula_without_value", "没有计算结果的公式", formula_without_value, "excel_formula_no_value"),
    Case("stray_elements_in_row", "一行内 20 万个无关元素", stray_elements, "excel_too_complex"),
    Case("stray_between_rows", "行之间 200 万个空元素（合法，须不占内存）", stray_between_rows, "ok"),
    Case("too_many_merges", "11 万处合并单元格", too_many_merges, "excel_too_many_merges"),
    Case("csv_long_line", "CSV 单行 2M 字符", csv_long_line, "excel_csv_malformed"),
    Case("csv_open_quote", "CSV 引号不闭合", csv_open_quote, "excel_csv_malformed"),
    Case("csv_too_large", "70 MB 的 CSV", csv_too_large, "excel_too_large"),
)


def case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)
