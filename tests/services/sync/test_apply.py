"""HQ applies team packages (services/sync/merge/apply.py, policy.py): real workspaces, real package files.

The template world (world.py): HQ, team 1 on laptops A and B, team 2, paired. Rule cases of docs/sync.md §7.8
that need the database are here: 6 (duplicate finding code from two laptops, D9), 12/13 (backlog and release,
log_pos moved forward), 14 (delete), 19 (HQ-only field / out of scope -> the whole package refused).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.entities import ChangeRecord, Finding, SyncBacklog, SyncConflict
from services.progress import CancelledError, CancelToken
from services.sync.devices.registry import device
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.merge import policy
from services.sync.merge.apply import apply_changes, retry_backlog
from services.sync.merge.decision import IncomingChange
from services.sync.package.rejections import PackageRejected
from services.sync.report import ImportStatus, Outcome
from services.workspace import WorkspaceSession
from tests.services.sync.world import REF, World, add_finding, copy_world, edit_title, fingerprint


def ship(team: WorkspaceSession, hq: WorkspaceSession, out: Path) -> dict[str, int]:
    """Export the team's package and import it at HQ; the import's counts per outcome."""
    out.mkdir(exist_ok=True)
    result = import_package(hq, Path(export_package(team, out).path))
    assert result.status is ImportStatus.IMPORTED, (result.code, result.params)
    return {k: v for k, v in result.counts.items() if k != "duplicate"}   # packages are cumulative until acked


def finding(ws: WorkspaceSession, finding_id: str) -> Finding | None:
    with ws.read() as session:
        row = session.get(Finding, finding_id)
        if row is not None:
            session.expunge(row)
        return row


def test_a_new_finding_arrives_with_its_history_audit_and_sync_columns(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "甲的问题")
        counts = ship(a, hq, tmp_path / "out")
        assert counts == {"applied": 1, "noop": counts["noop"]} and counts["noop"] > 50   # default taxonomy: noop
        row = finding(hq, fid)
        assert row is not None and row.title == "甲的问题" and row.sync_state == "synced" and row.hq_version == 1
        with a.read() as session:
            own = session.scalars(select(ChangeRecord).where(ChangeRecord.entity_id == fid)).one()
        assert (row.head_change_id, row.created_on_device, row.hlc) == (own.change_id, a.device_id, own.hlc)
        with hq.read() as session:
            received = session.scalars(select(ChangeRecord).where(ChangeRecord.device_id == a.device_id)
                                       .order_by(ChangeRecord.log_pos)).all()
            events = session.scalars(select(AuditEvent).where(AuditEvent.device_id == hq.device_id,
                                                              AuditEvent.action == "apply_remote")).all()
        assert len(received) == sum(counts.values())
        assert {r.origin_package_id for r in received} != {None} and received[-1].sync_outcome == "applied"
        assert received[-1].after_json == own.after_json and received[-1].device_seq == own.device_seq
        assert sorted(e.change_id for e in events) == sorted(r.change_id for r in received)   # D11: one per change
        assert json.loads(events[-1].detail_json)["outcome"] in {"applied", "noop"}


def test_concurrent_edits_of_one_field_give_one_conflict_and_hq_keeps_showing_its_value(
        world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "原标题")
        ship(a, hq, tmp_path / "out")
        edit_title(hq, fid, "HQ标题")
        edit_title(a, fid, "甲标题", description="甲改了描述")
        counts = ship(a, hq, tmp_path / "out")
        assert counts == {"conflict": 1}
        row = finding(hq, fid)
        assert row is not None and (row.title, row.description) == ("HQ标题", "甲改了描述")
        assert (row.open_conflicts, row.sync_state) == (1, "conflict")
        with hq.read() as session:
            conflict = session.scalars(select(SyncConflict)).one()
        assert (conflict.kind, conflict.field, conflict.status) == ("field", "title", "open")
        assert [json.loads(x) for x in (conflict.base_json, conflict.current_json, conflict.incoming_json)] == [
            "原标题", "HQ标题", "甲标题"]
        assert conflict.incoming_device_id == a.device_id and conflict.scope_team_id == REF.team_ids[1]


def test_the_same_code_from_two_laptops_is_a_duplicate_key_conflict(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t1b") as (hq, a, b):
        fa, fb = add_finding(a, "甲的问题"), add_finding(b, "乙的问题")
        code = finding(a, fa).code  # type: ignore[union-attr]
        assert code == finding(b, fb).code  # type: ignore[union-attr]   # both laptops numbered it 001
        ship(a, hq, tmp_path / "out")
        counts = ship(b, hq, tmp_path / "out")
        assert counts["conflict"] == 1 and "applied" not in counts
        assert finding(hq, fb) is None
        with hq.read() as session:
            conflict = session.scalars(select(SyncConflict)).one()
        assert (conflict.kind, conflict.field, conflict.entity_id) == ("duplicate_key", "code", fb)
        assert json.loads(conflict.incoming_json)["title"] == "乙的问题"
        assert json.loads(conflict.current_json)["id"] == fa


def test_a_delete_fast_forwards_to_a_tombstone(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "将删除")
        ship(a, hq, tmp_path / "out")
        with a.write() as tx:
            tx.delete(tx.session.get(Finding, fid), reason="重复")  # type: ignore[arg-type]
        assert ship(a, hq, tmp_path / "out") == {"fast_forward": 1}
        row = finding(hq, fid)
        assert row is not None and row.is_deleted and row.delete_reason == "重复" and row.deleted_by


def incoming(ws: WorkspaceSession, entity_id: str) -> list[IncomingChange]:
    """The workspace's own change records of one row, as a package would carry them."""
    from services.sync.merge.decision import incoming_from_row

    with ws.read() as session:
        rows = session.execute(select(ChangeRecord.__table__).where(ChangeRecord.entity_id == entity_id)
                               .order_by(ChangeRecord.device_seq)).mappings().all()
    return [incoming_from_row(dict(r)) for r in rows]


