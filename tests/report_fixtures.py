"""The demo workspace the report tests print from (made once per session, copied per test) and pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models import keystore
from models.entities import (
    Assignment,
    Finding,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    RectificationFlag,
    RectificationItem,
)
from models.enums import FindingStatus
from services.clock import FakeClock
from services.demo import create_demo_workspace
from services.workspace import WorkspaceSession
from tests.conftest import TEST_KDF

PAGE_NUMBER = re.compile(r"第\s*(\d+)\s*页\s*/\s*共\s*(\d+)\s*页")


def make_demo_template(factory: pytest.TempPathFactory) -> Path:
    path = factory.mktemp("report-demo") / "hq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, clock=FakeClock())
    return path


def copy_demo(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(template, target)
    return target


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (poppler's pdftotext; scripts/setup.sh installs poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (scripts/setup.sh does)")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                         timeout=120).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def check_pages(pages: list[str], marking: str) -> None:
    """The marking and "第 n 页 / 共 N 页" on every page, numbered 1..N."""
    assert pages
    for number, text in enumerate(pages, 1):
        assert squash(marking) in squash(text), f"page {number} lacks the marking"
        found = PAGE_NUMBER.findall(text)
        assert (str(number), str(len(pages))) in found, f"page {number}: {found}"


PREVIOUS_TITLE = "十三届市委第二轮巡察"
# The previous round's problems per level-1 category (one category the demo round has, one it has not), and its
# rectification tasks' statuses: 3 of 4 completed (已完成 or 已销号); the fourth has asked to be closed out, and the
# first was found perfunctory (敷衍整改).
PREVIOUS_FINDINGS = {"落实全面从严治党战略部署情况": 3, "落实新时代党的组织路线情况": 1,
                     "落实意识形态工作责任制情况": 1}
PREVIOUS_TASKS = ("done", "closed_out", "done", "in_progress")


def add_previous_round(ws: WorkspaceSession) -> str:
    """An earlier round (十三届市委第二轮, 2026) with two of the demo's units, five problems and four rectification
    tasks, written through the write gate like any data; its id."""
    with ws.write() as tx:
        orgs = list(tx.session.scalars(select(InspectedOrg).where(InspectedOrg.is_deleted.is_(False))
                                       .order_by(InspectedOrg.name)))[:2]
        round_ = InspectionRound(term_no=13, year=2026, round_no=2, title=PREVIOUS_TITLE,
                                 start_date=date(2026, 4, 1), end_date=date(2026, 5, 31))
        tx.insert(round_)
        team = InspectionTeam(round_id=round_.id, team_no=1, name="市委第一巡察组")
        tx.insert(team)
        assignments = []
        for org in orgs:
            assignment = Assignment(round_id=round_.id, team_id=team.id, org_id=org.id, inspection_type="routine")
            tx.insert(assignment, scope_team_id=team.id)
            assignments.append(assignment)
        findings = []
        categories = [name for name, n in PREVIOUS_FINDINGS.items() for _ in range(n)]
        for seq, category in enumerate(categories, 1):
            assignment = assignments[seq % 2]
            finding = Finding(code=f"[2026]2巡-1组-{seq}号", seq_no=seq, assignment_id=assignment.id,
                              org_id=assignment.org_id, title=f"上一轮第{seq}个问题", category_l1=category,
                              status=FindingStatus.REPORTED.value, discovered_at=date(2026, 4, 10 + seq))
            tx.insert(finding, scope_team_id=team.id)
            findings.append(finding)
        tasks = []
        for number, status in enumerate(PREVIOUS_TASKS, 1):
            finding = findings[number - 1]
            task = RectificationItem(item_no=1, finding_id=finding.id, org_id=finding.org_id,
                                     problem_text=finding.title, rect_type="deadline", status=status)
            tx.insert(task, scope_team_id=team.id)
            tasks.append(task)
        # the task still in progress has asked to be closed out; one done task was found perfunctory
        tx.update(tasks[3], closure_requested_at=datetime(2026, 6, 20, 9, 0))
        tx.insert(RectificationFlag(item_id=tasks[0].id, kind="perfunctory", accountability="约谈提醒",
                                    decided_on=date(2026, 7, 1)), scope_team_id=team.id)
    return round_.id
