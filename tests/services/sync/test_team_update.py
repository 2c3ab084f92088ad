"""A team laptop applies HQ's update (services/sync/updates/team_apply.py, docs/sync.md §8.2): acks first, then row
states; fields with unacknowledged own changes keep the laptop's value. Real workspaces and package files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models.clue_sync import CluePeer
from models.entities import ChangeRecord, Finding, SyncPeer
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.report import ImportStatus
from services.sync.updates.hq_export import export_updates
from services.sync.updates.team_apply import apply_acks, write_row_state
from services.workspace import WorkspaceSession
from tests.services.sync.world import World, add_finding, edit_title


def ship(team: WorkspaceSession, hq: WorkspaceSession, out: Path) -> None:
    out.mkdir(exist_ok=True)
    result = import_package(hq, Path(export_package(team, out).path))
    assert result.status is ImportStatus.IMPORTED, (result.code, result.params)


def update(hq: WorkspaceSession, team: WorkspaceSession, out: Path) -> dict[str, int]:
    """HQ's update for ``team`` imported there; its counts."""
    out.mkdir(exist_ok=True)
    (summary,) = export_updates(hq, out, device_ids=[team.device_id])
    result = import_package(team, Path(summary.path))
    assert result.status is ImportStatus.IMPORTED, (result.code, result.params)
    return result.counts


def finding(ws: WorkspaceSession, finding_id: str) -> Finding | None:
    with ws.read() as session:
        row = session.get(Finding, finding_id)
        if row is not None:
            session.expunge(row)
        return row


def unacked(ws: WorkspaceSession) -> int:
    with ws.read() as session:
        return len(session.scalars(select(ChangeRecord.change_id).where(
            ChangeRecord.device_id == ws.device_id, ChangeRecord.acked.is_(False))).all())


def test_acks_mark_own_changes_and_rows_and_hqs_edits_arrive(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "甲的问题")
        assert unacked(a) > 1
        ship(a, hq, tmp_path / "out")
        edit_title(hq, fid, "HQ改过")
        counts = update(hq, a, tmp_path / "out")
        assert counts.get("updated") == 1 and "held_back" not in counts
        assert unacked(a) == 0
        row = finding(a, fid)
        assert row is not None and (row.title, row.sync_state) == ("HQ改过", "synced")
        hq_row = finding(hq, fid)
        assert hq_row is not None and (row.head_change_id, row.hq_version) == (hq_row.head_change_id,
                                                                              hq_row.hq_version)
        with a.read() as session:
            peer = session.get(SyncPeer, hq.device_id)
            own_seq = session.scalar(select(ChangeRecord.device_seq).where(ChangeRecord.device_id == a.device_id)
                                     .order_by(ChangeRecord.device_seq.desc()).limit(1))
        assert peer is not None and peer.acked_by_peer_device_seq == own_seq and peer.applied_device_seq > 0
        assert peer.acked_by_peer_audit_seq > 0
        # the next edit on the laptop fast-forwards at HQ: its base is HQ's head
        edit_title(a, fid, "甲又改")
        out = tmp_path / "out2"
        out.mkdir()
        result = import_package(hq, Path(export_package(a, out).path))
        assert result.counts == {"fast_forward": 1}


def test_fields_with_unacked_own_changes_keep_the_laptops_value(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "原标题")
        ship(a, hq, tmp_path / "out")
        edit_title(hq, fid, "原标题", description="HQ的描述")
        edit_title(a, fid, "甲的新标题")           # not sent yet
        update(hq, a, tmp_path / "out")
        row = finding(a, fid)
        assert row is not None and (row.title, row.description) == ("甲的新标题", "HQ的描述")
        assert row.sync_state == "pending"
        with a.read() as session:
            last = session.scalars(select(ChangeRecord).where(ChangeRecord.entity_id == fid)
                                   .order_by(ChangeRecord.device_seq.desc())).first()
        assert last is not None and row.head_change_id == last.change_id and not last.acked
        ship(a, hq, tmp_path / "out")             # HQ merges the title: only the laptop changed it
        hq_row = finding(hq, fid)
        assert hq_row is not None and (hq_row.title, hq_row.description) == ("甲的新标题", "HQ的描述")


