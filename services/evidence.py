"""佐证材料: attach files to a finding or register entry, list them, read them for the viewer, save a copy out.

The bytes live only in the encrypted workspace, as content-addressed blobs (services.evidence_store): a file
is read twice, once to learn its SHA-256 and once straight into chunk rows, and never whole in memory.
Saving a copy out is the one way back to a plaintext file: explicit, atomic and audited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import Synced
from models.enums import EvidenceType, Role
from models.finding import Blob, Evidence, Finding
from models.registers import DocumentRequest, FieldVisit, Interview, Petition
from models.store import atomic_write
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError, VerificationFailedError
from services.evidence_files import guess_evidence_type, sniff_mime
from services.evidence_store import FileChanged, FileFacts, copy_blob, scan_file, store_file, verified_chunks
from services.progress import CancelToken, Progress, no_progress
from services.workspace import WorkspaceSession

OWNER_KINDS: dict[str, type[Synced]] = {
    "finding": Finding, "interview": Interview, "petition": Petition, "document_request": DocumentRequest,
    "field_visit": FieldVisit,
}
MAX_FILE_BYTES = 2 * 1024 ** 3  # one evidence file; larger ones belong on the archive's own media
VIEW_LIMIT_BYTES = 200 * 1024 ** 2  # the viewer holds the file in memory; larger ones are saved out to be read
NUMBER_PREFIX = "证"
EDIT_ROLES = frozenset({Role.TEAM_LEADER, Role.DEPUTY_LEADER, Role.HQ_ADMIN})
LIMITS = {"title": 200, "obtained_from": 200, "collected_by": 60}
STAGE_READ, STAGE_STORE, STAGE_SAVE = "evidence_read", "evidence_store", "evidence_save"


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence file as lists show it: the row's fields and its blob's size and MIME type."""

    id: str
    owner_kind: str
    owner_id: str
    evidence_no: str
    evidence_type: str
    title: str
    file_name: str
    size: int
    mime: str | None
    sha256: str
    pages: int | None
    obtained_from: str | None
    obtained_at: date | None
    collected_by: str | None
    created_at: datetime | None
    created_by: str | None
    local_version: int


def _rejected(field: str, reason: str, **params: object) -> InvalidFieldsError:
    return InvalidFieldsError([FieldProblem(field, reason, dict(params), entity="evidence")])


def _item(evidence: Evidence, size: int, mime: str | None) -> EvidenceItem:
    return EvidenceItem(
        evidence.id, evidence.owner_kind, evidence.owner_id, evidence.evidence_no, evidence.evidence_type,
        evidence.title, evidence.file_name, size, mime, evidence.blob_sha256, evidence.pages, evidence.obtained_from,
        evidence.obtained_at, evidence.collected_by, evidence.created_at, evidence.created_by, evidence.local_version)


def _owner(session: Session, owner_kind: str, owner_id: str) -> Synced:
    entity = OWNER_KINDS.get(owner_kind)
    if entity is None:
        raise _rejected("owner_kind", "unknown_choice", value=owner_kind, choices="、".join(OWNER_KINDS))
    owner = session.get(entity, owner_id)
    if owner is None or owner.is_deleted:
        raise _rejected("owner_id", "unknown_reference", value=owner_id)
    return owner


def _evidence(session: Session, evidence_id: str) -> Evidence:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None or evidence.is_deleted:
        raise _rejected("evidence_no", "unknown_reference", value=evidence_id)
    return evidence


def _number(text: str) -> int | None:
    match = re.fullmatch(NUMBER_PREFIX + r"(\d+)", text.strip())
    return int(match.group(1)) if match else None


def _next_number(session: Session, owner_kind: str, owner_id: str) -> int:
    """One more than the highest 证N of the owner, removed ones included (a number is never given twice)."""
    numbers = session.scalars(select(Evidence.evidence_no).where(
        Evidence.owner_kind == owner_kind, Evidence.owner_id == owner_id))
    return 1 + max((n for n in map(_number, numbers) if n is not None), default=0)


