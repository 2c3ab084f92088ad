"""``demo --with-teams``: HQ's planned round and the four teams' laptops, enrolled through the real request,
grant and acceptance, whose first packages import at HQ (real export and import) with no rejection and no
conflict, after which HQ holds what the plain HQ demo holds."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import keystore
from models.clue import Clue
from models.clue_sync import ClueBacklog, ClueConflict
from models.entities import Finding, InspectionTeam, RectificationItem, TeamMember
from models.enums import Role, WorkspaceKind
from models.sync import ChangeRecord, get_meta
from models.sync_inbox import SyncBacklog, SyncConflict
from models.sync_registry import SyncDevice
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace, data, demo_users
from services.demo.teams import DemoWithTeams, create_demo_with_teams
from services.errors import CancelledError, WorkspaceExistsError
from services.progress import CancelToken
from services.queries.statistics import CHINESE, summary_sentence, team_statistics
from services.review import history, review
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.report import ImportStatus
from services.sync.updates.hq_export import export_updates
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import TEST_KDF

pytestmark = pytest.mark.slow  # the module builds HQ and three enrolled laptops once (~12 s)

SEED_SENTENCE = ("对12个单位开展常规巡察，发现问题398个、问题线索18条；"
                 "对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。")
# Only these outcomes: new rows (applied), their later steps on the row HQ just took (fast_forward), and the
# laptop's own default taxonomy, which HQ holds already (noop, 71 nodes per laptop).
CLEAN = {"applied", "fast_forward", "noop"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoWithTeams, Path]]:
    """The demo with teams (copied per test where a test changes it) and a plain HQ demo to compare with."""
    root = tmp_path_factory.mktemp("with-teams")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        made = create_demo_with_teams(root / "hq", root / "teams", clock=FakeClock())
        create_demo_workspace(root / "plain", clock=FakeClock())
    yield root, made, root / "plain"


@pytest.fixture
def world(built: tuple[Path, DemoWithTeams, Path], tmp_path: Path) -> Path:
    """A copy of HQ and the laptops (the packages stay where the demo wrote them)."""
    root = built[0]
    for name in ("hq", "teams"):
        shutil.copytree(root / name, tmp_path / name)
    return tmp_path


def opened(path: Path, name: str | None = None) -> WorkspaceSession:
    return unlock_workspace(path, DEMO_PASSPHRASE, name, clock=FakeClock())


def count(session: Session, entity: type) -> int:
    return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def import_all(hq: WorkspaceSession, packages: list[Path]) -> list:
    return [import_package(hq, package) for package in packages]


def test_hq_holds_the_plan_and_every_laptop_is_enrolled_to_its_team(built) -> None:
    root, made, _ = built
    assert [team.team_no for team in made.teams] == [1, 2, 3, 4]
    hq = opened(root / "hq")
    try:
        with hq.read() as session:
            assert count(session, Finding) == 0 and count(session, InspectionTeam) == 4
            assert count(session, TeamMember) == 24
            devices = session.scalars(select(SyncDevice).where(SyncDevice.kind == "team")
                                      .order_by(SyncDevice.team_no)).all()
            assert [(d.team_no, d.device_id) for d in devices] == [(t.team_no, t.device_id) for t in made.teams]
    finally:
        hq.lock()
    for team in made.teams:
        ws = opened(team.path)
        try:
            assert ws.kind is WorkspaceKind.TEAM and ws.team_no == team.team_no and ws.demo
            assert ws.actor.role is Role.TEAM_LEADER
            assert team.users == [(u.name, u.role) for u in demo_users(team.team_no)]
            with ws.read() as session:
                assert get_meta(session, "enrolled") == "1"
                assert count(session, Finding) == team.counts["finding"] > 0
                assert session.scalar(select(func.count()).select_from(Clue)) == team.counts["clue"]
                # what only HQ records stays empty on a laptop: it could not send it
                assert all(c.result is None and not c.closed and c.feedback_at is None
                           for c in session.scalars(select(Clue)))
                signed = session.scalars(select(Finding.id).where(Finding.status == "signed").limit(1)).one()
            assert [e.action for e in history(ws, signed)] == ["create", "finding_reviewed", "finding_signed"]
            assert verify_workspace(ws).ok
        finally:
            ws.lock()
        assert team.package.parent == made.usb and team.package.exists()
    assert sorted(p.name for p in made.enrollment.iterdir()) == sorted(
        f"team-{n}.{ext}" for n in (1, 2, 3, 4) for ext in ("xcreq", "xcgrant"))


def test_the_laptops_packages_import_at_hq_with_no_rejection_and_no_conflict(built, world: Path) -> None:
    _, made, plain = built
    hq = opened(world / "hq")
    try:
        results = import_all(hq, [team.package for team in made.teams])
        for team, result in zip(made.teams, results, strict=True):
            assert result.status is ImportStatus.IMPORTED, (result.code, result.params)
            assert result.team_no == team.team_no and not result.warnings
            assert set(result.counts) | set(result.clue_counts) <= CLEAN, (result.counts, result.clue_counts)
            assert result.counts["noop"] == 71  # the laptop's default taxonomy, which HQ holds already
        with hq.read() as session:
            for table in (SyncConflict, ClueConflict, SyncBacklog, ClueBacklog):
                assert count(session, table) == 0, table.__tablename__
            rows = session.execute(select(Finding.id, Finding.code, Finding.title, Finding.status,
                                          Finding.amount_involved).order_by(Finding.code)).all()
            rectification = count(session, RectificationItem)
        stats = team_statistics(hq)
        assert summary_sentence(stats, CHINESE) == SEED_SENTENCE
        assert [(m.inspection_type, m.objects, m.findings, m.clues) for m in stats.modes] == [
            ("routine", {"unit": 12}, 398, 18), ("upgraded", {"township": 1, "village": 9}, 172, 8)]
        assert verify_workspace(hq).ok
    finally:
        hq.lock()
    reference = opened(plain)
    try:  # the teams' work is the HQ demo's, row for row
        with reference.read() as session:
            # the HQ demo also closed some out (services/demo/rectification.py): HQ's step, not the teams' work
            expected = [(*r[:3], "rectifying" if r[3] == "closed" else r[3], r[4]) for r in session.execute(
                select(Finding.id, Finding.code, Finding.title, Finding.status, Finding.amount_involved)
                .order_by(Finding.code))]
            assert [tuple(r) for r in rows] == expected
            assert rectification == count(session, RectificationItem)
    finally:
        reference.lock()


def test_hq_reads_the_papers_history_as_the_laptop_wrote_it(built, world: Path) -> None:
    _, made, _ = built
    team = made.teams[1]
    people = {p.role: p.name for p in next(t for t in data.TEAMS if t.team_no == team.team_no).members}
    hq = opened(world / "hq")
    try:
        import_all(hq, [team.package])
        with hq.read() as session:
            signed = session.scalars(select(Finding).where(Finding.status == "signed").order_by(Finding.code)
                                     .limit(1)).one()
            devices = set(session.scalars(select(ChangeRecord.device_id).where(
                ChangeRecord.entity == "finding", ChangeRecord.entity_id == signed.id)))
        assert devices == {team.device_id}  # written on the laptop, stored at HQ as received
        steps = [(e.action, e.who, e.role) for e in history(hq, signed.id)]
        assert steps[1:] == [("finding_reviewed", people["deputy"], "deputy_leader"),
                             ("finding_signed", people["leader"], "team_leader")]
        assert steps[0][0] == "create" and steps[0][2] == "member"
    finally:
        hq.lock()


def test_the_next_round_trip_hq_update_then_a_review_on_the_laptop(built, world: Path) -> None:
    """What the README's tour does next: HQ's update to a laptop imports there, and a review made on the
    laptop comes back to HQ as a fast-forward."""
    _, made, _ = built
    team = made.teams[3]
    laptop = world / "teams" / team.path.name
    stick = world / "stick"
    stick.mkdir()
    hq = opened(world / "hq")
    try:
        import_all(hq, [team.package])
        (update,) = export_updates(hq, stick, team_no=team.team_no)
    finally:
        hq.lock()
    deputy = opened(laptop, demo_users(team.team_no)[1].name)
    try:
        result = import_package(deputy, Path(update.path))
        assert result.status is ImportStatus.IMPORTED and set(result.counts) <= {"kept", "updated"}
        with deputy.read() as session:
            draft = session.scalars(select(Finding).where(Finding.status == "draft").order_by(Finding.code)
                                    .limit(1)).one()
        review(deputy, draft.id)
    finally:
        deputy.lock()
    leader = opened(laptop)
    try:
        summary = export_package(leader, stick)
    finally:
        leader.lock()
    hq = opened(world / "hq")
    try:
        back = import_package(hq, Path(summary.path))
        assert back.status is ImportStatus.IMPORTED and back.counts == {"fast_forward": 1}
        with hq.read() as session:
            assert session.get(Finding, draft.id).status == "reviewed"
    finally:
        hq.lock()


def test_occupied_folders_are_refused_and_a_cancel_leaves_nothing(tmp_path: Path) -> None:
    teams = tmp_path / "teams"
    teams.mkdir()
    (teams / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(WorkspaceExistsError):
        create_demo_with_teams(tmp_path / "hq", teams, clock=FakeClock())
    assert not (tmp_path / "hq").exists() and (teams / "notes.txt").read_text(encoding="utf-8") == "keep me"

    token = CancelToken()

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "teams" and done == 1:
            token.cancel()

    with pytest.raises(CancelledError):
        create_demo_with_teams(tmp_path / "hq2", tmp_path / "teams2", clock=FakeClock(), progress=progress,
                               cancel=token)
    assert not (tmp_path / "hq2").exists() and not (tmp_path / "teams2").exists()
