"""Steps 5-8 of the import (docs/sync.md §6.1): open the sealed sections read-only and check their content.

Nothing here writes: every check reads the payload and the workspace and raises ``PackageRejected``.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import chain_head
from models.clue import ClueChange, ClueMeta
from models.migrate import CLUE_SCRIPTS, MAIN_SCRIPTS
from models.sync import ChangeRecord, get_meta
from services.evidence_store import blob_exists
from services.hlc import MAX_SKEW_MS, Timestamp
from services.sync.crypto.sealing import zero
from services.sync.merge import decision as merge
from services.sync.merge import policy, policy_refs
from services.sync.package import audit_chain, payload_read
from services.sync.package.rejections import PackageRejected
from services.sync.verify import ack_checks


@dataclass
class Checked:
    """What steps 5-8 found in one package, for step 9. The changes themselves are not kept: the checks stream
    them batch by batch (a package's changes are never all in memory) and step 9 reads them again."""

    change_count: int = 0
    clue_change_count: int = 0
    latest_change_hlc: str = ""
    audit: audit_chain.AuditCheck | None = None
    clue_range: tuple[int, int] | None = None
    acks: dict[str, Any] = field(default_factory=dict)
    acks_ahead: list[str] = field(default_factory=list)  # acknowledgements beyond what HQ sent: ignored


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


def change_batches(reader: Any) -> Iterator[list[merge.IncomingChange]]:
    """The payload's changes, 500 at a time, as the merge sees them."""
    for batch in reader.changes(batch=500):
        yield [incoming_change(row) for row in batch]


def check_range(changes: list[merge.IncomingChange], expected: tuple[int, int] | None, device_id: str) -> None:
    """Every change is the sender's own, and their sequence numbers are exactly the range announced."""
    scan = ChangeScan(device_id, expected)
    scan.check_range(changes)
    scan.finish()


class ChangeScan:
    """The checks of step 8 that look at the changes in order, fed batch by batch: each change is the sender's
    own (``foreign_change``), the sequence numbers are exactly the announced range (``range_mismatch``), no
    (device, seq) is held here with another change id (``history_regressed``). Keeps only what later steps need:
    the count, the change ids, the latest HLC and the blobs evidence changes name."""

    def __init__(self, device_id: str, expected: tuple[int, int] | None) -> None:
        self.device_id, self.expected = device_id, expected
        self.next_seq = expected[0] if expected else None
        self.count, self.latest_hlc = 0, ""
        self.ids: set[str] = set()
        self.needed_blobs: set[str] = set()

    def _mismatch(self) -> PackageRejected:
        expected = self.expected
        return PackageRejected("range_mismatch", "change sequence differs from the announced range",
                               expected=list(expected) if expected else None, count=self.count)

    def check_range(self, changes: list[merge.IncomingChange]) -> None:
        for change in changes:
            if change.device_id != self.device_id:
                raise PackageRejected("foreign_change", "change of another device", change_id=change.change_id,
                                      entity=change.entity)
            if self.next_seq is None or self.expected is None or change.device_seq != self.next_seq \
                    or self.next_seq > self.expected[1]:
                raise self._mismatch()
            self.next_seq += 1
            self.count += 1

    def feed(self, session: Session, changes: list[merge.IncomingChange], *, clue: bool) -> None:
        self.check_range(changes)
        check_known(session, self.device_id, changes, clue=clue)
        for c in changes:
            self.ids.add(c.change_id)
            if c.hlc > self.latest_hlc:
                self.latest_hlc = c.hlc
            if c.entity == "evidence" and c.after.get("blob_sha256"):
                self.needed_blobs.add(str(c.after["blob_sha256"]))

    def finish(self) -> None:
        """The last announced change was there (``range_mismatch`` if the package stops short)."""
        wanted = max(0, self.expected[1] - self.expected[0] + 1) if self.expected is not None else 0
        if self.count != wanted:
            raise self._mismatch()


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


def _scan(session: Session, device: Any, reader: Any, expected: tuple[int, int] | None, *,
          clue: bool) -> ChangeScan:
    """Steps 8's change checks (order, history, policy) streamed over the payload's changes."""
    scan = ChangeScan(device.device_id, expected)
    checker = policy.ChangePolicy(session, device, clue=clue)
    for changes in change_batches(reader):
        scan.feed(session, changes, clue=clue)
        checker.feed(changes)
    scan.finish()
    checker.finish()
    return scan


def check_main(session: Session, header: Any, device: Any, reader: Any) -> Checked:
    """Step 7-8 for a team's main section at HQ."""
    scan = _scan(session, device, reader, header.main_range, clue=False)
    checked = Checked(change_count=scan.count, latest_change_hlc=scan.latest_hlc, acks=dict(reader.acks()))
    checked.acks_ahead = ack_checks.check_team_acks(session, device.device_id, checked.acks)
    for key in checked.acks_ahead:
        checked.acks.pop(key)
    payload_read.check_blobs(reader, lambda sha: blob_exists(session, sha), scan.needed_blobs)
    policy_refs.check_blob_claims(session, device, reader, scan.needed_blobs)
    head = reader.audit_head()
    events = list(reader.audit_events())
    if head is None:
        if events or scan.count:
            raise PackageRejected("audit_chain_broken", "no signed audit head", seq=0)
    else:
        checked.audit = audit_chain.check_extends(session, device, events, head, scan.ids)
    return checked


def check_clues(session: Session, device: Any, reader: Any, checked: Checked) -> None:
    """Step 8 for a team's clue section: its range sits inside the payload (D4)."""
    info = reader.info
    if info.get("clue_from") not in (None, "", "None"):
        checked.clue_range = (int(info["clue_from"]), int(info["clue_to"]))
    scan = _scan(session, device, reader, checked.clue_range, clue=True)
    checked.clue_change_count = scan.count
    checked.latest_change_hlc = max(checked.latest_change_hlc, scan.latest_hlc)


def check_update(session: Session, team_id: str, reader: Any, *, clue: bool) -> dict[str, Any]:
    """Step 8 on a team workspace for HQ's update: row states in scope, acks not ahead of this laptop."""
    states = [state for batch in reader.row_states(batch=500) for state in batch]
    policy.check_row_states(session, team_id, states, clue=clue)
    acks = dict(reader.acks())
    ack_checks.check_update_acks(acks, clue=clue)
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


def check_update_blobs(session: Session, reader: Any) -> None:
    """Step 7 on a team workspace: the update's attachments stream to their hashes, and every evidence row state
    names a file that is in the package or already here (else the row would point at nothing)."""
    needed: set[str] = set()
    for batch in reader.row_states(batch=500):
        for state in batch:
            if state["entity"] == "evidence":
                sha = json.loads(state["values_json"]).get("blob_sha256")
                if sha:
                    needed.add(str(sha))
    payload_read.check_blobs(reader, lambda sha: blob_exists(session, sha), needed)


def _own_seq(session: Session, clue: bool) -> int:
    if clue:
        row = session.get(ClueMeta, "device_seq")
        return int(row.value) if row is not None else 0
    return int(get_meta(session, "device_seq", "0") or 0)


def latest_hlc(header: Any, checked: Checked) -> str:
    """The sender's latest HLC in this package (its header's and its changes')."""
    return max(str(header.created_hlc or ""), checked.latest_change_hlc)


def clock_ahead(latest: str, now: datetime) -> bool:
    """True when ``latest`` is more than MAX_SKEW (24 h) ahead of ``now``: flagged, never followed
    (docs/sync.md §7.6)."""
    try:
        wall_ms = Timestamp.parse(latest).wall_ms
    except ValueError:
        return False
    return wall_ms > int(now.timestamp() * 1000) + MAX_SKEW_MS
