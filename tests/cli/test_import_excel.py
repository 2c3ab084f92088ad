"""``import-excel``: dry run, rejected rows (exit 4 with the row report), create-missing, twice changes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CliRunner
from tests.services.excel import corpus


def test_import_excel_end_to_end(cli: CliRunner, team_path: Path, passphrase_env: str, tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "问题清单.xlsx", 6)

    missing = cli("import-excel", team_path, path, "--json")
    assert missing.code == 4
    data = missing.json
    assert data["error"] == "import_rejected" and data["counts"]["rejected"] == 6
    assert data["to_create"]["inspected_org"] == ["市财政局"]
    assert data["rejected"][0]["row"] == 2 and data["rejected"][0]["column"] == "D"

    dry = cli("import-excel", team_path, path, "--create-missing", "--dry-run")
    assert dry.code == 0 and "新增：6 行" in dry.out and "未写入任何内容" in dry.out

    done = cli("import-excel", team_path, path, "--create-missing", "--json")
    assert done.code == 0 and done.json["added"] == 6 and done.json["created"]["assignment"] == 1

    again = cli("import-excel", team_path, path)
    assert again.code == 0 and "无变化（跳过）：6 行" in again.out and "新增 0 行" in again.out


def test_rejected_row_is_reported_in_chinese(cli: CliRunner, team_path: Path, passphrase_env: str,
                                            tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "a.xlsx", 5, bad_row=3)
    result = cli("import-excel", team_path, path, "--create-missing", "--kind", "findings")
    assert result.code == 4
    assert "第 4 行，“P”列：“涉及金额（万元）”应为金额" in result.out and "未导入任何内容" in result.out


def test_not_a_workbook_and_xls(cli: CliRunner, team_path: Path, passphrase_env: str, tmp_path: Path) -> None:
    fake = corpus.text_renamed(tmp_path / "fake.xlsx")
    result = cli("import-excel", team_path, fake)
    assert result.code == 4 and "不是 Excel 工作簿" in result.err
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    result = cli("import-excel", team_path, old, "--json")
    assert result.code == 4 and result.json["error"] == "excel_xls" and "另存为" in result.json["message"]
