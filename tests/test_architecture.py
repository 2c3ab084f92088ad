"""The house rules, checked by the test run rather than by good intentions."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("models", "services", "printing", "cli", "ui")


def test_no_import_circles() -> None:
    """docs/architecture.md §1.2: no module of a layer imports, however indirectly, back into itself. Imports inside
    functions count (they are how circles hid); ``if TYPE_CHECKING:`` ones do not (they never run)."""
    import grimp

    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph(*LAYERS, cache_dir=None, exclude_type_checking_imports=True)
    finally:
        sys.path.remove(str(ROOT))
    circles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported in graph.modules and graph.chain_exists(importer=imported, imported=module):
                circles.append(f"{module} -> {imported} -> ... -> {module}")
    assert circles == []


def test_no_network_module_is_imported_anywhere() -> None:
    """Belt and braces beside the contract: scan every source file, including the entry point."""
    banned = {"socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib"}
    offenders = []
    for path in [ROOT / "main.py", *(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in banned or name.startswith("PySide6.QtNetwork"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_printing_uses_no_widget() -> None:
    """printing/ is what the command line paints reports with (offscreen): QtCore and QtGui only, never a widget or
    Qt's GPL-only charting modules."""
    allowed = {"PySide6.QtCore", "PySide6.QtGui"}
    offenders = []
    for path in (ROOT / "printing").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            offenders += [f"{path.relative_to(ROOT)}: {name}" for name in names
                          if name.split(".")[0] in ("PySide6", "shiboken6") and name not in allowed]
    assert offenders == []


def test_no_gpl_chart_module_is_imported() -> None:
    """Qt Charts and Qt Graphs are GPL-3 or commercial: the charts are painted with QPainter (printing/charts.py)."""
    banned = ("PySide6.QtCharts", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtDataVisualization")
    offenders = []
    for path in [ROOT / "main.py", *(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(ROOT)}: {name}" for name in banned if name in text]
    assert offenders == []


def test_lint_contracts_and_types_are_checked_before_the_tests() -> None:
    """docs/architecture.md §1.2: ruff, import-linter and mypy run once per test run, as scripts/test.sh's own step
    (scripts/check.sh) before pytest, and a failed check fails the run even when every test passes."""
    check = (ROOT / "scripts" / "check.sh").read_text(encoding="utf-8")
    commands = [line.strip() for line in check.splitlines() if line.strip().startswith("run ")]
    assert commands == ["run .venv/bin/ruff check --no-cache .", "run .venv/bin/lint-imports --no-cache",
                        "run .venv/bin/python -m mypy"]
    steps = [line.strip() for line in (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    pytest_line = next(line for line in steps if "-m pytest" in line)
    assert steps.index("bash scripts/check.sh") < steps.index(pytest_line)
    assert 'if [ "$checks" -ne 0 ]; then' in steps
    assert pytest_line.endswith('"$@"') and " -m " not in pytest_line.split("pytest", 1)[1]  # nothing deselected
    # every contract the checks enforce is in pyproject.toml, where import-linter reads it
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for contract in ("Layers: ui|cli -> printing -> services -> models", "No Qt below the UI layer",
                     "The CLI uses Qt only through printing", "The windows and the CLI do not import each other",
                     "No network code anywhere", "Inside services/sync"):
        assert contract in pyproject


# The design lives in docs/ (architecture.md, security.md, sync.md, domain.md). The first designs and the work plan
# stayed outside the repository; a comment citing them sends the next reader to a file they do not have.
OUTSIDE_DESIGNS = re.compile(r"SECURITY_SYNC|ARCHITECTURE\.md|DOMAIN\.md|STACK\.md|sync-plan|docs/design/"
                             r"|shared/(?:design|reference)|reference/(?:domain|sync-security)")
MD_FILE = re.compile(r"(?<![\w./-])(?:\.\./)*(?:[\w-]+/)*[\w-]+\.md\b")
CITING_SUFFIXES = (".py", ".sh", ".txt", ".toml", ".spec", ".cfg", ".ini")
NOT_SOURCES = frozenset({".git", ".venv", "build", "dist", "docs", "resources", "__pycache__", ".mypy_cache",
                         ".ruff_cache", ".pytest_cache"})


def _citing_files() -> Iterator[Path]:
    """Every file of ours that may cite a document: code, scripts, requirements, configuration, .ci."""
    this = Path(__file__).resolve()
    for top in sorted(ROOT.iterdir()):
        if top.name in NOT_SOURCES:
            continue
        for path in sorted(top.rglob("*")) if top.is_dir() else [top]:
            if path.resolve() == this or not path.is_file() or NOT_SOURCES.intersection(path.relative_to(ROOT).parts):
                continue
            if path.suffix in CITING_SUFFIXES or (top.name == ".ci" and not path.suffix):
                yield path


def test_design_citations_point_into_the_repository() -> None:
    """docs/architecture.md §1.2: a comment that cites a design document cites one in the repository (by section,
    e.g. "docs/sync.md §6.1"), never the designs kept outside it."""
    offenders = []
    for path in _citing_files():
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            where = f"{path.relative_to(ROOT)}:{number}"
            if OUTSIDE_DESIGNS.search(line):
                offenders.append(f"{where}: {line.strip()}")
                continue
            offenders += [f"{where}: {name} is not a file of the repository" for name in MD_FILE.findall(line)
                          if not (ROOT / name).is_file()]
    assert offenders == []
