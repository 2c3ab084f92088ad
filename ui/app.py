"""The windows' entry point: ``run(argv)`` (from main.py when no CLI command is given).

    main.py [--lang zh_CN|en] [WORKSPACE_FOLDER]

Language: --lang, else $XUNCHA_LANG, else the saved preference, else zh_CN.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from models import migrate
from services.preferences import load_preferences, preferences_path
from ui.controller import AppController
from ui.crash import install_excepthook, log, report_exception, setup_logging
from ui.i18n import Translators, choose_language
from ui.style import apply_style


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="xuncha", add_help=True)
    parser.add_argument("--lang", help="zh_CN or en")
    parser.add_argument("workspace", nargs="?", help="a workspace folder to open at the unlock dialog")
    return parser.parse_known_args(argv)  # the rest (e.g. -platform offscreen) is Qt's


@dataclass
class Shell:
    """The running application: what ``start`` built and ``close`` takes down."""

    app: QApplication
    controller: AppController
    translators: Translators
    language: str

    def close(self) -> None:
        self.controller.shutdown()
        self.controller.window.deleteLater()  # its dialogs go with it
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.translators.remove()


def start(argv: list[str]) -> Shell:
    """Everything up to the event loop: language, translators, style, crash hook, the window."""
    args, qt_args = parse_args(list(argv))
    setup_logging()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "xuncha", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("Xuncha")
    app.setOrganizationName("xuncha")

    prefs = load_preferences()
    language = choose_language(args.lang, prefs)
    translators = Translators()
    loaded = translators.install(language)
    log.info("starting; language %s (%s); preferences %s", language, ", ".join(loaded) or "source strings",
             preferences_path())
    install_excepthook()
    apply_style(app)

    controller = AppController(prefs, report_crash=report_exception)
    controller.window.show()
    migrate.warm()  # the schema scripts read while the person types the passphrase, not after it
    if args.workspace:
        folder = Path(args.workspace).expanduser()
        QTimer.singleShot(0, lambda: controller.open_workspace(folder))
    return Shell(app, controller, translators, language)


def run(argv: list[str]) -> int:
    shell = start(argv)
    try:
        return shell.app.exec()
    finally:
        shell.close()
