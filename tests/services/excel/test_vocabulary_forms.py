"""Real-world vocabulary wording through the real importer (issue 15, item 2): official text writes 县（市、区）,
县(市、区), 乡镇(街道) and 村(社区), full-width or half-width brackets, with or without the bracketed part, with
stray spaces; every form reads as the member it names, and a bad cell gives exactly one problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from models.entities import InspectedOrg, RectificationItem
from models.enums import OrgLevel, PartyOrgType, RectStatus, RectType, Vocabulary
from services.excel.importing import apply_import, plan_import
from services.workspace import WorkspaceSession
from tests.services.excel import corpus

COUNTY = ("县（市、区）", "县(市、区)", "县 ( 市、区 )", "县（市,区）", "县", "县市区", " 县（市、区） ")
TOWNSHIP = ("乡镇（街道）", "乡镇(街道)", "乡镇（ 街道 ）", "乡镇", "街道", "乡镇街道")
VILLAGE = ("村（社区）", "村(社区)", "村", "村 (社区)")
LEVEL_FORMS = ([(form, "county") for form in COUNTY] + [(form, "township") for form in TOWNSHIP]
               + [(form, "village") for form in VILLAGE])


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def levels(ws: WorkspaceSession) -> dict[str, str]:
    with ws.read() as session:
        return {org.name: str(org.level) for org in session.scalars(select(InspectedOrg))}


@pytest.mark.parametrize(("form", "code"), LEVEL_FORMS)
def test_every_written_form_of_a_level_is_read_in_a_unit_list(hq_ws: WorkspaceSession, tmp_path: Path,
                                                               form: str, code: str) -> None:
    parent = "青山镇" if code == "village" else None  # a village belongs to a township
    path = sheet(tmp_path / "单位.xlsx", [["序号", "单位名称", "单位层级", "上级单位"], [1, "某单位", form, parent],
                                        [2, "青山镇", "乡镇", None]])
    plan = plan_import(hq_ws, path)
    assert plan.problems() == [] and plan.counts()["add"] == 2
    apply_import(hq_ws, plan)
    assert levels(hq_ws)["某单位"] == code


def test_a_unit_list_in_official_wording_imports_with_its_hierarchy(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = sheet(tmp_path / "单位.xlsx", [
        ["序号", "单位名称", "党组织类型", "单位层级", "上级单位"],
        [1, "石门村", "党 支 部", "村(社区)", "青山镇"],
        [2, "青山镇", "党委", "乡镇(街道)", "望城县"],
        [3, "望城县", "党委", "县(市、区)", None],
        [4, "白沙社区", "党总支", "社区", "青山镇"],
    ])
    plan = plan_import(hq_ws, path)
    assert plan.problems() == [], plan.problems()
    apply_import(hq_ws, plan)
    assert levels(hq_ws) == {"石门村": "village", "青山镇": "township", "望城县": "county", "白沙社区": "community"}


def test_a_bad_level_cell_is_one_problem(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    """Before: a refused level was reported twice, as not in the list and as empty (one problem per cell now)."""
    path = sheet(tmp_path / "单位.xlsx", [["序号", "单位名称", "单位层级"], [1, "某单位", "省级"], [2, "别的", None]])
    plan = plan_import(hq_ws, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems()] == [(2, "C", "unknown_choice"), (3, "C", "required")]
    assert plan.counts()["rejected"] == 2


@pytest.mark.parametrize("vocabulary", [OrgLevel, PartyOrgType, RectType, RectStatus])
def test_from_text_reads_bracket_and_space_variants_of_every_member(vocabulary: type[Vocabulary]) -> None:
    for member in vocabulary:
        for word in (member.zh, member.value, member.en):
            half = word.replace("（", "(").replace("）", ")")
            full = word.replace("(", "（").replace(")", "）")
            for form in (word, half, full, f" {word} ", " ".join(word)):
                assert vocabulary.from_text(form) is member, form
    assert OrgLevel.from_text("县(市、区)") is OrgLevel.COUNTY and OrgLevel.from_text("村(社区)") is OrgLevel.VILLAGE
    assert OrgLevel.from_text("乡镇") is OrgLevel.TOWNSHIP
    with pytest.raises(ValueError):
        OrgLevel.from_text("省级")


def test_rectification_status_and_type_in_office_wording(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    """Other vocabularies through the importer: 基本完成，持续整改 with a full-width comma, 限期 整改 with a space."""
    apply_import(team_ws, plan_import(team_ws, corpus.simple_findings(tmp_path / "f.xlsx", 2)), create_missing=True)
    path = sheet(tmp_path / "整改台账.xlsx", [
        ["序号", "问题编号", "整改目标", "整改措施", "整改类型", "责任领导", "完成时限", "整改状态"],
        [1, "[2026]3巡-2组-1号", "目标", "措施", "限期 整改", "王某", "2026年9月30日", "基本完成，持续整改"],
        [2, "[2026]3巡-2组-2号", "目标", "措施", "立行立改", "李某", "2026.7.31", "（正在整改）"],
    ])
    plan = plan_import(team_ws, path)
    assert plan.kind == "rectification" and plan.problems() == [], plan.problems()
    apply_import(team_ws, plan)
    with team_ws.read() as session:
        items = sorted(session.scalars(select(RectificationItem)), key=lambda i: i.item_no)
    assert [(i.rect_type, i.status) for i in items] == [(RectType.DEADLINE.value, RectStatus.MOSTLY_DONE.value),
                                                          (RectType.IMMEDIATE.value, RectStatus.IN_PROGRESS.value)]


@pytest.mark.parametrize(("form", "code"),
                         [("县(市、区)", "county"), ("乡镇（街道）", "township"), ("村(社区)", "village")])
def test_a_findings_sheet_reads_the_unit_level_in_official_wording(team_ws: WorkspaceSession, tmp_path: Path,
                                                                   form: str, code: str) -> None:
    path = corpus.simple_findings(tmp_path / "f.xlsx", 1)
    wb = load_workbook(path)
    ws = wb.active
    headers = [cell.value for cell in ws[1]]
    ws.cell(row=1, column=len(headers) + 1, value="单位层级")
    ws.cell(row=2, column=len(headers) + 1, value=form)
    wb.save(path)
    plan = plan_import(team_ws, path)
    assert not [p for p in plan.problems(True) if p.field == "org_level"]
    assert plan.parsed[0].values["org_level"] == code


def test_no_two_members_of_a_vocabulary_share_a_folded_form() -> None:
    """Folding brackets, commas and spaces, and dropping a bracketed part, never makes two members one."""
    import models.enums as enums
    from models.enums import bracket_free, wording_key

    vocabularies = [v for v in vars(enums).values()
                    if isinstance(v, type) and issubclass(v, Vocabulary) and v is not Vocabulary]
    assert len(vocabularies) > 20
    for vocabulary in vocabularies:
        owner: dict[str, str] = {}
        for member in vocabulary:
            forms = {wording_key(f) for word in (member.value, member.zh, member.en)
                     for f in (word, bracket_free(word)) if f}
            for key in forms - {""}:
                assert owner.setdefault(key, member.value) == member.value, (vocabulary.__name__, key)
