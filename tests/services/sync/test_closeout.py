"""Round close-out (清退): refused until HQ acknowledged all of the round; then the round's rows, blobs and
acknowledged change records are gone, physically (decrypted pages of workspace.db, clues.db and -wal hold no
trace of a marker text), the wipe is in sync_purge and the audit chain, and the workspace verifies."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from models.audit import AuditEvent, chain_head
from models.clue import Clue, ClueChange
from models.entities import Assignment, Blob, Evidence, Finding, InspectionRound, UserAccount
from models.enums import Role
from models.sync import ChangeRecord, get_meta
from models.sync_inbox import SyncPurge
from services.accounts import add_user
from services.clock import FakeClock
from services.clues import create_clue
from services.errors import NotPermittedError
from services.evidence import attach_evidence
from services.sync.closeout import wipe as closeout
from services.sync.devices import registry
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.services.sync.page_scan import plaintext_hits
from tests.services.sync.world import PASSPHRASE, REF, World, add_finding

MARKER = "清退标记QX7Z"


@pytest.fixture
def team(world: World, clock: FakeClock, tmp_path: Path) -> Iterator[WorkspaceSession]:
    """Team 1 laptop A with a finding, an attachment and a clue that carry MARKER."""
    ws = world.unlock("t1a", clock=clock)
    finding_id = add_finding(ws, f"{MARKER}：公车私用", description=f"描述{MARKER}。")
    attachment = tmp_path / "scan.txt"
    attachment.write_bytes(f"附件内容 {MARKER} ".encode() * 50)
    attach_evidence(ws, "finding", finding_id, attachment, title=f"证据{MARKER}")
    create_clue(ws, {"assignment_id": REF.assignment_ids[1], "clue_name": f"线索{MARKER}",
                     "reflected_person_name": "钱某", "problem_text": f"问题{MARKER}",
                     "discipline": ["integrity"]})
    yield ws
    ws.lock()


def hq_acknowledges_everything(ws: WorkspaceSession) -> None:
    """What importing HQ's update leaves (team_apply.apply_acks): own changes acked, audit seq acknowledged."""
    with ws.write() as tx:
        session = tx.session
        for log in (ChangeRecord, ClueChange):
            session.execute(update(log).where(log.device_id == ws.device_id).values(acked=True))
        hq = registry.hq_device(session)
        assert hq is not None
        registry.peer(session, hq.device_id).acked_by_peer_audit_seq = chain_head(session, ws.device_id)[0]


def _count(ws: WorkspaceSession, query: object) -> int:
    with ws.read() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def test_refused_until_hq_acknowledged(team: WorkspaceSession) -> None:
    cover = closeout.coverage(team, REF.round_id)
    assert not cover.ok and cover.unacked_changes == 2 and cover.unacked_clue_changes == 1
    assert cover.unacked_audit > 0 and cover.title == "十三届市委第三轮巡察"
    with pytest.raises(closeout.RoundNotCoveredError) as refused:
        closeout.close_round(team, REF.round_id)
    assert refused.value.exit_code == 4 and refused.value.params["changes"] == cover.unacked_changes
    assert _count(team, select(func.count()).select_from(Finding)) == 1
    assert _count(team, select(func.count()).select_from(SyncPurge)) == 0


def test_only_the_team_leader_closes(world: World, team: WorkspaceSession, clock: FakeClock) -> None:
    add_user(team, "周副组长", Role.DEPUTY_LEADER, PASSPHRASE + "-deputy")
    deputy = unlock_workspace(world.path("t1a"), PASSPHRASE + "-deputy", "周副组长", clock=clock)
    try:
        with pytest.raises(NotPermittedError):
            closeout.close_round(deputy, REF.round_id)
    finally:
        deputy.lock()
    hq = world.unlock("hq", clock=clock)
    try:
        with pytest.raises(NotPermittedError):
            closeout.close_round(hq, REF.round_id)
    finally:
        hq.lock()


