"""Content-addressed evidence bytes: a Blob row (sha256, size, mime) and its chunks of at most 1 MiB.

Blobs are immutable and keyed by their SHA-256, so storing the same bytes twice stores them once. They are
not synced rows: the Evidence row that points at a blob goes through ``tx.insert``; the blob itself is
carried by packages by hash. Call these inside an open transaction (``ws.write()`` / ``ws.read()``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.finding import Blob, BlobChunk
from services.errors import VerificationFailedError

CHUNK_BYTES = 1024 * 1024


def store_blob(session: Session, data: bytes, mime: str | None = None) -> str:
    """Store ``data`` once under its SHA-256 and return the hash (idempotent)."""
    sha256 = hashlib.sha256(data).hexdigest()
    if session.get(Blob, sha256) is not None:
        return sha256
    session.add(Blob(sha256=sha256, size=len(data), mime=mime))
    session.flush()
    view = memoryview(data)
    for idx, start in enumerate(range(0, len(data), CHUNK_BYTES)):
        session.add(BlobChunk(sha256=sha256, idx=idx, data=bytes(view[start:start + CHUNK_BYTES])))
    session.flush()
    return sha256


def blob_exists(session: Session, sha256: str) -> bool:
    return session.get(Blob, sha256) is not None


def iter_blob(session: Session, sha256: str) -> Iterator[bytes]:
    """The blob's chunks in order, one at a time, without checking the hash (see ``read_blob``)."""
    if session.get(Blob, sha256) is None:
        raise VerificationFailedError("blob missing", what="blob", sha256=sha256)
    idx = 0
    while True:
        chunk = session.scalar(select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.idx == idx))
        if chunk is None:
            return
        yield chunk
        idx += 1


def read_blob(session: Session, sha256: str) -> bytes:
    """The whole blob, checked against its size and SHA-256 (VerificationFailedError if damaged or missing)."""
    blob = session.get(Blob, sha256)
    if blob is None:
        raise VerificationFailedError("blob missing", what="blob", sha256=sha256)
    digest, parts = hashlib.sha256(), []
    for chunk in iter_blob(session, sha256):
        digest.update(chunk)
        parts.append(chunk)
    data = b"".join(parts)
    if len(data) != blob.size or digest.hexdigest() != sha256:
        raise VerificationFailedError("blob damaged", what="blob", sha256=sha256)
    return data
