"""``round``, ``team``, ``org``, ``assign`` and ``unassign`` on real encrypted workspaces: each command's happy path
and JSON, the planning rules' Chinese sentences (exit 4), and who may plan (exit 3)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CliRunner, Result
from tests.cli.planning_fixtures import (  # noqa: F401  (fixtures)
    ROUND_TITLE,
    Planned,
    hq_path_fixture,
    hq_template_fixture,
    member_passphrase_file_fixture,
    planned_fixture,
    planned_template_fixture,
)


def ok(result: Result) -> None:
    assert result.code == 0, (result.out, result.err)


# ---- rounds ----


def test_round_create_prints_the_id_and_list_show_read_it(cli: CliRunner, passphrase_env: str, hq_path: Path) -> None:
    created = cli("round", "create", hq_path, "--term", "13", "--year", "2026", "--no", "3", "--theme", "政治巡察",
                  "--start", "2026年3月5日", "--end", "2026-05-05")
    ok(created)
    round_id = created.out.strip()
    assert len(round_id) == 36 and "已新建巡察轮次：十三届市委第三轮巡察（计划中）" in created.err

    listed = cli("round", "list", hq_path, "--json")
    ok(listed)
    [row] = listed.json["rounds"]
    assert row == {"id": round_id, "title": ROUND_TITLE, "term_no": 13, "year": 2026, "round_no": 3,
                   "status": "planned", "status_label": "计划中", "theme": "政治巡察", "start_date": "2026-03-05",
                   "end_date": "2026-05-05", "teams": 0, "units": 0, "modes": {}}
    text = cli("round", "list", hq_path).out
    assert ROUND_TITLE in text and "计划中" in text and "共 1 个轮次" in text

    second = cli("round", "create", hq_path, "--term", "13", "--year", "2026", "--no", "4", "--title", "专项巡察一轮",
                 "--json")
    ok(second)
    assert second.json["round"]["title"] == "专项巡察一轮" and second.json["id"] == second.json["round"]["id"]

    for ref in (round_id, round_id[:8], ROUND_TITLE, "十三届市委 第三轮巡察"):
        shown = cli("round", "show", hq_path, ref, "--json")
        ok(shown)
        assert shown.json["round"]["id"] == round_id
    data = cli("round", "show", hq_path, ROUND_TITLE, "--json").json
    assert set(data) == {"round", "teams", "assignments", "warnings"}
    assert data["teams"] == data["assignments"] == data["warnings"] == []
    human = cli("round", "show", hq_path, ROUND_TITLE).out
    assert "十三届市委第三轮巡察（2026年，第13届第3轮）  状态：计划中" in human
    assert "时间：2026-03-05 至 2026-05-05" in human


def test_round_create_refuses_bad_dates_and_duplicates(cli: CliRunner, passphrase_env: str, hq_path: Path) -> None:
    base = ["round", "create", hq_path, "--term", "13", "--year", "2026", "--no", "3"]
    backwards = cli(*base, "--start", "2026-05-05", "--end", "2026-03-05")
    assert backwards.code == 4 and "“结束日期”不能早于“开始日期”。" in backwards.err
    not_a_date = cli(*base, "--start", "三月初", "--json")
    assert not_a_date.code == 4 and not_a_date.json["error"] == "invalid_fields"
    assert "“开始日期”应为日期（如 2026-03-05 或 2026年3月5日），“三月初”无法识别。" in not_a_date.json["message"]
    year = cli("round", "create", hq_path, "--term", "13", "--year", "1999", "--no", "3")
    assert year.code == 4 and "“年度”应在 2000 至 2100 之间。" in year.err
    ok(cli(*base))
    twice = cli(*base)
    assert twice.code == 4 and "“轮次”为“第13届 2026年 第3轮”的记录已存在。" in twice.err
    assert "十三届市委第三轮巡察" in twice.err  # the title is taken too
    missing = cli("round", "show", hq_path, "第九轮")
    assert missing.code == 4 and "“第九轮”在本工作区中不存在" in missing.err
    usage = cli("round", "create", hq_path, "--term", "13", "--year", "2026")
    assert usage.code == 2


def test_round_status_checks_leaders_and_units_before_stationing(cli: CliRunner, passphrase_env: str,
                                                                 planned: Planned) -> None:
    path = planned.path
    refused = cli("round", "status", path, ROUND_TITLE, "stationed")
    assert refused.code == 4
    assert "市委第一巡察组（第 1 组）还没有组长。" in refused.err
    assert "市委第一巡察组（第 1 组）还没有分配被巡察单位。" in refused.err
    shown = cli("round", "show", path, ROUND_TITLE, "--json").json
    assert shown["warnings"] == [{"code": "leader_missing", "params": {"value": "市委第一巡察组", "team": 1},
                                  "message": "市委第一巡察组（第 1 组）还没有组长。"}]
    assert "尚待处理" in cli("round", "show", path, ROUND_TITLE).out

    ok(cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "1", "刘组长", "--duty", "leader"))
    ok(cli("assign", path, "--round", ROUND_TITLE, "--team", "1", "--org", "城南镇", "--mode", "upgraded"))
    stationed = cli("round", "status", path, ROUND_TITLE, "进驻中", "--json")
    ok(stationed)
    assert stationed.json["round"]["status"] == "stationed" and stationed.json["previous_status"] == "planned"
    ok(cli("round", "status", path, planned.round_id, "rectifying"))  # forward, skipping one stage
    back_two = cli("round", "status", path, ROUND_TITLE, "planned")
    assert back_two.code == 4 and "当前为“整改中”，不能改为“计划中”" in back_two.err
    back_one = cli("round", "status", path, ROUND_TITLE, "reported")
    ok(back_one)
    assert back_one.out.strip() == "十三届市委第三轮巡察：整改中 → 已报告"
    unknown = cli("round", "status", path, ROUND_TITLE, "archived")
    assert unknown.code == 2 and "未知轮次状态“archived”" in unknown.err


def test_a_round_without_teams_cannot_be_stationed(cli: CliRunner, passphrase_env: str, hq_path: Path) -> None:
    ok(cli("round", "create", hq_path, "--term", "13", "--year", "2026", "--no", "3"))
    refused = cli("round", "status", hq_path, ROUND_TITLE, "stationed")
    assert refused.code == 4 and "“十三届市委第三轮巡察”还没有巡察组，不能进驻" in refused.err


def test_copy_units_assigns_the_previous_rounds_list(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    ok(cli("round", "create", path, "--term", "13", "--year", "2026", "--no", "4"))
    copied = cli("round", "copy-units", path, "--round", "十三届市委第四轮巡察", "--from", ROUND_TITLE, "--json")
    ok(copied)
    data = copied.json
    assert data["assigned"] == 3 and data["teams_created"] == [2] and data["skipped"] == []
    plan = cli("round", "show", path, "十三届市委第四轮巡察", "--json").json
    assert sorted((a["org"], a["mode"]) for a in plan["assignments"]) == [
        ("东风村", "upgraded"), ("城关镇", "upgraded"), ("市教育局", "routine")]
    again = cli("round", "copy-units", path, "--round", "十三届市委第四轮巡察", "--from", ROUND_TITLE)
    ok(again)
    assert "分配 0 个被巡察单位" in again.out and "本轮已分配、跳过：城关镇、市教育局、东风村" in again.out


# ---- teams and members ----


def test_team_create_member_add_and_list(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    created = cli("team", "create", path, "--round", ROUND_TITLE, "--no", "3", "--station-start", "2026-03-10",
                  "--json")
    ok(created)
    team = created.json["team"]
    assert team["team_no"] == 3 and team["name"] == "市委第三巡察组" and team["station_start"] == "2026-03-10"
    assert team["members"] == [] and team["leader"] is None and created.json["round_id"] == planned.round_id
    twice = cli("team", "create", path, "--round", ROUND_TITLE, "--no", "3")
    assert twice.code == 4 and "“组号”为“第3组”的记录已存在。" in twice.err
    backwards = cli("team", "create", path, "--round", ROUND_TITLE, "--no", "4", "--station-start", "2026-04-01",
                    "--station-end", "2026-03-01")
    assert backwards.code == 4 and "不能早于“进驻日期”" in backwards.err

    leader = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "3", "王组长", "--duty", "leader",
                 "--unit", "市纪委监委", "--post", "副主任", "--json")
    ok(leader)
    assert leader.json["member"] == {"id": leader.json["id"], "name": "王组长", "duty": "leader", "duty_label": "组长",
                                     "unit": "市纪委监委", "post": "副主任", "recusals": []}
    ok(cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "3", "钱联络", "--duty", "联络员"))
    ok(cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "3", "孙线索", "--duty", "clue_officer",
           "--recuse", "城关镇"))
    second = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "3", "赵某", "--duty", "leader")
    assert second.code == 4 and "第 3 组已有组长“王组长”，一个组只能有一名组长。" in second.err
    bad_duty = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "3", "赵某", "--duty", "boss")
    assert bad_duty.code == 2 and "未知组内职务“boss”" in bad_duty.err and "deputy（副组长）" in bad_duty.err
    no_team = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "9", "赵某", "--duty", "member")
    assert no_team.code == 4 and "“第9组”在本工作区中不存在" in no_team.err

    listed = cli("team", "list", path, "--round", ROUND_TITLE, "--json")
    ok(listed)
    teams = {t["team_no"]: t for t in listed.json["teams"]}
    assert sorted(teams) == [1, 2, 3] and listed.json["round"] == {"id": planned.round_id, "title": ROUND_TITLE}
    assert [(m["name"], m["duty"]) for m in teams[3]["members"]] == [
        ("王组长", "leader"), ("钱联络", "liaison"), ("孙线索", "clue_officer")]  # in the order of the duties
    assert teams[3]["members"][2]["recusals"] == ["城关镇"] and teams[2]["units"] == 3
    text = cli("team", "list", path, "--round", ROUND_TITLE).out
    assert "第 3 组  市委第三巡察组  组长：王组长" in text and "回避：城关镇" in text and "共 3 个巡察组" in text


def test_a_recused_member_cannot_join_the_team_of_that_unit(cli: CliRunner, passphrase_env: str,
                                                             planned: Planned) -> None:
    path = planned.path
    recused = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "2", "周组员", "--duty", "member",
                  "--recuse", "城关镇", "--json")
    assert recused.code == 4 and recused.json["error"] == "invalid_fields"
    assert "周组员须回避“城关镇”，不能参加巡察该单位的第 2 组" in recused.json["message"]
    # ... nor a unit above the one assigned: recused from 城关县, so from its township and villages too
    above = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "2", "周组员", "--duty", "member",
                "--recuse", "城关县")
    assert above.code == 4 and "周组员须回避“城关镇”" in above.err
    unknown = cli("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "2", "周组员", "--duty", "member",
                  "--recuse", "火星村")
    assert unknown.code == 4 and "“火星村”在本工作区中不存在" in unknown.err
    names = [m["name"] for t in cli("team", "list", path, "--round", ROUND_TITLE, "--json").json["teams"]
             for m in t["members"]]
    assert "周组员" not in names


# ---- units ----


def test_org_add_builds_the_hierarchy_and_list_indents_it(cli: CliRunner, passphrase_env: str, hq_path: Path) -> None:
    county = cli("org", "add", hq_path, "城关县", "--level", "county", "--json")
    ok(county)
    assert county.json["org"] == {"id": county.json["id"], "name": "城关县", "level": "county",
                                  "level_label": "县市区", "parent_id": None, "parent": None, "depth": 0,
                                  "short_name": None}
    town = cli("org", "add", hq_path, "城关镇", "--level", "township", "--parent", "城关县")
    ok(town)
    assert town.out.strip() == "已添加被巡察单位：城关镇（乡镇（街道），隶属于城关县）"
    ok(cli("org", "add", hq_path, "东风村", "--level", "village", "--parent", "城关镇", "--short-name", "东风"))
    ok(cli("org", "add", hq_path, "幸福社区", "--level", "社区", "--parent", "城关镇"))
    municipal = cli("org", "add", hq_path, "市教育局", "--level", "municipal", "--json")
    ok(municipal)
    assert municipal.json["org"]["level"] == "municipal_unit"

    outside = cli("org", "add", hq_path, "西山村", "--level", "village", "--parent", "城关县")
    assert outside.code == 4
    assert "村（社区）必须属于一个乡镇（街道）；“上级单位”“城关县”不是乡镇（街道）。" in outside.err
    orphan = cli("org", "add", hq_path, "西山村", "--level", "village", "--json")
    assert orphan.code == 4 and "必须属于一个乡镇（街道）" in orphan.json["message"]
    county_under = cli("org", "add", hq_path, "某县", "--level", "county", "--parent", "城关县")
    assert county_under.code == 4 and "县市区不能隶属于县市区“城关县”。" in county_under.err
    twice = cli("org", "add", hq_path, "东风村", "--level", "village", "--parent", "城关镇")
    assert twice.code == 4 and "“单位名称”为“东风村”的记录已存在。" in twice.err
    no_parent = cli("org", "add", hq_path, "南湖村", "--level", "village", "--parent", "南湖镇")
    assert no_parent.code == 4 and "“南湖镇”在本工作区中不存在" in no_parent.err
    bad_level = cli("org", "add", hq_path, "某单位", "--level", "province")
    assert bad_level.code == 2 and "municipal（市直单位）" in bad_level.err

    listed = cli("org", "list", hq_path)
    ok(listed)
    assert listed.out.splitlines() == ["市教育局（市直单位）", "城关县（县市区）", "  城关镇（乡镇（街道））",
                                       "    东风村（村）  简称：东风", "    幸福社区（社区）", "共 5 个被巡察单位"]
    found = cli("org", "list", hq_path, "--search", "东风", "--json")
    ok(found)
    assert [(o["name"], o["depth"], o["parent"]) for o in found.json["orgs"]] == [
        ("城关县", 0, None), ("城关镇", 1, "城关县"), ("东风村", 2, "城关镇")]
    assert found.json["total"] == 5
    assert "含“东风”的单位 1 个（连同其上级共列出 3 个）" in cli("org", "list", hq_path, "--search", "东风").out


# ---- assignments ----


def test_assign_and_unassign(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    assigned = cli("assign", path, "--round", ROUND_TITLE, "--team", "2", "--org", "西山村", "--mode", "upgraded",
                   "--from", "2026年3月10日", "--to", "2026-04-10", "--json")
    ok(assigned)
    row = assigned.json["assignment"]
    assert row == {"id": assigned.json["id"], "org_id": planned.org_ids["西山村"], "org": "西山村", "level": "village",
                   "level_label": "村", "parent": "城关镇", "team_id": planned.team_ids[2], "team_no": 2,
                   "mode": "upgraded", "mode_label": "提级巡察", "period_from": "2026-03-10",
                   "period_to": "2026-04-10", "findings": 0}
    mobile = cli("assign", path, "--round", ROUND_TITLE, "--team", "1", "--org", "市卫健委", "--mode", "mobile")
    ok(mobile)
    assert mobile.out.startswith("已将市卫健委（市直单位）分配给第 1 组，机动巡察")
    plan = cli("round", "show", path, ROUND_TITLE, "--json").json
    assert plan["round"]["modes"] == {"upgraded": 3, "routine": 1, "ad_hoc": 1} and plan["round"]["units"] == 5
    assert [a["org"] for a in plan["assignments"] if a["team_no"] == 2] == ["市教育局", "城关镇", "东风村", "西山村"]
    human = cli("round", "show", path, ROUND_TITLE).out
    assert "被巡察单位（5）：" in human and "2026-03-10 至 2026-04-10" in human

    unassigned = cli("unassign", path, "--round", ROUND_TITLE, "--org", "西山村", "--json")
    ok(unassigned)
    assert unassigned.json["unassigned"]["org"] == "西山村" and unassigned.json["reason"] == "巡察办取消分配"
    not_there = cli("unassign", path, "--round", ROUND_TITLE, "--org", "西山村")
    assert not_there.code == 4 and "“西山村”在本轮没有分配给任何巡察组。" in not_there.err
    again = cli("assign", path, "--round", ROUND_TITLE, "--team", "2", "--org", "西山村", "--mode", "常规巡察")
    ok(again)  # assigned again after removal: the same row comes back
    assert again.out.startswith("已将西山村（村）分配给第 2 组，常规巡察")


def test_assignment_rules_in_chinese(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    base = ["assign", path, "--round", ROUND_TITLE]
    twice = cli(*base, "--team", "1", "--org", "市教育局", "--mode", "routine")
    assert twice.code == 4 and "“市教育局”在本轮已分配给第 2 组，一个单位一轮只能分配一次。" in twice.err
    village = cli(*base, "--team", "1", "--org", "西山村", "--mode", "upgraded", "--json")
    assert village.code == 4
    assert "“西山村”属于“城关镇”，该乡镇已由第 2 组巡察" in village.json["message"]
    recused = cli(*base, "--team", "2", "--org", "市卫健委", "--mode", "routine")
    assert recused.code == 4 and "李组员须回避“市卫健委”，不能参加巡察该单位的第 2 组" in recused.err
    backwards = cli(*base, "--team", "2", "--org", "城南镇", "--mode", "routine", "--from", "2026-04-01",
                    "--to", "2026-03-01")
    assert backwards.code == 4 and "“巡察截止时间”不能早于“巡察起始时间”。" in backwards.err
    bad_date = cli(*base, "--team", "2", "--org", "城南镇", "--mode", "routine", "--from", "2026-02-30")
    assert bad_date.code == 4 and "“巡察起始时间”应为日期" in bad_date.err
    unknown_org = cli(*base, "--team", "2", "--org", "火星村", "--mode", "routine")
    assert unknown_org.code == 4 and "“被巡察单位”中的“火星村”在本工作区中不存在。" in unknown_org.err
    bad_mode = cli(*base, "--team", "2", "--org", "城南镇", "--mode", "fast")
    assert bad_mode.code == 2 and "mobile（机动巡察）" in bad_mode.err
    plan = cli("round", "show", path, ROUND_TITLE, "--json").json
    assert plan["round"]["units"] == 3  # nothing of the refused ones was written


def test_units_sharing_a_name_are_told_apart_by_their_parent(cli: CliRunner, passphrase_env: str,
                                                              planned: Planned) -> None:
    path = planned.path
    ok(cli("org", "add", path, "新村", "--level", "village", "--parent", "城关镇"))
    ok(cli("org", "add", path, "新村", "--level", "village", "--parent", "城南镇"))
    ambiguous = cli("assign", path, "--round", ROUND_TITLE, "--team", "2", "--org", "新村", "--mode", "upgraded")
    assert ambiguous.code == 4 and "城关镇/新村" in ambiguous.err and "城南镇/新村" in ambiguous.err
    chosen = cli("assign", path, "--round", ROUND_TITLE, "--team", "2", "--org", "城关镇/新村", "--mode", "upgraded",
                 "--json")
    ok(chosen)
    assert chosen.json["assignment"]["parent"] == "城关镇"


# ---- who may plan ----


def test_only_hqs_administrator_plans(cli: CliRunner, passphrase_env: str, planned: Planned, team_path: Path,
                                      member_passphrase_file: Path) -> None:
    on_team = [
        ("round", "create", team_path, "--term", "13", "--year", "2026", "--no", "3"),
        ("org", "add", team_path, "城关镇", "--level", "township"),
    ]
    for argv in on_team:
        refused = cli(*argv, "--json")
        assert refused.code == 3, argv
        assert refused.json["error"] == "not_permitted"
        assert refused.json["message"].startswith(
            "巡察计划（轮次、巡察组及成员、被巡察单位和巡察任务）只能由巡察办管理员")
        assert "当前角色：组长" in refused.json["message"]
    as_member = ["--as", "李干事", "--passphrase-file", member_passphrase_file]
    path = planned.path
    for argv in (("round", "create", path, "--term", "13", "--year", "2027", "--no", "1"),
                 ("round", "status", path, ROUND_TITLE, "stationed"),
                 ("team", "create", path, "--round", ROUND_TITLE, "--no", "5"),
                 ("team", "member", "add", path, "--round", ROUND_TITLE, "--team", "1", "某人", "--duty", "member"),
                 ("org", "add", path, "某单位", "--level", "municipal"),
                 ("assign", path, "--round", ROUND_TITLE, "--team", "2", "--org", "城南镇", "--mode", "routine"),
                 ("unassign", path, "--round", ROUND_TITLE, "--org", "市教育局"),
                 ("round", "copy-units", path, "--round", ROUND_TITLE, "--from", ROUND_TITLE)):
        refused = cli(*argv, *as_member)
        assert refused.code == 3, argv
        assert "当前角色（组员）无权执行此操作。" in refused.err
    # reading the plan is open to every user of HQ
    ok(cli("round", "show", path, ROUND_TITLE, *as_member))
    ok(cli("org", "list", path, *as_member))
    ok(cli("team", "list", path, "--round", ROUND_TITLE, *as_member))
