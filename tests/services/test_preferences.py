"""User preferences: versioned JSON under the config folder, tolerant of damage, never a secret."""

from __future__ import annotations

import json
from pathlib import Path

from services.preferences import (
    MAX_RECENT,
    Preferences,
    load_preferences,
    normalise_language,
    preferences_path,
    save_preferences,
)


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    prefs = load_preferences(tmp_path / "none.json")
    assert (prefs.language, prefs.idle_lock_minutes, prefs.recent_workspaces) == ("zh_CN", 10, [])


def test_round_trip_with_format_and_version(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "preferences.json"
    prefs = Preferences(language="en", idle_lock_minutes=5)
    prefs.remember_workspace(tmp_path / "工作区")
    save_preferences(prefs, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "xuncha-preferences" and document["version"] == 1
    assert load_preferences(path) == prefs


def test_damaged_or_foreign_files_give_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(path) == Preferences()
    path.write_text(json.dumps({"language": "en"}), encoding="utf-8")  # no format marker: not ours
    assert load_preferences(path) == Preferences()
    path.write_text(json.dumps({"format": "xuncha-preferences", "version": 1, "language": "fr",
                                "idle_lock_minutes": 100000, "recent_workspaces": ["/a", 3]}), encoding="utf-8")
    prefs = load_preferences(path)
    assert (prefs.language, prefs.idle_lock_minutes, prefs.recent_workspaces) == ("zh_CN", 240, ["/a"])


def test_recent_workspaces_are_unique_newest_first_and_bounded(tmp_path: Path) -> None:
    prefs = Preferences()
    for number in range(MAX_RECENT + 3):
        prefs.remember_workspace(tmp_path / f"ws{number}")
    prefs.remember_workspace(tmp_path / "ws4")
    assert len(prefs.recent_workspaces) == MAX_RECENT
    assert prefs.recent_workspaces[0] == str((tmp_path / "ws4").resolve())
    assert len(set(prefs.recent_workspaces)) == MAX_RECENT
    prefs.forget_workspace(tmp_path / "ws4")
    assert str((tmp_path / "ws4").resolve()) not in prefs.recent_workspaces


def test_the_config_folder_can_be_moved_by_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(tmp_path))
    assert preferences_path() == tmp_path / "preferences.json"


def test_language_spellings() -> None:
    assert [normalise_language(v) for v in ("zh", "zh-CN", "ZH_cn", "en", "en_US", "fr", None)] == [
        "zh_CN", "zh_CN", "zh_CN", "en", "en", None, None]
