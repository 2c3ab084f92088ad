"""Documents of rectification (progress evidence, 整改方案, 整改情况报告) stored as encrypted evidence blobs, in
the same transaction as the row they belong to (services/evidence_store: read twice, never whole in memory)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from models.entities import Evidence
from models.enums import EvidenceType
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError
from services.evidence import MAX_FILE_BYTES, NUMBER_PREFIX
from services.evidence_files import sniff_mime
from services.evidence_store import FileChanged, FileFacts, scan_file, store_file

# Evidence.owner_kind holds at most 20 characters (the sync checks it)
PROGRESS_OWNER, MILESTONE_OWNER = "rect_progress", "rect_milestone"
OWNERS = (PROGRESS_OWNER, MILESTONE_OWNER)


def _rejected(reason: str, value: str) -> InvalidFieldsError:
    return InvalidFieldsError([FieldProblem("file_name", reason, {"value": value}, entity="evidence")])


def scan_files(paths: Sequence[Path | str]) -> list[tuple[Path, FileFacts]]:
    """Check and hash the files before the transaction (so a bad file is refused with nothing written)."""
    scanned = []
    for raw in paths:
        path = Path(raw)
        try:
            if not path.is_file():
                raise _rejected("file_unreadable", str(path))
            size = path.stat().st_size
            if size == 0:
                raise _rejected("file_empty", path.name)
            if size > MAX_FILE_BYTES:
                raise _rejected("file_too_large", path.name)
            scanned.append((path, scan_file(path)))
        except OSError:
            raise _rejected("file_unreadable", str(path)) from None
    return scanned


def store_documents(tx: WriteTx, owner_kind: str, owner_id: str, scope: str, files: list[tuple[Path, FileFacts]],
                    collected_by: str, evidence_type: str = EvidenceType.DOCUMENT.value) -> list[str]:
    """Evidence rows 证1, 证2 ... of the owner for ``files`` (scanned by ``scan_files``)."""
    count = int(tx.session.scalar(select(func.count()).select_from(Evidence).where(
        Evidence.owner_kind == owner_kind, Evidence.owner_id == owner_id)) or 0)
    ids = []
    for index, (path, facts) in enumerate(files, start=1):
        mime = sniff_mime(path.name, facts.head)
        try:
            store_file(tx.session, path, facts, mime)
        except FileChanged:
            raise _rejected("file_changed", path.name) from None
        except OSError:
            raise _rejected("file_unreadable", str(path)) from None
        row = Evidence(owner_kind=owner_kind, owner_id=owner_id, evidence_no=f"{NUMBER_PREFIX}{count + index}",
                       evidence_type=evidence_type, title=(path.stem or path.name)[:200], file_name=path.name[:255],
                       blob_sha256=facts.sha256, pages=facts.pdf_pages or None, collected_by=collected_by[:60])
        tx.insert(row, scope_team_id=scope)
        ids.append(row.id)
    return ids


def evidence_count(tx_session: object, owner_kind: str, owner_ids: Sequence[str]) -> int:
    if not owner_ids:
        return 0
    return int(tx_session.scalar(select(func.count()).select_from(Evidence).where(  # type: ignore[attr-defined]
        Evidence.owner_kind == owner_kind, Evidence.owner_id.in_(list(owner_ids)),
        Evidence.is_deleted.is_(False))) or 0)
