"""``template`` and ``export-excel`` from the console: files written, JSON, exit codes, the clue rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from models import keystore
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.excel.columns import KINDS
from tests.cli.conftest import CliRunner
from tests.conftest import TEST_KDF


@pytest.fixture(scope="module")
def team_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "team3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, team_no=3, clock=FakeClock())
    return path


@pytest.fixture
def demo(team_demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)
    return Path(shutil.copytree(team_demo_template, tmp_path / "demo"))


def test_template_without_a_workspace(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("template", "--kind", "rectification", "--out", tmp_path / "整改台账", "--json")
    assert result.code == 0, result.err
    assert result.json == {"kind": "rectification", "path": str(tmp_path / "整改台账.xlsx"), "columns": 30,
                           "taxonomy_from": "default"}
    sheet = openpyxl.load_workbook(tmp_path / "整改台账.xlsx").worksheets[0]
    assert [c.value for c in sheet[3]] == [c.header for c in KINDS["rectification"].columns]
    text = cli("template", "--kind", "rectification", "--out", tmp_path / "整改台账.xlsx")
    assert text.code == 4 and "已存在" in text.err and "--force" in text.err
    assert cli("template", "--kind", "rectification", "--out", tmp_path / "整改台账.xlsx", "--force").code == 0


def test_template_from_a_workspace(cli: CliRunner, tmp_path: Path, demo: Path) -> None:
    result = cli("template", "--kind", "findings", "--out", tmp_path / "t.xlsx", "--workspace", demo)
    assert result.code == 0, result.err
    assert "已生成空白模板“巡察发现问题清单”" in result.out and "下拉选项取自工作区" in result.out


def test_export_findings(cli: CliRunner, tmp_path: Path, demo: Path) -> None:
    result = cli("export-excel", demo, "--kind", "findings", "--out", tmp_path / "f.xlsx", "--json")
    assert result.code == 0, result.err
    data = result.json
    assert data["kind"] == "findings" and data["path"] == str(tmp_path / "f.xlsx")
    assert data["marking"] == "内部资料 注意保密" and data["rows"] > 0
    rows = list(openpyxl.load_workbook(tmp_path / "f.xlsx").worksheets[0].iter_rows(min_row=4, values_only=True))
    assert len(rows) == data["rows"] and {row[4] for row in rows} == {3}  # team 3's findings only
    text = cli("export-excel", demo, "--kind", "statistics", "--out", tmp_path / "s.xlsx")
    assert text.code == 0 and "已导出“巡察工作统计汇总”" in text.out and "已记入审计" in text.out


def test_clue_list_for_clue_roles_only(cli: CliRunner, tmp_path: Path, demo: Path) -> None:
    leader = cli("export-excel", demo, "--kind", "clues", "--out", tmp_path / "c.xlsx", "--json")
    assert leader.code == 0 and leader.json["marking"].startswith("机密")
    member = cli("export-excel", demo, "--kind", "clues", "--out", tmp_path / "m.xlsx", "--as", member_name(cli, demo))
    assert member.code == 3 and "无权" in member.err and not (tmp_path / "m.xlsx").exists()


def member_name(cli: CliRunner, demo: Path) -> str:
    users = cli("users", "list", demo, "--json").json["users"]
    return next(user["name"] for user in users if user["role"] == "member")


def test_refusals(cli: CliRunner, tmp_path: Path, demo: Path) -> None:
    inside = cli("export-excel", demo, "--kind", "findings", "--out", demo / "f.xlsx")
    assert inside.code == 4 and "工作区文件夹内" in inside.err
    nowhere = cli("export-excel", demo, "--kind", "findings", "--out", tmp_path / "no" / "f.xlsx")
    assert nowhere.code == 4 and "无法写入" in nowhere.err
    assert cli("export-excel", demo, "--kind", "petitions", "--out", tmp_path / "x.xlsx").code == 2
