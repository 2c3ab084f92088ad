"""How an evidence file is described in lists and headers: its kind, page count and size, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from services.evidence import EvidenceItem
from services.evidence_files import file_kind
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Evidence"

KINDS = {
    "image": QT_TRANSLATE_NOOP("Evidence", "Image"),
    "pdf": QT_TRANSLATE_NOOP("Evidence", "PDF"),
    "word": QT_TRANSLATE_NOOP("Evidence", "Word document"),
    "excel": QT_TRANSLATE_NOOP("Evidence", "Spreadsheet"),
    "powerpoint": QT_TRANSLATE_NOOP("Evidence", "Presentation"),
    "text": QT_TRANSLATE_NOOP("Evidence", "Text"),
    "audio": QT_TRANSLATE_NOOP("Evidence", "Audio"),
    "video": QT_TRANSLATE_NOOP("Evidence", "Video"),
    "archive": QT_TRANSLATE_NOOP("Evidence", "Archive"),
    "other": QT_TRANSLATE_NOOP("Evidence", "Other file"),
}

EVIDENCE_STAGES = {
    "evidence_read": QT_TRANSLATE_NOOP("Tasks", "Reading the file…"),
    "evidence_store": QT_TRANSLATE_NOOP("Tasks", "Encrypting and storing the file…"),
    "evidence_save": QT_TRANSLATE_NOOP("Tasks", "Writing the copy…"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def kind_text(item: EvidenceItem) -> str:
    return _tr(KINDS[file_kind(item.mime, item.file_name)])


def describe_file(item: EvidenceItem) -> str:
    """``PDF · 3 pages · 1.2 MB``."""
    parts = [kind_text(item)]
    pages = item.pages
    if pages:
        # a literal context and a plain name for the count: pyside6-lupdate skips this call when either is an
        # expression (CONTEXT, item.pages), and the string then stayed English in a Chinese window
        parts.append(QCoreApplication.translate("Evidence", "%n page(s)", "", pages))
    parts.append(size_text(item.size))
    return "  ·  ".join(parts)
