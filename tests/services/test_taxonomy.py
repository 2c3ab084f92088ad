"""The shipped default taxonomy: its content, its loading (also frozen) and its installation."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.base import HQ_SCOPE
from models.entities import Assignment, Finding, InspectedOrg, InspectionRound, InspectionTeam
from models.enums import Role
from models.sync import ChangeRecord
from models.taxonomy import TaxonomyNode
from services import taxonomy, taxonomy_edits
from services.accounts import add_user
from services.errors import InvalidFieldsError, NotPermittedError
from services.taxonomy import (
    category_choices,
    default_node_id,
    install_default_taxonomy,
    load_default_taxonomy,
    may_edit_taxonomy,
    taxonomy_tree,
)
from services.taxonomy_edits import (
    add_node,
    deactivate_node,
    move_node,
    reactivatable_ids,
    reactivate_node,
    rename_node,
)
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE


def schemes_by_name() -> dict[str, taxonomy.SchemeSpec]:
    return {scheme.scheme: scheme for scheme in load_default_taxonomy()}


def test_four_implementations_has_the_official_l1_and_the_l2_items() -> None:
    tree = schemes_by_name()["four_implementations"]
    assert tree.kind == "category"
    assert [node.code for node in tree.nodes] == ["A", "B", "C", "D"]
    assert tree.nodes[0].name == "落实党的理论和路线方针政策、党中央重大决策部署及上级党委工作要求情况"
    assert tree.nodes[1].name == "落实全面从严治党战略部署情况"
    assert tree.nodes[2].name == "落实新时代党的组织路线情况"
    assert tree.nodes[3].name == "落实巡视巡察、审计等监督发现问题整改情况"
    children = {node.code: [child.code for child in node.children] for node in tree.nodes}
    assert children == {
        "A": ["A1", "A2", "A3", "A4", "A5", "A6", "A7"], "B": ["B1", "B2", "B3", "B4", "B5", "B6", "B7"],
        "C": ["C1", "C2", "C3", "C4", "C5"], "D": ["D1", "D2", "D3", "D4", "D5"],
    }
    assert all(child.level == 2 and not child.children for node in tree.nodes for child in node.children)
    assert "八项规定" in tree.nodes[1].children[2].name


def test_village_four_focuses_has_v1_to_v4() -> None:
    tree = schemes_by_name()["village_four_focuses"]
    assert [node.code for node in tree.nodes] == ["V1", "V2", "V3", "V4"]
    assert tree.nodes[0].name == "聚焦党中央各项决策部署在村落实情况"
    assert [child.code for child in tree.nodes[1].children] == ["V2.1", "V2.2", "V2.3", "V2.4", "V2.5"]
    assert "三资" in tree.nodes[1].children[0].name
    assert sum(len(node.children) for node in tree.nodes) == 19


def test_tag_families() -> None:
    schemes = schemes_by_name()
    names = {key: [node.name for node in schemes[key].nodes] for key in
             ("discipline", "four_styles", "theme", "responsibility")}
    assert names == {
        "discipline": ["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"],
        "four_styles": ["形式主义", "官僚主义", "享乐主义", "奢靡之风"],
        "theme": ["购买服务", "专项资金", "中介费用", "资金资产", "过紧日子"],
        "responsibility": ["主体责任", "监督责任", "第一责任人责任", "领导责任", "直接责任"],
    }
    assert all(schemes[key].kind == "tag" for key in names)
    # discipline tag codes are the Discipline vocabulary's codes, so findings can store either
    from models.enums import Discipline

    assert [node.code for node in schemes["discipline"].nodes] == [d.value for d in Discipline]


def test_codes_are_unique_and_a_duplicate_is_rejected(tmp_path: Path) -> None:
    codes = [node.code for scheme in load_default_taxonomy() for node, _ in scheme.walk()]
    assert len(codes) == len(set(codes)) == 71
    raw = json.loads(taxonomy.default_taxonomy_path().read_text(encoding="utf-8"))
    raw["schemes"][1]["nodes"][0]["code"] = "A"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="used twice"):
        load_default_taxonomy(broken)


def test_loads_from_the_bundle_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "taxonomy").mkdir(parents=True)
    shutil.copy(taxonomy.default_taxonomy_path(), bundle / "resources" / "taxonomy" / "default.json")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert taxonomy.default_taxonomy_path() == bundle / "resources" / "taxonomy" / "default.json"
    assert len(load_default_taxonomy()) == 6


def test_install_inserts_hq_rows_with_change_records(hq_ws: WorkspaceSession) -> None:
    with hq_ws.write() as tx:
        nodes = install_default_taxonomy(tx)
    assert len(nodes) == 71
    with hq_ws.read() as session:
        rows = {row.code: row for row in session.scalars(select(TaxonomyNode))}
        assert set(rows) == set(nodes)
        assert {row.scope_team_id for row in rows.values()} == {HQ_SCOPE}
        assert rows["B3"].parent_id == rows["B"].id and rows["B3"].level == 2 and rows["B"].parent_id is None
        assert rows["V2.1"].scheme == "village_four_focuses" and rows["integrity"].kind == "tag"
        changes = session.scalar(select(func.count()).select_from(ChangeRecord)
                                 .where(ChangeRecord.entity == "taxonomy_node", ChangeRecord.op == "insert"))
        audits = session.scalar(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.entity == "taxonomy_node", AuditEvent.action == "create"))
        assert changes == audits == 71


def test_install_twice_adds_nothing_and_ids_agree_across_workspaces(hq_ws: WorkspaceSession,
                                                                    team_ws: WorkspaceSession) -> None:
    with hq_ws.write() as tx:
        first = install_default_taxonomy(tx)
    with hq_ws.write() as tx:
        second = install_default_taxonomy(tx)
    assert {code: node.id for code, node in first.items()} == {code: node.id for code, node in second.items()}
    with team_ws.write() as tx:
        on_team = install_default_taxonomy(tx)
    assert {code: node.id for code, node in on_team.items()} == {code: node.id for code, node in first.items()}
    assert first["A1"].id == default_node_id("four_implementations", "A1")
    with hq_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(TaxonomyNode)) == 71


def test_every_new_workspace_starts_with_the_default_taxonomy(team_ws: WorkspaceSession,
                                                              hq_ws: WorkspaceSession) -> None:
    ids = []
    for ws in (team_ws, hq_ws):
        with ws.read() as session:
            ids.append(set(session.scalars(select(TaxonomyNode.id))))
    assert len(ids[0]) == 71
    assert ids[0] == ids[1]  # the same ids on a team laptop and at HQ


# ---- editing the tree (HQ's administrator; a team leader's team-local additions) ----


def node_id(code: str, scheme: str = "four_implementations") -> str:
    return default_node_id(scheme, code)


def live_names(ws: WorkspaceSession, parent_code: str) -> list[str]:
    with ws.read() as session:
        return [node.name for node in taxonomy_edits._siblings(session, "four_implementations", node_id(parent_code))]


def file_finding(ws: WorkspaceSession, category_code: str) -> Finding:
    """Team 2's round, one unit, and a finding filed under ``category_code`` with its text snapshot."""
    with ws.write() as tx:
        round_ = InspectionRound(term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察")
        tx.insert(round_)
        team = InspectionTeam(round_id=round_.id, team_no=2, name="市委第二巡察组")
        tx.insert(team)
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        tx.insert(org)
        assignment = Assignment(round_id=round_.id, team_id=team.id, org_id=org.id, inspection_type="routine")
        tx.insert(assignment, scope_team_id=team.id)
        l1, l2, l3 = taxonomy.category_snapshot(tx.session, node_id(category_code))
        finding = Finding(code="[2026]3巡-2组-1号", seq_no=1, assignment_id=assignment.id, org_id=org.id,
                          title="专项资金管理不规范", category_id=node_id(category_code), category_l1=l1,
                          category_l2=l2, category_l3=l3)
        tx.insert(finding, scope_team_id=team.id)
    return finding


def test_hq_adds_renames_moves_and_deactivates_with_change_records(hq_ws: WorkspaceSession) -> None:
    added = add_node(hq_ws, "four_implementations", "  落实 党建引领基层治理不到位 ", parent_id=node_id("C"))
    assert (added.name, added.code, added.level, added.kind) == ("落实 党建引领基层治理不到位", "C6", 2, "category")
    assert added.scope_team_id == HQ_SCOPE
    assert live_names(hq_ws, "C")[-1] == added.name
    deeper = add_node(hq_ws, "four_implementations", "三会一课不规范", parent_id=node_id("C4"))
    assert (deeper.code, deeper.level) == ("C4.1", 3)

    rename_node(hq_ws, added.id, "党建引领基层治理不到位")
    assert move_node(hq_ws, added.id, -1) is True
    assert live_names(hq_ws, "C")[-2:] == ["党建引领基层治理不到位", "领导干部个人有关事项报告不规范"]
    assert move_node(hq_ws, node_id("C1"), -1) is False  # already first

    assert set(deactivate_node(hq_ws, node_id("C4"), "并入C1")) == {node_id("C4"), deeper.id}
    assert "基层党组织建设不扎实" not in live_names(hq_ws, "C")
    with hq_ws.read() as session:
        gone = session.get(TaxonomyNode, node_id("C4"))
        assert gone is not None and gone.is_deleted and gone.delete_reason == "并入C1"  # kept, not removed
        ops = [op for (op,) in session.execute(select(ChangeRecord.op).where(ChangeRecord.entity_id == added.id)
                                               .order_by(ChangeRecord.device_seq))]
        assert ops == ["insert", "update", "update"]
    choices = {choice.id: choice for choice in category_choices(hq_ws, "municipal_unit")}
    assert choices[node_id("C4")].active is False and choices[deeper.id].active is False
    assert choices[added.id] == (added.id, "落实新时代党的组织路线情况 / 党建引领基层治理不到位", True)


def test_edits_are_validated(hq_ws: WorkspaceSession) -> None:
    def problem(call, *args, **kwargs) -> tuple[str, str, dict]:
        with pytest.raises(InvalidFieldsError) as caught:
            call(*args, **kwargs)
        found = caught.value.problems[0]
        assert found.entity == "taxonomy_node"
        return found.field, found.reason, found.params

    assert problem(add_node, hq_ws, "four_implementations", "  ", parent_id=node_id("A"))[:2] == ("name", "required")
    assert problem(add_node, hq_ws, "four_implementations", "长" * 201, parent_id=node_id("A")) == (
        "name", "too_long", {"maximum": 200, "length": 201})
    assert problem(add_node, hq_ws, "four_implementations", "履行监督责任不到位", parent_id=node_id("B")) == (
        "name", "duplicate", {"value": "履行监督责任不到位"})
    assert problem(add_node, hq_ws, "four_implementations", "新项", parent_id="no-such-id")[:2] == (
        "parent_id", "unknown_reference")
    assert problem(add_node, hq_ws, "nonsense", "新项")[:2] == ("scheme", "unknown_choice")
    assert problem(add_node, hq_ws, "discipline", "第七项纪律")[:2] == ("scheme", "invalid")
    third = add_node(hq_ws, "four_implementations", "三级", parent_id=node_id("A1"))
    assert problem(add_node, hq_ws, "four_implementations", "四级", parent_id=third.id) == (
        "level", "out_of_range", {"minimum": 1, "maximum": 3})
    assert problem(rename_node, hq_ws, node_id("B1"), "履行监督责任不到位")[:2] == ("name", "duplicate")
    deactivate_node(hq_ws, node_id("A6"))
    assert problem(add_node, hq_ws, "four_implementations", "新项", parent_id=node_id("A6"))[:2] == (
        "parent_id", "inactive")
    assert problem(rename_node, hq_ws, node_id("A6"), "新名")[:2] == ("id", "inactive")
    assert problem(deactivate_node, hq_ws, default_node_id("discipline", "political"))[:2] == ("scheme", "invalid")
    tag = add_node(hq_ws, "theme", "政府债务")
    assert (tag.kind, tag.level, tag.code) == ("tag", 1, "c1")


def test_who_may_edit(hq_ws: WorkspaceSession, team_ws: WorkspaceSession) -> None:
    add_user(hq_ws, "钱干事", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(hq_ws.path, PASSPHRASE, "钱干事", clock=hq_ws.clock)
    try:
        assert not may_edit_taxonomy(member)
        with pytest.raises(NotPermittedError):
            add_node(member, "four_implementations", "新项", parent_id=node_id("A"))
        with pytest.raises(NotPermittedError):
            rename_node(member, node_id("A1"), "新名")
        assert not any(node.editable for node in taxonomy_tree(member))
    finally:
        member.lock()

    # A team leader: no team record yet, so nothing to scope a team-local item to.
    with pytest.raises(NotPermittedError):
        add_node(team_ws, "four_implementations", "本组补充项", parent_id=node_id("B4"))
    file_finding(team_ws, "B4")
    local = add_node(team_ws, "four_implementations", "本组补充项", parent_id=node_id("B4"))
    with team_ws.read() as session:
        team_id = session.scalar(select(InspectionTeam.id))
    assert (local.scope_team_id, local.code, local.level) == (team_id, "B4.T2-1", 3)
    second = add_node(team_ws, "four_implementations", "本组补充项二", parent_id=node_id("B4"))
    assert move_node(team_ws, second.id, -1) is True  # among its own items
    rename_node(team_ws, local.id, "本组补充项（改）")
    with pytest.raises(NotPermittedError):  # HQ's shared tree is HQ's
        rename_node(team_ws, node_id("B4"), "改名")
    with pytest.raises(NotPermittedError):
        deactivate_node(team_ws, node_id("B4"))
    with pytest.raises(NotPermittedError):
        add_node(team_ws, "four_implementations", "新的一级分类")  # a new L1 is HQ's decision
    with pytest.raises(NotPermittedError):
        move_node(team_ws, node_id("B4"), 1)
    deactivate_node(team_ws, second.id)
    tree = {node.id: node for node in taxonomy_tree(team_ws)}
    assert tree[local.id].editable and tree[local.id].team_local and not tree[node_id("B4")].editable
    assert tree[node_id("B4")].findings == 1 and tree[second.id].active is False


def test_renaming_a_node_leaves_the_findings_wording_alone(team_ws: WorkspaceSession, hq_ws: WorkspaceSession) -> None:
    finding = file_finding(hq_ws, "B3")
    rename_node(hq_ws, node_id("B3"), "违反中央八项规定精神问题")
    deactivate_node(hq_ws, node_id("B3"))
    with hq_ws.read() as session:
        row = session.get(Finding, finding.id)
        assert row is not None and row.category_id == node_id("B3")
        assert (row.category_l1, row.category_l2) == (
            "落实全面从严治党战略部署情况", "落实中央八项规定精神不严格，“四风”问题仍有发生")
        assert session.scalar(select(func.count()).select_from(ChangeRecord)
                              .where(ChangeRecord.entity == "finding", ChangeRecord.op == "update")) == 0
        assert taxonomy.category_snapshot(session, node_id("B3"))[1] == "违反中央八项规定精神问题"


def test_category_choices_per_org_level(team_ws: WorkspaceSession) -> None:
    units = category_choices(team_ws, "municipal_unit")
    villages = category_choices(team_ws, "village")
    assert len(units) == 4 + 24 and len(villages) == 4 + 19
    assert units[0] == (node_id("A"), "落实党的理论和路线方针政策、党中央重大决策部署及上级党委工作要求情况", True)
    assert units[1].path.endswith(" / 学习贯彻党的创新理论不深入，“第一议题”制度落实不到位")
    assert villages[1].path.startswith("聚焦党中央各项决策部署在村落实情况 / 惠民惠农")
    assert category_choices(team_ws, "township") == units
    assert len(category_choices(team_ws)) == len(units) + len(villages)


def test_reactivate_restores_the_node_and_what_went_with_it(hq_ws: WorkspaceSession) -> None:
    first = add_node(hq_ws, "four_implementations", "三会一课不规范", parent_id=node_id("C4"))
    earlier = add_node(hq_ws, "four_implementations", "主题党日流于形式", parent_id=node_id("C4"))
    deactivate_node(hq_ws, earlier.id, "并入C4.1")  # taken out on its own before the branch
    hq_ws.clock.advance(60)
    gone = set(deactivate_node(hq_ws, node_id("C4"), "调整"))
    assert gone == {node_id("C4"), first.id}
    assert reactivatable_ids(hq_ws) >= {node_id("C4"), first.id, earlier.id}
    hq_ws.clock.advance(60)

    assert reactivate_node(hq_ws, node_id("C4")) == [node_id("C4"), first.id]
    choices = {choice.id: choice for choice in category_choices(hq_ws, "municipal_unit")}
    assert choices[node_id("C4")].active and choices[first.id].active
    assert choices[earlier.id].active is False  # its own deactivation stands
    assert "基层党组织建设不扎实" in live_names(hq_ws, "C")
    with hq_ws.read() as session:
        back = session.get(TaxonomyNode, node_id("C4"))
        assert back is not None and not back.is_deleted and back.deleted_at is None and back.delete_reason is None
        kept = session.get(TaxonomyNode, earlier.id)
        assert kept is not None and kept.is_deleted and kept.delete_reason == "并入C4.1"
        ops = [op for (op,) in session.execute(select(ChangeRecord.op).where(ChangeRecord.entity_id == first.id)
                                               .order_by(ChangeRecord.device_seq))]
        assert ops == ["insert", "delete", "undelete"]
        audits = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "undelete", AuditEvent.entity == "taxonomy_node"))
        assert audits == 2
    assert reactivate_node(hq_ws, node_id("C4")) == []  # already in use: nothing to do
    assert reactivate_node(hq_ws, earlier.id) == [earlier.id]


