"""The Chinese translation is complete and up to date; English mode shows English, zh_CN Chinese."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from scripts.update_translations import TRANSLATIONS, lupdate
from ui import i18n
from ui.main_window import MainWindow

ZH_TS = TRANSLATIONS / "xuncha_zh_CN.ts"
EN_TS = TRANSLATIONS / "xuncha_en.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")
WORDS = re.compile(r"[a-z]{2,}")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_string_has_a_chinese_translation() -> None:
    problems = []
    for (context, source), message in messages(ZH_TS).items():
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in {"unfinished", "obsolete", "vanished"} or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
        elif WORDS.search(PLACEHOLDER.sub("", source)) and not all(CJK.search(text) for text in texts):
            # English left in the Chinese interface (a source of placeholders, symbols or "PDF" may stay as it is)
            problems.append(f"{context}: {source!r} -> {texts!r} has no Chinese")
        for placeholder in set(re.findall(r"%\d|%n|\{\w+\}", source)):
            if not all(placeholder in text for text in texts):
                problems.append(f"{context}: {source!r} lost {placeholder}")
    assert not problems, "\n".join(problems)


def test_the_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    copies = [shutil.copy(ts, tmp_path / ts.name) for ts in (ZH_TS, EN_TS)]
    lupdate([Path(copy) for copy in copies])
    for original, copy in zip((ZH_TS, EN_TS), copies):
        stale = f"{original.name} lags the code: run scripts/update_translations.py and translate"
        assert set(messages(Path(copy))) == set(messages(original)), stale


def test_english_mode_shows_english_and_chinese_mode_chinese(qtbot, leader_ws, chinese, qm_dir) -> None:
    def labels() -> tuple[list[str], str, str, str]:
        window = MainWindow()
        qtbot.addWidget(window)
        view = window.show_workspace(leader_ws)
        nav = [view.nav.item(row).text() for row in range(view.nav.count())]
        findings = view.areas["findings"].model
        header = findings.headerData(0, Qt.Orientation.Horizontal)
        draft_row = next(row for row in range(findings.rowCount()) if findings.data(findings.index(row, 4)) in
                         {"Draft", "草稿"})
        return nav, header, findings.data(findings.index(draft_row, 4)), window.menuBar().actions()[0].text()

    chinese.install("en", qm_dir)
    try:
        assert i18n.current_language() == "en"
        nav = ["Findings", "Registers", "Clues", "Rectification", "Planning", "Packages", "Statistics"]
        assert labels() == (nav, "Code", "Draft", "&File")
    finally:
        chinese.install("zh_CN", qm_dir)
    nav_zh = ["问题", "登记簿", "问题线索", "整改", "巡察计划", "数据包", "统计"]
    assert labels() == (nav_zh, "编号", "草稿", "文件(&F)")


def test_qt_standard_buttons_are_chinese(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
