"""Blank templates: official headers, dropdowns on every enumeration, hints, frozen header, the hidden column
mapping that survives a renamed header, and where they may be written. Opened with openpyxl, as a person's
Excel would read them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from models.entities import TaxonomyNode
from models.enums import OrgLevel, RectStatus, Role, SourceMethod
from services.accounts import add_user
from services.errors import InvalidFieldsError, NotPermittedError
from services.excel.columns import KINDS, MAPPING_SHEET, ValueType, mapping_rows
from services.excel.importing import plan_import
from services.excel.ledger import FIRST_DATA_ROW, HEADER_ROW, LISTS_SHEET
from services.excel.styles import MARKINGS
from services.excel.templates import column_hint, write_template
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE


def dropdowns(sheet: Worksheet, book: openpyxl.Workbook) -> dict[str, tuple[list[str], str]]:
    """Header text -> (the values its dropdown offers, its error style)."""
    lists = book[LISTS_SHEET]
    headers = {cell.column_letter: cell.value for cell in sheet[HEADER_ROW]}
    found = {}
    for validation in sheet.data_validations.dataValidation:
        source = validation.formula1.split("!")[1].replace("$", "")
        first, last = source.split(":")
        values = [row[0].value for row in lists[f"{first}:{last}"]]
        letter = str(validation.sqref).split(":")[0].rstrip("0123456789")
        found[headers[letter]] = (values, validation.errorStyle)
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_the_official_layout(tmp_path: Path, kind: str) -> None:
    spec = KINDS[kind]
    report = write_template(kind, tmp_path / f"{kind}.xlsx")
    book = openpyxl.load_workbook(report.path)
    assert book.sheetnames[0] == spec.title
    assert {book[name].sheet_state for name in book.sheetnames[1:]} == {"veryHidden"}
    sheet = book[spec.title]
    assert sheet["A1"].value == spec.title and sheet["A1"].font.b
    assert "填写说明" in sheet["A2"].value
    assert [cell.value for cell in sheet[HEADER_ROW]] == [column.header for column in spec.columns]
    assert sheet.freeze_panes == f"A{FIRST_DATA_ROW}"
    assert sheet.max_row == HEADER_ROW  # blank: no data rows
    for index, column in enumerate(spec.columns):
        cell = sheet.cell(HEADER_ROW, index + 1)
        assert cell.comment is not None and cell.comment.text == column_hint(spec, column)
        assert (cell.font.color is not None and cell.font.color.rgb == "00C00000") is column.required
        assert sheet.column_dimensions[cell.column_letter].width == column.width + 2
    assert sheet.oddHeader.center.text == MARKINGS[spec.sensitivity]
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    mapping = [list(row) for row in book[MAPPING_SHEET].iter_rows(values_only=True)]
    expected = mapping_rows(kind, spec.title, HEADER_ROW, spec.keys)
    assert [row[:len(want)] for row, want in zip(mapping, expected, strict=True)] == expected


def test_every_enumeration_has_a_dropdown(tmp_path: Path) -> None:
    for kind, spec in KINDS.items():
        book = openpyxl.load_workbook(write_template(kind, tmp_path / f"{kind}.xlsx").path)
        offered = dropdowns(book[spec.title], book)
        for column in spec.columns:
            if column.type in (ValueType.ENUM, ValueType.ENUM_LIST) and column.vocabulary is not None:
                assert offered[column.header][0] == [member.zh for member in column.vocabulary], column.key
            if column.type == ValueType.YES_NO and column.importable:
                assert offered[column.header] == (["是", "否"], "stop")
            if column.type == ValueType.TAXONOMY:
                assert offered[column.header][0], column.key  # the shipped taxonomy without a workspace
    rect = openpyxl.load_workbook(tmp_path / "rectification.xlsx")
    assert dropdowns(rect["巡察反馈问题整改台账"], rect)["整改状态"] == ([s.zh for s in RectStatus], "stop")
    findings = openpyxl.load_workbook(tmp_path / "findings.xlsx")
    offered = dropdowns(findings["巡察发现问题清单"], findings)
    assert offered["问题来源"][0] == [m.zh for m in SourceMethod]
    assert offered["六项纪律"][1] == "warning"  # several values joined with "、" stay possible
    assert offered["单位层级"][0] == [level.zh for level in OrgLevel]


def test_a_workspace_fills_taxonomy_and_units(tmp_path: Path, team_ws: WorkspaceSession) -> None:
    from tests.ui.data import ORG_NAMES, populate

    populate(team_ws, 5, registers=False)
    book = openpyxl.load_workbook(write_template("findings", tmp_path / "f.xlsx", team_ws).path)
    offered = dropdowns(book["巡察发现问题清单"], book)
    with team_ws.read() as session:
        level_one = list(session.scalars(select(TaxonomyNode.name).where(
            TaxonomyNode.kind == "category", TaxonomyNode.level == 1)
            .order_by(TaxonomyNode.scheme, TaxonomyNode.order_no, TaxonomyNode.code)))
    assert offered["一级分类"][0] == level_one
    assert offered["被巡察单位"][0] == sorted(ORG_NAMES)


def test_a_renamed_header_still_imports_into_its_field(tmp_path: Path, team_ws: WorkspaceSession) -> None:
    path = write_template("orgs", tmp_path / "orgs.xlsx").path
    book = openpyxl.load_workbook(path)
    sheet = book["被巡察单位名单"]
    sheet["B3"] = "名字（我改的）"  # was 单位名称
    sheet["F3"] = "级别？"  # was 单位层级
    sheet.append([1, "红旗村", None, None, None, "村"])
    book.save(path)
    plan = plan_import(team_ws, path)
    assert plan.kind == "orgs" and plan.ok()
    assert plan.parsed[0].values["name"] == "红旗村" and plan.parsed[0].values["level"] == OrgLevel.VILLAGE.value


def test_clue_template_is_for_clue_roles_only(tmp_path: Path, team_ws: WorkspaceSession) -> None:
    add_user(team_ws, "李组员", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(team_ws.path, PASSPHRASE, "李组员")
    try:
        with pytest.raises(NotPermittedError):
            write_template("clues", tmp_path / "clues.xlsx", member)
    finally:
        member.lock()
    assert not (tmp_path / "clues.xlsx").exists()
    book = openpyxl.load_workbook(write_template("clues", tmp_path / "clues.xlsx", team_ws).path)
    assert book["巡察问题线索移交清单"].oddHeader.center.text == MARKINGS["C3"]


def test_where_a_template_may_go(tmp_path: Path, team_ws: WorkspaceSession) -> None:
    assert write_template("taxonomy", tmp_path / "分类").path == tmp_path / "分类.xlsx"
    with pytest.raises(InvalidFieldsError) as exists:
        write_template("taxonomy", tmp_path / "分类.xlsx", overwrite=False)
    assert exists.value.problems[0].reason == "file_exists"
    with pytest.raises(InvalidFieldsError) as missing:
        write_template("taxonomy", tmp_path / "no" / "such" / "t.xlsx")
    assert missing.value.problems[0].reason == "not_writable"
    with pytest.raises(InvalidFieldsError) as inside:
        write_template("taxonomy", team_ws.path / "t.xlsx", team_ws)
    assert inside.value.problems[0].reason == "inside_workspace"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "team") == ["分类.xlsx"]  # nothing staged left
