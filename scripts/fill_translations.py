"""Fill the unfinished messages of the Qt Linguist sources after scripts/update_translations.py.

    .venv/bin/python scripts/fill_translations.py TABLE.tsv...   # Chinese from tab-separated tables

- xuncha_en.ts: the source is English, so an unfinished message gets its own text; a plural message
  ("%n finding(s)") gets "finding" and "findings".
- xuncha_zh_CN.ts: an unfinished message gets the Chinese of a table line ``Context<TAB>English<TAB>Chinese``
  (``\\n`` in a table stands for a newline); ones no table has are listed and stay unfinished, so
  tests/ui/test_translations.py keeps failing until a person translates them.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def read_tables(paths: list[Path]) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{path}:{number}: expected 3 tab-separated fields, found {len(parts)}", file=sys.stderr)
                continue
            context, source, chinese = (part.replace("\\n", "\n") for part in parts)
            table[(context.strip(), source)] = chinese
    return table


def english_plurals(source: str) -> tuple[str, str]:
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    return singular, plural


def unfinished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is not None and translation.get("type") == "unfinished":
        return translation
    return None


def set_text(message: ET.Element, translation: ET.Element, forms: list[str]) -> None:
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def fill(path: Path, language: str, table: dict[tuple[str, str], str]) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = unfinished(message)
            if translation is None:
                continue
            source = message.findtext("source") or ""
            if language == "en":
                forms = list(english_plurals(source)) if message.get("numerus") == "yes" else [source]
            elif (name, source) in table:
                forms = [table[(name, source)]]
            else:
                missing.append(f"{name}\t{source!r}")
                continue
            set_text(message, translation, forms)
    root = tree.getroot()
    root.text = "\n"
    for context in root:  # lupdate's layout: <context> at the margin, its children indented
        ET.indent(context, space="    ")
        context.tail = "\n"
    text = ET.tostring(root, encoding="unicode")
    # lupdate escapes quotes in text too; doing the same keeps the diff to the messages that changed.
    text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<", text)
    path.write_text(HEADER + text + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    table = read_tables([Path(arg) for arg in argv])
    fill(TRANSLATIONS / "xuncha_en.ts", "en", table)
    missing = fill(TRANSLATIONS / "xuncha_zh_CN.ts", "zh_CN", table)
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
