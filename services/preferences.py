"""User preferences: a small versioned JSON file under the user's config folder. Never a secret in it.

Preferences are about the person at this computer (language, idle-lock minutes, recent workspaces);
facts about a workspace live inside its encrypted database, UI state (geometry) in QSettings.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from models.store import atomic_write

PREFERENCES_FORMAT = "xuncha-preferences"
PREFERENCES_VERSION = 1
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_IDLE_LOCK_MINUTES = 10
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 240
MAX_RECENT = 8
CONFIG_DIR_ENV = "XUNCHA_CONFIG_DIR"


@dataclass
class Preferences:
    language: str = DEFAULT_LANGUAGE
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    recent_workspaces: list[str] = field(default_factory=list)

    def remember_workspace(self, path: Path | str) -> None:
        """Put ``path`` first in the recent list (once), keeping at most MAX_RECENT entries."""
        text = str(Path(path).resolve())
        self.recent_workspaces = [text, *[p for p in self.recent_workspaces if p != text]][:MAX_RECENT]

    def forget_workspace(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_workspaces = [p for p in self.recent_workspaces if p != text]


def preferences_path() -> Path:
    """Where the file lives: $XUNCHA_CONFIG_DIR (tests, portable use) or the platform's user config folder."""
    override = os.environ.get(CONFIG_DIR_ENV)
    folder = Path(override) if override else user_config_path("xuncha", appauthor=False)
    return folder / "preferences.json"


def normalise_language(value: object) -> str | None:
    """``zh_CN`` or ``en`` for the spellings people type (zh, zh-CN, en_US...); None when unknown."""
    if not isinstance(value, str):
        return None
    text = value.strip().replace("-", "_").lower()
    if text.startswith("zh"):
        return "zh_CN"
    if text.startswith("en"):
        return "en"
    return None


def _from_document(raw: Any) -> Preferences:
    prefs = Preferences()
    if not isinstance(raw, dict) or raw.get("format") != PREFERENCES_FORMAT:
        return prefs
    # Version 1 is the only one so far; a newer file is read for the keys this version knows.
    prefs.language = normalise_language(raw.get("language")) or DEFAULT_LANGUAGE
    minutes = raw.get("idle_lock_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        prefs.idle_lock_minutes = max(MIN_IDLE_LOCK_MINUTES, min(MAX_IDLE_LOCK_MINUTES, minutes))
    recent = raw.get("recent_workspaces")
    if isinstance(recent, list):
        prefs.recent_workspaces = [p for p in recent if isinstance(p, str)][:MAX_RECENT]
    return prefs


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults when the file is missing or unreadable (never an error)."""
    path = path or preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    return _from_document(raw)


def _document_on_disk(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) and raw.get("format") == PREFERENCES_FORMAT else {}


def _write(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as handle:
        handle.write(json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))


def save_preferences(prefs: Preferences, path: Path | None = None) -> Path:
    """Write the file atomically; returns where it went. Keys kept by others (list columns) stay as they are."""
    path = path or preferences_path()
    document = _document_on_disk(path)
    document.update({
        "format": PREFERENCES_FORMAT, "version": PREFERENCES_VERSION, "language": prefs.language,
        "idle_lock_minutes": prefs.idle_lock_minutes, "recent_workspaces": prefs.recent_workspaces,
    })
    _write(document, path)
    return path


# ---- the columns a person chose for a list (saved at once, read when the list is built) ----

LIST_COLUMNS_KEY = "list_columns"


def load_list_columns(name: str, path: Path | None = None) -> list[str] | None:
    """The column keys chosen for list ``name`` (e.g. "findings"), in order; None when never chosen."""
    chosen = _document_on_disk(path or preferences_path()).get(LIST_COLUMNS_KEY)
    keys = chosen.get(name) if isinstance(chosen, dict) else None
    return [key for key in keys if isinstance(key, str)] if isinstance(keys, list) else None


def save_list_columns(name: str, keys: list[str], path: Path | None = None) -> Path:
    """Remember the columns shown in list ``name``; the rest of the file is kept."""
    path = path or preferences_path()
    document = _document_on_disk(path) or {"format": PREFERENCES_FORMAT, "version": PREFERENCES_VERSION}
    chosen = document.get(LIST_COLUMNS_KEY)
    chosen = dict(chosen) if isinstance(chosen, dict) else {}
    chosen[name] = list(keys)
    document[LIST_COLUMNS_KEY] = chosen
    _write(document, path)
    return path


# ---- the folder the last Excel file was saved to (proposed for the next; issue 15) ----

EXPORT_FOLDER_KEY = "last_export_folder"


def load_export_folder(path: Path | None = None) -> Path | None:
    """The folder of the last export or template, if it still exists."""
    value = _document_on_disk(path or preferences_path()).get(EXPORT_FOLDER_KEY)
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else None


def save_export_folder(folder: Path, path: Path | None = None) -> Path:
    path = path or preferences_path()
    document = _document_on_disk(path) or {"format": PREFERENCES_FORMAT, "version": PREFERENCES_VERSION}
    document[EXPORT_FOLDER_KEY] = str(folder)
    _write(document, path)
    return path
