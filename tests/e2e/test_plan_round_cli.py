"""End to end, through the command line only (issue 10): a fresh HQ plans 十三届市委第三轮巡察 — the round, team 2
with its leader, the units (two municipal units; a county, a township and its two villages), the assignments
(routine and upgraded) — stations it, enrolls team 2's laptop from that plan, the team files a finding on a unit
of each mode, its package is imported at HQ, and HQ's statistics name the units per mode.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli.main import run
from tests.conftest import PASSPHRASE

TITLE = "十三届市委第三轮巡察"


@pytest.fixture
def passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("XUNCHA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("XUNCHA_DEBUG", raising=False)


def cli(capsys: pytest.CaptureFixture[str], *argv: object, exit_code: int = 0) -> dict[str, Any]:
    capsys.readouterr()
    code = run([str(a) for a in argv] + ["--json"])
    out = capsys.readouterr().out
    assert code == exit_code, (argv, out)
    return json.loads(out)


@pytest.mark.slow  # a whole round through the CLI (~7 s)
def test_a_fresh_hq_plans_a_round_enrolls_a_team_and_counts_its_work(passphrases: None, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    hq, team, stick = tmp_path / "hq", tmp_path / "team2", tmp_path / "stick"
    stick.mkdir()
    cli(capsys, "init", hq, "--user", "王主任", "--hq")

    # A fresh HQ cannot enroll a laptop: there is no team to register it to.
    cli(capsys, "init", team, "--user", "张组长", "--team", 2)
    cli(capsys, "enroll-request", team, "--out", stick / "t2.xcreq")
    early = cli(capsys, "enroll", hq, stick / "t2.xcreq", "--team", 2, "--out", stick / "t2.xcgrant", exit_code=4)
    assert early["error"] == "unknown_team" and not (stick / "t2.xcgrant").exists()

    # The plan, through the CLI only.
    round_id = cli(capsys, "round", "create", hq, "--term", 13, "--year", 2026, "--no", 3, "--theme", "政治巡察",
                   "--start", "2026-03-05", "--end", "2026年5月5日")["id"]
    cli(capsys, "team", "create", hq, "--round", TITLE, "--no", 2)
    for name, duty, unit in (("张组长", "leader", "市纪委监委"), ("王副组长", "deputy", "市委组织部"),
                             ("李组员", "member", "市审计局"), ("赵线索", "clue_officer", "市纪委监委")):
        cli(capsys, "team", "member", "add", hq, "--round", TITLE, "--team", 2, name, "--duty", duty, "--unit", unit)
    for name, level, parent in (("市教育局", "municipal", None), ("市住建局", "municipal", None),
                                ("城关县", "county", None), ("城关镇", "township", "城关县"),
                                ("东风村", "village", "城关镇"), ("西山村", "village", "城关镇")):
        cli(capsys, "org", "add", hq, name, "--level", level, *(["--parent", parent] if parent else []))
    for org, mode in (("市教育局", "routine"), ("市住建局", "routine"), ("城关镇", "upgraded"),
                      ("东风村", "upgraded"), ("西山村", "upgraded")):
        cli(capsys, "assign", hq, "--round", TITLE, "--team", 2, "--org", org, "--mode", mode,
            "--from", "2026-03-10", "--to", "2026-04-30")
    plan = cli(capsys, "round", "show", hq, TITLE)
    assert plan["warnings"] == [] and plan["round"]["modes"] == {"routine": 2, "upgraded": 3}
    assert plan["teams"][0]["leader"] == "张组长" and len(plan["teams"][0]["members"]) == 4
    assert cli(capsys, "round", "status", hq, TITLE, "stationed")["round"]["status"] == "stationed"

    # The team laptop enrolled from that plan: the grant brings the round, the team and its units.
    request = cli(capsys, "enroll-request", team, "--out", stick / "t2-again.xcreq")
    grant = cli(capsys, "enroll", hq, stick / "t2-again.xcreq", "--team", 2, "--round", TITLE,
                "--out", stick / "t2.xcgrant")
    assert grant["round_id"] == round_id and grant["device_fingerprint"] == request["fingerprint"]
    accepted = cli(capsys, "enroll-accept", team, stick / "t2.xcgrant")
    assert accepted["team_no"] == 2 and accepted["hq_fingerprint"] == grant["hq_fingerprint"]
    on_team = cli(capsys, "round", "show", team, TITLE)
    assert on_team["round"]["id"] == round_id and on_team["round"]["status"] == "stationed"
    assert sorted(a["org"] for a in on_team["assignments"]) == ["东风村", "城关镇", "市住建局", "市教育局", "西山村"]
    assert on_team["teams"][0]["leader"] == "张组长" and len(on_team["teams"][0]["members"]) == 4
    refused = cli(capsys, "assign", team, "--round", TITLE, "--team", 2, "--org", "城关县", "--mode", "routine",
                  exit_code=3)
    assert refused["error"] == "not_permitted" and "巡察办" in refused["message"]

    # Field work on the laptop, one finding per mode, then the package to HQ.
    routine = cli(capsys, "findings", "add", team, "--org", "市教育局", "--title", "公务接待超标准",
                  "--description", "2025年超标准接待12次。", "--category", "B3", "--amount", "3.2")
    upgraded = cli(capsys, "findings", "add", team, "--org", "东风村", "--title", "惠民资金发放不规范",
                   "--description", "部分补贴未按时发放。", "--category", "B6", "--amount", "12.5万元",
                   "--round", TITLE)
    assert routine["code"] == "[2026]3巡-2组-1号" and upgraded["code"] == "[2026]3巡-2组-2号"
    edited = cli(capsys, "findings", "edit", team, upgraded["code"], "--set", "定性依据=《某某资金管理办法》")
    assert edited["changed"] == ["legal_basis"]
    cli(capsys, "export-package", team, "--out", stick)
    imported = cli(capsys, "import-package", hq, stick)
    assert imported["ok"] and imported["by_status"] == {"imported": 1}

    # HQ holds the team's work and counts it per mode, naming the units.
    listed = cli(capsys, "findings", "list", hq)
    assert sorted(f["code"] for f in listed["findings"]) == [routine["code"], upgraded["code"]]
    stats = cli(capsys, "stats", hq, "--round", TITLE)
    modes = {m["inspection_type"]: m for m in stats["modes"]}
    assert modes["routine"]["objects"] == {"unit": 2} and modes["routine"]["findings"] == 1
    assert modes["upgraded"]["objects"] == {"township": 1, "village": 2} and modes["upgraded"]["findings"] == 1
    assert stats["orgs"] == 5 and stats["findings"] == 2 and stats["amount"] == "15.7"
    assert "对2个单位开展常规巡察" in stats["sentence"]
    assert "对1个乡镇、2个村开展提级巡察" in stats["sentence"]
    after = cli(capsys, "round", "show", hq, TITLE)
    assert {a["org"]: a["findings"] for a in after["assignments"]}["东风村"] == 1
