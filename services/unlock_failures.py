"""Failed unlocks: recorded beside keys.json at the moment of failure, folded into the audit chain at the next
successful unlock, and slowing the next attempt after too many (docs/security.md §1.3).

The file (models/unlock_log.py) is written without any key: a wrong passphrase opens nothing. The throttle
counts the failures since the last successful unlock the file records: the first FREE_ATTEMPTS are free, then
each further attempt waits twice as long as the one before (30 s, 1 min, 2 min ... at most 15 min) after the
last failure. A clock set back does not shorten the wait.
"""

from __future__ import annotations

import contextlib
import math
from datetime import datetime
from pathlib import Path
from typing import Any

from models import keystore as ks
from models import unlock_log
from models.sync import get_meta, set_meta
from services.clock import Clock
from services.errors import UnlockThrottledError

FREE_ATTEMPTS = 5
FIRST_WAIT = 30.0  # seconds, after the FREE_ATTEMPTS-th failure
MAX_WAIT = 15 * 60.0


def wait_after(failures: int) -> float:
    """Seconds to wait after the last failure, when ``failures`` attempts failed since the last unlock."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_WAIT * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT)


def pending(path: Path, store: ks.Keystore) -> tuple[int, datetime | None]:
    """The failures since the last successful unlock, and when the last of them happened (None if unknown)."""
    state = unlock_log.read_log(path, store.workspace_id)
    failures = state.failures_since_unlock()
    last = failures[-1].when if failures else None
    return len(failures) + state.trailing, last


def check_throttle(path: Path, store: ks.Keystore, clock: Clock) -> None:
    """UnlockThrottledError (with the seconds still to wait) when too many attempts failed too recently."""
    count, last = pending(path, store)
    wait = wait_after(count)
    if wait <= 0:
        return
    now = clock.now()
    if last is not None and last.tzinfo is None and now.tzinfo is not None:
        last = last.replace(tzinfo=now.tzinfo)
    # an unreadable time, or a clock set back: the whole wait
    remaining = wait if last is None or now < last else wait - (now - last).total_seconds()
    if remaining > 0:
        raise UnlockThrottledError("too many failed unlocks; wait", seconds=math.ceil(remaining), attempts=count,
                                   minutes=math.ceil(remaining / 60))


def record_failure(path: Path, store: ks.Keystore, clock: Clock, user_name: str | None) -> None:
    """Append one failed attempt. A folder that cannot be written (read-only media) loses only this record."""
    tag = ks.name_tag(store.workspace_id, user_name) if user_name else ""
    with contextlib.suppress(OSError):
        unlock_log.append(path, store.workspace_id, "failed", clock.now(), tag)


def fold_into_audit(tx: Any, path: Path, store: ks.Keystore, clock: Clock) -> dict[str, Any] | None:
    """At a successful unlock, inside its write transaction: audit the failures the database has not seen
    (``unlock_failed``), and a file cut back, replaced, deleted or damaged since the last fold
    (``unlock_log_tampered``); then mark the file with an "unlocked" line and remember it in ``meta``.
    Returns the ``unlock_failed`` detail, or None when there was nothing to fold."""
    state = unlock_log.read_log(path, store.workspace_id)
    session = tx.session
    anchor_seq = int(get_meta(session, "unlock_log_seq") or 0)
    anchor_mac = get_meta(session, "unlock_log_mac") or ""
    anchor = state.find(anchor_seq) if anchor_seq else None
    rewound = bool(anchor_seq) and (anchor is None or anchor.mac != anchor_mac)
    since = 0 if rewound else anchor_seq
    failures = [e for e in state.entries if e.kind == "failed" and e.seq > since]
    attempts = len(failures) + state.trailing
    if not attempts and not rewound and not state.problem:
        return None
    if rewound or state.problem:
        tx.audit("unlock_log_tampered", detail={
            "problem": state.problem or "rewound", "rewound": rewound, "valid_lines": len(state.entries),
            "unreadable_lines": state.trailing})
    detail: dict[str, Any] | None = None
    if attempts:
        detail = {"attempts": attempts, "first_at": failures[0].at if failures else None,
                  "last_at": failures[-1].at if failures else None,
                  "other_users": len({e.user for e in failures} - {""})}
        tx.audit("unlock_failed", detail=detail)
    now = clock.now()
    try:
        if state.problem:
            unlock_log.set_aside(path, now.strftime("%Y%m%dT%H%M%S"))
        entry = unlock_log.append(path, store.workspace_id, "unlocked", now)
    except OSError:
        return detail
    set_meta(session, "unlock_log_seq", str(entry.seq))
    set_meta(session, "unlock_log_mac", entry.mac)
    return detail
