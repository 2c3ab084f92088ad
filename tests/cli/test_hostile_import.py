"""``import-excel`` on every hostile file of issue 15's table: exit 4, a Chinese sentence naming the file (and
the sheet and cell where there is one), no traceback, no file content leaked, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import run
from tests.cli.conftest import CliRunner
from tests.services.excel import hostile

REFUSED = [c for c in hostile.CASES if c.expect != "ok"]


@pytest.mark.parametrize("case", REFUSED, ids=[c.name for c in REFUSED])
def test_refused_with_exit_4(cli: CliRunner, team_path: Path, passphrase_env: str, tmp_path: Path,
                             case: hostile.Case) -> None:
    path = case.make(tmp_path / "files")
    result = cli("import-excel", team_path, path, "--create-missing")
    assert result.code == 4, (result.out, result.err)
    text = result.out + result.err
    assert "Traceback" not in text and "程序内部错误" not in text and "错误代码" not in text
    assert hostile.MARKER not in text
    assert str(path) in text
    assert "未导入任何内容" in text or "未读取" in text or "再导入" in text
    as_json = cli("import-excel", team_path, path, "--create-missing", "--json")
    assert as_json.json["error"] == case.expect
    assert cli("findings", "list", team_path, "--json").json["total"] == 0


def test_cell_is_named(cli: CliRunner, team_path: Path, passphrase_env: str, tmp_path: Path) -> None:
    path = hostile.formula_without_value(tmp_path / "files")
    result = cli("import-excel", team_path, path)
    assert "工作表“问题清单”单元格 A2 是公式" in result.err


def test_billion_laughs_in_json(team_path: Path, passphrase_env: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = hostile.billion_laughs(tmp_path / "files")
    assert run(["import-excel", str(team_path), str(path), "--json"]) == 4
    out = capsys.readouterr().out
    assert '"error": "excel_unsafe_xml"' in out and "lol" not in out.replace(str(path), "")
