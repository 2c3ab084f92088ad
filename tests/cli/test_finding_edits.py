"""``findings add`` and ``findings edit`` on HQ's planned workspace: the editor's services and validation, values
typed as people type them, and every rejected field named in Chinese at once (exit 4, nothing written)."""

from __future__ import annotations

from tests.cli.conftest import CliRunner
from tests.cli.planning_fixtures import (  # noqa: F401  (fixtures)
    ROUND_TITLE,
    Planned,
    hq_template_fixture,
    planned_fixture,
    planned_template_fixture,
)


def test_add_writes_a_draft_with_typed_values(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    added = cli("findings", "add", path, "--org", "东风村", "--title", "惠民资金发放不规范", "--description",
                "部分补贴未按时发放，台账不全。", "--category", "B6", "--amount", "12.5万元", "--round", ROUND_TITLE,
                "--set", "定性依据=《农村集体经济组织财务制度》", "--set", "discovered_at=2025年3月10日",
                "--set", "persons=王五（村党支部书记）；赵六", "--set", "is_key=是",
                "--set", "discipline_tags=廉洁纪律",
                "--json")
    assert added.code == 0, added.out
    data = added.json
    assert data["code"] == "[2026]3巡-2组-1号" and data["id"] == data["finding"]["id"]
    assert data["finding"] == {"id": data["id"], "code": "[2026]3巡-2组-1号", "title": "惠民资金发放不规范",
                               "org": "东风村", "status": "draft", "category_l1": "落实全面从严治党战略部署情况",
                               "category_l2": "群众身边不正之风和腐败问题", "amount": "12.5", "version": 1}
    whole = cli("findings", "show", path, data["code"], "--json").json
    shown = whole["finding"]
    assert whole["org"] == "东风村" and whole["team_no"] == 2
    assert shown["legal_basis"] == "《农村集体经济组织财务制度》" and shown["discovered_at"] == "2025-03-10"
    assert shown["persons_involved"] == [{"name": "王五", "post": "村党支部书记"}, {"name": "赵六", "post": ""}]
    assert shown["is_key"] is True and shown["discipline_tags"] == ["integrity"]
    assert shown["description"] == "部分补贴未按时发放，台账不全。"

    human = cli("findings", "add", path, "--org", "市教育局", "--title", "公务接待超标准",
                "--description", "超标准接待", "--amount", "125000元")
    assert human.code == 0, human.err
    assert human.out.strip() == "已新建问题底稿 [2026]3巡-2组-2号（市教育局）：公务接待超标准，涉及金额 12.5 万元"
    assert cli("findings", "list", path, "--json").json["total"] == 2


def test_add_names_every_rejected_field_at_once(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    refused = cli("findings", "add", path, "--org", "东风村", "--title", "某问题", "--amount", "十来万",
                  "--category", "Z9", "--set", "foo=1", "--set", "discovered_at=明天",
                  "--set", "occurred_from=2099-01-01",
                  "--json")
    assert refused.code == 4 and refused.json["error"] == "invalid_fields"
    message = refused.json["message"]
    for sentence in ("“涉及金额（万元）”应为金额（万元，最多六位小数），“十来万”无法识别。",
                     "没有可修改的字段“foo”。可用：org、title、description",
                     "“发现时间”应为日期（如 2026-03-05 或 2026年3月5日），“明天”无法识别。",
                     "“问题表现”不能为空。", "“问题类别”中的“Z9”在本工作区中不存在。",
                     "“发生时间（起）”不能晚于今天。"):
        assert sentence in message, (sentence, message)
    assert message.startswith("有 6 处填写不符合要求，未保存任何内容：")

    unknown_org = cli("findings", "add", path, "--org", "火星村", "--title", "某问题", "--description", "某表现")
    assert unknown_org.code == 4 and "“被巡察单位”中的“火星村”在本工作区中不存在。" in unknown_org.err
    unassigned = cli("findings", "add", path, "--org", "市卫健委", "--title", "某问题", "--description", "某表现")
    assert unassigned.code == 4 and "“市卫健委”不在本组的巡察任务中" in unassigned.err
    other_round = cli("findings", "add", path, "--org", "城南镇", "--title", "某问题", "--description", "某表现",
                      "--round", ROUND_TITLE)
    assert other_round.code == 4 and "“城南镇”不在本组的巡察任务中" in other_round.err
    no_round = cli("findings", "add", path, "--org", "东风村", "--title", "某问题", "--description", "某表现",
                   "--round", "第九轮")
    assert no_round.code == 4 and "“第九轮”在本工作区中不存在" in no_round.err
    assert cli("findings", "list", path, "--json").json["total"] == 0


def test_edit_sets_fields_by_key_or_chinese_name(cli: CliRunner, passphrase_env: str, planned: Planned) -> None:
    path = planned.path
    code = cli("findings", "add", path, "--org", "城关镇", "--title", "三资监管不到位",
               "--description", "代理记账不规范", "--set", "legal_basis=某规定", "--json").json["code"]
    edited = cli("findings", "edit", path, code, "--set", "问题标题=村级三资代理记账监管不到位", "--set", "amount=3",
                 "--set", "legal_basis=", "--set", "category=B7", "--json")
    assert edited.code == 0, edited.out
    assert edited.json["changed"] == ["title", "amount", "legal_basis", "category"]
    assert edited.json["finding"]["version"] == 2 and edited.json["finding"]["amount"] == "3"
    shown = cli("findings", "show", path, code, "--json").json
    assert shown["finding"]["title"] == "村级三资代理记账监管不到位" and shown["finding"]["legal_basis"] is None
    assert shown["finding"]["category_l2"] == "乡镇（街道）对村级“三资”代理记账、审核监管不到位"
    assert [h["op"] for h in shown["history"]] == ["insert", "update"]
    human = cli("findings", "edit", path, code, "--set", "location=城关镇政府")
    assert human.code == 0 and human.out.strip() == f"已修改问题底稿 {code}：地点"

    cleared = cli("findings", "edit", path, code, "--set", "description=")
    assert cleared.code == 4 and "“问题表现”不能为空。" in cleared.err
    wrong = cli("findings", "edit", path, code, "--set", "nothing", "--set", "=x")
    assert wrong.code == 4 and "“nothing”应写成 字段=值，如 title=新的标题。" in wrong.err and "“=x”应写成" in wrong.err
    bad = cli("findings", "edit", path, code, "--set", "is_key=也许", "--set", "status=closed", "--json")
    assert bad.code == 4
    assert "“是否重点”应为 是/否，“也许”无法识别。" in bad.json["message"]
    assert "没有可修改的字段“status”" in bad.json["message"]
    missing = cli("findings", "edit", path, "[2026]3巡-2组-99号", "--set", "title=x")
    assert missing.code == 4 and "“[2026]3巡-2组-99号”在本工作区中不存在" in missing.err
    usage = cli("findings", "edit", path, code)
    assert usage.code == 2
    after = cli("findings", "show", path, code, "--json").json["finding"]
    assert after["description"] == "代理记账不规范" and after["is_key"] is False
