"""Team -> HQ export (docs/sync.md §5, issue 5 item 2): what a package holds, how it is sealed and signed, and that a
refused or cancelled export leaves nothing behind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from models.audit import AuditEvent, chain_head
from models.clue import ClueChange
from models.enums import Role
from models.sync import ChangeRecord
from models.sync_inbox import SyncPackage
from services.accounts import add_user
from services.clues import create_clue
from services.errors import CancelledError
from services.progress import CancelToken
from services.queries.clues import clue_assignments
from services.sync.crypto.signing import sign_bytes
from services.sync.devices import registry
from services.sync.exporter import export_package
from services.sync.package import audit_chain
from services.sync.package.files import ExportNotEnrolledError, ExportTargetError
from services.sync.package.rejections import PackageRejected
from services.workspace import WorkspaceSession, unlock_workspace
from tests.services.sync.opening import change_ids, opened_section
from tests.services.sync.world import PASSPHRASE, World, add_finding


def _unacked(ws: WorkspaceSession, log: type = ChangeRecord) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(log.change_id).where(log.device_id == ws.device_id,
                                                                log.acked.is_(False)).order_by(log.device_seq)))


def _hq_keys(hq: WorkspaceSession, team: WorkspaceSession):
    with hq.read() as session:
        return registry.own_keys(session), registry.device(session, team.device_id)


def _add_clue(ws: WorkspaceSession) -> str:
    values = {"assignment_id": clue_assignments(ws)[0].id, "clue_name": "关于某局长违规收受礼金的问题线索",
              "reflected_person_name": "钱某", "reflected_person_post": "局长", "reflected_person_level": "县管干部",
              "problem_text": "反映其2024年春节期间收受管理服务对象礼金。", "discipline": "廉洁纪律、工作纪律",
              "clue_source": "信访", "accepted_at": "2024年3月5日", "proposed_receiver": "市纪委监委",
              "handover_mode": "单移交", "disposal_type": "初步核实", "feedback_due": date(2024, 6, 5)}
    return create_clue(ws, values)


def test_package_holds_exactly_the_unacknowledged_changes(world: World, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    with world.opened("hq", "t1a") as (hq, team):
        add_finding(team, "第一个问题")
        expected = _unacked(team)
        summary = export_package(team, out)
        assert [p.name for p in out.iterdir()] == [Path(summary.path).name]  # nothing else, no temp file
        assert not list(team.path.glob(".outgoing-*"))
        keys, device = _hq_keys(hq, team)
        with opened_section(Path(summary.path), device.sign_public, keys.encryption, "main", tmp_path / "x") as (
                header, reader):
            assert change_ids(reader) == expected
            assert header.main_range == summary.main_range == (1, len(expected))
            assert reader.acks()["hq_seq_in"] == 0
        assert summary.seq == 1 and summary.changes == len(expected) and summary.size_bytes > 0
        assert header.sections[0].recipients[0].key_id == keys.enc_key_id
        assert [s.name for s in header.sections] == ["main", "clues"]

        # HQ acknowledges the first part: the next package carries only what came after, and seq 2
        acked = len(expected) - 3
        with team.write() as tx:
            tx.session.execute(update(ChangeRecord).where(ChangeRecord.device_seq <= acked).values(acked=True))
            registry.peer(tx.session, device_hq(team)).acked_by_peer_audit_seq = 10
        add_finding(team, "第二个问题")
        expected = _unacked(team)
        second = export_package(team, out)
        with opened_section(Path(second.path), device.sign_public, keys.encryption, "main", tmp_path / "y") as (
                header, reader):
            assert change_ids(reader) == expected
            assert header.main_range == (acked + 1, acked + len(expected))
            assert reader.audit_events()[0]["seq"] == 11
        assert second.seq == 2
        with team.read() as session:
            assert session.scalars(select(SyncPackage.seq).where(SyncPackage.direction == "out")).all() == [1, 2]


def device_hq(team: WorkspaceSession) -> str:
    with team.read() as session:
        return registry.hq_device(session).device_id


def test_audit_head_is_signed_and_extends_what_hq_holds(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, team):
        add_finding(team, "问题")
        summary = export_package(team, tmp_path)
        with team.read() as session:
            team_head = chain_head(session, team.device_id)
            assert session.scalar(select(AuditEvent.action).where(
                AuditEvent.device_id == team.device_id, AuditEvent.seq == team_head[0])) == "package_exported"
        keys, device = _hq_keys(hq, team)
        with opened_section(Path(summary.path), device.sign_public, keys.encryption, "main", tmp_path / "x") as (
                header, reader):
            events, head = reader.audit_events(), reader.audit_head()
            changes = set(change_ids(reader))
        assert head is not None and (head.seq, head.entry_hash) == team_head
        assert header.audit_range == (1, head.seq)
        audit_chain.verify_head(head, device.sign_public)
        with hq.read() as session:
            check = audit_chain.check_extends(session, device, events, head, changes)
            assert [e["seq"] for e in check.new_events] == list(range(1, head.seq + 1))
            altered = [dict(e) for e in events]
            altered[2]["detail_json"] = '{"fields":["title"]}'
            with pytest.raises(PackageRejected) as broken:
                audit_chain.check_extends(session, device, altered, head, changes)
            assert broken.value.code == "audit_chain_broken"
            with pytest.raises(PackageRejected) as unaudited:
                audit_chain.check_extends(session, device, events, head, changes | {"no-such-change"})
            assert unaudited.value.code == "unaudited_change"
            forged = audit_chain.sign_head(session, hq.device_id, keys.signing)  # signed by the wrong key
            with pytest.raises(PackageRejected) as wrong_key:
                audit_chain.check_extends(session, device, events, audit_chain.SignedHead(
                    head.device_id, head.seq, head.entry_hash, head.hlc, forged.signature), changes)
            assert wrong_key.value.code == "audit_chain_broken"


def test_clue_changes_only_in_the_clue_section_for_hq_clue_key(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, team):
        add_finding(team, "问题")
        _add_clue(team)
        clue_changes = _unacked(team, ClueChange)
        assert clue_changes
        summary = export_package(team, tmp_path)
        assert summary.clue_changes == len(clue_changes) and summary.warnings == []
        keys, device = _hq_keys(hq, team)
        with opened_section(Path(summary.path), device.sign_public, keys.encryption, "main", tmp_path / "m") as (
                header, reader):
            main_ids = change_ids(reader)
        assert not set(main_ids) & set(clue_changes)
        assert header.sections[1].recipients[0].key_id == registry_clue_key_id(keys)
        with pytest.raises(PackageRejected) as refused:  # HQ's main key cannot open the clue section
            with opened_section(Path(summary.path), device.sign_public, keys.encryption, "clues", tmp_path / "c"):
                pass
        assert refused.value.code == "not_addressed_to_us"
        assert keys.clue is not None
        with opened_section(Path(summary.path), device.sign_public, keys.clue, "clues", tmp_path / "c") as (_, reader):
            assert change_ids(reader) == clue_changes
            assert reader.info["log"] == "clues"


def registry_clue_key_id(keys: registry.OwnKeys) -> str:
    from services.sync.crypto.keys import key_id

    assert keys.clue_public is not None
    return key_id(keys.clue_public)


def test_member_exports_the_main_part_only_with_a_warning(world: World, tmp_path: Path) -> None:
    with world.opened("t1a") as (team,):
        _add_clue(team)
        add_user(team, "李组员", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(world.path("t1a"), PASSPHRASE, "李组员")
    try:
        summary = export_package(member, tmp_path)
    finally:
        member.lock()
    assert summary.warnings == ["main_only"] and summary.clue_changes == 0


def test_cancel_leaves_no_file_and_no_trace(world: World, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    with world.opened("t1a") as (team,):
        add_finding(team, "问题")
        with team.read() as session:
            before = chain_head(session, team.device_id)
        token = CancelToken()

        def progress(stage: str, done: int, total: int) -> None:
            token.cancel()

        for _ in range(2):
            with pytest.raises(CancelledError):
                export_package(team, out, progress=progress, cancel=token)
        assert list(out.iterdir()) == []
        assert not list(team.path.glob(".outgoing-*"))
        with team.read() as session:
            assert chain_head(session, team.device_id) == before
            assert session.scalar(select(SyncPackage.package_id)) is None


def test_refused_before_enrollment(bare_world: World, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    with bare_world.opened("t1a") as (team,):
        with pytest.raises(ExportNotEnrolledError):
            export_package(team, out)
    assert list(out.iterdir()) == []


def test_refused_into_a_bad_place(world: World, tmp_path: Path) -> None:
    with world.opened("t1a") as (team,):
        with pytest.raises(ExportTargetError) as missing:
            export_package(team, tmp_path / "missing")
        assert missing.value.code == "export_folder_missing"
        with pytest.raises(ExportTargetError) as inside:
            export_package(team, team.path)
        assert inside.value.code == "export_inside_workspace"
        named = tmp_path / "给巡察办.xcpkg"
        assert export_package(team, named).path == str(named) and named.is_file()
        with pytest.raises(ExportTargetError) as exists:
            export_package(team, named)
        assert exists.value.code == "export_file_exists"
        with team.read() as session:  # the refused attempts left no record
            assert session.scalars(select(SyncPackage.seq)).all() == [1]


def test_blobs_go_with_their_changes_and_count_as_unconfirmed_until_acked(world: World, tmp_path: Path) -> None:
    from services.evidence import attach_evidence

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 1200)
    out = tmp_path / "stick"
    out.mkdir()
    with world.opened("hq", "t1a") as (hq, team):
        attach_evidence(team, "finding", add_finding(team, "有照片的问题"), photo)
        first = export_package(team, out)
        assert (first.blobs, first.blob_bytes, first.unconfirmed_bytes) == (1, photo.stat().st_size, 0)
        keys, device = _hq_keys(hq, team)
        with opened_section(Path(first.path), device.sign_public, keys.encryption, "main", tmp_path / "x") as (
                _, reader):
            (blob,) = reader.blobs()
            assert blob.size == photo.stat().st_size
            assert b"".join(reader.blob_chunks(blob.sha256)) == photo.read_bytes()
        second = export_package(team, out)  # HQ has not acknowledged: the photo rides again, and is counted
        assert second.unconfirmed_bytes == photo.stat().st_size


def test_audit_check_against_the_chain_hq_holds(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, team):
        add_finding(team, "问题")
        summary = export_package(team, tmp_path)
        keys, device = _hq_keys(hq, team)
        with opened_section(Path(summary.path), device.sign_public, keys.encryption, "main", tmp_path / "x") as (
                _, reader):
            events, head = reader.audit_events(), reader.audit_head()
            changes = set(change_ids(reader))
        assert head is not None
        held = 5
        with hq.write() as tx:  # HQ holds the first events already (an earlier package), as the importer stores them
            for event in events[:held]:
                tx.session.add(AuditEvent(**{k: event[k] for k in audit_chain.EVENT_FIELDS}))
        with hq.read() as session:
            check = audit_chain.check_extends(session, device, events, head, changes)  # cumulative: overlap is fine
            assert check.new_events[0]["seq"] == held + 1 and check.new_head == head
            assert audit_chain.check_extends(session, device, events[held:], head, changes).new_events == \
                check.new_events
            with pytest.raises(PackageRejected) as gap:
                audit_chain.check_extends(session, device, events[held + 1:], head, changes)
            assert gap.value.code == "audit_chain_broken"
            # a laptop restored from an old copy signs an older head, behind the one HQ holds
            message = audit_chain.head_message(head.device_id, 3, events[2]["entry_hash"])
            old = audit_chain.SignedHead(head.device_id, 3, events[2]["entry_hash"], events[2]["hlc"], sign_bytes(
                message, _team_signing(team), purpose=audit_chain.HEAD_PURPOSE).value)
            with pytest.raises(PackageRejected) as regressed:
                audit_chain.check_extends(session, device, events[:3], old, set())
            assert regressed.value.code == "audit_regressed"


def _team_signing(team: WorkspaceSession):
    with team.read() as session:
        return registry.own_keys(session).signing
