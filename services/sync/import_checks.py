"""Steps 5-8 of the import (sync-plan.md §2.5): open the sealed sections read-only and check their content.

Nothing here writes: every check reads the payload and the workspace and raises ``PackageRejected``.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import chain_head
from models.clue import ClueChange, ClueMeta
from models.sync import ChangeRecord, get_meta
from services.evidence_store import blob_exists
from services.sync import audit_chain, merge, payload_read, policy
from services.sync.rejections import PackageRejected
from services.sync.sealing import zero


@dataclass
class Checked:
    """What steps 5-8 found in one package, for step 9."""

    changes: list[merge.IncomingChange] = field(default_factory=list)
    clue_changes: list[merge.IncomingChange] = field(default_factory=list)
    audit: audit_chain.AuditCheck | None = None
    clue_range: tuple[int, int] | None = None
    acks: dict[str, Any] = field(default_factory=dict)


def open_part(path: Path, key: bytearray, header: Any, name: str) -> Any:
    """Step 6: the section's payload, read-only; its ``pkg_info`` must repeat the header."""
    try:
        reader = payload_read.open_payload(path, key)
    except PackageRejected:
        raise
    except Exception as exc:  # sqlcipher: wrong key or damaged file ("file is not a database")
        if isinstance(exc, sqlite3.DatabaseError) or type(exc).__name__ in {"DatabaseError", "OperationalError"}:
            raise PackageRejected("payload_damaged", f"section {name} does not open", section=name) from exc
        raise
    finally:
        zero(key)
    info = reader.info
    expected = {"package_id": header.package_id, "sender_device": header.sender_device, "kind": str(header.kind)}
    if any(str(info.get(k, "")) != v for k, v in expected.items()) or info.get("log", name) != name:
        reader.close()
        raise PackageRejected("payload_damaged", f"pkg_info of {name} differs from the header", section=name)
    revision = str(header.schema.get(name, ""))
    if revision not in known_revisions(name):  # D13: an older known schema is accepted, an unknown one is newer
        reader.close()
        raise PackageRejected("newer_schema", f"schema {revision} of {name} is unknown", section=name,
                              revision=revision)
    return reader


@functools.cache
def known_revisions(name: str) -> frozenset[str]:
    """Every Alembic revision this program knows for the ``main`` or ``clues`` database."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from models.migrate import CLUE_SCRIPTS, MAIN_SCRIPTS

    config = Config()
    config.set_main_option("script_location", str(CLUE_SCRIPTS if name == "clues" else MAIN_SCRIPTS))
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions())


def incoming_change(row: dict[str, Any]) -> merge.IncomingChange:
    """A payload change row (before/after as JSON text) as the merge sees it."""
    convert = getattr(merge, "incoming_from_row", None)
    if convert is not None:
        result: merge.IncomingChange = convert(row)
        return result
    try:
        wall = row["wall_time"]
        return merge.IncomingChange(
            change_id=str(row["change_id"]), device_id=str(row["device_id"]), device_seq=int(row["device_seq"]),
            entity=str(row["entity"]), entity_id=str(row["entity_id"]), op=str(row["op"]),
            base_change_id=row.get("base_change_id"), before=_json(row.get("before_json")),
            after=_json(row.get("after_json")), author_user=str(row["author_user"]),
            author_role=str(row["author_role"]), hlc=str(row["hlc"]),
            wall_time=wall if isinstance(wall, datetime) else datetime.fromisoformat(str(wall)),
            base_hq_version=row.get("base_hq_version"))
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageRejected("bad_value", "change row malformed", change_id=str(row.get("change_id"))) from exc


def _json(text: Any) -> dict[str, Any]:
    if text is None or text == "":
        return {}
    value = json.loads(text) if isinstance(text, str | bytes) else text
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def all_changes(reader: Any) -> list[merge.IncomingChange]:
    return [incoming_change(row) for batch in reader.changes(batch=500) for row in batch]


def check_range(changes: list[merge.IncomingChange], expected: tuple[int, int] | None, device_id: str) -> None:
    """Every change is the sender's own, and their sequence numbers are exactly the range announced."""
    for change in changes:
        if change.device_id != device_id:
            raise PackageRejected("foreign_change", "change of another device", change_id=change.change_id,
                                  entity=change.entity)
    seqs = [change.device_seq for change in changes]
    wanted = list(range(expected[0], expected[1] + 1)) if expected else []
    if seqs != wanted:
        raise PackageRejected("range_mismatch", "change sequence differs from the announced range",
                              expected=list(expected) if expected else None, count=len(seqs))