def _clean(ws: WorkspaceSession, values: dict[str, object]) -> dict[str, object]:
    """Check and normalise editable fields (title, evidence_type, obtained_from/at, collected_by)."""
    problems, clean = [], dict(values)
    for name, value in values.items():
        if name in LIMITS:
            text = str(value or "").strip()
            clean[name] = text or None
            if name == "title" and not text:
                problems.append(FieldProblem(name, "required", entity="evidence"))
            elif len(text) > LIMITS[name]:
                problems.append(FieldProblem(name, "too_long", {"maximum": LIMITS[name], "length": len(text)},
                                             entity="evidence"))
        elif name == "evidence_type":
            try:
                clean[name] = EvidenceType.from_text(str(value)).value
            except ValueError:
                problems.append(FieldProblem(name, "unknown_choice", {
                    "value": value, "choices": "、".join(t.zh for t in EvidenceType)}, entity="evidence"))
        elif name == "obtained_at":
            if isinstance(value, datetime) or (value is not None and not isinstance(value, date)):
                problems.append(FieldProblem(name, "not_a_date", {"value": value}, entity="evidence"))
            elif isinstance(value, date) and value > ws.clock.now().date():
                problems.append(FieldProblem(name, "in_future", entity="evidence"))
        else:
            raise ValueError(f"evidence field {name!r} cannot be edited")
    if problems:
        raise InvalidFieldsError(problems)
    return clean


def _file_size(path: Path) -> int:
    try:
        if not path.is_file():
            raise _rejected("file_name", "file_unreadable", value=str(path))
        size = path.stat().st_size
    except OSError:
        raise _rejected("file_name", "file_unreadable", value=str(path)) from None
    if size == 0:
        raise _rejected("file_name", "file_empty", value=path.name)
    if size > MAX_FILE_BYTES:
        raise _rejected("file_name", "file_too_large", value=path.name, maximum=f"{MAX_FILE_BYTES // 1024 ** 3} GB")
    return size


