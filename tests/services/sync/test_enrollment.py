"""Enrollment by file on real encrypted workspaces: request, grant, accept, fingerprints, refusals, revoke."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from cli.messages import message_for
from models.audit import AuditEvent
from models.base import HQ_SCOPE
from models.clue_sync import ClueKey
from models.entities import InspectedOrg, InspectionRound, InspectionTeam, TeamMember
from models.enums import Role
from models.sync import get_meta
from models.sync_registry import SyncDevice, SyncKey
from services.accounts import add_user
from services.clock import FakeClock
from services.errors import NotPermittedError
from services.sync.devices import registry
from services.sync.devices.registry import EnrollmentError
from services.sync.enrollment import accept_grant, make_request, read_grant, register_device
from services.sync.enrollment.request import data_beyond_defaults
from services.sync.package.rejections import PackageRejected
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.services.sync.enrolling import enroll, fresh_team
from tests.services.sync.world import PASSPHRASE, REF, World, reference_rows


@pytest.fixture
def hq(bare_world: World, clock: FakeClock) -> Iterator[WorkspaceSession]:
    """HQ with the round, teams 1 and 2, their members, units and assignments (no devices yet)."""
    ws = bare_world.unlock("hq", clock=clock)
    yield ws
    ws.lock()


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = fresh_team(tmp_path_factory.mktemp("enroll_template"), 2, FakeClock())
    ws.lock()
    return ws.path


@pytest.fixture
def team(team_template: Path, tmp_path: Path, clock: FakeClock) -> Iterator[WorkspaceSession]:
    """A new team 2 laptop (a copy of one made once: the same device id in every test, never twice in one)."""
    ws = unlock_workspace(shutil.copytree(team_template, tmp_path / "team"), PASSPHRASE, clock=clock)
    yield ws
    ws.lock()


def _actions(ws: WorkspaceSession) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.device_id == ws.device_id)))


def test_enroll_end_to_end_fingerprints_equal_on_both_sides(hq: WorkspaceSession, team: WorkspaceSession,
                                                            tmp_path: Path) -> None:
    request, grant, accepted = enroll(hq, team, tmp_path / "stick")

    assert len(request.fingerprint) == 23 and [len(g) for g in request.fingerprint.split(" ")] == [5, 5, 5, 5]
    with hq.read() as session:
        hq_own = registry.own_keys(session)
        at_hq = registry.device(session, team.device_id)
    with team.read() as session:
        team_own = registry.own_keys(session)
        pinned = registry.hq_device(session)
        assert get_meta(session, "enrolled") == "1" and get_meta(session, "team_id") == REF.team_ids[2]
        assert get_meta(session, "hq_device_id") == hq.device_id
        rows = {cls: session.scalar(select(func.count()).select_from(cls))
                for cls in (InspectionRound, InspectionTeam, TeamMember, InspectedOrg)}
    # the laptop's fingerprint, as the team sees it, as HQ registered it, as the grant and accept report it
    assert request.fingerprint == team_own.fingerprint == grant.device_fingerprint == accepted.device_fingerprint
    assert at_hq is not None and at_hq.fingerprint == request.fingerprint and at_hq.team_id == REF.team_ids[2]
    # HQ's fingerprint, as HQ holds it and as the team pinned it
    assert grant.hq_fingerprint == hq_own.fingerprint == accepted.hq_fingerprint == pinned.fingerprint
    assert pinned.device_id == hq.device_id and pinned.sign_public == hq_own.sign_public
    assert accepted.team_no == 2 and accepted.round_id == REF.round_id
    # the bootstrap brought team 2's reference rows (and not team 1's)
    assert rows == {InspectionRound: 1, InspectionTeam: 1, TeamMember: 2, InspectedOrg: 1}  # its unit, not team 1's
    assert registry.team_id_of(team) == REF.team_ids[2]
    assert "device_enrolled" in _actions(hq) and "grant_accepted" in _actions(team)
    assert verify_workspace(team).ok and verify_workspace(hq).ok
    # the team's later packages come from a known sender at HQ; HQ's updates from the pinned HQ at the team
    header = SimpleNamespace(sender_device=team.device_id, sender_key_id=team_own.sign_key_id,
                             recipient_device=hq.device_id, kind="team_to_hq")
    with hq.read() as session:
        assert registry.sender_for(session, header).device_id == team.device_id


def test_read_grant_shows_fingerprints_before_accepting(hq: WorkspaceSession, team: WorkspaceSession,
                                                        tmp_path: Path) -> None:
    request = make_request(team, tmp_path / "r.xcreq")
    grant = register_device(hq, request.path, team_no=2, round_id=REF.round_id, out=tmp_path / "g.xcgrant")
    preview = read_grant(grant.path, team)
    assert preview.hq_fingerprint == grant.hq_fingerprint and preview.device_fingerprint == request.fingerprint
    assert preview.team_no == 2 and preview.round_id == REF.round_id
    with team.read() as session:
        assert get_meta(session, "enrolled") is None  # reading changes nothing


def test_grant_for_another_request_is_refused(hq: WorkspaceSession, team: WorkspaceSession, tmp_path: Path,
                                              clock: FakeClock) -> None:
    other = fresh_team(tmp_path, 2, clock, name="other")
    try:
        make_request(team, tmp_path / "mine.xcreq")
        theirs = make_request(other, tmp_path / "theirs.xcreq")
        grant = register_device(hq, theirs.path, team_no=2, round_id=None, out=tmp_path / "theirs.xcgrant")
        with pytest.raises(EnrollmentError) as refused:
            accept_grant(team, grant.path)
        assert refused.value.code == "grant_not_for_us"
    finally:
        other.lock()
    with team.read() as session:
        assert get_meta(session, "enrolled") is None and session.scalar(select(func.count(SyncDevice.device_id))) == 1


def test_grant_not_answering_a_pending_request_is_refused(hq: WorkspaceSession, team: WorkspaceSession,
                                                          tmp_path: Path, clock: FakeClock) -> None:
    """A copy of the laptop taken before its request (same device, same keys) cannot take the grant."""
    with team.write() as tx:
        registry.ensure_own_keys(tx)
    team.lock()
    shutil.copytree(team.path, tmp_path / "copy")
    team_again = unlock_workspace(team.path, PASSPHRASE, clock=clock)
    copy = unlock_workspace(tmp_path / "copy", PASSPHRASE, clock=clock)
    try:
        request = make_request(team_again, tmp_path / "r.xcreq")
        grant = register_device(hq, request.path, team_no=2, round_id=None, out=tmp_path / "g.xcgrant")
        with pytest.raises(EnrollmentError) as refused:
            accept_grant(copy, grant.path)
        assert refused.value.code == "unknown_request"
    finally:
        copy.lock()
        team_again.lock()


def test_re_enrollment_is_refused(hq: WorkspaceSession, team: WorkspaceSession, tmp_path: Path) -> None:
    request, grant, _ = enroll(hq, team, tmp_path / "stick")
    for again in (lambda: register_device(hq, request.path, team_no=2, round_id=None, out=tmp_path / "again.xcgrant"),
                  lambda: accept_grant(team, grant.path), lambda: make_request(team, tmp_path / "again.xcreq")):
        with pytest.raises(EnrollmentError) as refused:
            again()
        assert refused.value.code in {"device_already_enrolled", "already_enrolled"}
    assert not (tmp_path / "again.xcgrant").exists() and not (tmp_path / "again.xcreq").exists()


def test_workspace_holding_data_cannot_enroll(hq: WorkspaceSession, team: WorkspaceSession, tmp_path: Path) -> None:
    """D1: a team that entered data before enrolling is refused, with a sentence saying what to do."""
    assert data_beyond_defaults_of(team) == {}
    request = make_request(team, tmp_path / "r.xcreq")
    grant = register_device(hq, request.path, team_no=2, round_id=None, out=tmp_path / "g.xcgrant")
    round_row, _ = reference_rows()[0]
    with team.write() as tx:  # e.g. the round typed in (or imported from Excel) on the laptop
        tx.insert(round_row, scope_team_id=HQ_SCOPE)
    assert data_beyond_defaults_of(team) == {"inspection_round": 1, "change_log": 1}
    with pytest.raises(EnrollmentError) as refused:
        accept_grant(team, grant.path)
    assert refused.value.code == "workspace_not_empty" and refused.value.exit_code == 4
    sentence = message_for(refused.value)
    assert "不能入网" in sentence and "新建一个工作区" in sentence and "入网授权" in sentence
    with team.read() as session:
        assert get_meta(session, "enrolled") is None and registry.device(session, hq.device_id) is None
    with pytest.raises(EnrollmentError):
        make_request(team, tmp_path / "r2.xcreq")


def data_beyond_defaults_of(ws: WorkspaceSession) -> dict[str, int]:
    with ws.read() as session:
        return data_beyond_defaults(session)


def test_request_checks(hq: WorkspaceSession, team: WorkspaceSession, tmp_path: Path) -> None:
    request = make_request(team, tmp_path / "r.xcreq")
    data = bytearray(request.path.read_bytes())
    data[data.index(b'"label":"') + 9] ^= 0x01  # the laptop's name altered: the self-signature no longer holds
    forged = tmp_path / "forged.xcreq"
    forged.write_bytes(bytes(data))
    for path, team_no, code in ((forged, 2, "bad_request"), (request.path, 1, "team_mismatch"),
                                (tmp_path / "missing.xcreq", 2, "bad_request")):
        with pytest.raises(EnrollmentError) as refused:
            register_device(hq, path, team_no=team_no, round_id=None, out=tmp_path / "g.xcgrant")
        assert refused.value.code == code
    with pytest.raises(EnrollmentError) as refused:
        register_device(hq, request.path, team_no=2, round_id="no-such-round", out=tmp_path / "g.xcgrant")
    assert refused.value.code == "unknown_team"
    assert not (tmp_path / "g.xcgrant").exists()
    with hq.read() as session:
        assert registry.device(session, team.device_id) is None


def test_roles(hq: WorkspaceSession, team: WorkspaceSession, tmp_path: Path, clock: FakeClock) -> None:
    add_user(team, "李组员", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(team.path, PASSPHRASE, "李组员", clock=clock)
    try:
        with pytest.raises(NotPermittedError):
            make_request(member, tmp_path / "r.xcreq")
    finally:
        member.lock()
    with pytest.raises(EnrollmentError) as refused:  # a team workspace does not register devices
        register_device(team, tmp_path / "r.xcreq", team_no=2, round_id=None, out=tmp_path / "g.xcgrant")
    assert refused.value.code == "hq_workspace_only"


def test_revoke(hq: WorkspaceSession, team: WorkspaceSession, tmp_path: Path, clock: FakeClock) -> None:
    enroll(hq, team, tmp_path / "stick")
    registry.revoke(hq, team.device_id, "笔记本遗失")
    devices = {d.device_id: d for d in registry.list_devices(hq)}
    assert devices[team.device_id].revoked_at is not None and devices[team.device_id].revoke_reason == "笔记本遗失"
    assert devices[hq.device_id].is_self and devices[hq.device_id].revoked_at is None
    with hq.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "device_revoked")).one()
        header = SimpleNamespace(sender_device=team.device_id, sender_key_id=registry.device(
            session, team.device_id).sign_key_id, recipient_device=hq.device_id, kind="team_to_hq")
        with pytest.raises(PackageRejected) as rejected:
            registry.sender_for(session, header)
    assert event.entity_id == team.device_id and "笔记本遗失" in event.detail_json
    assert rejected.value.code == "revoked_sender"
    for device_id, code in ((team.device_id, "already_revoked"), (hq.device_id, "unknown_device"),
                            ("nobody", "unknown_device")):
        with pytest.raises(EnrollmentError) as refused:
            registry.revoke(hq, device_id, "")
        assert refused.value.code == code
    with pytest.raises(EnrollmentError):
        registry.revoke(team, hq.device_id, "")


def test_the_private_clue_key_never_sits_in_workspace_db(hq: WorkspaceSession, clock: FakeClock) -> None:
    with hq.write() as tx:
        made = registry.ensure_own_keys(tx)
    with hq.read() as session:
        assert sorted(session.scalars(select(SyncKey.purpose))) == ["encrypt", "sign"]
        assert list(session.scalars(select(ClueKey.purpose))) == ["clue"]
    assert made.clue is not None and made.clue_public is not None
    add_user(hq, "赵干部", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(hq.path, PASSPHRASE, "赵干部", clock=clock)
    try:
        with member.read() as session:
            seen = registry.own_keys(session)
        assert seen.clue is None and seen.clue_public == made.clue_public  # public part from the device row
        assert seen.fingerprint == made.fingerprint
    finally:
        member.lock()


def test_altered_grant_is_refused_and_nothing_written(hq: WorkspaceSession, team: WorkspaceSession,
                                                      tmp_path: Path) -> None:
    request = make_request(team, tmp_path / "r.xcreq")
    grant = register_device(hq, request.path, team_no=2, round_id=None, out=tmp_path / "g.xcgrant")
    data = grant.path.read_bytes()
    for offset in (3, 40, len(data) // 2, len(data) - 10):
        altered = tmp_path / f"g{offset}.xcgrant"
        altered.write_bytes(data[:offset] + bytes([data[offset] ^ 0x20]) + data[offset + 1:])
        with pytest.raises(EnrollmentError) as refused:
            accept_grant(team, altered)
        assert refused.value.code == "not_a_grant", offset
    with team.read() as session:
        assert get_meta(session, "enrolled") is None and registry.device(session, hq.device_id) is None
    assert not list(team.path.glob("incoming/*"))  # no extracted section left behind
    accept_grant(team, grant.path)  # the intact grant still works
