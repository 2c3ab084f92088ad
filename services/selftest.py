"""The self-test (``main.py --self-test``): a throwaway workspace exercises what a frozen build can lose.

SQLCipher and its page HMACs, Argon2id key slots, the Alembic migrations (found as files), the change log
and audit chain, the clue compartment, Decimal amounts and Chinese text: create, write one finding with its
round, team, organisation and assignment (and one clue), verify, lock, unlock again and read it all back.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from models.audit import AuditEvent
from models.clue import Clue
from models.enums import FindingStatus, InspectionType, OrgLevel, Role, SourceMethod, WorkspaceKind
from models.finding import Finding
from models.organisation import Assignment, InspectedOrg, InspectionRound, InspectionTeam
from models.store import PLAINTEXT_HEADER
from services.clock import SYSTEM_CLOCK, Clock
from services.errors import DomainError, LockedError
from services.reports.exporting import REPORT_EXPORTED, Renderer, export_report
from services.verify import verify_workspace
from services.workspace import CLUES_DB, WORKSPACE_DB, WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace

SELF_TEST_USER = "自检组长"
SAMPLE_TITLE = "自检：专项资金拨付未履行集体决策程序"
SAMPLE_AMOUNT = Decimal("123.456789")  # 万元, to the 分 that WanYuan keeps exactly
SAMPLE_CLUE = "自检线索：某某涉嫌违规收受礼金"


class SelfTestFailed(DomainError):
    """A step of the self-test did not hold: the build (or its machine) is broken."""

    code = "self_test_failed"
    exit_code = 1


@dataclass
class SelfTestReport:
    steps: list[str] = field(default_factory=list)
    seconds: float = 0.0  # a failed step raises SelfTestFailed: a report means every step held


def run_self_test(folder: Path, *, clock: Clock = SYSTEM_CLOCK, render: Renderer | None = None) -> SelfTestReport:
    """Run every step in ``folder`` (which the caller creates empty and removes afterwards). With ``render`` (the
    PDF painter of printing/, which this Qt-free layer cannot import), a report is printed too: the Qt platform
    plugin, the shipped font and the PDF writer are what a frozen build can lose."""
    report = SelfTestReport()
    started = time.monotonic()
    path = folder / "self-test-workspace"
    passphrase = secrets.token_urlsafe(18)

    def step(name: str, check: Callable[[], object]) -> None:
        try:
            outcome = check()
        except DomainError as exc:
            raise SelfTestFailed(f"{name}: {exc.code}", step=name, details=list(exc.details)) from exc
        if outcome is False:
            raise SelfTestFailed(f"{name} failed", step=name)
        report.steps.append(name)

    ws = create_workspace(path, user_name=SELF_TEST_USER, role=Role.TEAM_LEADER, passphrase=passphrase,
                          kind=WorkspaceKind.TEAM, team_no=1, clock=clock)
    report.steps.append("create")
    try:
        ids: dict[str, str] = {}
        step("write", lambda: ids.update(_write_sample(ws)))
        step("verify", lambda: _verified(ws))
    finally:
        ws.lock()
    step("lock", lambda: _refuses_when_locked(ws))
    step("encrypted", lambda: all(_encrypted(path / name) for name in (WORKSPACE_DB, CLUES_DB)))
    ws = unlock_workspace(path, passphrase, clock=clock)
    try:
        report.steps.append("unlock")
        step("read back", lambda: _reads_back(ws, ids))
        if render is not None:
            step("report", lambda: _prints_report(ws, folder, render))
    finally:
        ws.lock()
    report.seconds = time.monotonic() - started
    return report


def _write_sample(ws: WorkspaceSession) -> dict[str, str]:
    with ws.write() as tx:
        round_ = InspectionRound(term_no=13, year=2026, round_no=1, title="十三届市委第一轮巡察（自检）",
                                 modes=[str(InspectionType.ROUTINE)])
        tx.insert(round_)
        team = InspectionTeam(round_id=round_.id, team_no=1, name="第一巡察组")
        tx.insert(team)
        org = InspectedOrg(name="自检镇人民政府", level=str(OrgLevel.TOWNSHIP))
        tx.insert(org)
        assignment = Assignment(round_id=round_.id, team_id=team.id, org_id=org.id,
                                inspection_type=str(InspectionType.ROUTINE))
        tx.insert(assignment, scope_team_id=team.id)
        finding = Finding(code="[2026]1巡-1组-1号", seq_no=1, assignment_id=assignment.id, org_id=org.id,
                          title=SAMPLE_TITLE, amount_involved=SAMPLE_AMOUNT, source_method=str(SourceMethod.AUDIT),
                          occurred_from=date(2025, 3, 1), status=str(FindingStatus.DRAFT))
        tx.insert(finding, scope_team_id=team.id)
        clue = Clue(clue_no="XS-1-1", assignment_id=assignment.id, org_id=org.id, clue_name=SAMPLE_CLUE,
                    reflected_person_name="某某")
        tx.insert(clue, scope_team_id=team.id)
    return {"finding": finding.id, "clue": clue.id}


def _verified(ws: WorkspaceSession) -> bool:
    report = verify_workspace(ws)
    if not report.ok:
        raise SelfTestFailed("verify found problems", step="verify", details=report.all_problems())
    # The workspace's own changes: its default taxonomy, then the five sample rows (the clue is counted apart).
    return report.clues_checked and report.checked_changes >= 5


def _refuses_when_locked(ws: WorkspaceSession) -> bool:
    try:
        with ws.read():
            return False
    except LockedError:
        return True


def _encrypted(db: Path) -> bool:
    with db.open("rb") as handle:
        return handle.read(len(PLAINTEXT_HEADER)) != PLAINTEXT_HEADER


def _reads_back(ws: WorkspaceSession, ids: dict[str, str]) -> bool:
    with ws.read() as session:
        finding = session.get(Finding, ids["finding"])
        clue = session.get(Clue, ids["clue"])
        return (finding is not None and finding.title == SAMPLE_TITLE and finding.amount_involved == SAMPLE_AMOUNT
                and finding.occurred_from == date(2025, 3, 1) and clue is not None and clue.clue_name == SAMPLE_CLUE)


def _prints_report(ws: WorkspaceSession, folder: Path, render: Renderer) -> bool:
    """The sample round's problem list as a PDF, audited: a real file with the sample's title in it."""
    exported = export_report(ws, "findings", folder / "self-test-report.pdf", render, overwrite=False)
    data = exported.path.read_bytes()
    with ws.read() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == REPORT_EXPORTED)) or 0
    return data.startswith(b"%PDF-") and exported.pages >= 1 and exported.rows == 1 and audited >= 1
