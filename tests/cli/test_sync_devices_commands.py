"""``enroll-request``, ``enroll``, ``enroll-accept``, ``devices``, ``revoke`` on real encrypted workspaces."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.services.sync.world import build_world

FINGERPRINT = re.compile(r"[2-9A-Z]{5} [2-9A-Z]{5} [2-9A-Z]{5} [2-9A-Z]{5}")


@pytest.fixture(scope="session")
def hq_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An HQ workspace (王主任, same passphrase) holding round 3 with teams 1 and 2; made once."""
    return build_world(tmp_path_factory.mktemp("cli_enroll") / "world", paired=False).path("hq")


@pytest.fixture
def hq_path(hq_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(hq_template, tmp_path / "hq"))


def fingerprints(text: str) -> list[str]:
    return FINGERPRINT.findall(text)


def test_enroll_by_files_then_list_and_revoke(cli: CliRunner, passphrase_env: str, hq_path: Path, team_path: Path,
                                              tmp_path: Path) -> None:
    request = cli("enroll-request", team_path, "--out", tmp_path / "t2.xcreq")
    assert request.code == 0, request.err
    assert "已生成入网申请" in request.out and (tmp_path / "t2.xcreq").exists()
    [device_fp] = fingerprints(request.out)

    wrong_team = cli("enroll", hq_path, tmp_path / "t2.xcreq", "--team", "1", "--out", tmp_path / "g.xcgrant")
    assert wrong_team.code == 4 and "组号不一致" in wrong_team.err and not (tmp_path / "g.xcgrant").exists()

    grant = cli("enroll", hq_path, tmp_path / "t2.xcreq", "--team", "2", "--out", tmp_path / "g.xcgrant", "--json")
    assert grant.code == 0, grant.out
    data = grant.json
    assert data["device_fingerprint"] == device_fp and data["team_no"] == 2 and data["rows"] > 0
    hq_fp = data["hq_fingerprint"]
    assert FINGERPRINT.fullmatch(hq_fp) and (tmp_path / "g.xcgrant").exists()

    accepted = cli("enroll-accept", team_path, tmp_path / "g.xcgrant")
    assert accepted.code == 0, accepted.err
    assert "已接受入网授权" in accepted.out and "第 2 组" in accepted.out
    assert fingerprints(accepted.out) == [hq_fp, device_fp]  # both printed, as 4 groups of 5

    again = cli("enroll-accept", team_path, tmp_path / "g.xcgrant", "--json")
    assert again.code == 4 and again.json["error"] == "already_enrolled" and "已经入网" in again.json["message"]

    listed = cli("devices", hq_path, "--json")
    assert listed.code == 0
    devices = {d["kind"]: d for d in listed.json["devices"]}
    assert devices["hq"]["fingerprint"] == hq_fp and devices["hq"]["self"]
    assert devices["team"]["fingerprint"] == device_fp and devices["team"]["team_no"] == 2
    team_side = cli("devices", team_path)
    assert "巡察办" in team_side.out and "第 2 组（本机）" in team_side.out and hq_fp in team_side.out

    device_id = devices["team"]["device_id"]
    revoked = cli("revoke", hq_path, device_id[:8], "--reason", "笔记本遗失")
    assert revoked.code == 0 and device_id in revoked.out
    after = cli("devices", hq_path, "--json").json["devices"]
    assert [d["revoke_reason"] for d in after if d["kind"] == "team"] == ["笔记本遗失"]
    assert "已撤销（笔记本遗失）" in cli("devices", hq_path).out
    twice = cli("revoke", hq_path, device_id)
    assert twice.code == 4 and "已于" in twice.err


def test_refusals_have_sentences_and_exit_codes(cli: CliRunner, passphrase_env: str, hq_path: Path,
                                                team_path: Path, tmp_path: Path) -> None:
    on_team = cli("revoke", team_path, "00000000")
    assert on_team.code == 4 and "只能在巡察办工作区" in on_team.err
    on_hq = cli("enroll-request", hq_path, "--out", tmp_path / "x.xcreq")
    assert on_hq.code == 4 and "只能在巡察组工作区" in on_hq.err
    garbage = tmp_path / "junk.xcgrant"
    garbage.write_bytes(b"not a grant")
    bad = cli("enroll-accept", team_path, garbage)
    assert bad.code == 4 and "不是有效的入网授权" in bad.err
    junk_request = cli("enroll", hq_path, garbage, "--team", "2", "--out", tmp_path / "g.xcgrant")
    assert junk_request.code == 4 and "不是有效的入网申请" in junk_request.err
    empty = cli("devices", team_path)
    assert empty.code == 0 and "尚未" in empty.out
    usage = cli("enroll", hq_path, garbage, "--out", tmp_path / "g.xcgrant")
    assert usage.code == 2
