"""conflicts list / show / resolve at HQ and close-round on a team laptop: Chinese output, JSON, exit codes
(3 not permitted, 4 input rejected, 2 usage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.entities import Finding
from models.enums import Role
from services.accounts import add_user
from services.findings import load_finding_input, update_finding
from tests.cli.conftest import MEMBER_PASSPHRASE, CliRunner
from tests.services.sync.conflict_fixtures import plant_conflict
from tests.services.sync.conftest import bare_world_template, world, world_template  # noqa: F401 (fixtures)
from tests.services.sync.test_closeout import hq_acknowledges_everything
from tests.services.sync.world import REF, World, add_finding


@pytest.fixture
def conflict_id(world: World) -> str:  # noqa: F811
    with world.opened("hq", "t1a") as (hq, laptop):
        finding_id = add_finding(hq, "原标题")
        data, version = load_finding_input(hq, finding_id)
        data.title = "巡察办的标题"
        update_finding(hq, finding_id, data, expected_version=version)
        add_user(hq, "李干事", Role.MEMBER, MEMBER_PASSPHRASE)
        return plant_conflict(hq, Finding, finding_id, field="title", base="原标题", incoming="组内的标题",
                              device_id=laptop.device_id)


def test_list_show_and_resolve(cli: CliRunner, world: World, conflict_id: str,  # noqa: F811
                               passphrase_env: str) -> None:
    hq = world.path("hq")
    listed = cli("conflicts", "list", hq)
    assert listed.code == 0, listed.err
    assert conflict_id[:8] in listed.out and "问题标题" in listed.out and "字段冲突" in listed.out
    assert "待处理" in listed.out and "共 1 个冲突" in listed.out
    as_json = cli("conflicts", "list", hq, "--team", "1", "--json").json
    assert as_json["count"] == 1 and as_json["conflicts"][0]["field_label"] == "问题标题"
    assert cli("conflicts", "list", hq, "--team", "2", "--json").json["count"] == 0

    shown = cli("conflicts", "show", hq, conflict_id[:8])
    assert shown.code == 0, shown.err
    assert "原标题" in shown.out and "巡察办的标题" in shown.out and "组内的标题" in shown.out

    empty = cli("conflicts", "resolve", hq, conflict_id[:8], "--value", "  ")
    assert empty.code == 4 and "“问题标题”不能为空" in empty.err
    done = cli("conflicts", "resolve", hq, conflict_id[:8], "--keep", "incoming", "--json")
    assert done.code == 0, done.out
    assert done.json["resolution"] == "take_incoming" and done.json["value"] == "组内的标题"
    assert "没有待处理的冲突" in cli("conflicts", "list", hq).out
    assert "已处理（采用新来的）" in cli("conflicts", "list", hq, "--all").out
    again = cli("conflicts", "resolve", hq, conflict_id, "--keep", "current")
    assert again.code == 4 and "已处理过" in again.err
    unknown = cli("conflicts", "resolve", hq, "ffffffff", "--keep", "current")
    assert unknown.code == 4 and "没有编号为“ffffffff”的冲突" in unknown.err


def test_usage_and_permission(cli: CliRunner, world: World, conflict_id: str,  # noqa: F811
                              monkeypatch: pytest.MonkeyPatch, passphrase_env: str) -> None:
    hq = world.path("hq")
    assert cli("conflicts", "resolve", hq, conflict_id).code == 2  # --keep or --value required
    assert cli("conflicts", "resolve", hq, conflict_id, "--keep", "both").code == 2
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    assert cli("conflicts", "list", hq, "--as", "李干事").code == 0
    refused = cli("conflicts", "resolve", hq, conflict_id, "--as", "李干事", "--keep", "current")
    assert refused.code == 3 and "无权" in refused.err


def test_close_round(cli: CliRunner, world: World, passphrase_env: str) -> None:  # noqa: F811
    laptop = world.path("t1a")
    with world.opened("t1a") as (team,):
        add_finding(team, "待清退的问题")
    refused = cli("close-round", laptop, REF.round_id, "--yes")
    assert refused.code == 4 and "尚未确认" in refused.err and "十三届市委第三轮巡察" in refused.err
    with world.opened("t1a") as (team,):
        hq_acknowledges_everything(team)
    unconfirmed = cli("close-round", laptop, "十三届市委第三轮巡察")  # stdin is not a terminal: --yes needed
    assert unconfirmed.code == 2 and "--yes" in unconfirmed.err
    done = cli("close-round", laptop, "十三届市委第三轮巡察", "--yes", "--json")
    assert done.code == 0, done.out
    assert done.json["counts"]["finding"] == 1 and done.json["round_id"] == REF.round_id
    again = cli("close-round", laptop, REF.round_id, "--yes")
    assert again.code == 4 and "已清退" in again.err
    assert cli("close-round", world.path("hq"), REF.round_id, "--yes").code == 3


def test_close_round_output_in_chinese(cli: CliRunner, world: World, passphrase_env: str,  # noqa: F811
                                       tmp_path: Path) -> None:
    with world.opened("t1a") as (team,):
        hq_acknowledges_everything(team)
    done = cli("close-round", world.path("t1a"), REF.round_id, "--yes")
    assert done.code == 0, done.err
    assert "已清退“十三届市委第三轮巡察”" in done.out and "巡察任务：1 条" in done.out
