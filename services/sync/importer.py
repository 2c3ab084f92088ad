"""Import one package (docs/sync.md §6.1): verify everything first, then write everything in one transaction.

Steps 1-8 read only; a package that fails any of them is *rejected* and leaves the workspace exactly as it was
(decision D6: no row, no audit event, no file in ``incoming/``). Step 9 is one ``ws.write()`` (BEGIN
IMMEDIATE) for the main section and a second one for the clue section (docs/sync.md §6.3: recorded per database, so a
crash between the two commits is completed by importing the same file again). A package whose predecessors are
missing is *held* (kept in ``<ws>/held/``) and retried after each later successful import from its sender.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from models.clue_sync import CluePackage, CluePeer
from models.enums import Role, WorkspaceKind
from models.sync_inbox import SyncHeldPackage, SyncPackage
from services.progress import CancelToken, Progress, no_progress
from services.sync import import_records as records
from services.sync.crypto.errors import SyncCryptoError
from services.sync.devices import registry
from services.sync.merge import apply
from services.sync.package import container
from services.sync.package.header import open_section_key
from services.sync.package.rejections import PackageRejected, rejection_code
from services.sync.report import ImportStatus, PackageResult
from services.sync.updates import team_apply
from services.sync.verify import import_checks, order
from services.workspace import WorkspaceSession

TEAM_KIND = "team_to_hq"
UPDATE_KIND = "hq_to_team"


def require_importer(ws: WorkspaceSession) -> None:
    """D5: at HQ only the HQ administrator imports (both payloads apply together); at a team any member."""
    if ws.kind == WorkspaceKind.HQ:
        ws.require(Role.HQ_ADMIN)


def import_package(ws: WorkspaceSession, path: Path, *, progress: Progress = no_progress,
                   cancel: CancelToken | None = None, release: bool = True) -> PackageResult:
    """Verify and apply the package at ``path``. Never raises for a fault of the package: the result says
    ``rejected`` with a reason code. Raises NotPermittedError (role), CancelledError (nothing written)."""
    require_importer(ws)
    path = Path(path)
    result = PackageResult(path=str(path), status=ImportStatus.REJECTED)
    incoming = ws.path / records.INCOMING
    records.clean_incoming(incoming)
    try:
        _Import(ws, path, result, incoming, progress, cancel).run()
    except (PackageRejected, SyncCryptoError) as error:
        result.status, result.code = ImportStatus.REJECTED, rejection_code(error)
        result.params = json.loads(json.dumps(error.params, default=str))
    finally:
        records.clean_incoming(incoming, result.package_id)
    if release and result.status in (ImportStatus.IMPORTED, ImportStatus.RELEASED) and result.sender_device:
        result.released = release_held(ws, result.sender_device, progress=progress, cancel=cancel)
    return result


def release_held(ws: WorkspaceSession, device_id: str, *, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> list[PackageResult]:
    """Retry the sender's held packages, oldest first, until one is still missing its predecessors."""
    released: list[PackageResult] = []
    while True:
        with ws.read() as session:
            pending = records.held_packages(session, device_id)
        if not pending:
            return released
        row = pending[0]
        result = import_package(ws, records.held_file(ws.path, row), progress=progress, cancel=cancel,
                                release=False)
        if result.status is ImportStatus.HELD:
            return released
        if result.status is ImportStatus.IMPORTED:
            result.status = ImportStatus.RELEASED
            records.drop_held_file(ws.path, row)
        elif result.status is not ImportStatus.RELEASED:  # rejected now, or imported from another copy meanwhile
            _drop_held(ws, row)
        released.append(result)


def _drop_held(ws: WorkspaceSession, held: SyncHeldPackage) -> None:
    with ws.write() as tx:
        row = tx.session.get(SyncHeldPackage, held.package_id)
        if row is not None and row.released_at is None:
            row.released_at = ws.clock.now().replace(tzinfo=None)
            tx.audit("package_held_dropped", entity="sync_package", entity_id=held.package_id)
    records.drop_held_file(ws.path, held)


