"""The hostile-file table of issue 15 (tests/services/excel/hostile.py): each case is refused with its own
code, quickly, with nothing written; the legal-but-heavy ones are read within bounds."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from models.finding import Finding
from services.excel.importing import plan_import
from services.excel.reading import ExcelFileError
from services.workspace import WorkspaceSession, count_rows
from tests.services.excel import hostile

SECONDS = 30


# The two-million-element sheet (~15-25 s) and the heavy shared strings (~5 s) are marked slow (still part of the
# default run).
SLOW_CASES = frozenset({"stray_between_rows", "shared_strings_heavy"})


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.slow) if c.name in SLOW_CASES else c
                                  for c in hostile.CASES], ids=[c.name for c in hostile.CASES])
def test_hostile_file(team_ws: WorkspaceSession, tmp_path: Path, case: hostile.Case) -> None:
    path = case.make(tmp_path / "files")
    start = time.perf_counter()
    if case.expect.startswith("excel_"):
        with pytest.raises(ExcelFileError) as raised:
            plan_import(team_ws, path)
        assert raised.value.code == case.expect, raised.value.params
        assert raised.value.exit_code == 4
        assert raised.value.params["path"] == str(path)
    else:
        plan = plan_import(team_ws, path)
        assert plan.ok(True) is (case.expect == "ok"), plan.problems(True)
        if case.expect == "import_rejected":
            [problem] = plan.problems(True)
            assert (problem.reason, problem.column, problem.row) == ("not_a_date", "Q", 2)
    assert time.perf_counter() - start < SECONDS
    assert count_rows(team_ws, Finding) == 0


@pytest.mark.slow  # reads a 2-million-element sheet (~17 s)
def test_the_memory_stays_bounded(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    """Two million stray elements between rows are dropped as they are parsed (the process grows by far less
    than the tree would take: ~150 MB for 2M elements)."""
    path = hostile.case("stray_between_rows").make(tmp_path / "files")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    plan_import(team_ws, path)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 80 * 1024


def test_no_external_file_reaches_a_value(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = hostile.external_entity(tmp_path / "files")
    with pytest.raises(ExcelFileError) as raised:
        plan_import(team_ws, path)
    assert hostile.MARKER not in repr(raised.value.params) + str(raised.value)


def test_part_names_are_cleaned_for_messages() -> None:
    from services.excel.package_guard import shown_name

    assert shown_name("xl/\x1b[31mred\x07.xml") == "xl/[31mred.xml"
    assert len(shown_name("a" * 500)) == 78
