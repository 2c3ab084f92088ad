"""Helpers of the DB-level "nothing lost" invariant (test_merge_invariant.py, part b): edits on real
workspaces, the docs/sync.md §7.7 check over HQ's change log, conflicts and rows, and the settle-then-go-stale phase."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from models.entities import ChangeRecord, Finding, SyncBacklog, SyncConflict, SyncHeldPackage
from services.records import content_fields, to_jsonable
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.report import ImportStatus
from services.sync.updates.hq_export import export_updates
from services.verify import verify_workspace
from services.workspace import WorkspaceSession


def db_edit(ws: WorkspaceSession, finding_id: str, op: str, name: str, value: str) -> None:
    with ws.write() as tx:
        row = tx.session.get(Finding, finding_id)
        assert row is not None
        if op == "delete":
            if row.is_deleted:
                tx.undelete(row)
            else:
                tx.delete(row, reason=value)
        elif not row.is_deleted:
            tx.update(row, **{name: value})


def db_nothing_lost(hq: WorkspaceSession, sent: set[str]) -> None:
    """docs/sync.md §7.7: every received change's after values are in the row, in a conflict, or superseded."""
    from services.sync.merge.context import canon_map
    from services.sync.merge.values import ENTITY_CLASSES

    with hq.read() as session:
        log = session.execute(select(ChangeRecord).order_by(ChangeRecord.log_pos)).scalars().all()
        conflicts = session.scalars(select(SyncConflict)).all()
        assert not session.scalars(select(SyncBacklog).where(SyncBacklog.released_at.is_(None))).all()
        assert not session.scalars(select(SyncHeldPackage).where(SyncHeldPackage.released_at.is_(None))).all()
        held = {c.change_id for c in log}
        assert sent <= held, f"missing at HQ: {sent - held}"
        for i, ch in enumerate(log):
            if ch.sync_outcome in ("backlog", "duplicate") or ch.entity == "taxonomy_node":
                continue
            cls = ENTITY_CLASSES[ch.entity]
            row = session.get(cls, ch.entity_id)
            current = {} if row is None else {k: to_jsonable(getattr(row, k)) for k in (
                *content_fields(row), "is_deleted", "delete_reason", "scope_team_id")}
            after = canon_map(ch.entity, json.loads(ch.after_json))
            mine = [c for c in conflicts if c.incoming_change_id == ch.change_id]
            kept = [c for c in conflicts if (c.entity, c.entity_id) == (ch.entity, ch.entity_id)]
            later = [c for c in log[i + 1:] if (c.entity, c.entity_id) == (ch.entity, ch.entity_id)
                     and c.sync_outcome != "backlog"]
            for name, value in after.items():
                if (name == "delete_reason" and ch.op == "delete") or current.get(name) == value:
                    continue
                if ch.op == "insert" and ch.sync_outcome != "applied":
                    continue   # an insert on an existing row (default taxonomy): merged against the first insert
                if any(c.field is None or c.kind != "field" or (c.field == name and json.loads(c.incoming_json)
                                                                == value) for c in mine):
                    continue
                if any(c.field == name and value in (json.loads(c.current_json), json.loads(c.incoming_json))
                       for c in kept):
                    continue
                if any(canon_map(c.entity, json.loads(c.before_json)).get(name) == value
                       and name in json.loads(c.after_json) for c in later):
                    continue
                raise AssertionError(f"lost: {ch.op} {ch.entity}.{name}={value!r} ({ch.sync_outcome})")
    assert verify_workspace(hq).ok


def settle_and_go_stale(places: dict[str, WorkspaceSession], finding_id: str, out: Path) -> None:
    """When conflicts came up: HQ resolves them (keep current / take incoming in turn); laptop B takes HQ's
    update and edits again (its base is the resolution), laptop A edits without the update (a stale change after a
    resolution, docs/sync.md §7.8 case 20); both packages go to HQ."""
    from services.sync.conflicts.inbox import list_conflicts, resolve

    hq, a, b = places["hq"], places["t1a"], places["t1b"]
    waiting = list_conflicts(hq)
    if not waiting:
        return
    for n, conflict in enumerate(waiting):
        resolve(hq, conflict.conflict_id, keep="incoming" if n % 2 else "current")
    (summary,) = export_updates(hq, out, device_ids=[b.device_id])
    assert import_package(b, Path(summary.path)).status is ImportStatus.IMPORTED
    db_edit(b, finding_id, "edit", "title", "after-resolution-b")
    db_edit(a, finding_id, "edit", "title", "stale-a")
    for team in (b, a):
        import_package(hq, Path(export_package(team, out).path))
