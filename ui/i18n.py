"""Language of the windows: which one (flag, environment, preference), and the translators that give it.

Source strings are English (``self.tr``); Chinese is the default language and comes from
resources/translations/xuncha_zh_CN.qm, plus Qt's own qtbase_zh_CN.qm for the standard buttons.
Vocabulary labels (roles, statuses) come from models.enums' ``zh``/``en`` wording, not from Qt.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from services.preferences import DEFAULT_LANGUAGE, Preferences, normalise_language
from ui.paths import qt_translations_dir, translations_dir

LANG_ENV = "XUNCHA_LANG"


def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str:  # the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context`` and return it unchanged (translated where it is shown, with
    ``QCoreApplication.translate``). PySide6's own is typed ``(object, object) -> object``, which would make every
    table of marked strings a ``dict[str, object]``; pyside6-lupdate finds this one by its name all the same."""
    return source

_current = DEFAULT_LANGUAGE


def choose_language(flag: str | None, prefs: Preferences, environ: dict[str, str] | None = None) -> str:
    """``--lang`` first, then $XUNCHA_LANG, then the saved preference; zh_CN when none says anything valid."""
    environ = dict(os.environ) if environ is None else environ
    for candidate in (flag, environ.get(LANG_ENV), prefs.language):
        language = normalise_language(candidate)
        if language:
            return language
    return DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def label(member: Enum | str | None, vocabulary: type | None = None) -> str:
    """The wording of a vocabulary member in the current language; unknown codes are shown as they are."""
    if member is None:
        return ""
    if vocabulary is not None and not isinstance(member, vocabulary):
        try:
            member = vocabulary(member)
        except ValueError:
            return str(member)
    wording = getattr(member, "label", None)
    return wording(_current) if callable(wording) else str(member)


class Translators:
    """The QTranslators of one language, kept alive while installed (Qt does not own them)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str, folder: Path | None = None) -> list[str]:
        """Install the translators of ``language``; returns the .qm files loaded."""
        global _current
        self.remove()
        self.language = _current = language
        QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English,
                                   QLocale.Country.China if language == "zh_CN" else QLocale.Country.UnitedStates))
        # English is the source language; its .qm only adds the plural forms ("1 finding", "2 findings").
        candidates = [(folder or translations_dir(), f"xuncha_{language}")]
        if language != "en":
            candidates.append((qt_translations_dir(), f"qtbase_{language}"))
        loaded = []
        for where, name in candidates:
            translator = QTranslator()
            if translator.load(name, str(where)):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(str(where / f"{name}.qm"))
        return loaded

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
