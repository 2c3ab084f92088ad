"""Content-addressed evidence bytes: a Blob row (sha256, size, mime) and its chunks of at most 1 MiB.

Blobs are immutable and keyed by their SHA-256, so storing the same bytes twice stores them once. They are
not synced rows: the Evidence row that points at a blob goes through ``tx.insert``; the blob itself is
carried by packages by hash. Call these inside an open transaction (``ws.write()`` / ``ws.read()``).

Files stream: ``scan_file`` hashes a file chunk by chunk (the content address must be known before a
chunk row is written), ``store_file`` then reads it again straight into chunk rows and checks that the
bytes it stored are the ones it hashed, and ``copy_blob`` writes a blob out chunk by chunk. No whole file
sits in memory and nothing is written to disk outside the encrypted database.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.finding import Blob, BlobChunk
from services.errors import VerificationFailedError
from services.progress import CancelToken

CHUNK_BYTES = 1024 * 1024
HEAD_BYTES = 64

# Progress in KiB: an int a progress bar can hold for files of any size the program accepts.
BytesProgress = Callable[[int], None]

_PAGE = re.compile(rb"/Type\s{0,4}/Page(?![A-Za-z])")
_PAGE_TAIL = 32


class FileChanged(Exception):
    """The file's bytes differ between the hashing pass and the storing pass."""


@dataclass(frozen=True)
class FileFacts:
    """What one reading pass learnt about a file: its content address, size, first bytes, PDF page count."""

    sha256: str
    size: int
    head: bytes
    pdf_pages: int


class _PageCounter:
    """Counts PDF page objects across chunk borders (0 when the pages hide in compressed object streams)."""

    def __init__(self) -> None:
        self.count, self._tail = 0, b""

    def feed(self, chunk: bytes, last: bool = False) -> None:
        buf = self._tail + chunk
        end = 0
        for match in _PAGE.finditer(buf):
            if match.end() < len(buf) or last:  # the look-ahead needs the next byte, unless this is the end
                self.count += 1
                end = match.end()
        self._tail = buf[max(end, len(buf) - _PAGE_TAIL):]


def _read_chunks(handle: BinaryIO, cancel: CancelToken | None, advanced: BytesProgress | None) -> Iterator[bytes]:
    done = 0
    while True:
        if cancel is not None:
            cancel.check()
        chunk = handle.read(CHUNK_BYTES)
        if not chunk:
            return
        done += len(chunk)
        if advanced is not None:
            advanced(done)
        yield chunk


def scan_file(path: Path, *, cancel: CancelToken | None = None, advanced: BytesProgress | None = None) -> FileFacts:
    """Hash ``path`` in chunks (OSError if it cannot be read)."""
    digest, size, head, pages = hashlib.sha256(), 0, b"", _PageCounter()
    with path.open("rb") as handle:
        for chunk in _read_chunks(handle, cancel, advanced):
            if size < HEAD_BYTES:
                head = (head + chunk[:HEAD_BYTES])[:HEAD_BYTES]
            digest.update(chunk)
            size += len(chunk)
            pages.feed(chunk)
    pages.feed(b"", last=True)
    return FileFacts(digest.hexdigest(), size, head, pages.count if head.startswith(b"%PDF") else 0)


def store_file(session: Session, path: Path, facts: FileFacts, mime: str | None = None, *,
               cancel: CancelToken | None = None, advanced: BytesProgress | None = None) -> bool:
    """Store the file ``facts`` describes under its hash, chunk by chunk; False when the blob was there already.

    Raises FileChanged when the bytes read now are not the ones hashed (the caller's transaction rolls back).
    """
    if blob_exists(session, facts.sha256):
        return False
    session.add(Blob(sha256=facts.sha256, size=facts.size, mime=mime))
    session.flush()
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for idx, chunk in enumerate(_read_chunks(handle, cancel, advanced)):
            digest.update(chunk)
            size += len(chunk)
            if size > facts.size:
                raise FileChanged(str(path))
            # Core INSERT: no ORM object keeps the chunk alive in the session's identity map.
            session.execute(insert(BlobChunk), [{"sha256": facts.sha256, "idx": idx, "data": chunk}])
    if size != facts.size or digest.hexdigest() != facts.sha256:
        raise FileChanged(str(path))
    return True


def store_blob(session: Session, data: bytes, mime: str | None = None) -> str:
    """Store ``data`` once under its SHA-256 and return the hash (idempotent). For bytes already in memory."""
    sha256 = hashlib.sha256(data).hexdigest()
    if session.get(Blob, sha256) is not None:
        return sha256
    session.add(Blob(sha256=sha256, size=len(data), mime=mime))
    session.flush()
    view = memoryview(data)
    for idx, start in enumerate(range(0, len(data), CHUNK_BYTES)):
        session.execute(insert(BlobChunk), [{"sha256": sha256, "idx": idx,
                                             "data": bytes(view[start:start + CHUNK_BYTES])}])
    return sha256


def blob_exists(session: Session, sha256: str) -> bool:
    return session.get(Blob, sha256) is not None


def iter_blob(session: Session, sha256: str) -> Iterator[bytes]:
    """The blob's chunks in order, one at a time, without checking the hash (see ``verified_chunks``)."""
    if session.get(Blob, sha256) is None:
        raise VerificationFailedError("blob missing", what="blob", sha256=sha256)
    idx = 0
    while True:
        chunk = session.scalar(select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.idx == idx))
        if chunk is None:
            return
        yield chunk
        idx += 1


def verified_chunks(session: Session, sha256: str, *, cancel: CancelToken | None = None,
                    advanced: BytesProgress | None = None) -> Iterator[bytes]:
    """The blob's chunks; after the last one, VerificationFailedError if the size or the hash is wrong.

    A consumer must treat what it received as unconfirmed until the iterator is exhausted.
    """
    blob = session.get(Blob, sha256)
    if blob is None:
        raise VerificationFailedError("blob missing", what="blob", sha256=sha256)
    digest, size = hashlib.sha256(), 0
    for chunk in iter_blob(session, sha256):
        if cancel is not None:
            cancel.check()
        digest.update(chunk)
        size += len(chunk)
        if advanced is not None:
            advanced(size)
        yield chunk
    if size != blob.size or digest.hexdigest() != sha256:
        raise VerificationFailedError("blob damaged", what="blob", sha256=sha256)


def copy_blob(session: Session, sha256: str, handle: BinaryIO, *, cancel: CancelToken | None = None,
              advanced: BytesProgress | None = None) -> int:
    """Write the blob to ``handle`` chunk by chunk, checked; the number of bytes written."""
    written = 0
    for chunk in verified_chunks(session, sha256, cancel=cancel, advanced=advanced):
        handle.write(chunk)
        written += len(chunk)
    return written


def read_blob(session: Session, sha256: str) -> bytes:
    """The whole blob, checked against its size and SHA-256 (VerificationFailedError if damaged or missing)."""
    return b"".join(verified_chunks(session, sha256))