def test_changes_of_an_unknown_row_wait_in_the_backlog_and_are_released(world: World) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "先改后到")
        edit_title(a, fid, "改了一次")
        edit_title(a, fid, "改了两次")
        insert, *updates = incoming(a, fid)
        with hq.write() as tx:
            counts = apply_changes(tx, [updates], "p1", clue=False)
        assert counts == {Outcome.BACKLOG: 2}
        with hq.read() as session:
            waiting = session.scalars(select(SyncBacklog).order_by(SyncBacklog.device_seq)).all()
            before_pos = session.scalar(select(ChangeRecord.log_pos).where(
                ChangeRecord.change_id == updates[0].change_id))
        assert [w.reason for w in waiting] == ["missing_row", "missing_row"]
        with hq.write() as tx:
            counts = apply_changes(tx, [[insert]], "p2", clue=False)
        assert counts == {Outcome.APPLIED: 1, Outcome.RELEASED: 2}
        row = finding(hq, fid)
        assert row is not None and row.title == "改了两次" and row.head_change_id == updates[-1].change_id
        with hq.read() as session:
            released = session.scalars(select(SyncBacklog)).all()
            moved = session.execute(select(ChangeRecord.log_pos, ChangeRecord.sync_outcome).where(
                ChangeRecord.change_id == updates[0].change_id)).one()
        assert all(r.released_at is not None for r in released)
        assert moved.sync_outcome == "fast_forward" and moved.log_pos > before_pos   # travels in the next update
        with hq.write() as tx:
            assert retry_backlog(tx, False) == 0


def test_cancel_rolls_the_whole_import_back(world: World) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        fid = add_finding(a, "取消")
        before = fingerprint(hq)
        token = CancelToken()
        token.cancel()
        with pytest.raises(CancelledError), hq.write() as tx:
            apply_changes(tx, [incoming(a, fid)], "p", clue=False, cancel=token)
        assert fingerprint(hq) == before


