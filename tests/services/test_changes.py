"""Every edit is one transaction: the row, its change record and its audit event, or nothing at all."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from models.audit import AuditEvent
from models.clue import Clue, ClueChange
from models.organisation import InspectedOrg
from models.sync import ChangeRecord
from services.errors import StaleEditError
from services.workspace import WorkspaceSession


def changes(ws: WorkspaceSession) -> list[ChangeRecord]:
    """The change records written after the workspace was made (it starts with the default taxonomy's)."""
    with ws.read() as session:
        query = select(ChangeRecord).where(ChangeRecord.entity != "taxonomy_node").order_by(ChangeRecord.device_seq)
        return list(session.scalars(query))


def events(ws: WorkspaceSession, action: str | None = None) -> list[AuditEvent]:
    with ws.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.seq)
        if action:
            query = query.where(AuditEvent.action == action)
        return list(session.scalars(query))


def test_create_update_delete_write_change_records_and_audit_events(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        created = tx.insert(org)
    with team_ws.write() as tx:
        org = tx.session.get(InspectedOrg, org.id)
        updated = tx.update(org, name="市财政局党组", level="municipal_unit")
    with team_ws.write() as tx:
        org = tx.session.get(InspectedOrg, org.id)
        deleted = tx.delete(org, reason="重复录入")

    log = changes(team_ws)
    assert [c.op for c in log] == ["insert", "update", "delete"]
    first = log[0].device_seq
    assert [c.device_seq for c in log] == [first, first + 1, first + 2]
    assert [c.change_id for c in log] == [created, updated, deleted]
    assert json.loads(log[0].after_json)["name"] == "市财政局"
    # Only the changed field is recorded, with its value before and after.
    assert json.loads(log[1].before_json) == {"name": "市财政局"}
    assert json.loads(log[1].after_json) == {"name": "市财政局党组"}
    assert log[1].base_change_id == created and log[2].base_change_id == updated
    assert json.loads(log[2].after_json) == {"is_deleted": True, "delete_reason": "重复录入"}

    audited = {e.change_id: e for e in events(team_ws) if e.change_id}
    assert [audited[c].action for c in (created, updated, deleted)] == ["create", "update", "delete"]
    assert json.loads(audited[updated].detail_json) == {"fields": ["name"]}

    with team_ws.read() as session:
        row = session.get(InspectedOrg, org.id)
        assert row is not None and row.is_deleted and row.delete_reason == "重复录入"
        assert row.head_change_id == deleted and row.local_version == 3 and row.sync_state == "pending"


def test_an_update_that_changes_nothing_records_nothing(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        tx.insert(org)
        assert tx.update(org, name="市财政局") is None
    assert len(changes(team_ws)) == 1


def test_failure_mid_transaction_leaves_nothing_and_keeps_the_sequence_gap_free(team_ws: WorkspaceSession) -> None:
    with pytest.raises(RuntimeError):
        with team_ws.write() as tx:
            tx.insert(InspectedOrg(name="甲", level="village"))
            raise RuntimeError("power cut")
    with team_ws.write() as tx:
        tx.insert(InspectedOrg(name="乙", level="village"))
    with team_ws.read() as session:
        assert session.scalars(select(InspectedOrg.name)).all() == ["乙"]
    with team_ws.read() as session:
        seqs = list(session.scalars(select(ChangeRecord.device_seq).order_by(ChangeRecord.device_seq)))
    assert seqs == list(range(1, len(seqs) + 1))
    assert [e.entity for e in events(team_ws, "create") if e.entity != "taxonomy_node"] == ["inspected_org"]


def test_optimistic_lock_rejects_a_stale_edit(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        tx.insert(org)
    with pytest.raises(StaleEditError), team_ws.write() as tx:
        row = tx.session.get(InspectedOrg, org.id)
        tx.update(row, expected_version=0, name="x")


def test_clue_changes_go_to_the_compartment_log_and_audit_names_fields_only(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        clue = Clue(clue_no="XS-2-1", assignment_id="a", org_id="o", clue_name="某某违规收受礼金",
                    reflected_person_name="某某", problem_text="收受礼金2万元")
        change_id = tx.insert(clue)
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(ChangeRecord)
                              .where(ChangeRecord.entity_id == change_id)) == 0
        assert session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.entity == "clue")) == 0
        clue_change = session.scalars(select(ClueChange)).one()
        assert clue_change.change_id == change_id and clue_change.device_seq == 1
        event = session.scalars(select(AuditEvent).where(AuditEvent.change_id == change_id)).one()
    assert "某某" not in event.detail_json and "礼金" not in event.detail_json


def test_audit_log_refuses_update_and_delete(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        tx.insert(InspectedOrg(name="市财政局", level="municipal_unit"))
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log",
                      "DELETE FROM change_log", "UPDATE change_log SET after_json = '{}'"):
        with pytest.raises(Exception, match=r"append-only|immutable"), team_ws.write() as tx:
            tx.session.execute(text(statement))
    with team_ws.write() as tx:  # acknowledging a change is the one permitted update
        tx.session.execute(text("UPDATE change_log SET acked = 1"))


# ---- issue 5: log_pos, resolve, audit_many ----


def test_every_own_change_gets_the_next_log_pos_in_its_log(team_ws: WorkspaceSession) -> None:
    from models.clue import ClueMeta
    from models.sync import get_meta
    from services.verify import verify_workspace

    with team_ws.write() as tx:
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        tx.insert(org)
        tx.update(org, name="市财政局党组")
        ids = tx.insert_many(InspectedOrg, [{"name": f"单位{i}", "level": "municipal_unit"} for i in range(3)])
        tx.delete(org, reason="重复")
        tx.insert(Clue(clue_no="XS-2-1", assignment_id="a", org_id="o", clue_name="线索", reflected_person_name="张某"))
    with team_ws.write() as tx:
        tx.undelete(tx.session.get(InspectedOrg, org.id))  # type: ignore[arg-type]
        tx.insert_many(Clue, [{"clue_no": "XS-2-2", "assignment_id": "a", "org_id": "o", "clue_name": "线索二",
                               "reflected_person_name": "李某"}])
    with team_ws.read() as session:
        main = session.execute(select(ChangeRecord.device_seq, ChangeRecord.log_pos)
                               .order_by(ChangeRecord.device_seq)).all()
        clue = session.execute(select(ClueChange.device_seq, ClueChange.log_pos).order_by(ClueChange.device_seq)).all()
        # own changes: log_pos runs with device_seq, 1..n, in both logs; the counters are saved
        assert [pos for _, pos in main] == [seq for seq, _ in main] == list(range(1, len(main) + 1))
        assert [pos for _, pos in clue] == [1, 2]
        assert get_meta(session, "log_pos") == str(len(main))
        assert session.get(ClueMeta, "log_pos").value == "2"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).where(ChangeRecord.entity_id.in_(ids))) == 3
        assert session.scalar(select(func.count()).where(ChangeRecord.origin_package_id.is_not(None))) == 0
    with team_ws.write() as tx:
        assert tx.next_log_pos(False) == len(main) + 1  # what apply.py takes for a received change
        assert tx.next_log_pos(True) == 3
        tx.audit("x")
    with team_ws.read() as session:
        assert get_meta(session, "log_pos") == str(len(main) + 1)
    assert verify_workspace(team_ws).ok


