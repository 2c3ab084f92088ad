"""The demo workspace: a real encrypted HQ demo and a team demo, built once per module."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models import keystore
from models.audit import AuditEvent, verify_chain
from models.clue import Clue, ClueChange, ClueLink, PetitionerIdentity
from models.enums import FindingStatus, OrgLevel, Role, WorkspaceKind
from models.finding import Blob, BlobChunk, Evidence, Finding, FindingSource
from models.organisation import Assignment, InspectedOrg, InspectionRound, UserAccount
from models.rectification import RectificationItem
from models.registers import DocumentRequest, FieldVisit, Interview, Petition
from models.sync import ChangeRecord
from models.taxonomy import TaxonomyNode
from services.accounts import list_users
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, DemoReport, create_demo_workspace, data
from services.errors import CancelledError, ValidationError, WorkspaceExistsError
from services.evidence_store import CHUNK_BYTES, read_blob, store_blob
from services.progress import CancelToken
from services.queries.statistics import CHINESE, summary_sentence, team_statistics
from services.review import history, person_name
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import TEST_KDF

pytestmark = pytest.mark.slow  # the module builds the HQ and team demos once (~6 s)

CODE = re.compile(r"^\[2026\]3巡-([1-4])组-(\d+)号$")


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Path, DemoReport, list]]]:
    """The HQ demo and the team 2 demo, each with the progress it reported."""
    built = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        for key, team in (("hq", None), ("team", 2)):
            path = tmp_path_factory.mktemp("demo") / key
            stages: list[tuple[str, int, int]] = []
            report = create_demo_workspace(path, team_no=team, clock=FakeClock(),
                                           progress=lambda *args, seen=stages: seen.append(args))
            built[key] = (path, report, stages)
        yield built


@pytest.fixture
def hq_demo(demos: dict) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(demos["hq"][0], DEMO_PASSPHRASE, clock=FakeClock())
    yield ws
    ws.lock()


@pytest.fixture
def team_demo(demos: dict) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(demos["team"][0], DEMO_PASSPHRASE, clock=FakeClock())
    yield ws
    ws.lock()


def count(session: Session, entity: type) -> int:
    return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_hq_demo_holds_the_seed_round(hq_demo: WorkspaceSession, demos: dict) -> None:
    report: DemoReport = demos["hq"][1]
    assert hq_demo.demo and hq_demo.kind is WorkspaceKind.HQ and hq_demo.actor.name == "王主任"
    assert hq_demo.keystore.demo
    with hq_demo.read() as session:
        (round_,) = session.scalars(select(InspectionRound)).all()
        assert (round_.term_no, round_.year, round_.round_no) == (13, 2026, 3)
        assert round_.title.endswith("（演示数据）") and round_.modes == ["routine", "upgraded"]
        inspected = Counter(session.execute(
            select(InspectedOrg.level, Assignment.inspection_type)
            .join(Assignment, Assignment.org_id == InspectedOrg.id)
        ).all())
        assert inspected == {("municipal_unit", "routine"): 12, ("township", "upgraded"): 1,
                             ("village", "upgraded"): 9}
        units = session.scalars(select(InspectedOrg).where(InspectedOrg.level == "municipal_unit")).all()
        assert {u.party_org_type for u in units} == {"leading_group"} and "市财政局" in {u.name for u in units}
        orgs = {org.id: org for org in session.scalars(select(InspectedOrg))}
        for village in (o for o in orgs.values() if o.level == OrgLevel.VILLAGE.value):
            township = orgs[village.parent_id]
            assert township.level == "township" and orgs[township.parent_id].name in ("攸县", "醴陵市")
        findings = count(session, Finding)
        assert findings == 570 and report.counts["finding"] == findings  # 398 routine + 172 upgraded
        for entity in (Interview, Petition, DocumentRequest, FieldVisit):
            assert count(session, entity) >= 22
    assert report.counts["users"] == 3 and report.seconds > 0


SEED_SENTENCE = ("对12个单位开展常规巡察，发现问题398个、问题线索18条；"
                 "对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。")


def test_the_demo_round_carries_the_seeds_figures_per_mode(hq_demo: WorkspaceSession, demos: dict) -> None:
    """The seed: routine inspection of 12 units found 398 problems and 18 clues; 1 township and 9 villages
    upgraded found 172 problems and 8 clues (570 and 26 in all)."""
    stats = team_statistics(hq_demo)
    assert [(m.inspection_type, m.objects, m.findings, m.clues) for m in stats.modes] == [
        ("routine", {"unit": 12}, 398, 18), ("upgraded", {"township": 1, "village": 9}, 172, 8)]
    assert (stats.findings, stats.clues) == (570, 26)
    assert {str(mode): figures for mode, figures in data.SEED_FIGURES.items()} == {
        "routine": (398, 18), "upgraded": (172, 8)}
    assert summary_sentence(stats, CHINESE) == SEED_SENTENCE
    member = unlock_workspace(demos["hq"][0], DEMO_PASSPHRASE, "李干事", clock=FakeClock())
    try:  # no clue figure for a role without clue access
        assert summary_sentence(team_statistics(member), CHINESE) == (
            "对12个单位开展常规巡察，发现问题398个；对1个乡镇、9个村开展提级巡察，发现问题172个。")
    finally:
        member.lock()


def test_a_signed_demo_paper_shows_its_drafter_reviewer_and_signer_in_its_history(hq_demo: WorkspaceSession) -> None:
    """The 审核记录 tab reads services.review.history: the steps the status line names, by those people, then."""
    with hq_demo.read() as session:
        papers = {status: session.scalars(select(Finding).where(Finding.status == status).order_by(Finding.code)
                                          .limit(1)).one() for status in ("draft", "signed", "rectifying")}
        names = {key: person_name(session, getattr(papers["signed"], key))
                 for key in ("drafted_by", "reviewed_by", "signed_by")}
    signed = papers["signed"]
    entries = history(hq_demo, signed.id)
    assert [(e.action, e.who, e.role, e.when, e.status_to) for e in entries] == [
        ("create", names["drafted_by"], "member", signed.drafted_at, "draft"),
        ("finding_reviewed", names["reviewed_by"], "deputy_leader", signed.reviewed_at, "reviewed"),
        ("finding_signed", names["signed_by"], "team_leader", signed.signed_at, "signed"),
    ]
    team_no = int(CODE.match(signed.code).group(1))
    team = next(t for t in data.TEAMS if t.team_no == team_no)
    people = {p.role: p.name for p in team.members}
    assert (names["reviewed_by"], names["signed_by"]) == (people["deputy"], people["leader"])
    assert names["drafted_by"] in {p.name for p in team.members if p.role in ("member", "petition_officer")}
    later = history(hq_demo, papers["rectifying"].id)
    assert [e.status_to for e in later] == ["draft", "reviewed", "signed", "reported", "fed_back", "rectifying"]
    assert [e.when for e in later] == sorted(e.when for e in later)
    assert [e.action for e in history(hq_demo, papers["draft"].id)] == ["create"]


def test_findings_have_codes_categories_and_a_spread_of_statuses(hq_demo: WorkspaceSession) -> None:
    with hq_demo.read() as session:
        findings = session.scalars(select(Finding)).all()
        nodes = {node.id: node for node in session.scalars(select(TaxonomyNode))}
        orgs = {org.id: org for org in session.scalars(select(InspectedOrg))}
        rect_ids = set(session.scalars(select(RectificationItem.finding_id)))
    codes = [f.code for f in findings]
    assert len(set(codes)) == len(codes)
    per_team: dict[str, list[int]] = {}
    for f in findings:
        match = CODE.match(f.code)
        assert match and int(match.group(2)) == f.seq_no
        per_team.setdefault(match.group(1), []).append(f.seq_no)
        node = nodes[f.category_id]
        assert node.level == 2 and f.category_l2 == node.name and f.category_l1 == nodes[node.parent_id].name
        village = orgs[f.org_id].level == "village"
        assert node.scheme == ("village_four_focuses" if village else "four_implementations")
        assert f.title and f.description and f.legal_basis and f.discipline_tags
        assert f.persons_involved and f.drafted_by and f.discovered_at.year == 2026
        assert f.occurred_from.year == 2025
    assert sorted(per_team) == ["1", "2", "3", "4"]
    assert all(sorted(seqs) == list(range(1, len(seqs) + 1)) for seqs in per_team.values())
    statuses = Counter(f.status for f in findings)
    assert set(statuses) == {"draft", "reviewed", "signed", "reported", "fed_back", "rectifying", "closed"}
    assert rect_ids == {f.id for f in findings if f.status in ("fed_back", "rectifying", "closed")}
    amounts = [f.amount_involved for f in findings]
    assert any(a is None for a in amounts) and any(a is not None and a > 1 for a in amounts)
    assert any("购买服务" in f.other_tags for f in findings) and any(f.is_key for f in findings)
    signed = [f for f in findings if FindingStatus(f.status) is FindingStatus.SIGNED]
    assert all(f.signed_by and f.reviewed_by for f in signed)


def test_every_demo_row_has_its_change_record_and_audit_event(hq_demo: WorkspaceSession) -> None:
    with hq_demo.read() as session:
        findings = count(session, Finding)
        changes = session.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.entity == "finding", ChangeRecord.op == "insert"))
        audits = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "finding", AuditEvent.action == "create"))
        assert changes == audits == findings
        assert session.scalar(select(func.count()).select_from(ClueChange)) == (
            count(session, Clue) + count(session, ClueLink) + count(session, PetitionerIdentity))
        assert verify_chain(session, hq_demo.device_id).ok
        team_scoped = session.scalars(select(Finding.scope_team_id).distinct()).all()
        assert len(team_scoped) == 4 and "hq" not in team_scoped


def test_clues_are_about_five_percent_and_linked(hq_demo: WorkspaceSession) -> None:
    assert hq_demo.can_read_clues
    with hq_demo.read() as session:
        clues, findings = count(session, Clue), count(session, Finding)
        assert clues == 26 and 0.03 <= clues / findings <= 0.07  # 18 routine + 8 upgraded
        finding_ids = set(session.scalars(select(Finding.id)))
        links = session.scalars(select(ClueLink)).all()
        assert {link.clue_id for link in links if link.target_kind == "finding"} == set(
            session.scalars(select(Clue.id)))
        assert all(link.target_id in finding_ids for link in links if link.target_kind == "finding")
        assert count(session, PetitionerIdentity) > 0
        assert all(c.discipline and c.reflected_person_name for c in session.scalars(select(Clue)))


def test_a_member_of_the_demo_cannot_see_clues(demos: dict) -> None:
    member = unlock_workspace(demos["hq"][0], DEMO_PASSPHRASE, "李干事", clock=FakeClock())
    try:
        assert member.actor.role is Role.MEMBER and not member.can_read_clues
        with member.read() as session:
            assert "clues" not in {row[1] for row in session.execute(text("PRAGMA database_list"))}
            assert count(session, Finding) >= 380
            with pytest.raises(Exception, match="no such table"):
                session.execute(text("SELECT count(*) FROM clues.clue"))
    finally:
        member.lock()
    officer = unlock_workspace(demos["hq"][0], DEMO_PASSPHRASE, "赵线索", clock=FakeClock())
    try:
        assert officer.can_read_clues
    finally:
        officer.lock()


def test_evidence_bytes_round_trip(hq_demo: WorkspaceSession) -> None:
    with hq_demo.read() as session:
        # the findings' evidence (the rectification documents HQ holds are text: services/demo/rectification.py)
        evidence = session.scalars(select(Evidence).where(Evidence.owner_kind == "finding")).all()
        with_evidence = {e.finding_id for e in evidence}
        assert 0.25 <= len(with_evidence) / count(session, Finding) <= 0.45
        assert count(session, Blob) < len(evidence)  # shared minutes are stored once
        for item in evidence:
            data = read_blob(session, item.blob_sha256)
            assert data.startswith(b"\x89PNG\r\n\x1a\n" if item.file_name.endswith(".png") else b"%PDF-1.4")
            assert session.get(Blob, item.blob_sha256).size == len(data)


def test_store_blob_is_idempotent_and_chunked(hq_ws: WorkspaceSession) -> None:
    data = bytes(range(256)) * (CHUNK_BYTES // 256 * 2 + 17)  # a little over 2 MiB
    with hq_ws.write() as tx:
        sha = store_blob(tx.session, data, "application/octet-stream")
        assert store_blob(tx.session, data, "application/octet-stream") == sha
    with hq_ws.read() as session:
        chunks = session.scalars(select(BlobChunk).where(BlobChunk.sha256 == sha)).all()
        assert [len(c.data) for c in chunks] == [CHUNK_BYTES, CHUNK_BYTES, len(data) - 2 * CHUNK_BYTES]
        assert read_blob(session, sha) == data


def test_demo_users_and_progress(hq_demo: WorkspaceSession, demos: dict) -> None:
    assert [(u.name, u.role) for u in list_users(hq_demo)] == [
        ("王主任", "hq_admin"), ("李干事", "member"), ("赵线索", "clue_officer")]
    stages = [stage for stage, _, _ in demos["hq"][2]]
    for stage in ("workspace", "taxonomy", "findings", "evidence", "clues", "users"):
        assert stage in stages
    assert all(done <= total for _, done, total in demos["hq"][2])


def test_team_demo_holds_only_its_team(team_demo: WorkspaceSession, hq_demo: WorkspaceSession,
                                       demos: dict) -> None:
    assert team_demo.kind is WorkspaceKind.TEAM and team_demo.team_no == 2 and team_demo.demo
    assert team_demo.actor.name == "张建国" and team_demo.actor.role is Role.TEAM_LEADER
    roles = {u.name: u.role for u in list_users(team_demo)}
    assert roles == {"张建国": "team_leader", "王海燕": "deputy_leader", "李明": "member", "黄磊": "clue_officer"}
    with team_demo.read() as session:
        findings = session.scalars(select(Finding).order_by(Finding.seq_no)).all()
        assert findings and all(CODE.match(f.code).group(1) == "2" for f in findings)
        assert count(session, Assignment) == 4 and count(session, InspectedOrg) == 4
        assert all(c.clue_no.startswith("[2026]3巡-2组") for c in session.scalars(select(Clue)))
        assert all(u.team_member_id for u in session.scalars(select(UserAccount)))
        team_rows = [(f.id, f.code, f.title, f.status) for f in findings]
        assert count(session, TaxonomyNode) == 71 and count(session, FindingSource) > 0
    with hq_demo.read() as session:
        hq_rows = [(f.id, f.code, f.title, f.status) for f in session.scalars(
            select(Finding).where(Finding.code.like("%-2组-%")).order_by(Finding.seq_no))]
    # generated deterministically: the same rows as in the HQ demo, where HQ's close-out moved some further
    hq_at_team = [(*row[:3], "rectifying" if row[3] == "closed" else row[3]) for row in hq_rows]
    assert [(*row[:3], "rectifying" if row[3] == "closed" else row[3]) for row in team_rows] == hq_at_team
    assert demos["team"][1].counts["finding"] == len(team_rows)


def test_cancel_rolls_back_and_removes_the_folder(tmp_path: Path) -> None:
    token = CancelToken()

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "findings":
            token.cancel()

    target = tmp_path / "cancelled"
    with pytest.raises(CancelledError):
        create_demo_workspace(target, team_no=3, clock=FakeClock(), progress=progress, cancel=token)
    assert not target.exists()


def test_bad_team_and_occupied_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        create_demo_workspace(tmp_path / "nope", team_no=9)
    assert not (tmp_path / "nope").exists()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(WorkspaceExistsError):
        create_demo_workspace(occupied)
    assert (occupied / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_a_bare_clue_number_shared_by_several_teams_asks_for_the_whole_one(demos: dict) -> None:
    from services.errors import InvalidFieldsError
    from services.queries.clues import find_clue_id

    ws = unlock_workspace(demos["hq"][0], DEMO_PASSPHRASE, "赵线索", clock=FakeClock())
    try:
        with pytest.raises(InvalidFieldsError) as raised:
            find_clue_id(ws, "1")
        problem = raised.value.problems[0]
        assert problem.reason == "ambiguous" and "[2026]3巡-2组-线索01号" in problem.params["choices"]
        assert find_clue_id(ws, "[2026]3巡-2组-线索01号") is not None
    finally:
        ws.lock()
