"""The look: a CJK font first, calm colours, and the few named widgets the style sheet dresses."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.paths import resources_dir

CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")

STYLE_SHEET = """
QLabel#appTitle { font-size: 22pt; font-weight: bold; color: #7a1f1a; }
QLabel#appSubtitle { font-size: 11pt; color: #444; }
QLabel#areaTitle { font-size: 16pt; font-weight: bold; color: #222; }
QLabel#areaInfo { color: #666; }
QLabel#sectionTitle { font-size: 11pt; font-weight: bold; color: #333; margin-top: 6px; }
QLabel#dialogHeading { font-size: 14pt; font-weight: bold; color: #222; }
QLabel#pathLabel { color: #555; }
QLabel#emptyState { color: #666; font-size: 11pt; padding: 24px; }
QLabel#errorLabel { color: #b3261e; font-weight: bold; }
QLabel#reasonLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; padding: 6px; }
QLabel#hintBox { background: #eef5ff; border: 1px solid #9cc0f0; border-radius: 4px; padding: 8px; color: #1d3b66; }
QLabel#ruleLabel { color: #666; }
QLabel#ruleLabel[state="ok"] { color: #2e7d32; }
QLabel#ruleLabel[state="bad"] { color: #b3261e; }
QLabel#demoBanner { background: #f9d65c; color: #4a3b00; font-weight: bold; padding: 6px; }
QLabel#clueMarking { background: #fde8e7; color: #7a1f1a; border: 1px solid #e6a5a1; border-radius: 4px;
                     padding: 6px; }
QLabel#summarySentence { font-size: 13pt; font-weight: bold; color: #7a1f1a; padding: 4px 0; }
QLabel#statusCount { font-weight: bold; }
QFrame#figureCard { background: #ffffff; border: 1px solid #d9d9d9; border-radius: 6px; }
QLabel#figureValue { font-size: 18pt; font-weight: bold; color: #1d3b66; }
QLabel#figureCaption { color: #555; }
QFrame#welcomePanel { background: #ffffff; border: 1px solid #dddddd; border-radius: 8px; }
QPushButton#bigButton { text-align: left; padding: 8px 14px; font-size: 11pt; }
QListWidget#navigation { background: #e9ecf1; color: #1f2933; border: none; border-right: 1px solid #d0d5dd;
                         font-size: 11pt; padding-top: 8px; }
QListWidget#navigation::item { padding-left: 10px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected { background: #ffffff; color: #7a1f1a; border-left: 4px solid #b3261e;
                                        font-weight: bold; }
QListWidget#navigation::item:hover:!selected { background: #dde2ea; }
"""


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts (the frozen build brings one where the machine may lack it)."""
    families: list[str] = []
    folder = resources_dir() / "fonts"
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in {".ttf", ".ttc", ".otf"}:
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def apply_style(app: QApplication) -> None:
    """Prefer a font that has Chinese glyphs (else every label is a row of boxes) and apply the style sheet."""
    load_bundled_fonts()
    available = set(QFontDatabase.families())
    families = [family for family in CJK_FAMILIES if family in available]
    if families:
        font = QFont(app.font())
        font.setFamilies([*families, *font.families()])
        if font.pointSizeF() < 10:
            font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
