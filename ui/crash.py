"""Bugs are not DomainErrors: they go to the log file and a crash dialog, never swallowed.

The log holds tracebacks only; the program never logs field values, so no clue content lands here
(docs/security.md §2.4: C3 never in logs or crash reports).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from services.errors import DomainError

LOG_DIR_ENV = "XUNCHA_LOG_DIR"
log = logging.getLogger("xuncha")
_showing = False


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else user_log_path("xuncha", appauthor=False)


def log_file() -> Path:
    return log_dir() / "xuncha.log"


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (and to stderr for warnings)."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if getattr(h, "xuncha_log", False)]:
        log.removeHandler(old)
        old.close()
    handler.xuncha_log = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def report_exception(exc: BaseException) -> None:
    """Log ``exc`` with its traceback and show the crash dialog (one at a time)."""
    _report(type(exc), exc, exc.__traceback__)


def _report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if QApplication.instance() is None or _showing:
        sys.stderr.write(details)
        return
    _showing = True
    try:
        title = QCoreApplication.translate("Crash", "Unexpected error")
        text = QCoreApplication.translate(
            "Crash", "Something went wrong inside the program. Your saved data is not affected; unsaved input in "
            "the open dialog may be lost.\n\nThe details were written to:\n%1").replace("%1", str(log_file()))
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the log and the crash dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, DomainError) and QApplication.instance() is not None:
            from ui.messages import show_error

            log.warning("unhandled %s: %s", exc.code, exc.message)
            show_error(QApplication.activeWindow(), exc)
            return
        _report(exc_type, exc, tb)

    sys.excepthook = hook
