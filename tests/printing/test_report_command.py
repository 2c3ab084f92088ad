"""``report WS --kind … --out FILE.pdf [--round R] [--json]`` in-process on the demo: the PDF read back, the JSON,
exit 3 for the clue list without the clue key, and a refused target. The tests' QApplication (tests/conftest.py) is
already there, so the command's printing makes no bare QGuiApplication of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from cli.main import run
from services.demo import DEMO_PASSPHRASE
from services.excel.styles import MARKINGS
from tests.report_fixtures import check_pages, copy_demo, make_demo_template, pdf_pages, squash


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory)


@pytest.fixture
def demo(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)
    return copy_demo(template, tmp_path)


def report(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["report", *(str(a) for a in argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_problem_list_as_json(capsys, demo, tmp_path) -> None:
    code, out, _err = report(capsys, demo, "--as", "李干事", "--kind", "findings", "--out", tmp_path / "list",
                             "--json")
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "findings" and data["rows"] == 570 and data["path"] == str(tmp_path / "list.pdf")
    assert data["round"]["title"] == "十三届市委第三轮巡察（演示数据）" and data["marking"] == MARKINGS["C2"]
    pages = pdf_pages(tmp_path / "list.pdf")
    assert data["pages"] == len(pages)
    check_pages(pages, MARKINGS["C2"])
    assert "导出人：李干事（组员）" in squash(pages[0])
    assert isinstance(QCoreApplication.instance(), QApplication)  # still the tests' one, not a bare GUI app


def test_the_clue_list_is_refused_to_a_member_with_exit_3(capsys, demo, tmp_path) -> None:
    code, _out, err = report(capsys, demo, "--as", "李干事", "--kind", "clue-handover", "--out", tmp_path / "c.pdf")
    assert code == 3 and err.strip() and not (tmp_path / "c.pdf").exists()


def test_the_round_summary_in_chinese_by_round_title(capsys, demo, tmp_path) -> None:
    code, out, _err = report(capsys, demo, "--as", "王主任", "--kind", "round-summary", "--round",
                             "十三届市委第三轮巡察（演示数据）", "--out", tmp_path / "summary.pdf")
    assert code == 0 and "已导出“十三届市委第三轮巡察（演示数据）综合情况报告”" in out and "记入审计" in out
    assert "对12个单位开展常规巡察" in squash("".join(pdf_pages(tmp_path / "summary.pdf")))


def test_an_existing_file_needs_force_and_the_workspace_folder_is_refused(capsys, demo, tmp_path) -> None:
    target = tmp_path / "there.pdf"
    target.write_bytes(b"keep")
    code, _out, _err = report(capsys, demo, "--kind", "findings", "--out", target)
    assert code != 0 and target.read_bytes() == b"keep"
    code, _out, _err = report(capsys, demo, "--kind", "findings", "--out", target, "--force")
    assert code == 0 and target.read_bytes().startswith(b"%PDF-")
    code, _out, _err = report(capsys, demo, "--kind", "findings", "--out", demo / "inside.pdf")
    assert code != 0 and not (demo / "inside.pdf").exists()