@dataclass
class _Import:
    ws: WorkspaceSession
    path: Path
    result: PackageResult
    incoming: Path
    progress: Progress
    cancel: CancelToken | None
    file_sha256: str = field(default="", init=False)

    def run(self) -> None:
        self.progress("package_verify", 0, 1)
        try:  # step 1: container, header
            header = container.read_header(self.path)
        except OSError as exc:
            raise PackageRejected("file_unreadable", str(exc)) from exc
        res = self.result
        res.package_id, res.kind, res.sender_device, res.seq = header.package_id, str(header.kind), \
            header.sender_device, header.seq
        with self.ws.read() as session:  # step 2: the sender
            device = registry.sender_for(session, header)
            res.team_no = device.team_no
        digest = hashlib.sha256()  # the whole file's, for the package log: taken in the verifying pass
        files = container.verify_and_extract(self.path, header, device.sign_public, self.incoming,  # step 3
                                             progress=self.progress, cancel=self.cancel, file_digest=digest)
        self.file_sha256 = digest.hexdigest()
        with self.ws.read() as session:  # step 4: replay, order, gaps
            peer, known, same_seq = records.order_state(session, header, device.device_id)
        verdict = order.judge(peer, header, known, same_seq=same_seq)
        if verdict.verdict is order.Verdict.ALREADY_IMPORTED:
            res.status = ImportStatus.ALREADY_IMPORTED
            res.imported_at = verdict.imported_at.isoformat() if verdict.imported_at else None
            return
        with self.ws.read() as session:
            own = registry.own_keys(session)
        want_main = verdict.verdict is not order.Verdict.COMPLETE or verdict.part == "part_clues"
        want_clues = "clues" in files and (verdict.verdict is not order.Verdict.COMPLETE or
                                           verdict.part == "part_main")
        if want_clues and own.clue is None:
            if self.ws.kind == WorkspaceKind.HQ:
                raise PackageRejected("needs_clue_key", "the clue section needs HQ's clue key")
            want_clues = False
            res.warnings.append("clues_pending")
        with ExitStack() as stack:
            main = clues = None
            if want_main:  # steps 5-6
                main = stack.enter_context(import_checks.open_part(
                    files["main"], open_section_key(header, "main", own.encryption), header, "main"))
            if want_clues and own.clue is not None:
                clues = stack.enter_context(import_checks.open_part(
                    files["clues"], open_section_key(header, "clues", own.clue), header, "clues"))
            if main is None and clues is None:  # recorded already; its missing part needs a key this user lacks
                res.status = ImportStatus.ALREADY_IMPORTED
            elif header.kind == UPDATE_KIND:
                self._update(header, device, main, clues)
            else:
                self._team_package(header, device, verdict, main, clues, pending_clues="clues" in files)

    def _team_package(self, header: Any, device: Any, verdict: order.SeqVerdict, main: Any, clues: Any, *,
                      pending_clues: bool) -> None:
        """HQ side: a team device's package."""
        ws, res = self.ws, self.result
        sha = self.file_sha256
        if verdict.verdict is order.Verdict.HOLD:  # signed by the sender; the content is checked on release
            self._hold(header, device, verdict, sha)
            return
        with ws.read() as session:  # steps 7-8
            checked = import_checks.Checked()
            if main is not None:
                checked = import_checks.check_main(session, header, device, main)
            if clues is not None:
                import_checks.check_clues(session, device, clues, checked)
                applied = _clue_peer(session, device.device_id)
                rng = checked.clue_range
                if rng and rng[0] > applied + 1 and verdict.verdict is order.Verdict.PROCEED:
                    verdict = order.SeqVerdict(order.Verdict.HOLD, applied + 1, rng[0] - 1, "clues")
        if verdict.verdict is order.Verdict.HOLD:
            self._hold(header, device, verdict, sha)
            return
        by = ws.actor.user_id
        if main is not None:  # step 9, main database
            with ws.write() as tx:
                res.blobs = records.store_blobs(tx.session, main)
                if checked.audit is not None:
                    res.audit_events = records.store_audit_events(tx.session, checked.audit.new_events)
                    checked.audit = replace(checked.audit, new_events=[])  # stored: not held through the merge
                tx.session.flush()
                self.progress("package_apply", 0, checked.change_count)
                counts = apply.apply_main(tx, main, device, header.package_id, progress=self.progress,
                                          cancel=self.cancel)
                res.counts = {str(k): v for k, v in counts.items()}
                status = "part_main" if pending_clues else "imported"
                self._record(tx.session, header, device, sha, status, checked, by)
                tx.audit("package_imported", entity="sync_package", entity_id=header.package_id,
                         detail={"sender": device.device_id, "seq": header.seq, "counts": res.counts})
        if clues is not None:  # step 9, clue database
            with ws.write() as tx:
                if tx.session.get(CluePackage, header.package_id) is None:
                    counts = apply.apply_clues(tx, clues, device, header.package_id, progress=self.progress,
                                               cancel=self.cancel)
                    res.clue_counts = {str(k): v for k, v in counts.items()}
                    self._record_clues(tx.session, header, device, checked)
                package = tx.session.get(SyncPackage, header.package_id)
                if package is not None:
                    package.status = "imported"
                else:
                    self._record(tx.session, header, device, sha, "imported", checked, by)
                tx.audit("package_clues_imported", entity="sync_package", entity_id=header.package_id,
                         detail={"sender": device.device_id, "counts": res.clue_counts})
        if verdict.verdict is order.Verdict.COMPLETE:
            res.warnings.append("completed")
        res.status = ImportStatus.IMPORTED

    def _update(self, header: Any, hq: Any, main: Any, clues: Any) -> None:
        """Team side: HQ's update package (row states and acknowledgements)."""
        ws, res = self.ws, self.result
        with ws.read() as session:
            team_id = registry.team_id_of(ws)
            if main is not None:
                import_checks.check_update(session, team_id, main, clue=False)
                import_checks.check_update_blobs(session, main)
            if clues is not None:
                import_checks.check_update(session, team_id, clues, clue=True)
        sha = self.file_sha256
        status = "part_main" if "clues_pending" in res.warnings else "imported"
        for reader, clue in ((main, False), (clues, True)):
            if reader is None:
                continue
            with ws.write() as tx:
                if not clue:  # attachments of evidence HQ sends (another laptop's, or HQ's own)
                    res.blobs = records.store_blobs(tx.session, reader)
                    tx.session.flush()
                counts = team_apply.apply_update(tx, reader, hq, header.package_id, clue=clue,
                                                 progress=self.progress, cancel=self.cancel)
                (res.clue_counts if clue else res.counts).update({str(k): v for k, v in counts.items()})
                if clue:
                    self._record_clues(tx.session, header, hq, import_checks.Checked())
                package = tx.session.get(SyncPackage, header.package_id)
                if package is None:
                    self._record(tx.session, header, hq, sha, status, import_checks.Checked(), ws.actor.user_id)
                elif clue:
                    package.status = status
                tx.audit("package_imported", entity="sync_package", entity_id=header.package_id,
                         detail={"sender": hq.device_id, "seq": header.seq, "clue": clue})
        res.status = ImportStatus.IMPORTED

    def _hold(self, header: Any, device: Any, verdict: order.SeqVerdict, sha: str) -> None:
        res = self.result
        with self.ws.write() as tx:
            records.hold(tx.session, self.ws.path, self.path, header, device.device_id, log=verdict.log,
                         missing_from=verdict.missing_from, missing_to=verdict.missing_to, sha256=sha)
            records.record_attempt(tx.session, header, device.device_id, path=self.path, sha256=sha, result="held",
                                   by_user=self.ws.actor.user_id)
            tx.audit("package_held", entity="sync_package", entity_id=header.package_id,
                     detail={"sender": device.device_id, "seq": header.seq, "log": verdict.log,
                             "missing": [verdict.missing_from, verdict.missing_to]})
        res.status = ImportStatus.HELD
        res.params = {"device": device.label or device.device_id, "missing_from": verdict.missing_from,
                      "missing_to": verdict.missing_to, "log": verdict.log}

    def _record(self, session: Session, header: Any, device: Any, sha: str, status: str,
                checked: import_checks.Checked, by: str) -> None:
        res = self.result
        records.record_package(session, header, device.device_id, path=self.path, sha256=sha, status=status,
                               by_user=by, summary={"counts": res.counts, "blobs": res.blobs})
        peer = registry.peer(session, device.device_id)
        peer.last_seq_in, peer.last_package_in = max(peer.last_seq_in, header.seq), header.package_id
        if header.main_range:
            peer.applied_device_seq = max(peer.applied_device_seq, header.main_range[1])
        if checked.audit is not None:
            head = checked.audit.new_head
            peer.audit_seq, peer.audit_hash, peer.audit_head_sig = head.seq, head.entry_hash, head.signature
        acks = checked.acks
        if acks.get("hq_seq_in") is not None:
            peer.peer_acked_seq_out = max(peer.peer_acked_seq_out, int(acks["hq_seq_in"]))
        if acks.get("hq_pos") is not None:
            peer.peer_acked_pos = max(peer.peer_acked_pos, int(acks["hq_pos"]))
        if acks.get("purged_rounds") is not None:
            peer.purged_rounds_json = json.dumps(acks["purged_rounds"])
        peer.last_import_at = self.ws.clock.now().replace(tzinfo=None)
        if checked.acks_ahead and "ack_ahead" not in res.warnings:
            res.warnings.append("ack_ahead")
        latest = import_checks.latest_hlc(header, checked)
        peer.max_remote_hlc = max(peer.max_remote_hlc or "", latest)
        if import_checks.clock_ahead(latest, self.ws.clock.now()):
            peer.clock_flagged_at = peer.last_import_at
            res.warnings.append("clock_ahead")
        held = session.get(SyncHeldPackage, header.package_id)
        if held is not None:
            held.released_at = peer.last_import_at
        records.record_attempt(session, header, device.device_id, path=self.path, sha256=sha,
                               result="released" if held is not None else "imported", by_user=by)

    def _record_clues(self, session: Session, header: Any, device: Any, checked: import_checks.Checked) -> None:
        rng = checked.clue_range or (None, None)
        session.add(CluePackage(package_id=header.package_id, peer_device_id=device.device_id, seq=header.seq,
                                clue_from=rng[0], clue_to=rng[1],
                                summary_json=json.dumps(self.result.clue_counts, sort_keys=True)))
        peer = session.get(CluePeer, device.device_id)
        if peer is None:
            peer = CluePeer(peer_device_id=device.device_id, applied_clue_seq=0, acked_by_peer_clue_seq=0,
                            peer_acked_clue_pos=0)
            session.add(peer)
        if checked.clue_range:
            peer.applied_clue_seq = max(peer.applied_clue_seq, checked.clue_range[1])
        if checked.acks.get("hq_clue_pos") is not None:
            peer.peer_acked_clue_pos = max(peer.peer_acked_clue_pos, int(checked.acks["hq_clue_pos"]))
        peer.last_package_in = header.package_id


def _clue_peer(session: Session, device_id: str) -> int:
    peer = session.get(CluePeer, device_id)
    return peer.applied_clue_seq if peer is not None else 0
