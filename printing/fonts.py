"""The report font: Noto Sans CJK SC (SIL OFL 1.1) shipped in resources/fonts, so a PDF looks the same on every
machine; and the Qt application the command line needs to paint at all (offscreen, no display)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

REPORT_FAMILY = "Noto Sans CJK SC"
# Glyphs the shipped subset lacks (a rare character in a name) come from the first of these the machine has.
FALLBACK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                     "WenQuanYi Zen Hei", "SimSun")
FONT_SUFFIXES = {".ttf", ".otf", ".ttc"}
_lock = threading.Lock()
_registered: list[str] = []
_app: QGuiApplication | None = None


def resources_dir() -> Path:
    """resources/ of a source checkout, or of the PyInstaller one-folder build (sys._MEIPASS)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_files() -> list[Path]:
    folder = resources_dir() / "fonts"
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES) if folder.is_dir() else []


def register_fonts() -> list[str]:
    """Register the shipped fonts with Qt once per process; the families they bring."""
    ensure_gui_application()  # the font database needs one (without it Qt crashes)
    with _lock:
        if not _registered:
            for path in font_files():
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
            if not _registered:
                _registered.append("")  # nothing shipped: the machine's fonts, registered once all the same
        return [family for family in _registered if family]


def report_font(point_size: float, *, bold: bool = False) -> QFont:
    register_fonts()
    font = QFont()
    font.setFamilies(list(dict.fromkeys([REPORT_FAMILY, *FALLBACK_FAMILIES])))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def ensure_gui_application() -> None:
    """Painting text needs a QGuiApplication. The window has one; the command line gets one on the offscreen
    platform (no display needed), unless QT_QPA_PLATFORM says otherwise."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "xuncha"])
