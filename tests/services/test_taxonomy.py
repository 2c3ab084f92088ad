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
from models.sync import ChangeRecord
from models.taxonomy import TaxonomyNode
from services import taxonomy
from services.taxonomy import default_node_id, install_default_taxonomy, load_default_taxonomy
from services.workspace import WorkspaceSession


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
        "A": ["A1", "A2", "A3", "A4", "A5", "A6"], "B": ["B1", "B2", "B3", "B4", "B5", "B6"],
        "C": ["C1", "C2", "C3", "C4", "C5"], "D": ["D1", "D2", "D3", "D4"],
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
    assert len(codes) == len(set(codes)) == 68
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
    assert len(nodes) == 68
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
        assert changes == audits == 68


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
        assert session.scalar(select(func.count()).select_from(TaxonomyNode)) == 68


def test_every_new_workspace_starts_with_the_default_taxonomy(team_ws: WorkspaceSession,
                                                              hq_ws: WorkspaceSession) -> None:
    ids = []
    for ws in (team_ws, hq_ws):
        with ws.read() as session:
            ids.append(set(session.scalars(select(TaxonomyNode.id))))
    assert len(ids[0]) == 68
    assert ids[0] == ids[1]  # the same ids on a team laptop and at HQ
