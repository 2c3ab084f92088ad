"""unlock-failures.log beside keys.json: failed unlocks recorded without touching a database
(docs/security.md §1.3).

A wrong passphrase cannot write to the encrypted databases (the key is what failed), so each failure appends one
line here: ``{"seq", "kind": "failed", "at", "user", "prev", "mac"}``, and each successful unlock appends a
``"unlocked"`` line. Lines are never rewritten. ``mac`` is HMAC-SHA256 over the line's other fields under a key
derived from the workspace id, and ``prev`` is the previous line's ``mac``, so the lines form a chain: an edited,
removed or reordered line breaks it. The database remembers the last line it folded into the audit chain
(``meta.unlock_log_seq`` / ``unlock_log_mac``), so a file cut back, replaced or deleted after an unlock is evident
at the next one. ``user`` is the salted name tag of keys.json (no name in clear).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

LOG_FILE = "unlock-failures.log"
MAX_LINE = 1024  # a longer line is not one this program wrote
MAX_LINES = 100_000  # reading stops here: the file cannot make an unlock slow


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: str  # "failed" or "unlocked"
    at: str  # ISO time from the session's clock
    user: str  # name tag, "" for the default user
    prev: str
    mac: str

    @property
    def when(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.at)
        except ValueError:
            return None


@dataclass
class LogState:
    """The file as read: its valid entries, and what is wrong with it (``problem``: a code, "" when sound)."""

    entries: list[Entry]
    problem: str = ""  # "", "damaged" (a line that does not parse or verify), "broken" (a gap or a broken link)
    trailing: int = 0  # lines after the first bad one (counted as failures by the throttle: the safe side)

    @property
    def head(self) -> Entry | None:
        return self.entries[-1] if self.entries else None

    def failures_since_unlock(self) -> list[Entry]:
        """The failed attempts after the last successful unlock this file records (what the throttle counts)."""
        out: list[Entry] = []
        for entry in self.entries:
            out = [] if entry.kind == "unlocked" else [*out, entry]
        return out

    def find(self, seq: int) -> Entry | None:
        if 1 <= seq <= len(self.entries) and self.entries[seq - 1].seq == seq:
            return self.entries[seq - 1]
        return None


def _key(workspace_id: str) -> bytes:
    return hashlib.sha256(f"xuncha-unlock-log|{workspace_id}|v1".encode()).digest()


def _mac(workspace_id: str, fields: dict[str, Any]) -> str:
    body = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return hmac.new(_key(workspace_id), body, hashlib.sha256).hexdigest()


def read_log(folder: Path, workspace_id: str) -> LogState:
    """Read and check the chain. Never raises for the file's content: a bad line makes ``problem`` say so and
    reading stops there (what follows a broken line cannot be trusted)."""
    path = folder / LOG_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LogState([])
    except OSError:
        return LogState([], "damaged")
    entries: list[Entry] = []
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    lines = lines[:MAX_LINES]
    for number, line in enumerate(lines):
        entry = _parse(line, workspace_id)
        if entry is None:
            return LogState(entries, "damaged", len(lines) - number)
        expected_prev = entries[-1].mac if entries else ""
        if entry.seq != len(entries) + 1 or entry.prev != expected_prev:
            return LogState(entries, "broken", len(lines) - number)
        entries.append(entry)
    return LogState(entries)


def _parse(line: bytes, workspace_id: str) -> Entry | None:
    if len(line) > MAX_LINE:
        return None
    try:
        data = json.loads(line.decode("utf-8"))
        fields = {k: data[k] for k in ("seq", "kind", "at", "user", "prev")}
        mac = str(data["mac"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    if not isinstance(fields["seq"], int) or fields["kind"] not in ("failed", "unlocked"):
        return None
    if not hmac.compare_digest(mac, _mac(workspace_id, fields)):
        return None
    return Entry(fields["seq"], str(fields["kind"]), str(fields["at"]), str(fields["user"]), str(fields["prev"]),
                 mac)


def append(folder: Path, workspace_id: str, kind: str, at: datetime, user: str = "") -> Entry:
    """Append one line (flushed and fsynced), chained to the last good line. After a damaged or broken line the
    new one does not verify either: it still counts for the throttle (``trailing``), and the next successful
    unlock sets the damaged file aside (set_aside) and starts a new one."""
    head = read_log(folder, workspace_id).head
    seq = (head.seq if head else 0) + 1
    fields: dict[str, Any] = {"seq": seq, "kind": kind, "at": at.isoformat(), "user": user,
              "prev": head.mac if head else ""}
    mac = _mac(workspace_id, fields)
    line = json.dumps({**fields, "mac": mac}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    path = folder / LOG_FILE
    needs_newline = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
    with path.open("ab") as handle:
        handle.write((b"\n" if needs_newline else b"") + line.encode("utf-8") + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    return Entry(seq, kind, str(fields["at"]), user, str(fields["prev"]), mac)


def set_aside(folder: Path, stamp: str) -> Path | None:
    """Rename a damaged log out of the way (kept as evidence, never deleted); the next line starts a new chain."""
    path = folder / LOG_FILE
    if not path.exists():
        return None
    target = folder / f"{LOG_FILE}.damaged-{stamp}"
    os.replace(path, target)
    return target
