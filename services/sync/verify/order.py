"""Replay, order and gaps of a sender's packages (docs/sync.md §6.2): a pure judgement, no database.

The importer reads what it holds of the sender (``PeerView``) and the packages it recorded with this package's
id or sequence number (``PackageRecord``), then asks ``judge`` what to do with the header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from services.sync.package.rejections import PackageRejected


@dataclass(frozen=True)
class PeerView:
    """What this workspace holds of one sender (sync_peer, in-direction)."""

    device_id: str
    last_seq_in: int = 0
    applied_device_seq: int = 0
    audit_seq: int = 0


@dataclass(frozen=True)
class PackageRecord:
    """A package this workspace recorded (sync_package, direction 'in')."""

    package_id: str
    seq: int
    status: str  # 'imported' | 'held' | 'part_main' | 'part_clues'
    at: datetime | None = None


class Verdict(StrEnum):
    PROCEED = "proceed"                  # new and in order: verify the rest and apply
    ALREADY_IMPORTED = "already_imported"  # the same package id was imported: change nothing
    COMPLETE = "complete"                # recorded with one part only (crash between the two commits): finish it
    HOLD = "hold"                        # earlier changes are missing: keep the file in held/


@dataclass(frozen=True)
class SeqVerdict:
    verdict: Verdict
    missing_from: int = 0
    missing_to: int = 0
    log: str = "main"
    imported_at: datetime | None = None
    part: str | None = None  # COMPLETE: the status recorded ('part_main' -> the clue part is missing)


def _range(header: Any, name: str) -> tuple[int, int] | None:
    value = getattr(header, name, None)
    if not value:
        return None
    first, last = value
    return int(first), int(last)


def judge(peer: PeerView, header: Any, known_package: PackageRecord | None, *,
          same_seq: PackageRecord | None = None) -> SeqVerdict:
    """What to do with a package whose signature checked out.

    ``known_package`` is the record with the header's package id, ``same_seq`` a record of the same sender and
    sequence number (any id). Raises PackageRejected(history_regressed | stale_sequence).
    """
    if known_package is not None and known_package.status != "held":
        if known_package.status.startswith("part_"):
            return SeqVerdict(Verdict.COMPLETE, imported_at=known_package.at, part=known_package.status)
        return SeqVerdict(Verdict.ALREADY_IMPORTED, imported_at=known_package.at)
    if same_seq is not None and same_seq.package_id != header.package_id:
        raise PackageRejected("history_regressed", device=peer.device_id, seq=header.seq,
                              other_package=same_seq.package_id)
    if header.seq <= peer.last_seq_in:
        raise PackageRejected("stale_sequence", device=peer.device_id, seq=header.seq, last=peer.last_seq_in)
    main = _range(header, "main_range")
    if main is not None and main[0] > peer.applied_device_seq + 1:
        return SeqVerdict(Verdict.HOLD, peer.applied_device_seq + 1, main[0] - 1, "main")
    audit = _range(header, "audit_range")
    if audit is not None and audit[0] > peer.audit_seq + 1:
        return SeqVerdict(Verdict.HOLD, peer.audit_seq + 1, audit[0] - 1, "audit")
    return SeqVerdict(Verdict.PROCEED)
