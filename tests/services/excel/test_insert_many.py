"""WriteTx.insert_many writes what insert writes: the row, a change record with the same fields, an audit event
per row in an unbroken chain, so verify passes and the change log alone rebuilds the rows."""

from __future__ import annotations

import json

from sqlalchemy import select

from models.audit import AuditEvent
from models.base import HQ_SCOPE
from models.entities import InspectedOrg
from models.sync import ChangeRecord
from services.verify import verify_workspace
from services.workspace import WorkspaceSession


def test_insert_many_matches_insert(hq_ws: WorkspaceSession) -> None:
    with hq_ws.write() as tx:
        tx.insert(InspectedOrg(name="单个插入", level="municipal_unit"), scope_team_id=HQ_SCOPE)
        ids = tx.insert_many(InspectedOrg, [{"name": f"批量{n}", "level": "village", "village_profile": {"n": n}}
                                            for n in range(3)], scope_team_id=HQ_SCOPE)
    with hq_ws.read() as session:
        records = {r.entity_id: r for r in session.scalars(select(ChangeRecord).where(
            ChangeRecord.entity == "inspected_org"))}
        single = next(r for r in records.values() if "单个插入" in r.after_json)
        for org_id in ids:
            org = session.get(InspectedOrg, org_id)
            assert org is not None and org.local_version == 1 and org.head_change_id == records[org_id].change_id
            after = json.loads(records[org_id].after_json)
            assert set(after) == set(json.loads(single.after_json)) and after["village_profile"]["n"] in (0, 1, 2)
            event = session.scalar(select(AuditEvent).where(AuditEvent.change_id == org.head_change_id))
            assert event is not None and event.action == "create"
    assert verify_workspace(hq_ws).ok