def crafted(device_id: str, entity: str, entity_id: str, op: str, after: dict[str, object], *,
            role: str = "team_leader", before: dict[str, object] | None = None) -> IncomingChange:
    return IncomingChange("c-1", device_id, 1, entity, entity_id, op, "base", before or {}, after, "u",
                          role, "0:0:x", datetime(2026, 11, 25))


@pytest.fixture(scope="module")
def hq_and_sender(world_template: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    """HQ (opened once for the module: the policy only reads) and laptop A's device row."""
    copy = copy_world(world_template, tmp_path_factory.mktemp("policy") / "world")
    with copy.opened("t1a") as (a,):
        device_id = a.device_id
    with copy.opened("hq") as (hq,), hq.read() as session:
        sender = device(session, device_id)
        assert sender is not None
        yield session, sender


@pytest.mark.parametrize(("entity", "op", "after", "role", "code", "field"), [
    ("rectification_item", "update", {"closure_opinion": "同意销号"}, "team_leader", "hq_only_field",
     "closure_opinion"),
    ("finding", "update", {"status": "closed"}, "team_leader", "hq_only_field", "status"),
    ("finding", "update", {"signed_by": "某人"}, "member", "role_not_allowed", "signed_by"),
    ("assignment", "update", {"org_id": "x"}, "team_leader", "hq_only_field", None),
    ("finding", "update", {"title": "x"}, "hq_admin", "role_not_allowed", None),
    ("finding", "resolve", {"title": "x"}, "team_leader", "role_not_allowed", None),
    ("finding", "update", {"no_such": "x"}, "team_leader", "unknown_field", "no_such"),
    ("finding", "update", {"title": "x" * 500}, "team_leader", "bad_value", "title"),
    ("clue", "update", {"clue_name": "x"}, "team_leader", "unknown_entity", None),
    ("finding", "insert", {"title": "x", "scope_team_id": REF.team_ids[2]}, "team_leader", "out_of_scope",
     "scope_team_id"),
    ("inspected_org", "insert", {"name": "x", "scope_team_id": "hq"}, "team_leader", "hq_only_field",
     "scope_team_id"),
    ("finding", "delete", {"is_deleted": False}, "team_leader", "bad_value", "is_deleted"),
])
def test_policy_refuses_the_whole_package(hq_and_sender: tuple[Any, Any], entity: str, op: str,
                                          after: dict[str, object], role: str, code: str, field: str | None) -> None:
    session, sender = hq_and_sender
    fine = crafted(sender.device_id, "finding", "f-ok", "update", {"title": "ok"})
    with pytest.raises(PackageRejected) as caught:
        policy.check_changes(session, sender, [fine, crafted(sender.device_id, entity, "row-1", op, after,
                                                             role=role)], clue=False)
    assert caught.value.code == code
    assert caught.value.params["change_id"] == "c-1" and caught.value.params["field"] == field


def test_policy_refuses_a_change_sent_for_another_device(hq_and_sender: tuple[Any, Any]) -> None:
    session, sender = hq_and_sender
    with pytest.raises(PackageRejected) as caught:
        policy.check_changes(session, sender, [crafted("other", "finding", "f", "update", {"title": "x"})],
                             clue=False)
    assert caught.value.code == "foreign_change"


def test_policy_refuses_a_change_of_another_teams_row_and_accepts_default_taxonomy(world: World) -> None:
    from services.taxonomy import default_node_id

    with world.opened("hq", "t1a", "t2") as (hq, a, t2):
        other = add_finding(t2, "二组的问题")
        ship(t2, hq, world.root / "out")
        with hq.read() as session:
            sender = device(session, a.device_id)
            assert sender is not None
            node = default_node_id("six", "1")
            policy.check_changes(session, sender, [crafted(a.device_id, "taxonomy_node", node, "insert", {
                "scheme": "six", "code": "1", "scope_team_id": "hq"})], clue=False)
            with pytest.raises(PackageRejected) as caught:
                policy.check_changes(session, sender, [crafted(a.device_id, "finding", other, "update",
                                                               {"title": "x"})], clue=False)
        assert caught.value.code == "out_of_scope"
        with hq.read() as session:
            assert session.scalar(select(func.count()).select_from(SyncConflict)) == 0


def test_a_team_clue_with_a_proposed_disposal_arrives_in_the_clue_compartment(world: World, tmp_path: Path) -> None:
    from models.entities import Clue, ClueChange, ClueConflict
    from services.clues import create_clue, update_clue

    values = {"assignment_id": REF.assignment_ids[1], "clue_name": "关于某局长的问题线索", "discipline": "廉洁纪律",
              "reflected_person_name": "钱某", "problem_text": "反映其收受礼金。", "disposal_type": "初步核实"}
    with world.opened("hq", "t1a") as (hq, a):
        clue_id = create_clue(a, values)
        ship(a, hq, tmp_path / "out")
        with hq.read() as session:
            clue = session.get(Clue, clue_id)
            assert clue is not None and clue.disposal_type == "preliminary_check"   # the vocabulary code
            assert session.scalar(select(ClueChange.sync_outcome).where(ClueChange.entity_id == clue_id)) == "applied"
        update_clue(hq, clue_id, {"clue_name": "HQ改"})
        update_clue(a, clue_id, {"clue_name": "甲改"})
        out = tmp_path / "out2"
        out.mkdir()
        result = import_package(hq, Path(export_package(a, out).path))
        assert result.clue_counts.get("conflict") == 1
        with hq.read() as session:
            conflict = session.scalars(select(ClueConflict)).one()
        assert (conflict.field, json.loads(conflict.incoming_json)) == ("clue_name", "甲改")


def test_policy_keeps_the_clue_outcome_for_hq(hq_and_sender: tuple[Any, Any]) -> None:
    session, sender = hq_and_sender
    for after, code in (({"result": "已立案"}, "hq_only_field"), ({"closed": True}, "hq_only_field")):
        with pytest.raises(PackageRejected) as caught:
            policy.check_changes(session, sender, [crafted(sender.device_id, "clue", "c", "update", after)],
                                 clue=True)
        assert caught.value.code == code
    with pytest.raises(PackageRejected) as caught:
        policy.check_changes(session, sender, [crafted(sender.device_id, "clue", "c", "update",
                                                       {"disposal_type": "初步核实"}, role="member")], clue=True)
    assert caught.value.code == "role_not_allowed"
    policy.check_changes(session, sender, [crafted(sender.device_id, "clue", "c", "update",
                                                   {"disposal_type": "初步核实"})], clue=True)


def test_resolving_a_duplicate_number_releases_the_rows_later_edits(world: World, tmp_path: Path) -> None:
    """Laptop B numbered a finding like laptop A and then edited it: the edit waits (missing_row) until HQ gives
    B's finding a free number in the inbox, and the same resolution releases it."""
    from services.sync.conflicts.inbox import resolve

    with world.opened("hq", "t1a", "t1b") as (hq, a, b):
        add_finding(a, "甲的问题")
        fb = add_finding(b, "乙的问题")
        edit_title(b, fb, "乙的问题（补充）")
        ship(a, hq, tmp_path / "out")
        counts = ship(b, hq, tmp_path / "out")
        assert counts["conflict"] == 1 and counts["backlog"] == 1
        with hq.read() as session:
            conflict = session.scalars(select(SyncConflict)).one()
        resolve(hq, conflict.conflict_id, value="[2026]3巡-1组-099号")
        row = finding(hq, fb)
        assert row is not None and row.code == "[2026]3巡-1组-099号" and row.title == "乙的问题（补充）"
        with hq.read() as session:
            assert all(w.released_at for w in session.scalars(select(SyncBacklog)))
