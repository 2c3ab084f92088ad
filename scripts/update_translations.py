"""Re-extract the windows' strings into the Qt Linguist sources, then (optionally) build the .qm files.

    .venv/bin/python scripts/update_translations.py            # update resources/translations/*.ts
    .venv/bin/python scripts/update_translations.py --release  # ... and build the .qm files next to them

New strings arrive as "unfinished"; translate them (Qt Linguist, or by hand) before committing:
tests/ui/test_translations.py fails while a Chinese translation is missing or the .ts lags the code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the interpreter's environment."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in (root / "ui").rglob("*.py"))


def lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *source_files(root)]
    for ts_file in ts_files:
        subprocess.run([*command, "-ts", str(ts_file)], cwd=root, check=True)


def lrelease(ts_files: list[Path], out_dir: Path | None = None) -> list[Path]:
    built = []
    for ts_file in ts_files:
        qm_file = (out_dir or ts_file.parent) / ts_file.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        built.append(qm_file)
    return built


def main(argv: list[str]) -> int:
    ts_files = [TRANSLATIONS / f"xuncha_{language}.ts" for language in LANGUAGES]
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(ts_files)
    if "--release" in argv:
        for qm_file in lrelease(ts_files):
            print(f"built {qm_file.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
