"""Orgs with their hierarchy, the taxonomy tree, the rectification ledger, clues (clue roles only), a template
written by the export helper read back through its hidden column mapping, and the bulk insert's audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from models.clue import Clue
from models.entities import InspectedOrg, RectificationItem, TaxonomyNode
from services.errors import NotPermittedError
from services.excel.importing import apply_import, plan_import
from services.verify import verify_workspace
from services.workspace import WorkspaceSession
from tests.services.excel import corpus


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_orgs_with_hierarchy_in_any_order(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = sheet(tmp_path / "单位.xlsx", [
        ["被巡察单位名单"],
        ["序号", "单位名称", "党组织名称", "党组织类型", "单位层级", "上级单位", "行政区划代码"],
        [1, "石门村", "石门村党支部", "党支部", "村级", "青山镇", "430100101201"],
        [2, "青山镇", "青山镇党委", "党委", "乡镇", "望城县", None],
        [3, "望城县", "中共望城县委员会", "党委", "县市区", None, None],
        [4, "市财政局", "市财政局党组", "党组", "市直单位", None, None],
    ])
    plan = plan_import(hq_ws, path)
    assert plan.kind == "orgs" and plan.counts() == {"add": 4, "update": 0, "unchanged": 0, "rejected": 0}
    apply_import(hq_ws, plan)
    with hq_ws.read() as session:
        orgs = {o.name: o for o in session.scalars(select(InspectedOrg))}
    assert orgs["石门村"].parent_id == orgs["青山镇"].id and orgs["青山镇"].parent_id == orgs["望城县"].id
    assert orgs["石门村"].level == "village" and orgs["石门村"].party_org_type == "branch"
    assert plan_import(hq_ws, path).counts()["unchanged"] == 4


def test_orgs_follow_the_planning_hierarchy_rule(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    """The unit list obeys the same rule as the planning area: a village under a township (row and column named)."""
    path = sheet(tmp_path / "单位.xlsx", [
        ["序号", "单位名称", "单位层级", "上级单位"],
        [1, "石门村", "村级", "望城县"],
        [2, "望城县", "县市区", None],
        [3, "青山镇", "乡镇", "望城县"],
    ])
    plan = plan_import(hq_ws, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems()] == [(2, "D", "village_outside_township")]
    from cli.messages import field_problem_text

    assert "村（社区）必须属于一个乡镇（街道）" in field_problem_text(plan.problems()[0])


def test_taxonomy_tree_adds_a_node_and_leaves_the_rest(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = sheet(tmp_path / "分类.xlsx", [
        ["分类体系", "分类编码", "分类名称", "层级", "上级编码"],
        ["四个落实（市直单位、乡镇（街道））", "B9", "新增的二级分类", 2, "B"],
        ["four_implementations", "B", "落实全面从严治党战略部署情况", 1, None],
        ["不存在的体系", "X1", "x", 1, None],
    ])
    plan = plan_import(hq_ws, path)
    assert plan.kind == "taxonomy"
    assert [(p.row, p.reason) for p in plan.problems()] == [(4, "unknown_choice")]
    sheet(path, [["分类体系", "分类编码", "分类名称", "层级", "上级编码"],
                 ["four_implementations", "B9", "新增的二级分类", 2, "B"]])
    apply_import(hq_ws, plan_import(hq_ws, path))
    with hq_ws.read() as session:
        node = session.scalar(select(TaxonomyNode).where(TaxonomyNode.code == "B9"))
    assert node is not None and node.level == 2 and node.kind == "category"


def test_rectification_ledger_follows_findings(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    apply_import(team_ws, plan_import(team_ws, corpus.simple_findings(tmp_path / "f.xlsx", 3)), create_missing=True)
    path = sheet(tmp_path / "整改台账.xlsx", [
        ["巡察反馈问题整改台账"],
        ["序号", "问题编号", "反馈问题", "整改目标", "整改措施", "整改类型", "责任领导", "完成时限", "整改状态",
         "是否销号"],
        [1, "[2026]3巡-2组-1号", "问题一", "目标", "措施", "限期整改", "王某", "2026年9月30日", "正在整改", "否"],
        [2, "[2026]3巡-2组-2号", None, "目标", "措施", "立行立改", "李某", "2026.7.31", None, "√"],
        [3, "[2026]3巡-2组-99号", None, None, None, None, None, None, None, None],
    ])
    plan = plan_import(team_ws, path)
    assert plan.kind == "rectification"
    assert [(p.row, p.column, p.reason) for p in plan.problems()] == [(5, "B", "unknown_reference")]
    wb = load_workbook(path)
    wb.active.delete_rows(5)
    wb.save(path)
    apply_import(team_ws, plan_import(team_ws, path))
    with team_ws.read() as session:
        items = sorted(session.scalars(select(RectificationItem)), key=lambda i: i.item_no)
    assert [i.status for i in items] == ["in_progress", "closed_out"] and items[1].rect_type == "immediate"
    assert items[1].problem_text  # taken from the finding when the sheet leaves it empty
    assert plan_import(team_ws, path).counts()["unchanged"] == 2
    assert verify_workspace(team_ws).ok


def test_clues_need_a_clue_role(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    from models.enums import Role
    from services.accounts import add_user
    from services.workspace import unlock_workspace
    from tests.conftest import PASSPHRASE

    path = sheet(tmp_path / "线索.xlsx", [
        ["序号", "线索编号", "届次", "年度", "轮次", "巡察组", "被巡察单位", "被反映人", "职务", "干部管理权限",
         "主要问题", "六项纪律", "拟处置建议", "是否办结"],
        [1, "线-001", "第13届", "2026年", "第3轮", "第2组", "市财政局", "王某", "局长", "市管干部", "违规发放津补贴。",
         "廉洁纪律", "初步核实", "否"],
    ])
    plan = plan_import(team_ws, path)
    assert plan.kind == "clues"
    apply_import(team_ws, plan, create_missing=True)
    with team_ws.read() as session:
        clue = session.scalar(select(Clue))
    assert clue is not None and clue.reflected_person_level == "city_managed"
    assert clue.disposal_type == "preliminary_check"
    add_user(team_ws, "李组员", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(team_ws.path, PASSPHRASE, "李组员")
    try:
        with pytest.raises(NotPermittedError):
            plan_import(member, path)
    finally:
        member.lock()


def test_template_mapping_survives_a_renamed_header(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    from services.excel.templates import write_template

    report = write_template("findings", tmp_path / "模板.xlsx", team_ws)
    wb = load_workbook(report.path if hasattr(report, "path") else tmp_path / "模板.xlsx")
    ws = next(s for s in wb.worksheets if s.sheet_state == "visible")
    header_row = next(r for r in range(1, 10) if any(c.value == "问题标题" for c in ws[r]))
    title_col = next(c.column for c in ws[header_row] if c.value == "问题标题")
    keys = {c.value: c.column for c in ws[header_row] if c.value}
    ws.cell(header_row, title_col).value = "我改过的表头"
    row = header_row + 1
    values = {"届次": "第13届", "年度": 2026, "轮次": 3, "巡察组": 2, "被巡察单位": "市财政局", "问题表现": "描述"}
    for header, value in values.items():
        ws.cell(row, keys[header]).value = value
    ws.cell(row, title_col).value = "改名后仍能导入的问题"
    wb.save(tmp_path / "填好的.xlsx")
    plan = plan_import(team_ws, tmp_path / "填好的.xlsx")
    assert plan.layouts[ws.title].from_mapping
    assert plan.counts(True)["add"] == 1 and plan.rows[0].values["title"] == "改名后仍能导入的问题"