def test_resolve_records_a_resolve_change_with_before_and_the_conflicts(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        created = tx.insert(org)
        org.open_conflicts = 2  # as the merge would have left it (two open conflicts)
    with team_ws.write() as tx:
        org = tx.session.get(InspectedOrg, org.id)  # type: ignore[assignment]
        version = org.local_version
        kept = tx.resolve(org, {"name": "市财政局"}, conflict_ids=["c1"])  # keep current: still a change
        assert org.open_conflicts == 1 and org.sync_state == "conflict"
        taken = tx.resolve(org, {"name": "市财政局党组", "is_deleted": True, "delete_reason": "合并"},
                           conflict_ids=["c2"])
        assert org.open_conflicts == 0 and org.sync_state == "pending" and org.is_deleted and org.deleted_by
        assert org.local_version == version + 2 and org.head_change_id == taken
        with pytest.raises(ValueError, match="not resolvable"):
            tx.resolve(org, {"hlc": "x"}, conflict_ids=[])
    log = changes(team_ws)
    assert [c.op for c in log[-2:]] == ["resolve", "resolve"]
    assert json.loads(log[-2].before_json) == json.loads(log[-2].after_json) == {"name": "市财政局"}
    assert log[-2].base_change_id == created and log[-1].base_change_id == kept
    assert json.loads(log[-1].before_json) == {"name": "市财政局", "is_deleted": False, "delete_reason": None}
    resolved = {e.change_id: e for e in events(team_ws, "resolve")}
    assert json.loads(resolved[taken].detail_json) == {
        "conflicts": ["c2"], "fields": ["delete_reason", "is_deleted", "name"]}


def test_audit_many_extends_the_chain_in_one_go(team_ws: WorkspaceSession) -> None:
    from models.audit import verify_chain
    from services.records import AuditSpec

    before = len(events(team_ws))
    with team_ws.write() as tx:
        tx.audit("first")
        tx.audit_many([AuditSpec("apply_remote", entity="finding", entity_id=f"f{i}", change_id=f"c{i}",
                                 detail={"outcome": "applied", "n": i}) for i in range(50)])
        tx.audit("last")
        tx.audit_many([])
    log = events(team_ws)
    assert len(log) == before + 52
    assert [e.action for e in log[-52:]] == ["first", *["apply_remote"] * 50, "last"]
    assert json.loads(log[-2].detail_json) == {"n": 49, "outcome": "applied"}
    with team_ws.read() as session:
        assert verify_chain(session, team_ws.device_id).ok
