"""Writing a payload database (docs/sync.md §3.4): one transaction, bounded memory, the file removed on error.

```
with PayloadWriter(path, data_key, progress=..., cancel=...) as payload:
    payload.info(package_id=..., kind=..., sender_device=..., log="main")
    payload.changes(rows)            # dicts keyed by change_log column names (extra keys ignored)
    payload.audit(events, head)      # audit_chain.EVENT_FIELDS dicts + SignedHead
    payload.row_states(rows)         # dicts keyed by row_state columns; "values" (dict) or "values_json"
    payload.acks({"hq_pos": 12, "purged_rounds": [...]})   # values stored as canonical JSON
    payload.blob_from(session, sha256)                     # chunk by chunk from the workspace
```

Datetimes are written as ISO text (``YYYY-MM-DD HH:MM:SS.ffffff``, SQLAlchemy's SQLite form); booleans as 0/1.
A blob goes in chunks of at most 1 MiB and is checked against its SHA-256 and size as it passes; a blob
already in the payload is skipped. Cancel (checked per 500 rows and per chunk) raises ``CancelledError``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from models.finding import Blob
from services.evidence_store import verified_chunks
from services.progress import CancelToken, Progress, no_progress
from services.sync.crypto.canonical import canonical_json
from services.sync.package.audit_chain import SignedHead
from services.sync.package.payload_schema import CHUNK_BYTES, column_names, create_payload

BATCH = 500


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, bool):
        return int(value)
    return value


class PayloadWriter:
    """A payload being built. On an exception inside the ``with`` block the file is removed."""

    def __init__(self, path: Path, key: bytes | bytearray, *, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> None:
        self.path = path
        self._key = key
        self._progress = progress
        self._cancel = cancel
        self._con: Any = None
        self.blob_bytes = 0  # bytes of blobs written so far
        self.blob_bytes_total = 0  # set by the caller for the progress's total, if known
        self.counts: dict[str, int] = {}

    def __enter__(self) -> PayloadWriter:
        self._con = create_payload(self.path, self._key)
        self._con.execute("BEGIN")
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        con, self._con = self._con, None
        if con is None:
            return
        try:
            if exc_type is None:
                con.execute("COMMIT")
        finally:
            con.close()
            if exc_type is not None:
                self.path.unlink(missing_ok=True)

    @property
    def connection(self) -> Any:
        """The open DB-API connection (tests use it to build damaged payloads)."""
        if self._con is None:
            raise RuntimeError("the payload is not open")
        return self._con

    def _insert(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        names = column_names(table)
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        count = 0
        for batch in _batches(rows):
            if self._cancel is not None:
                self._cancel.check()
            self.connection.executemany(sql, [tuple(_plain(row[n]) for n in names) for row in batch])
            count += len(batch)
        self.counts[table] = self.counts.get(table, 0) + count
        return count

    def info(self, **values: str | int | None) -> None:
        """``pkg_info`` entries; ``None`` values are left out."""
        self.connection.executemany("INSERT OR REPLACE INTO pkg_info (key, value) VALUES (?, ?)",
                                    [(k, str(v)) for k, v in values.items() if v is not None])

    def changes(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Change records (``change_log`` columns; ``base_hq_version`` may be absent)."""
        return self._insert("change", ({"base_hq_version": None, **row} for row in rows))

    def audit(self, events: Iterable[Mapping[str, Any]], head: SignedHead | None) -> int:
        count = self._insert("audit_event", events)
        if head is not None:
            self._insert("audit_head", [head.to_row()])
        return count

    def row_states(self, rows: Iterable[Mapping[str, Any]]) -> int:
        def prepared() -> Iterator[Mapping[str, Any]]:
            for row in rows:
                if "values_json" not in row:
                    row = {**row, "values_json": canonical_json(row["values"]).decode("utf-8")}
                yield row
        return self._insert("row_state", prepared())

    def acks(self, values: Mapping[str, Any]) -> None:
        self.connection.executemany("INSERT OR REPLACE INTO ack (what, value) VALUES (?, ?)",
                                    [(k, canonical_json(v).decode("utf-8")) for k, v in values.items()])

    def has_blob(self, sha256: str) -> bool:
        return self.connection.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def blob(self, sha256: str, size: int, mime: str | None, chunks: Iterable[bytes], *,
             source_checked: bool = False) -> int:
        """Store one blob from ``chunks`` (any sizes; re-cut to 1 MiB chunks); the bytes written.

        ``ValueError`` if the bytes do not match ``sha256``/``size`` (the caller's whole payload is then void).
        ``source_checked``: ``chunks`` hashes the bytes itself and raises after the last one if they are wrong
        (``evidence_store.verified_chunks``), so only the size is counted here: one SHA-256 pass, not two.
        """
        if self.has_blob(sha256):
            return 0
        con = self.connection
        con.execute("INSERT INTO blob (sha256, size, mime) VALUES (?, ?, ?)", (sha256, size, mime))
        digest, written = hashlib.sha256(), 0
        for idx, chunk in enumerate(_recut(chunks)):
            if self._cancel is not None:
                self._cancel.check()
            if not source_checked:
                digest.update(chunk)
            con.execute("INSERT INTO blob_chunk (sha256, idx, data) VALUES (?, ?, ?)", (sha256, idx, chunk))
            written += len(chunk)
            self.blob_bytes += len(chunk)
            self._progress("payload", self.blob_bytes, self.blob_bytes_total)
        if written != size or (not source_checked and digest.hexdigest() != sha256):
            raise ValueError(f"blob {sha256} does not match its hash or size")
        self.counts["blob"] = self.counts.get("blob", 0) + 1
        return written

    def blob_from(self, session: Session, sha256: str) -> int:
        """Copy one blob of the workspace, chunk by chunk (never whole in memory); the bytes written."""
        meta = session.get(Blob, sha256)
        if meta is None:
            raise ValueError(f"blob {sha256} is not in the workspace")
        if self.has_blob(sha256):
            return 0
        return self.blob(sha256, meta.size, meta.mime, verified_chunks(session, sha256, cancel=self._cancel),
                         source_checked=True)


def _batches(rows: Iterable[Mapping[str, Any]]) -> Iterator[list[Mapping[str, Any]]]:
    batch: list[Mapping[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _recut(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """``chunks`` cut into pieces of exactly 1 MiB (the last may be shorter); memory stays under 2 MiB."""
    buffer = bytearray()
    for chunk in chunks:
        if not buffer and len(chunk) == CHUNK_BYTES:
            yield bytes(chunk)
            continue
        buffer += chunk
        while len(buffer) >= CHUNK_BYTES:
            yield bytes(buffer[:CHUNK_BYTES])
            del buffer[:CHUNK_BYTES]
    if buffer:
        yield bytes(buffer)
