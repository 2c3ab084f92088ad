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