def test_wipe_is_physical_recorded_and_verifiable(team: WorkspaceSession) -> None:
    db, clues_db = team.path / "workspace.db", team.path / "clues.db"
    key, clue_key = team.keyring.raw_db_key(), team.keyring.raw_clue_key()
    assert clue_key is not None
    marker = MARKER.encode()
    assert plaintext_hits(db, key, marker) and plaintext_hits(clues_db, clue_key, marker)  # the scan sees text
    with team.read() as session:
        own_changes = int(session.scalar(select(func.count()).select_from(ChangeRecord)
                                         .where(ChangeRecord.device_id == team.device_id)) or 0)
    hq_acknowledges_everything(team)
    assert closeout.coverage(team, REF.round_id).ok
    stages: list[str] = []
    report = closeout.close_round(team, REF.round_id, progress=lambda stage, done, total: stages.append(stage))
    assert {"wipe_rows", "compact"} <= set(stages) and report.checkpoint_busy == 0
    assert report.counts["finding"] == 1 and report.counts["evidence"] == 1 and report.counts["clue"] == 1
    assert report.counts["inspection_round"] == 1 and report.counts["assignment"] == 1
    assert report.blobs_purged == 1 and report.changes_purged == 2 and report.clue_changes_purged == 1

    for entity in (Finding, Evidence, Blob, InspectionRound, Assignment, Clue, ClueChange):
        assert _count(team, select(func.count()).select_from(entity)) == 0, entity
    assert _count(team, select(func.count()).select_from(ChangeRecord)) == own_changes - 2  # taxonomy stays
    assert _count(team, select(func.count()).select_from(UserAccount)) >= 1  # users stay
    with team.read() as session:
        purge = session.get(SyncPurge, REF.round_id)
        assert purge is not None and purge.blobs_purged == 1 and purge.changes_purged == 2
        assert get_meta(session, "purged_changes") == "2"
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "round_wiped")).one()
        assert event.entity_id == REF.round_id and event.device_id == team.device_id
        assert json.loads(event.detail_json)["counts"]["finding"] == 1
        assert MARKER not in event.detail_json
    assert plaintext_hits(db, key, marker) == []
    assert plaintext_hits(clues_db, clue_key, marker) == []
    report_verify = verify_workspace(team)
    assert report_verify.ok, report_verify.all_problems()
    with pytest.raises(closeout.RoundAlreadyWipedError):
        closeout.close_round(team, REF.round_id)


def test_cancel_rolls_back(team: WorkspaceSession) -> None:
    from services.errors import CancelledError
    from services.progress import CancelToken

    hq_acknowledges_everything(team)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        closeout.close_round(team, REF.round_id, cancel=token)
    assert _count(team, select(func.count()).select_from(Finding)) == 1
    assert _count(team, select(func.count()).select_from(SyncPurge)) == 0


def test_real_round_trip_then_close(world: World, team: WorkspaceSession, tmp_path: Path) -> None:
    """Package to HQ, HQ's update back: that acknowledgement is what lets the round go."""
    from services.sync.exporter import export_package
    from services.sync.importer import import_package
    from services.sync.updates.hq_export import export_updates

    stick = tmp_path / "stick"
    stick.mkdir()
    package = export_package(team, stick)
    hq = world.unlock("hq", clock=team.clock)
    try:
        assert import_package(hq, Path(package.path)).status == "imported"
        update = export_updates(hq, stick, device_ids=[team.device_id])[0]
    finally:
        hq.lock()
    assert not closeout.coverage(team, REF.round_id).ok
    assert import_package(team, Path(update.path)).status == "imported"
    assert closeout.coverage(team, REF.round_id).ok
    report = closeout.close_round(team, REF.round_id)
    assert report.counts["finding"] == 1 and report.counts["clue"] == 1 and report.blobs_purged == 1
    assert verify_workspace(team).ok
