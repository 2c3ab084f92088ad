"""Importing findings ledgers: real-world-shaped sheets just work; a bad row is reported, never half-imported."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.entities import Finding
from models.sync import ChangeRecord
from services.errors import CancelledError, InvalidFieldsError
from services.excel.importing import apply_import, plan_import
from services.progress import CancelToken
from services.verify import verify_workspace
from services.workspace import WorkspaceSession
from tests.services.excel import corpus


def count(ws: WorkspaceSession, entity: type = Finding) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_real_world_sheet_imports_and_twice_changes_nothing(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.real_world_findings(tmp_path / "问题清单.xlsx", rows=12)
    plan = plan_import(team_ws, path)
    assert plan.kind == "findings"
    layout = plan.layouts["问题清单"]
    assert (layout.header_first, layout.header_last) == (3, 4)
    keys = {m.spec.key for m in layout.columns.values()}
    assert {"team_no", "org_name", "title", "description", "category_l1", "amount_involved", "is_key"} <= keys
    # the workspace lacks the round, team and units: rejected unless the user agrees to create them
    assert plan.counts() == {"add": 0, "update": 0, "unchanged": 0, "rejected": 12}
    assert plan.counts(True) == {"add": 12, "update": 0, "unchanged": 0, "rejected": 0}
    assert sorted(plan.to_create["inspected_org"]) == ["市民政局", "市财政局"]
    assert ("hidden_rows", {"sheet": "问题清单", "count": 1}) in plan.notes
    assert any(code == "summary_rows" for code, _ in plan.notes)
    with pytest.raises(InvalidFieldsError):
        apply_import(team_ws, plan)
    assert count(team_ws) == 0

    outcome = apply_import(team_ws, plan, create_missing=True)
    assert outcome.added == 12 and outcome.created["assignment"] == 2
    with team_ws.read() as session:
        rows = {f.code: f for f in session.scalars(select(Finding))}
        first, third = rows["[2026]3巡-2组-1号"], rows["[2026]3巡-2组-3号"]
        assert first.amount_involved == Decimal("12.5") and third.amount_involved == Decimal("12.5")
        assert first.is_key and not rows["[2026]3巡-2组-2号"].is_key
        assert first.discipline_tags == ["integrity", "work"] and first.other_tags == ["专项资金"]
        assert first.category_l1 and first.category_l1.startswith("落实全面从严治党") and first.category_id
        assert first.source_method == "document" and str(first.occurred_from) == "2025-03-05"
        orgs = {f.org_id for f in rows.values()}
        assert len(orgs) == 2  # the merged context cells reached every row
        changes = session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.entity == "finding"))
        assert changes == 12

    again = plan_import(team_ws, path)
    assert again.counts() == {"add": 0, "update": 0, "unchanged": 12, "rejected": 0} and not again.to_create
    assert apply_import(team_ws, again).added == 0
    assert count(team_ws) == 12
    assert verify_workspace(team_ws).ok


def test_rows_without_codes_match_by_unit_and_title(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "a.xlsx", 5, code=False)
    apply_import(team_ws, plan_import(team_ws, path), create_missing=True)
    with team_ws.read() as session:
        codes = sorted(session.scalars(select(Finding.code)))
    assert codes[0].startswith("[2026]3巡-2组-") and len(codes) == 5
    assert plan_import(team_ws, path).counts()["unchanged"] == 5


def test_edited_cell_updates_the_draft(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "a.xlsx", 3)
    apply_import(team_ws, plan_import(team_ws, path), create_missing=True)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["H3"] = "改过的标题"
    wb.save(path)
    plan = plan_import(team_ws, path)
    assert plan.counts() == {"add": 0, "update": 1, "unchanged": 2, "rejected": 0}
    assert apply_import(team_ws, plan).updated == 1
    with team_ws.read() as session:
        assert session.scalar(select(Finding.title).where(Finding.code == "[2026]3巡-2组-2号")) == "改过的标题"


def test_bad_row_in_the_middle_of_a_large_sheet_writes_nothing(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "big.xlsx", 3000, bad_row=1500)
    plan = plan_import(team_ws, path)
    problems = plan.problems(True)
    assert [(p.row, p.column, p.reason) for p in problems] == [(1501, "P", "not_an_amount")]
    assert problems[0].params["label"] == "涉及金额（万元）" and problems[0].params["value"] == "一百二十万"
    with pytest.raises(InvalidFieldsError) as raised:
        apply_import(team_ws, plan, create_missing=True)
    assert raised.value.problems[0].row == 1501
    assert count(team_ws) == 0


def test_cancel_while_writing_rolls_back(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.simple_findings(tmp_path / "a.xlsx", 50)
    plan = plan_import(team_ws, path)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        apply_import(team_ws, plan, create_missing=True, cancel=token)
    assert count(team_ws) == 0


def test_duplicate_codes_unknown_categories_and_long_strings(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = corpus.simple_findings(tmp_path / "a.xlsx", 4)
    wb = load_workbook(path)
    ws = wb.active
    ws["G3"] = ws["G2"].value  # row 3 repeats row 2's code
    ws["J4"] = "Z"  # no such category
    ws["H5"] = "长" * 300  # a title over 200 characters
    ws["I5"] = "很长的问题表现" * 6000  # 42,000 characters of description are fine
    wb.save(path)
    plan = plan_import(team_ws, path)
    reasons = sorted((p.row, p.column, p.reason) for p in plan.problems(True))
    assert reasons == [(3, "G", "duplicate_row"), (4, "J", "unknown_reference"), (5, "H", "too_long")]


def test_formulas_give_their_cached_values_and_xlsm_is_read(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.with_formulas(corpus.simple_findings(tmp_path / "f.xlsx", 6))
    xlsm = path.rename(tmp_path / "f.xlsm")
    plan = plan_import(team_ws, xlsm)
    assert plan.ok(True), plan.problems(True)
    apply_import(team_ws, plan, create_missing=True)
    with team_ws.read() as session:
        amounts = set(session.scalars(select(Finding.amount_involved)))
    assert amounts == {Decimal("12.5")}


def test_team_workspace_rejects_another_teams_rows(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(corpus.FINDING_HEADERS)
    ws.append(corpus.finding_row(1, team="第三组"))
    wb.save(tmp_path / "a.xlsx")
    plan = plan_import(team_ws, tmp_path / "a.xlsx")
    assert [(p.column, p.reason) for p in plan.problems(True)] == [("E", "other_team")]


def test_title_only_edit_keeps_the_stored_description(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    """Issue 16, fault 1: an empty 问题表现 cell never changes the stored description (nor an empty title
    the stored title); a new finding without a description is a row problem, not a copy of its title."""
    from openpyxl import load_workbook

    path = corpus.simple_findings(tmp_path / "a.xlsx", 3)
    apply_import(team_ws, plan_import(team_ws, path), create_missing=True)
    wb = load_workbook(path)
    wb.active["H2"] = "只改了标题"
    wb.active["I2"] = None  # row 2 (code …-1号): title changed, description left empty
    wb.active["H3"] = None  # row 3 (code …-2号): title left empty, description unchanged
    wb.save(path)
    plan = plan_import(team_ws, path)
    assert plan.counts() == {"add": 0, "update": 1, "unchanged": 2, "rejected": 0}
    assert plan.rows[0].values == {"title": "只改了标题"}
    apply_import(team_ws, plan)
    with team_ws.read() as session:
        first = session.scalars(select(Finding).where(Finding.code == "[2026]3巡-2组-1号")).one()
        second = session.scalars(select(Finding).where(Finding.code == "[2026]3巡-2组-2号")).one()
        assert first.title == "只改了标题" and first.description == "市财政局在审核专项资金时未严格把关，第1笔。"
        assert second.title == "问题2：专项资金审核不严"

    fresh = corpus.simple_findings(tmp_path / "new.xlsx", 5)
    wb = load_workbook(fresh)
    wb.active["I5"] = None  # row 5: a new finding (code …-4号) without a description
    wb.active["G6"] = None  # row 6: a new finding without a code whose title is empty: the title still comes
    wb.active["H6"] = None  # from the description's first sentence (that is a new row, no stored value)
    wb.save(fresh)
    plan = plan_import(team_ws, fresh)
    assert [(p.row, p.column, p.reason) for p in plan.problems(True)] == [(5, "I", "required")]
    assert plan.rows[4].values["title"] == "市财政局在审核专项资金时未严格把关，第5笔"
