"""Icons from resources/icons (SVG), cached; a missing file gives an empty icon, never an error."""

from __future__ import annotations

from functools import cache

import PySide6.QtSvg  # noqa: F401  (a frozen build collects the SVG plugins only for an imported QtSvg)
from PySide6.QtGui import QIcon

from ui.paths import icon_path


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()
