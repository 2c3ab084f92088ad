"""Exports from the demo workspace (HQ: 570 findings, 330 tasks, 26 clues): layouts, values, markings, audit,
the clue rule, cancel, the round trip through the importer into a fresh workspace, and LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from models import keystore
from models.audit import AuditEvent
from models.entities import Clue, Finding, RectificationItem
from models.enums import Role, WorkspaceKind
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.errors import CancelledError, NotPermittedError
from services.excel import exporting
from services.excel.columns import KINDS, MAPPING_SHEET
from services.excel.export_common import CLUE_LIST_EXPORTED, LEDGER_EXPORTED, STAGE_ROWS
from services.excel.exporting import export_excel
from services.excel.importing import apply_import, plan_import
from services.excel.ledger import FIRST_DATA_ROW, HEADER_ROW
from services.excel.styles import MARKINGS
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace
from tests.conftest import TEST_KDF

KINDS_IN_ORDER = ("orgs", "taxonomy", "findings", "rectification", "clues")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "hq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, clock=FakeClock())
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_template, tmp_path / "demo"))


@pytest.fixture
def admin(demo_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(demo_path, DEMO_PASSPHRASE, "王主任", clock=clock)
    yield ws
    ws.lock()


@pytest.fixture
def member(demo_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(demo_path, DEMO_PASSPHRASE, "李干事", clock=clock)
    yield ws
    ws.lock()


def data_rows(path: Path) -> list[tuple[Any, ...]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return list(sheet.iter_rows(min_row=FIRST_DATA_ROW, values_only=True))


def audit_events(ws: WorkspaceSession, action: str) -> list[AuditEvent]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def live(ws: WorkspaceSession, entity: type) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(entity).where(entity.is_deleted.is_(False))))


def test_findings_ledger_layout_and_values(tmp_path: Path, admin: WorkspaceSession) -> None:
    report = export_excel(admin, "findings", tmp_path / "问题清单.xlsx")
    assert report.rows == live(admin, Finding) == 570
    book = openpyxl.load_workbook(report.path)
    sheet = book["巡察发现问题清单"]
    assert sheet["A1"].value == "巡察发现问题清单"
    note = sheet["A2"].value
    assert note.startswith(MARKINGS["C2"]) and "导出人：王主任（巡察办管理员）" in note and "共 570 条" in note
    local = FakeClock().now().astimezone()
    assert f"导出时间：{local:%Y-%m-%d %H:%M}" in note
    assert sheet.oddHeader.center.text == MARKINGS["C2"]
    assert "导出人：王主任" in sheet.oddFooter.left.text and "&P" in sheet.oddFooter.right.text
    assert [c.value for c in sheet[HEADER_ROW]] == [c.header for c in KINDS["findings"].columns]
    assert sheet.freeze_panes == f"A{FIRST_DATA_ROW}" and MAPPING_SHEET in book.sheetnames
    keys = KINDS["findings"].keys
    first = dict(zip(keys, next(sheet.iter_rows(min_row=FIRST_DATA_ROW, values_only=True)), strict=True))
    with admin.read() as session:
        finding = session.scalar(select(Finding).where(Finding.code == first["code"]))
    assert finding is not None
    assert first["seq"] == 1 and first["term_no"] == 13 and first["year"] == 2026 and first["round_no"] == 3
    assert first["title"] == finding.title and first["description"] == finding.description
    assert first["is_key"] == ("是" if finding.is_key else "否")
    amounts = [row[keys.index("amount_involved")] for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, values_only=True)]
    assert any(isinstance(a, float) for a in amounts)
    found = [row[keys.index("discovered_at")] for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, values_only=True)]
    assert all(value is None or isinstance(value, datetime) for value in found)  # real date cells
    assert sheet.cell(FIRST_DATA_ROW, keys.index("discovered_at") + 1).number_format == "yyyy-mm-dd"


def test_an_export_is_audited_and_a_clue_export_as_such(tmp_path: Path, admin: WorkspaceSession) -> None:
    export_excel(admin, "rectification", tmp_path / "r.xlsx")
    [event] = audit_events(admin, LEDGER_EXPORTED)
    assert event.entity == "rectification_item" and '"rows":330' in event.detail_json
    assert str(tmp_path / "r.xlsx") in event.detail_json
    report = export_excel(admin, "clues", tmp_path / "c.xlsx")
    assert report.rows == live(admin, Clue) == 26 and report.marking == MARKINGS["C3"]
    [clue_event] = audit_events(admin, CLUE_LIST_EXPORTED)
    assert clue_event.entity == "clue" and set(__import__("json").loads(clue_event.detail_json)) == {
        "kind", "rows", "path", "marking"}  # ids and counts, no clue content
    sheet = openpyxl.load_workbook(report.path).worksheets[0]
    assert sheet.oddHeader.center.text == MARKINGS["C3"] and sheet["A2"].value.startswith(MARKINGS["C3"])


def test_the_clue_list_is_refused_to_other_roles(tmp_path: Path, member: WorkspaceSession) -> None:
    with pytest.raises(NotPermittedError):
        export_excel(member, "clues", tmp_path / "c.xlsx")
    assert not (tmp_path / "c.xlsx").exists() and audit_events(member, CLUE_LIST_EXPORTED) == []
    export_excel(member, "findings", tmp_path / "f.xlsx")  # the C2 ledgers are the member's to export


def test_cancel_leaves_no_file_no_event_and_no_staging(tmp_path: Path, admin: WorkspaceSession,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporting, "BATCH", 50)
    seen: list[tuple[str, int, int]] = []
    token = exporting.CancelToken()

    def progress(stage: str, done: int, total: int) -> None:
        seen.append((stage, done, total))
        if done >= 100:
            token.cancel()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CancelledError):
        export_excel(admin, "findings", out / "f.xlsx", progress, token)
    assert list(out.iterdir()) == [] and audit_events(admin, LEDGER_EXPORTED) == []
    assert seen[0] == (STAGE_ROWS, 0, 570) and (STAGE_ROWS, 100, 570) in seen
    report = export_excel(admin, "findings", out / "f.xlsx", progress=lambda *a: seen.append(a))
    assert report.rows == 570 and [p.name for p in out.iterdir()] == ["f.xlsx"]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, admin: WorkspaceSession) -> None:
    with admin.write() as tx:
        finding = tx.session.scalar(select(Finding).order_by(Finding.code).limit(1))
        assert finding is not None
        tx.update(finding, title="=HYPERLINK(\"http://x\",\"点我\")", description="#N/A")
        code = finding.code
    sheet = openpyxl.load_workbook(export_excel(admin, "findings", tmp_path / "f.xlsx").path).worksheets[0]
    keys = KINDS["findings"].keys
    [row] = [r for r in sheet.iter_rows(min_row=FIRST_DATA_ROW) if r[keys.index("code")].value == code]
    title = row[keys.index("title")]
    assert title.data_type == "s" and title.value == "=HYPERLINK(\"http://x\",\"点我\")"
    assert row[keys.index("description")].data_type == "s"


def test_statistics_summary(tmp_path: Path, admin: WorkspaceSession, member: WorkspaceSession) -> None:
    report = export_excel(admin, "statistics", tmp_path / "s.xlsx")
    cells = [v for row in openpyxl.load_workbook(report.path).worksheets[0].iter_rows(values_only=True) for v in row]
    assert "巡察工作统计汇总" in cells and "问题线索（条）" in cells and report.marking == MARKINGS["C3"]
    assert any(isinstance(v, str) and "问题线索18条" in v for v in cells)
    mine = export_excel(member, "statistics", tmp_path / "m.xlsx")
    cells = [v for row in openpyxl.load_workbook(mine.path).worksheets[0].iter_rows(values_only=True) for v in row]
    assert "问题线索（条）" not in cells and not any(isinstance(v, str) and "线索" in v for v in cells)
    assert mine.marking == MARKINGS["C2"] and len(audit_events(member, LEDGER_EXPORTED)) == 2


def importable(kind: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    keep = [i for i, column in enumerate(KINDS[kind].columns) if column.importable]
    return sorted((tuple(row[i] for i in keep) for row in rows), key=repr)


@pytest.mark.slow  # every ledger out and into a new workspace (~7 s)
def test_round_trip_into_a_fresh_workspace(tmp_path: Path, admin: WorkspaceSession, clock: FakeClock,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
    first = {kind: export_excel(admin, kind, tmp_path / f"a-{kind}.xlsx").path for kind in KINDS_IN_ORDER}
    fresh = create_workspace(tmp_path / "fresh", user_name="王主任", role=Role.HQ_ADMIN, passphrase=DEMO_PASSPHRASE,
                             kind=WorkspaceKind.HQ, clock=clock)
    try:
        for kind in KINDS_IN_ORDER:
            plan = plan_import(fresh, first[kind])
            assert plan.kind == kind and plan.ok(create_missing=True), plan.problems(True)[:3]
            apply_import(fresh, plan, create_missing=True)
        assert live(fresh, Finding) == 570 and live(fresh, RectificationItem) == 330 and live(fresh, Clue) == 26
        for kind in KINDS_IN_ORDER:
            again = export_excel(fresh, kind, tmp_path / f"b-{kind}.xlsx").path
            assert importable(kind, data_rows(again)) == importable(kind, data_rows(first[kind])), kind
    finally:
        fresh.lock()


@pytest.mark.slow  # starts LibreOffice (~5 s)
@pytest.mark.libreoffice
def test_libreoffice_reads_the_same_cells(tmp_path: Path, admin: WorkspaceSession) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh installs libreoffice-calc-nogui)")
    ours = export_excel(admin, "findings", tmp_path / "findings.xlsx").path
    out = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(ours)], check=True, capture_output=True, timeout=180)
    theirs = out / "findings.xlsx"

    def cells(path: Path) -> list[tuple[Any, ...]]:
        sheet = openpyxl.load_workbook(path).worksheets[0]
        return [tuple(normal(v) for v in row) for row in sheet.iter_rows(min_row=1, values_only=True)]

    def normal(value: Any) -> Any:
        if isinstance(value, datetime) and value.time() == datetime.min.time():
            return value.date()
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    mine, converted = cells(ours), cells(theirs)
    assert len(converted) >= len(mine)
    assert converted[:len(mine)] == mine
    assert any(isinstance(v, date) for row in mine for v in row)
    book = openpyxl.load_workbook(theirs)
    assert MAPPING_SHEET in book.sheetnames and book[MAPPING_SHEET].sheet_state != "visible"