def _kib(report: Progress, stage: str, base: int, total_kib: int) -> Callable[[int], None]:
    """Bytes done in one file -> progress in KiB over all files (``base`` bytes came before this file)."""
    return lambda done: report(stage, (base + done) // 1024, total_kib)


def attach_evidence(ws: WorkspaceSession, owner_kind: str, owner_id: str, path: Path | str, *,
                    title: str | None = None, evidence_type: str | None = None, obtained_from: str | None = None,
                    obtained_at: date | None = None, collected_by: str | None = None,
                    progress: Progress | None = None, cancel: CancelToken | None = None) -> str:
    """Attach one file; the new Evidence id. See ``attach_files``."""
    return attach_files(ws, owner_kind, owner_id, [path], title=title, evidence_type=evidence_type,
                        obtained_from=obtained_from, obtained_at=obtained_at, collected_by=collected_by,
                        progress=progress, cancel=cancel)[0]


def attach_files(ws: WorkspaceSession, owner_kind: str, owner_id: str, paths: Iterable[Path | str], *,
                 title: str | None = None, evidence_type: str | None = None, obtained_from: str | None = None,
                 obtained_at: date | None = None, collected_by: str | None = None,
                 progress: Progress | None = None, cancel: CancelToken | None = None) -> list[str]:
    """Attach files as 证N, 证N+1 ... in one transaction: all of them, or (cancelled, failed) none.

    Progress stages ``evidence_read`` then ``evidence_store``, counted in KiB.
    """
    report = progress or no_progress
    files = [Path(p) for p in paths]
    with ws.read() as session:
        _owner(session, owner_kind, owner_id)
    sizes = [_file_size(path) for path in files]
    total_kib = max(1, sum(sizes) // 1024)
    facts: list[FileFacts] = []
    for path in files:
        try:
            facts.append(scan_file(path, cancel=cancel, advanced=_kib(report, STAGE_READ,
                                                                      sum(f.size for f in facts), total_kib)))
        except OSError:
            raise _rejected("file_name", "file_unreadable", value=str(path)) from None
    with ws.write() as tx:
        owner = _owner(tx.session, owner_kind, owner_id)
        number = _next_number(tx.session, owner_kind, owner_id)
        new = {f.sha256: f.size for f in facts if tx.session.get(Blob, f.sha256) is None}
        store_kib, stored = max(1, sum(new.values()) // 1024), 0
        ids = []
        for index, (path, fact) in enumerate(zip(files, facts, strict=True)):
            mime = sniff_mime(path.name, fact.head)
            try:
                if store_file(tx.session, path, fact, mime, cancel=cancel,
                              advanced=_kib(report, STAGE_STORE, stored, store_kib)):
                    stored += fact.size
            except FileChanged:
                raise _rejected("file_name", "file_changed", value=path.name) from None
            except OSError:
                raise _rejected("file_name", "file_unreadable", value=str(path)) from None
            fields = _clean(ws, {
                "title": title or (path.stem or path.name)[:LIMITS["title"]],
                "evidence_type": evidence_type or guess_evidence_type(path.name, mime).value,
                "obtained_from": obtained_from, "obtained_at": obtained_at,
                "collected_by": ws.actor.name if collected_by is None else collected_by,
            })
            evidence = Evidence(
                finding_id=owner_id if owner_kind == "finding" else None, owner_kind=owner_kind, owner_id=owner_id,
                evidence_no=f"{NUMBER_PREFIX}{number + index}", file_name=path.name[:255],
                blob_sha256=fact.sha256, pages=fact.pdf_pages or None, **fields)
            tx.insert(evidence, scope_team_id=owner.scope_team_id)
            ids.append(evidence.id)
        report(STAGE_STORE, store_kib, store_kib)
    return ids


def list_evidence(ws: WorkspaceSession, owner_kind: str, owner_id: str) -> list[EvidenceItem]:
    """The owner's evidence files (removed ones left out), in number order."""
    with ws.read() as session:
        rows = session.execute(
            select(Evidence, Blob.size, Blob.mime).join(Blob, Blob.sha256 == Evidence.blob_sha256).where(
                Evidence.owner_kind == owner_kind, Evidence.owner_id == owner_id, Evidence.is_deleted.is_(False))
        ).all()
        items = [_item(evidence, size, mime) for evidence, size, mime in rows]
    return sorted(items, key=lambda i: (_number(i.evidence_no) is None, _number(i.evidence_no) or 0, i.evidence_no))


def evidence_item(ws: WorkspaceSession, evidence_id: str) -> EvidenceItem:
    with ws.read() as session:
        evidence = _evidence(session, evidence_id)
        blob = session.get(Blob, evidence.blob_sha256)
        return _item(evidence, blob.size if blob else 0, blob.mime if blob else None)


def find_evidence(ws: WorkspaceSession, owner_kind: str, owner_id: str, number: str) -> EvidenceItem:
    """The owner's evidence by its number: ``证2`` or just ``2``."""
    wanted = number.strip()
    wanted = wanted if wanted.startswith(NUMBER_PREFIX) else NUMBER_PREFIX + wanted
    for item in list_evidence(ws, owner_kind, owner_id):
        if item.evidence_no == wanted:
            return item
    raise _rejected("evidence_no", "unknown_reference", value=number)


def finding_id_for_code(ws: WorkspaceSession, code: str) -> str:
    with ws.read() as session:
        finding_id = session.scalar(select(Finding.id).where(Finding.code == code.strip(),
                                                             Finding.is_deleted.is_(False)))
    if finding_id is None:
        raise InvalidFieldsError([FieldProblem("code", "unknown_reference", {"value": code}, entity="finding")])
    return finding_id


def open_evidence_bytes(ws: WorkspaceSession, evidence_id: str, *, limit: int = VIEW_LIMIT_BYTES,
                        cancel: CancelToken | None = None) -> bytearray:
    """The whole file, checked, for the viewer (in memory only); refused above ``limit`` bytes.

    A bytearray, filled in place (one copy in memory), so the viewer can wipe it when it is done.
    """
    with ws.read() as session:
        evidence = _evidence(session, evidence_id)
        blob = session.get(Blob, evidence.blob_sha256)
        if blob is None:
            raise VerificationFailedError("blob missing", what="blob", sha256=evidence.blob_sha256)
        if blob.size > limit:
            raise _rejected("file_name", "file_too_large", value=evidence.file_name,
                            maximum=f"{limit // 1024 ** 2} MB")
        data = bytearray(blob.size)
        view, at = memoryview(data), 0
        for chunk in verified_chunks(session, evidence.blob_sha256, cancel=cancel):
            if at + len(chunk) > blob.size:
                raise VerificationFailedError("blob damaged", what="blob", sha256=evidence.blob_sha256)
            view[at:at + len(chunk)] = chunk
            at += len(chunk)
        view.release()
        return data


def iter_evidence(ws: WorkspaceSession, evidence_id: str, cancel: CancelToken | None = None) -> Iterator[bytes]:
    """The file's chunks in order; VerificationFailedError after the last one if the bytes are damaged."""
    with ws.read() as session:
        sha256 = _evidence(session, evidence_id).blob_sha256
        yield from verified_chunks(session, sha256, cancel=cancel)


def _may_change(ws: WorkspaceSession, evidence: Evidence) -> None:
    if evidence.created_by != ws.actor.user_id and ws.actor.role not in EDIT_ROLES:
        raise NotPermittedError("only who attached it or a leader may change evidence", role=ws.actor.role)


def update_evidence(ws: WorkspaceSession, evidence_id: str, *, expected_version: int | None = None,
                    **values: object) -> None:
    """Edit title, evidence_type, obtained_from, obtained_at, collected_by (the bytes never change)."""
    clean = _clean(ws, values)
    with ws.write() as tx:
        evidence = _evidence(tx.session, evidence_id)
        _may_change(ws, evidence)
        tx.update(evidence, expected_version=expected_version, **clean)


def remove_evidence(ws: WorkspaceSession, evidence_id: str, reason: str) -> None:
    """A tombstone with the reason; the blob stays (history, packages and other evidence may point at it)."""
    reason = reason.strip()
    if not reason:
        raise _rejected("delete_reason", "required")
    with ws.write() as tx:
        evidence = _evidence(tx.session, evidence_id)
        _may_change(ws, evidence)
        tx.delete(evidence, reason=reason)


def save_evidence_copy(ws: WorkspaceSession, evidence_id: str, target_path: Path | str,
                       progress: Progress | None = None, cancel: CancelToken | None = None) -> Path:
    """Write a plaintext copy to ``target_path``: checked, atomic (a failure leaves no file) and audited."""
    report = progress or no_progress
    target = Path(target_path).expanduser().resolve()
    if target.is_relative_to(ws.path.resolve()):
        raise _rejected("file_name", "inside_workspace", value=str(target))
    if not target.parent.is_dir() or target.is_dir():
        raise _rejected("file_name", "not_writable", value=str(target))
    item = evidence_item(ws, evidence_id)
    total_kib = max(1, item.size // 1024)
    try:
        with atomic_write(target) as handle:
            with ws.read() as session:
                copy_blob(session, item.sha256, handle, cancel=cancel,
                          advanced=lambda done: report(STAGE_SAVE, done // 1024, total_kib))
            with ws.write() as tx:  # recorded before the copy appears under its name
                _audit_export(tx, item, target)
    except OSError:
        raise _rejected("file_name", "not_writable", value=str(target)) from None
    return target


def _audit_export(tx: WriteTx, item: EvidenceItem, target: Path) -> None:
    tx.audit("evidence_exported", entity="evidence", entity_id=item.id, detail={
        "evidence_no": item.evidence_no, "owner_kind": item.owner_kind, "owner_id": item.owner_id,
        "sha256": item.sha256, "size": item.size, "target": str(target)})