def check_known(session: Session, device_id: str, changes: list[merge.IncomingChange], *, clue: bool) -> None:
    """A (device, seq) already held with another change id: the device's history was rewritten."""
    if not changes:
        return
    model = ClueChange if clue else ChangeRecord
    first, last = changes[0].device_seq, changes[-1].device_seq
    held = {row[0]: row[1] for row in session.execute(select(model.device_seq, model.change_id).where(
        model.device_id == device_id, model.device_seq.between(first, last)))}
    for change in changes:
        known = held.get(change.device_seq)
        if known is not None and known != change.change_id:
            raise PackageRejected("history_regressed", "device sequence reused with other content",
                                  device=device_id, seq=change.device_seq, change_id=change.change_id)


def check_blobs(session: Session, reader: Any, changes: Iterable[merge.IncomingChange]) -> None:
    """Step 7: every blob streams to its hash; every blob an evidence change names is in the payload or here."""
    needed = {str(c.after["blob_sha256"]) for c in changes if c.entity == "evidence" and c.after.get("blob_sha256")}
    payload_read.check_blobs(reader, lambda sha: blob_exists(session, sha), needed)


def check_main(session: Session, header: Any, device: Any, reader: Any) -> Checked:
    """Step 7-8 for a team's main section at HQ."""
    checked = Checked(changes=all_changes(reader), acks=dict(reader.acks()))
    check_range(checked.changes, header.main_range, device.device_id)
    check_known(session, device.device_id, checked.changes, clue=False)
    check_blobs(session, reader, checked.changes)
    policy.check_changes(session, device, checked.changes, clue=False)
    head = reader.audit_head()
    events = list(reader.audit_events())
    if head is None:
        if events or checked.changes:
            raise PackageRejected("audit_chain_broken", "no signed audit head", seq=0)
    else:
        checked.audit = audit_chain.check_extends(session, device, events, head,
                                                  {c.change_id for c in checked.changes})
    return checked


def check_clues(session: Session, device: Any, reader: Any, checked: Checked) -> None:
    """Step 8 for a team's clue section: its range sits inside the payload (D4)."""
    checked.clue_changes = all_changes(reader)
    info = reader.info
    if info.get("clue_from") not in (None, "", "None"):
        checked.clue_range = (int(info["clue_from"]), int(info["clue_to"]))
    check_range(checked.clue_changes, checked.clue_range, device.device_id)
    check_known(session, device.device_id, checked.clue_changes, clue=True)
    policy.check_changes(session, device, checked.clue_changes, clue=True)


def check_update(session: Session, team_id: str, reader: Any, *, clue: bool) -> dict[str, Any]:
    """Step 8 on a team workspace for HQ's update: row states in scope, acks not ahead of this laptop."""
    states = [state for batch in reader.row_states(batch=500) for state in batch]
    policy.check_row_states(session, team_id, states, clue=clue)
    acks = dict(reader.acks())
    own_seq = _own_seq(session, clue)
    key = "clue_seq" if clue else "device_seq"
    if int(acks.get(key) or 0) > own_seq:
        raise PackageRejected("peer_ahead", f"HQ acknowledges {key} {acks.get(key)} > {own_seq}",
                              acked=acks.get(key), held=own_seq)
    if not clue:
        own_audit = chain_head(session, get_meta(session, "device_id") or "")[0]
        if int(acks.get("audit_seq") or 0) > own_audit:
            raise PackageRejected("peer_ahead", "HQ acknowledges more audit events than held",
                                  acked=acks.get("audit_seq"), held=own_audit)
    return acks


def _own_seq(session: Session, clue: bool) -> int:
    if clue:
        row = session.get(ClueMeta, "device_seq")
        return int(row.value) if row is not None else 0
    return int(get_meta(session, "device_seq", "0") or 0)


def latest_hlc(header: Any, checked: Checked) -> str:
    """The sender's latest HLC in this package (its header's and its changes')."""
    stamps = [str(header.created_hlc or "")] + [c.hlc for c in (*checked.changes, *checked.clue_changes)]
    return max(stamps)


def clock_ahead(latest: str, now: datetime) -> bool:
    """True when ``latest`` is more than MAX_SKEW (24 h) ahead of ``now``: flagged, never followed (§3.7)."""
    from services.hlc import MAX_SKEW_MS, Timestamp

    try:
        wall_ms = Timestamp.parse(latest).wall_ms
    except ValueError:
        return False
    return wall_ms > int(now.timestamp() * 1000) + MAX_SKEW_MS
