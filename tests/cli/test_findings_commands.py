"""``findings list`` and ``findings show`` on the real encrypted demo workspace (HQ, 570 findings)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models import keystore
from models.clue import Clue, ClueLink
from models.entities import Evidence, Finding
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.workspace import unlock_workspace
from tests.cli.conftest import CliRunner
from tests.conftest import TEST_KDF


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "hq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, clock=FakeClock())
    return path


@pytest.fixture(scope="module")
def facts(demo: Path) -> dict[str, str]:
    """A finding with evidence, and a finding linked to a clue (with that clue's C3 text)."""
    ws = unlock_workspace(demo, DEMO_PASSPHRASE)
    try:
        with ws.read() as session:
            with_evidence = session.scalars(select(Finding.code).join(Evidence, Evidence.finding_id == Finding.id)
                                            .order_by(Finding.code)).first()
            link = session.scalars(select(ClueLink).where(ClueLink.target_kind == "finding")).first()
            assert with_evidence is not None and link is not None
            clue = session.get(Clue, link.clue_id)
            linked = session.get(Finding, link.target_id)
            assert clue is not None and linked is not None
            return {"with_evidence": with_evidence, "linked": linked.code, "clue_no": clue.clue_no,
                    "clue_name": clue.clue_name}
    finally:
        ws.lock()


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)
    yield


def test_list_prints_a_chinese_table_and_the_count(cli: CliRunner, demo: Path) -> None:
    result = cli("findings", "list", demo)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["编号", "问题标题", "被巡察单位", "问题类别", "状态", "涉及金额"]
    assert lines[-1] == "共 570 个问题" and len(lines) == 572
    assert lines[1].startswith("[2026]3巡-1组-1号")


def test_list_searches_and_says_how_many_matched(cli: CliRunner, demo: Path) -> None:
    result = cli("findings", "list", demo, "--search", "专项资金", "--json")
    assert result.code == 0
    data = result.json
    assert data["total"] == 570 and 0 < data["matched"] == len(data["findings"]) < 570
    two = cli("findings", "list", demo, "--search", "补贴", "--json").json  # two characters: the fallback
    assert 0 < two["matched"] < 570
    text = cli("findings", "list", demo, "--search", "补贴")
    assert text.out.splitlines()[-1] == f"共 570 个问题，筛选出 {two['matched']} 个"
    none = cli("findings", "list", demo, "--search", "量子纠缠通信")
    assert none.code == 0 and none.out.strip() == "共 570 个问题，筛选出 0 个"
    odd = cli("findings", "list", demo, "--search", '" AND * NEAR(', "--json")  # never FTS syntax
    assert odd.code == 0 and odd.json["matched"] == 0


def test_list_by_unit_and_status(cli: CliRunner, demo: Path) -> None:
    by_code = cli("findings", "list", demo, "--org", "市教育局", "--status", "rectifying", "--json").json
    by_name = cli("findings", "list", demo, "--org", "市教育局", "--status", "整改中", "--json").json
    assert by_code == by_name and by_code["matched"] > 0
    assert {(f["org"], f["status"], f["status_label"]) for f in by_code["findings"]} == {
        ("市教育局", "rectifying", "整改中")}
    both = cli("findings", "list", demo, "--status", "草稿", "--status", "已审核", "--json").json
    assert {f["status"] for f in both["findings"]} == {"draft", "reviewed"}
    limited = cli("findings", "list", demo, "--limit", "5")
    assert limited.out.splitlines()[-1] == "共 570 个问题（列出前 5 个）" and len(limited.out.splitlines()) == 7


def test_an_unknown_unit_or_status_is_refused(cli: CliRunner, demo: Path) -> None:
    unknown = cli("findings", "list", demo, "--org", "市不存在局")
    assert unknown.code == 4 and "没有名为“市不存在局”的被巡察单位" in unknown.err
    as_json = cli("findings", "list", demo, "--org", "市不存在局", "--json")
    assert as_json.code == 4 and as_json.json["error"] == "invalid_input"
    status = cli("findings", "list", demo, "--status", "瞎写")
    assert status.code == 2 and "未知问题状态“瞎写”" in status.err


def test_show_prints_every_field_with_its_official_name(cli: CliRunner, demo: Path, facts: dict[str, str]) -> None:
    result = cli("findings", "show", demo, facts["with_evidence"])
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith(f"问题 {facts['with_evidence']}\n")
    for label in ("问题标题", "问题表现", "定性依据", "被巡察单位", "状态", "涉及人员", "发现时间"):
        assert f"\n{label} " in out
    assert "佐证材料（" in out and "佐证材料（0）" not in out
    data = cli("findings", "show", demo, facts["with_evidence"], "--json").json
    assert data["finding"]["code"] == facts["with_evidence"] and data["labels"]["title"] == "问题标题"
    assert data["evidence"] and all(e["size"] > 0 and e["file_name"] for e in data["evidence"])
    assert data["history"][0]["op"] == "insert" and f"修改记录（{len(data['history'])}）" in out


def test_show_never_prints_clue_data(cli: CliRunner, demo: Path, facts: dict[str, str]) -> None:
    result = cli("findings", "show", demo, facts["linked"], "--json")
    assert result.code == 0
    assert facts["clue_no"] not in result.out and facts["clue_name"] not in result.out
    assert "clue" not in result.json


def test_show_of_an_unknown_code_is_refused(cli: CliRunner, demo: Path) -> None:
    result = cli("findings", "show", demo, "[2026]3巡-9组-999号")
    assert result.code == 4 and "没有编号为“[2026]3巡-9组-999号”的问题" in result.err
    assert cli("findings", "show", demo, "nope", "--json").json["error"] == "invalid_input"
