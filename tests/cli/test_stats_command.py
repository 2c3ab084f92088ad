"""``stats``: the summary sentence and the tables, for a clue role and for a member (no clue figure at all)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models import keystore
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from tests.cli.conftest import CliRunner
from tests.conftest import TEST_KDF

# The seed round's sentence (services/demo/data.py SEED_FIGURES), with and without the clue figures.
SENTENCE = ("对12个单位开展常规巡察，发现问题398个、问题线索18条；"
            "对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。")
MEMBER_SENTENCE = "对12个单位开展常规巡察，发现问题398个；对1个乡镇、9个村开展提级巡察，发现问题172个。"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stats") / "demo"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, clock=FakeClock())
    yield path


@pytest.fixture
def demo_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)


def test_hq_admin_sees_the_sentence_tables_and_clues(cli: CliRunner, demo_path: Path, demo_env: None) -> None:
    result = cli("stats", demo_path)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "十三届市委第三轮巡察（演示数据）"
    assert lines[1] == SENTENCE
    for title in ("按被巡察单位：", "按一级分类：", "按二级分类：", "按问题状态：", "按问题来源：", "按单位层级：",
                  "按巡察组："):
        assert title in lines
    org_head = lines[lines.index("按被巡察单位：") + 1].split()
    assert org_head == ["被巡察单位", "单位层级", "问题数", "涉及金额(万元)", "问题线索数"]
    assert any(line.split()[:3] == ["市人力资源和社会保障局", "市直单位", "34"] for line in lines)
    assert "涉及金额合计：15,105.67 万元" in lines


def test_json_carries_exact_amounts_and_the_clue_figures(cli: CliRunner, demo_path: Path, demo_env: None) -> None:
    data = cli("stats", demo_path, "--as", "赵线索", "--json").json
    assert (data["orgs"], data["findings"], data["clues"], data["withdrawn"]) == (22, 570, 26, 0)
    assert data["amount"] == "15105.67"
    assert [(m["inspection_type"], m["objects"], m["findings"], m["clues"]) for m in data["modes"]] == [
        ("routine", {"unit": 12}, 398, 18), ("upgraded", {"township": 1, "village": 9}, 172, 8)]
    orgs = data["dimensions"]["org"]
    assert len(orgs) == 22 and sum(o["clues"] for o in orgs) == 26 and sum(o["findings"] for o in orgs) == 570
    assert sum(row["findings"] for row in data["dimensions"]["category_l1"]) == 570
    status = {row["key"]: row["findings"] for row in data["dimensions"]["status"]}
    assert status["rectifying"] + status.get("closed", 0) == 187 and status["withdrawn"] == 0  # closed: HQ's 销号


def test_a_member_never_sees_a_clue_number(cli: CliRunner, demo_path: Path, demo_env: None) -> None:
    text = cli("stats", demo_path, "--as", "李干事")
    assert text.code == 0, text.err
    assert text.out.splitlines()[1] == MEMBER_SENTENCE
    assert "线索" not in text.out
    raw = cli("stats", demo_path, "--as", "李干事", "--json")
    assert raw.code == 0 and "clue" not in raw.out and "线索" not in raw.out
    assert raw.json["findings"] == 570


def test_one_round_by_title_and_an_unknown_round(cli: CliRunner, demo_path: Path, demo_env: None) -> None:
    chosen = cli("stats", demo_path, "--round", "第三轮", "--json")
    assert chosen.code == 0 and chosen.json["findings"] == 570
    unknown = cli("stats", demo_path, "--round", "第九轮", "--json")
    assert unknown.code == 2 and "第九轮" in unknown.json["message"]


def test_an_empty_team_workspace(cli: CliRunner, team_path: Path, passphrase_env: str) -> None:
    result = cli("stats", team_path)
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "尚未安排被巡察单位，发现问题0个、问题线索0条。"
