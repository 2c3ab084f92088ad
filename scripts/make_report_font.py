"""Make the Chinese font shipped in resources/fonts/: Noto Sans CJK SC Regular and Bold (SIL OFL 1.1), cut down
to the characters a report prints, so the PDFs and the window look the same on every machine.

The subset holds GB 2312 (6,763 hanzi and its symbols), every character of the program's own text (source,
taxonomy, translations), ASCII, Latin-1, general punctuation, CJK symbols and full-width forms. A rarer character
(a name outside GB 2312) is drawn by Qt from the next font that has it; its glyphs are embedded in the PDF too.

This is a maintainer's tool, not part of the build: the subset fonts are committed. It needs fontTools (MIT),
which is not one of the program's requirements; run it from a throwaway environment:

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools
    apt-get install fonts-noto-cjk        # NotoSansCJK-Regular.ttc and -Bold.ttc
    /tmp/fontvenv/bin/python scripts/make_report_font.py /usr/share/fonts/opentype/noto

Face 2 of each .ttc is the Simplified Chinese one (family "Noto Sans CJK SC"). The family name is kept (the
font's licence reserves only the name "Source"); resources/licenses/OFL-NotoSansCJK.txt carries the licence.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTCollection  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
SC_FACE = 2
WEIGHTS = ("Regular", "Bold")
TEXT_SUFFIXES = {".py", ".json", ".ts", ".md"}
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2150, 0x218F), (0x2190, 0x21FF), (0x2460, 0x24FF),
          (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F), (0x3200, 0x32FF),
          (0xFF00, 0xFFEF)]


def gb2312() -> set[int]:
    chars: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def own_text() -> set[int]:
    chars: set[int] = set()
    for folder in ("models", "services", "cli", "ui", "printing", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                chars |= {ord(c) for c in path.read_text(encoding="utf-8", errors="ignore") if ord(c) >= 0x2E80}
    return chars


def main(source_dir: str) -> int:
    wanted = gb2312() | own_text()
    for start, end in RANGES:
        wanted |= set(range(start, end + 1))
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        collection = TTCollection(str(Path(source_dir) / f"NotoSansCJK-{weight}.ttc"))
        font = collection.fonts[SC_FACE]
        options = subset.Options()
        options.layout_features = ["kern", "ccmp", "liga"]  # horizontal text; no JP/KR/TC forms
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.hinting = False
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        target = OUT / f"NotoSansCJKsc-{weight}-subset.otf"
        font.save(str(target))
        print(f"{target.relative_to(ROOT)}: {len(font.getGlyphOrder())} glyphs, {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto"))