def test_reactivate_is_refused_under_a_deactivated_parent_or_a_taken_name(hq_ws: WorkspaceSession) -> None:
    deactivate_node(hq_ws, node_id("A"))
    with hq_ws.read() as session:
        parent_name = session.get(TaxonomyNode, node_id("A")).name
        a6_name = session.get(TaxonomyNode, node_id("A6")).name
    with pytest.raises(InvalidFieldsError) as caught:
        reactivate_node(hq_ws, node_id("A1"))
    problem = caught.value.problems[0]
    assert (problem.entity, problem.field, problem.reason, problem.params) == (
        "taxonomy_node", "parent_id", "inactive", {"value": parent_name})
    assert not any(choice.active for choice in category_choices(hq_ws, "municipal_unit")
                   if choice.id == node_id("A1"))
    assert node_id("A1") in reactivate_node(hq_ws, node_id("A"))  # parent first, then the branch is back

    deactivate_node(hq_ws, node_id("A6"))
    add_node(hq_ws, "four_implementations", a6_name, parent_id=node_id("A"))  # its name is taken meanwhile
    with pytest.raises(InvalidFieldsError) as caught:
        reactivate_node(hq_ws, node_id("A6"))
    assert caught.value.problems[0].reason == "duplicate"


def test_who_may_reactivate(hq_ws: WorkspaceSession, team_ws: WorkspaceSession) -> None:
    deactivate_node(hq_ws, node_id("B3"))
    add_user(hq_ws, "钱干事", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(hq_ws.path, PASSPHRASE, "钱干事", clock=hq_ws.clock)
    try:
        assert reactivatable_ids(member) == set()
        with pytest.raises(NotPermittedError):
            reactivate_node(member, node_id("B3"))
    finally:
        member.lock()
    with hq_ws.read() as session:
        assert session.get(TaxonomyNode, node_id("B3")).is_deleted

    file_finding(team_ws, "B4")  # the team record, so the leader's items are scoped to the team
    local = add_node(team_ws, "four_implementations", "本组补充项", parent_id=node_id("B4"))
    deactivate_node(team_ws, local.id)
    assert reactivate_node(team_ws, local.id) == [local.id]  # a leader brings back the team's own item
    with team_ws.write() as tx:  # HQ's tree as a package from HQ would bring it: one shared node deactivated
        tx.delete(tx.session.get(TaxonomyNode, node_id("B2")), reason="deactivated")
    assert node_id("B2") not in reactivatable_ids(team_ws)
    with pytest.raises(NotPermittedError):
        reactivate_node(team_ws, node_id("B2"))
