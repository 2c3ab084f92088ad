"""Where the program's resources are, from a source checkout or a PyInstaller one-folder build."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo


def app_root() -> Path:
    """The folder holding ``resources/``: sys._MEIPASS when frozen, else the repository root."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def qt_translations_dir() -> Path:
    """Qt's own translations (qtbase_zh_CN.qm), shipped inside the PySide6 wheel and the frozen build."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if reported.is_dir():
        return reported
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