@pytest.mark.slow  # four packages through two laptops (~5 s)
def test_a_sibling_laptop_receives_the_other_laptops_rows_and_hqs_tombstones(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t1b", "t2") as (hq, a, b, t2):
        fid = add_finding(a, "甲的问题")
        other = add_finding(t2, "二组的问题")
        ship(a, hq, tmp_path / "out")
        ship(t2, hq, tmp_path / "out")
        counts = update(hq, b, tmp_path / "out")
        assert counts.get("inserted") == 1
        got = finding(b, fid)
        assert got is not None and got.title == "甲的问题" and got.sync_state == "synced"
        assert finding(b, other) is None          # never another team's row
        with hq.write() as tx:
            tx.delete(tx.session.get(Finding, fid), reason="HQ删除")  # type: ignore[arg-type]
        update(hq, b, tmp_path / "out")
        gone = finding(b, fid)
        assert gone is not None and gone.is_deleted and gone.delete_reason == "HQ删除"


def test_a_row_whose_code_a_local_row_holds_is_held_back_and_sent_again(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t1b") as (hq, a, b):
        fa, fb = add_finding(a, "甲的问题"), add_finding(b, "乙的问题")   # both numbered 001 (D9)
        ship(a, hq, tmp_path / "out")
        counts = update(hq, b, tmp_path / "out")
        assert counts.get("held_back") == 1 and finding(b, fa) is None
        with b.read() as session:
            peer = session.get(SyncPeer, hq.device_id)
        with hq.read() as session:
            pos = session.scalar(select(ChangeRecord.log_pos).where(ChangeRecord.entity_id == fa))
        assert peer is not None and pos is not None and peer.applied_device_seq < pos
        assert finding(b, fb) is not None


def test_write_row_state_and_apply_acks_directly(world: World) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(hq, "HQ建的问题")
        with hq.read() as session:
            row = session.get(Finding, fid)
            assert row is not None
            state = {"entity": "finding", "entity_id": fid, "scope_team_id": row.scope_team_id,
                     "values": {"title": row.title, "code": "X-1", "seq_no": 1, "org_id": row.org_id,
                                "assignment_id": row.assignment_id, "description": "d", "status": "draft"},
                     "head_change_id": row.head_change_id, "hq_version": 3, "is_deleted": False, "hlc": row.hlc,
                     "updated_at": row.updated_at.isoformat(), "updated_by": "hq", "updated_on_device": "hq-dev",
                     "log_pos": 9}
        with a.write() as tx:
            assert write_row_state(tx, state) == "inserted"
            assert write_row_state(tx, state) == "kept"
            assert write_row_state(tx, {**state, "values": {**state["values"], "title": "新"}}) == "updated"
            apply_acks(tx, {"device_seq": 10**6 - 1, "hq_pos": 9, "hq_clue_pos": 4}, hq_device_id=hq.device_id)
        got = finding(a, fid)
        assert got is not None and (got.title, got.hq_version, got.sync_state) == ("新", 3, "synced")
        assert unacked(a) == 0
        with a.read() as session:
            peer = session.get(SyncPeer, hq.device_id)
            clue_peer = session.get(CluePeer, hq.device_id)
        assert peer is not None and peer.applied_device_seq == 9
        assert clue_peer is not None and clue_peer.applied_clue_seq == 4


def test_rows_of_a_wiped_round_hq_still_sends_do_not_come_back(world: World, tmp_path: Path) -> None:
    from services.sync.closeout import wipe as closeout
    from tests.services.sync.world import REF

    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "将清退")
        ship(a, hq, tmp_path / "out")
        update(hq, a, tmp_path / "out")
        assert closeout.coverage(a, REF.round_id).ok
        closeout.close_round(a, REF.round_id)
        assert finding(a, fid) is None
        edit_title(hq, fid, "HQ在清退后又改")   # HQ does not know of the wipe yet
        counts = update(hq, a, tmp_path / "out")
        assert counts.get("wiped_round", 0) >= 6 and "inserted" not in counts   # round, team, members, ...
        assert finding(a, fid) is None
        from services.verify import verify_workspace

        assert verify_workspace(a).ok
