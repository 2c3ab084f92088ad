"""A workbook package is checked before any XML parser sees a byte of it (issue 15: hostile files).

An .xlsx file is a zip of XML parts. Before openpyxl or the row reader parses anything, this module opens the
zip itself and refuses, with a reason code of ExcelFileError:

- a file that is not a complete zip (``damaged``: truncated, cut short by a copy), a zip without a workbook
  (``no_workbook``);
- entry names with ``..``, an absolute path, a drive letter, a backslash or a control character
  (``bad_entry_name``), the same name twice, also when they differ only in case (``duplicate_entry``);
- compression Excel never uses (``unsupported_compression``: bzip2 and lzma decompress without a bound);
- too many entries, or more uncompressed bytes than a real ledger holds, per part and in all (``too_large``):
  Python's zipfile never returns more bytes than an entry declares, so bounding the declared sizes bounds
  what is read, whatever the compressed data would expand to;
- any XML part whose prolog has a document type declaration, or declares an encoding other than UTF-8 or
  UTF-16 (``unsafe_xml``): entities can only be declared
  in a DOCTYPE, so without one there is no billion laughs and no external entity, and no file of this
  computer can ever be pulled into a value. Excel and WPS never write a DOCTYPE.

The part names that reach a message are cleaned (no control characters, at most 80 characters).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from services.errors import DomainError

MB = 1024 * 1024
MAX_ENTRIES = 10_000
MAX_SHEET_BYTES = 256 * MB  # a worksheet streams row by row
MAX_PART_BYTES = 64 * MB  # other parts (shared strings, styles, workbook) are read whole by openpyxl
MAX_TOTAL_BYTES = 512 * MB  # every XML part together
MAX_PROLOG_BYTES = 1 * MB  # comments and processing instructions before the root element
XML_SUFFIXES = (".xml", ".rels", ".vml")
ALLOWED_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
WORKBOOK_PART = re.compile(r"(^|/)workbook\d*\.xml$", re.IGNORECASE)
DRIVE = re.compile(r"^[A-Za-z]:")
NAME_START = re.compile(rb"[A-Za-z_:\x80-\xff]")
ENCODING = re.compile(rb"encoding\s*=\s*[\"']([^\"']*)[\"']")
SAFE_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii"})


class ExcelFileError(DomainError):
    """The file cannot be read as a ledger; ``reason``: xls, not_xlsx, encrypted, csv_encoding, unreadable,
    empty, no_header, unknown_kind, wrong_kind, and the hostile-file reasons of this module."""

    code = "excel_file"
    exit_code = 4

    def __init__(self, message: str = "", **params: Any) -> None:
        super().__init__(message, **params)
        self.code = f"excel_{params.get('reason', 'file')}"


def shown_name(name: str) -> str:
    """A part name as a message may show it: control characters dropped, at most 80 characters."""
    clean = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    return clean if len(clean) <= 80 else clean[:77] + "…"


def _refuse(path: Path, reason: str, **params: Any) -> ExcelFileError:
    return ExcelFileError(f"hostile or damaged workbook: {reason}", reason=reason, path=str(path), **params)


def check_workbook_package(path: Path) -> None:
    """Refuse a workbook package that is damaged, hostile or too large before anything parses it."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_entries(path, infos)
            for info in infos:
                if info.filename.lower().endswith(XML_SUFFIXES):
                    _check_prolog(path, archive, info)
    except ExcelFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        raise _refuse(path, "damaged", detail=type(exc).__name__) from None
    except Exception as exc:  # zlib.error, struct.error: a damaged deflate stream or header
        raise _refuse(path, "damaged", detail=type(exc).__name__) from None


def _check_entries(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _refuse(path, "too_many_parts", count=len(infos), limit=MAX_ENTRIES)
    seen: set[str] = set()
    total = 0
    workbook = False
    for info in infos:
        name = info.filename
        shown = shown_name(name)
        if _bad_name(name):
            raise _refuse(path, "bad_entry_name", part=shown)
        folded = name.casefold()
        if folded in seen:
            raise _refuse(path, "duplicate_entry", part=shown)
        seen.add(folded)
        if not name.lower().endswith(XML_SUFFIXES):
            continue  # media and binary parts are never decompressed
        if info.compress_type not in ALLOWED_COMPRESSION:
            raise _refuse(path, "unsupported_compression", part=shown)
        limit = MAX_SHEET_BYTES if "/worksheets/" in name.lower() else MAX_PART_BYTES
        if info.file_size > limit:
            raise _refuse(path, "too_large", part=shown, limit_mb=limit // MB)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(path, "too_large", part=shown, limit_mb=MAX_TOTAL_BYTES // MB)
        workbook = workbook or bool(WORKBOOK_PART.search(name))
    if not workbook:
        raise _refuse(path, "no_workbook")


def _bad_name(name: str) -> bool:
    if not name or "\\" in name or name.startswith("/") or DRIVE.match(name):
        return True
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return True
    return any(part in ("..", ".") for part in PurePosixPath(name).parts) or "/../" in f"/{name}/"


def _check_prolog(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Read the part up to its root element; a DOCTYPE (or an ENTITY anywhere before the root) refuses it."""
    buffer = b""
    decoder: Any = None
    with archive.open(info) as src:
        while True:
            chunk = src.read(64 * 1024)
            if decoder is None and (buffer + chunk)[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                decoder = codecs.getincrementaldecoder("utf-16")()
            if decoder is not None:
                chunk = decoder.decode(chunk, final=not chunk).encode("utf-8", "replace")
            buffer += chunk
            verdict = _prolog_verdict(buffer, final=not chunk)
            if verdict == "doctype":
                raise _refuse(path, "unsafe_xml", part=shown_name(info.filename))
            if verdict == "root" or not chunk:
                return
            if len(buffer) > MAX_PROLOG_BYTES:
                raise _refuse(path, "unsafe_xml", part=shown_name(info.filename))


def _known_encoding(declaration: bytes) -> bool:
    found = ENCODING.search(declaration)
    return found is None or found.group(1).decode("ascii", "replace").lower() in SAFE_ENCODINGS


def _prolog_verdict(data: bytes, *, final: bool) -> str:
    """"root" once the root element starts, "doctype" for a DTD, "more" while the prolog goes on."""
    i = 3 if data.startswith(codecs.BOM_UTF8) else 0
    end = len(data)
    while i < end:
        ch = data[i:i + 1]
        if ch in b" \t\r\n\x00":
            i += 1
            continue
        if ch != b"<":
            return "root"  # not XML at all: the parser will say so, and has nothing to expand
        if data.startswith(b"<?", i):
            close = data.find(b"?>", i + 2)
            if close < 0:
                return "root" if final else "more"
            if data.startswith(b"<?xml", i) and not _known_encoding(data[i:close]):
                return "doctype"  # an encoding whose bytes this scan cannot read could hide one
            i = close + 2
            continue
        if data.startswith(b"<!--", i):
            close = data.find(b"-->", i + 4)
            if close < 0:
                return "root" if final else "more"
            i = close + 3
            continue
        if data.startswith(b"<!", i):
            return "doctype"  # <!DOCTYPE, <!ENTITY or anything of the kind
        if i + 1 < end and NAME_START.match(data[i + 1:i + 2]):
            return "root"
        return "root" if final or i + 1 < end else "more"
    return "root" if final else "more"
