"""Property: the change log alone rebuilds every row, whatever edits happened and whichever transactions failed.

This is the foundation's "nothing lost silently": each after-value is in the log, each before-value matches
what the row held, sequences are gap-free and every change has its audit event.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models.audit import AuditEvent
from models.enums import OrgLevel, Role, WorkspaceKind
from models.organisation import InspectedOrg
from models.sync import ChangeRecord
from services.clock import FakeClock
from services.records import content_fields, to_jsonable
from services.verify import verify_workspace
from services.workspace_create import create_workspace
from tests.conftest import PASSPHRASE

names = st.text(alphabet="市县镇村财政局人社委", min_size=1, max_size=6)
operation = st.one_of(
    st.tuples(st.just("insert"), names),
    st.tuples(st.just("update"), st.integers(0, 20), names),
    st.tuples(st.just("level"), st.integers(0, 20), st.sampled_from(list(OrgLevel))),
    st.tuples(st.just("delete"), st.integers(0, 20)),
)
step = st.tuples(st.lists(operation, min_size=1, max_size=4), st.booleans())


@pytest.mark.slow  # Hypothesis, 15 workspaces (~5 s)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_replaying_the_change_log_rebuilds_every_row(tmp_path_factory: object, steps: list) -> None:
    folder: Path = tmp_path_factory.mktemp("ws")  # type: ignore[attr-defined]
    clock = FakeClock()
    ws = create_workspace(folder / "w", user_name="张组长", role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                          kind=WorkspaceKind.TEAM, team_no=1, clock=clock)
    ids: list[str] = []
    try:
        for operations, fail in steps:
            created: list[str] = []
            try:
                with ws.write() as tx:
                    for op in operations:
                        clock.advance(1)
                        pool = ids + created
                        if op[0] == "insert":
                            org = InspectedOrg(name=op[1], level="village")
                            tx.insert(org)
                            created.append(org.id)
                        elif pool:
                            row = tx.session.get(InspectedOrg, pool[op[1] % len(pool)])
                            assert row is not None
                            if op[0] == "update":
                                tx.update(row, name=op[2])
                            elif op[0] == "level":
                                tx.update(row, level=str(op[2]))
                            elif not row.is_deleted:
                                tx.delete(row, reason="测试")
                    if fail:
                        raise RuntimeError("transaction fails after its edits")
                ids.extend(created)
            except RuntimeError:
                pass

        rebuilt: dict[str, dict] = {}
        with ws.read() as session:
            everything = list(session.scalars(select(ChangeRecord).order_by(ChangeRecord.device_seq)))
            log = [change for change in everything if change.entity == "inspected_org"]
            audited = set(session.scalars(select(AuditEvent.change_id)))
            rows = {row.id: row for row in session.scalars(select(InspectedOrg))}
        assert [c.device_seq for c in everything] == list(range(1, len(everything) + 1))
        for change in log:
            assert change.change_id in audited
            before, after = json.loads(change.before_json), json.loads(change.after_json)
            if change.op == "insert":
                assert change.entity_id not in rebuilt
                rebuilt[change.entity_id] = dict(after, is_deleted=False)
                continue
            current = rebuilt[change.entity_id]
            for field, value in before.items():
                assert current.get(field, False if field == "is_deleted" else None) == value
            current.update(after)
        assert set(rebuilt) == set(rows) == set(ids)
        for row_id, row in rows.items():
            expected = {f: to_jsonable(getattr(row, f)) for f in content_fields(row)}
            expected["is_deleted"] = row.is_deleted
            got = {k: v for k, v in rebuilt[row_id].items() if k in expected}
            assert got == expected
        assert verify_workspace(ws).ok
    finally:
        ws.lock()
