"""What an import, an export or an enrollment did: plain dataclasses the CLI prints and the windows show.

``Outcome`` is what the merge did with one received change (shared with services/sync/merge/decision.py and the
``sync_outcome`` column). ``PackageResult`` is one package's fate; ``BatchReport`` a whole import run.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What the merge did with one received change."""

    APPLIED = "applied"            # a new row, or a change on a row nobody else touched
    FAST_FORWARD = "fast_forward"  # its base is the row's head
    MERGED = "merged"              # field-level three-way merge, no conflict
    CONFLICT = "conflict"          # at least one field conflicts: a sync_conflict row waits for a person
    NOOP = "noop"                  # the row already holds its values
    DUPLICATE = "duplicate"        # the change is known already (change-level idempotency)
    BACKLOG = "backlog"            # waits for a base, a row or a reference
    RELEASED = "released"          # a backlog entry applied later
    REFUSED = "refused"            # a backlog entry out of its sender's scope when decided again: never applied
    SKIPPED = "skipped"


class ImportStatus(StrEnum):
    """One package's fate."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"  # the same package id: nothing changed
    HELD = "held"                          # verified, but earlier changes are missing: kept in <ws>/held/
    RELEASED = "released"                  # a held package imported after the gap closed
    REJECTED = "rejected"                  # failed a check: nothing written (D6)


@dataclass
class PackageResult:
    """One package: where it came from, what became of it, and why when it was refused or held."""

    path: str
    status: ImportStatus
    package_id: str | None = None
    kind: str | None = None
    sender_device: str | None = None
    team_no: int | None = None
    seq: int | None = None
    code: str | None = None                 # reason code (services/sync/package/rejections.REASONS) when rejected
    params: dict[str, Any] = field(default_factory=dict)  # for the reason's sentence; held: device, missing_*
    counts: dict[str, int] = field(default_factory=dict)  # Outcome value -> number of changes (or row states)
    clue_counts: dict[str, int] = field(default_factory=dict)
    blobs: int = 0
    audit_events: int = 0
    imported_at: str | None = None          # already_imported: when it was imported first (ISO)
    warnings: list[str] = field(default_factory=list)  # codes: clock_ahead, completed (part re-import), ...
    released: list[PackageResult] = field(default_factory=list)  # held packages this import let through

    @property
    def rejected(self) -> bool:
        return self.status is ImportStatus.REJECTED

    def count(self, outcome: Outcome | str) -> int:
        return self.counts.get(str(outcome), 0) + self.clue_counts.get(str(outcome), 0)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = str(self.status)
        data["released"] = [result.package_id for result in self.released]
        return data


@dataclass
class BatchReport:
    """An import run over several files: one result per package, in the order they were judged."""

    results: list[PackageResult] = field(default_factory=list)
    started_at: str | None = None
    finished_at: str | None = None
    cancelled: bool = False  # stopped by the person: the packages not listed were not touched
    skipped: list[str] = field(default_factory=list)  # found in a folder but addressed to another workspace

    @property
    def ok(self) -> bool:
        """True when no package was rejected (held and already imported are fine)."""
        return not any(result.rejected for result in self.results)

    def add(self, result: PackageResult) -> None:
        """One judged package, followed by the held packages its import released."""
        self.results.append(result)
        for released in result.released:
            self.add(released)

    def by_status(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for result in self.results:
            totals[str(result.status)] = totals.get(str(result.status), 0) + 1
        return totals

    def totals(self) -> dict[str, int]:
        """Changes per outcome over every package (main and clue logs together)."""
        totals: dict[str, int] = {}
        for result in self.results:
            for counts in (result.counts, result.clue_counts):
                for key, value in counts.items():
                    totals[key] = totals.get(key, 0) + value
        return totals

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "cancelled": self.cancelled, "started_at": self.started_at,
                "finished_at": self.finished_at, "skipped": self.skipped,
                "by_status": self.by_status(), "totals": self.totals(),
                "packages": [result.to_dict() for result in self.results]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True, default=str)


@dataclass
class ExportSummary:
    """One package written (team -> HQ, or an HQ update for one device)."""

    path: str
    package_id: str
    kind: str
    seq: int
    recipient_device: str
    team_no: int | None = None
    size_bytes: int = 0
    changes: int = 0
    clue_changes: int = 0
    audit_events: int = 0
    row_states: int = 0
    blobs: int = 0
    blob_bytes: int = 0
    unconfirmed_bytes: int = 0              # bytes re-sent because HQ has not acknowledged them yet
    main_range: tuple[int, int] | None = None
    audit_range: tuple[int, int] | None = None
    leftovers_removed: int = 0  # temp files and folders a dead export had left, removed now
    leftover_bytes: int = 0
    warnings: list[str] = field(default_factory=list)  # e.g. main_only (a member exports without clues)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AcceptInfo:
    """A grant accepted on a team workspace: it is enrolled and holds HQ's reference rows."""

    device_id: str
    team_no: int
    hq_device_id: str
    hq_fingerprint: str
    device_fingerprint: str
    round_id: str | None = None
    rows: dict[str, int] = field(default_factory=dict)  # entity -> row states taken from the grant

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
