"""``verify``: is this workspace whole? SQLite integrity, SQLCipher page HMACs, the audit chains, the change
log's sequence, and that every change has its audit event. Read-only but for the final "verify" event.

It also names what dead exports left in the workspace folder (services/leftovers.py): the ones this session's
unlock removed, and any found now. They are not damage (the workspace stays "ok"); the next unlock or export
removes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.audit import AuditEvent, ChainReport, Problem, verify_chain
from models.clue import ClueChange
from models.sync import ChangeRecord
from services.leftovers import Leftovers, describe, scratch_leftovers
from services.progress import CancelToken, Progress, no_progress
from services.workspace import WorkspaceSession

REQUIRED_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "change_log_no_update", "change_log_no_delete",
                     "change_log_log_pos_forward")
# In clues.db: checked when the compartment is attached.
REQUIRED_CLUE_TRIGGERS = ("clue_change_log_no_update", "clue_change_log_no_delete", "clue_change_log_log_pos_forward")
# Meta key (main ``meta`` and ``clue_meta``) counting the own changes close-out purged from the log.
PURGED_CHANGES = "purged_changes"


@dataclass
class VerifyReport:
    integrity: list[str] = field(default_factory=list)
    chains: list[ChainReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    checked_changes: int = 0
    clues_checked: bool = False
    leftovers_removed: Leftovers = field(default_factory=Leftovers)  # by this session's unlock
    leftovers_found: Leftovers = field(default_factory=Leftovers)  # still there (left since, or not removable)

    @property
    def ok(self) -> bool:
        return not self.problems and all(chain.ok for chain in self.chains)

    def all_problems(self) -> list[Problem]:
        """Every problem; an audit chain's are marked ``show_device`` when the workspace holds several chains."""
        several = len(self.chains) > 1
        chained = [Problem(p.code, f"device {chain.device_id[:8]}: {p}" if several else str(p),
                           **p.params, show_device=several)
                   for chain in self.chains for p in chain.problems]
        return self.problems + chained


def _pragma_rows(session: Session, pragma: str) -> list[str]:
    return [str(row[0]) for row in session.execute(text(f"PRAGMA {pragma}"))]


def _own_sequence(session: Session, log: type[ChangeRecord] | type[ClueChange], device_id: str) -> list[int]:
    query = select(log.device_seq).where(log.device_id == device_id).order_by(log.device_seq)
    return list(session.scalars(query))


def _check_sequence(seqs: list[int], log: str, report: VerifyReport, purged: int = 0, counter: int = 0) -> None:
    """Own changes are numbered 1..n without a gap. After a close-out purged ``purged`` acknowledged changes
    (anywhere in the sequence, the last ones too), the ones left must still account for every number given out:
    count + purged == the log's device_seq counter."""
    if purged:
        highest = max(counter, seqs[-1] if seqs else 0)
        if len(seqs) + purged != highest:
            report.problems.append(Problem("sequence_broken", f"{log}: {len(seqs)} changes + {purged} purged "
                                           f"!= #{highest}", log=log, expected=len(seqs) + purged, found=highest))
        return
    for expected, seq in enumerate(seqs, start=1):
        if seq != expected:
            report.problems.append(Problem("sequence_broken", f"{log}: sequence broken at #{expected} (found #{seq})",
                                           log=log, expected=expected, found=seq))
            return


def _counters(session: Session, clue: bool) -> tuple[int, int]:
    """(purged changes, device_seq counter) of the main or clue log."""
    table = "clues.clue_meta" if clue else "meta"
    query = text(f"SELECT key, value FROM {table} WHERE key IN (:purged, 'device_seq')")
    values: dict[str, str] = {str(key): str(value) for key, value in session.execute(query, {"purged": PURGED_CHANGES})}
    return int(values.get(PURGED_CHANGES) or 0), int(values.get("device_seq") or 0)


def _check_audited(change_ids: list[str], audited: set[str | None], log: str, report: VerifyReport) -> None:
    unaudited = [cid for cid in change_ids if cid not in audited]
    if unaudited:
        report.problems.append(Problem("unaudited_changes", f"{log}: {len(unaudited)} change(s) have no audit "
                                       f"event, first {unaudited[0]}", log=log, count=len(unaudited),
                                       first=unaudited[0]))


def verify_workspace(ws: WorkspaceSession, progress: Progress = no_progress,
                     cancel: CancelToken | None = None) -> VerifyReport:
    """Check everything this session can open; the clue compartment too when the user holds its key."""
    report = VerifyReport()
    with ws.read() as session:
        progress("integrity", 0, 4)
        for schema in ("main", "clues") if ws.can_read_clues else ("main",):
            result = _pragma_rows(session, f"{schema}.integrity_check")
            failures = [] if result == ["ok"] else result
            failures += _pragma_rows(session, f"{schema}.cipher_integrity_check")
            report.problems.extend(Problem("integrity", f"{schema}: {line}", schema=schema, detail=line)
                                   for line in failures)
        report.integrity = ["ok"] if not report.problems else list(report.problems)
        triggers = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        required = list(REQUIRED_TRIGGERS)
        if ws.can_read_clues:
            triggers |= set(session.scalars(text("SELECT name FROM clues.sqlite_master WHERE type = 'trigger'")))
            required += REQUIRED_CLUE_TRIGGERS
        report.problems.extend(Problem("trigger_missing", f"append-only trigger {name} is missing", name=name)
                               for name in required if name not in triggers)
        if cancel:
            cancel.check()

        progress("audit", 1, 4)
        for device in session.scalars(select(AuditEvent.device_id).distinct().order_by(AuditEvent.device_id)):
            report.chains.append(verify_chain(session, device))
            if cancel:
                cancel.check()

        progress("changes", 2, 4)
        seqs = _own_sequence(session, ChangeRecord, ws.device_id)
        _check_sequence(seqs, "change_log", report, *_counters(session, clue=False))
        report.checked_changes = len(seqs)
        audited = set(session.scalars(select(AuditEvent.change_id).where(AuditEvent.change_id.is_not(None))))
        own = select(ChangeRecord.change_id).where(ChangeRecord.device_id == ws.device_id)
        _check_audited(list(session.scalars(own)), audited, "change_log", report)

        progress("clues", 3, 4)
        if ws.can_read_clues:
            clue_seqs = _own_sequence(session, ClueChange, ws.device_id)
            _check_sequence(clue_seqs, "clue_change_log", report, *_counters(session, clue=True))
            own_clues = select(ClueChange.change_id).where(ClueChange.device_id == ws.device_id)
            _check_audited(list(session.scalars(own_clues)), audited, "clue_change_log", report)
            report.clues_checked = True
        progress("done", 4, 4)

    with ws.write() as tx:  # under the write lock: a scratch folder found now belongs to no live export
        report.leftovers_removed = ws.leftovers_removed
        report.leftovers_found = describe(scratch_leftovers(ws.path))
        tx.audit("verify", detail={"ok": report.ok, "problems": len(report.all_problems()),
                                   "leftovers": len(report.leftovers_found.names)})
    return report
