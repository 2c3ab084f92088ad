"""The acknowledgements a package carries (docs/sync.md §3.5, table ``ack``), checked in step 8 like the rest of
its content: a malformed or boastful value rejects the package before anything is written, instead of failing
inside the write transaction or making HQ skip a laptop's updates.

Team -> HQ: what the laptop holds of HQ (``hq_seq_in``: the last update package it imported, ``hq_pos`` /
``hq_clue_pos``: HQ's log positions it holds) and the rounds it wiped. A malformed value rejects the package. A
well-formed value beyond what HQ ever sent (a forged laptop, or HQ restored from an older backup) is ignored
and reported (warning ``ack_ahead``): HQ's watermark for that laptop does not move, so HQ keeps sending what
the laptop may lack; the package itself is imported. HQ -> team: plain counters (whether they run ahead of the
laptop is judged by ``import_checks.check_update``, ``peer_ahead``) and the laptop's changes that wait in HQ's
conflict inbox (conflicts/waiting_edits.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from models.clue import ClueMeta
from models.sync import get_meta
from models.sync_registry import SyncPeer
from services.sync.conflicts import waiting_edits
from services.sync.devices.registry import clues_attached
from services.sync.package.rejections import PackageRejected

COUNTER_LIMIT = 2**62  # SQLite INTEGER is 64-bit signed; nothing real comes near
TEAM_COUNTERS = ("hq_seq_in", "hq_pos", "hq_clue_pos")
UPDATE_COUNTERS = ("pkg_seq", "device_seq", "audit_seq", "clue_seq", "hq_pos", "hq_clue_pos")
ROUND_ID_LENGTH = 36


def _refuse(key: str, value: Any, reason: str) -> PackageRejected:
    return PackageRejected("bad_value", f"acknowledgement {key}: {reason}", entity="ack", field=key,
                           value=str(value)[:80], reason=reason)


def _counters(acks: Mapping[str, Any], keys: tuple[str, ...], extra: tuple[str, ...] = ()) -> None:
    for key, value in acks.items():
        if key not in keys and key not in extra:
            raise _refuse(key, value, "unknown_field")
    for key in keys:
        value = acks.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(key, value, "wrong_type")
        if not 0 <= value <= COUNTER_LIMIT:
            raise _refuse(key, value, "out_of_range")


def check_team_acks(session: Session, device_id: str, acks: Mapping[str, Any]) -> list[str]:
    """HQ side: a team laptop's acknowledgements of what it holds of HQ. Returns the keys whose value runs ahead
    of what HQ sent (to be ignored); raises for a malformed one."""
    _counters(acks, TEAM_COUNTERS, extra=("purged_rounds",))
    peer = session.get(SyncPeer, device_id)
    limits = {"hq_seq_in": peer.last_seq_out if peer is not None else 0,
              "hq_pos": int(get_meta(session, "log_pos", "0") or 0)}
    if clues_attached(session):
        row = session.get(ClueMeta, "log_pos")
        limits["hq_clue_pos"] = int(row.value) if row is not None else 0
    ahead = [key for key, limit in limits.items() if acks.get(key) is not None and acks[key] > limit]
    rounds = acks.get("purged_rounds")
    if rounds is not None and not (isinstance(rounds, list) and all(
            isinstance(r, str) and 0 < len(r) <= ROUND_ID_LENGTH for r in rounds)):
        raise _refuse("purged_rounds", rounds, "wrong_type")
    return ahead


def check_update_acks(acks: Mapping[str, Any], *, clue: bool | None = None) -> None:
    """Team side: HQ's acknowledgements are counters, and the list of the laptop's changes HQ's conflict inbox
    holds (conflicts/waiting_edits.py; ``clue``: of which database)."""
    _counters(acks, UPDATE_COUNTERS, extra=(waiting_edits.ACK_KEY,))
    if waiting_edits.ACK_KEY in acks:
        waiting_edits.check(acks[waiting_edits.ACK_KEY], clue=clue)
