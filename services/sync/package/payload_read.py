"""Reading a payload database (docs/sync.md §3.4, §6.1 steps 6-7): read-only, immutable, never trusted.

``open_payload`` opens ``file:<path>?mode=ro&immutable=1`` with the section's raw data key, ``trusted_schema``
OFF, ``query_only`` ON and ``cell_size_check`` ON, then checks the schema exactly (``schema_mismatch``). Every
row the reader hands out has been checked against ``payload_schema.TABLES`` (type, NULL, text length):
``bad_value`` otherwise. A page that fails SQLCipher's HMAC (or any other read error) is ``payload_damaged``.

Rows come out as plain dicts keyed by column name; JSON columns (``before_json``, ``after_json``,
``values_json``, ``detail_json``) stay text exactly as sent. Blobs come out chunk by chunk (at most 1 MiB
each) and are checked against their size and SHA-256 as they pass (``blob_damaged`` after the last chunk).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from services.progress import CancelToken, Progress, no_progress
from services.sync.package.audit_chain import SignedHead
from services.sync.package.payload_schema import (
    CACHE_PRAGMA,
    CHUNK_BYTES,
    TABLES,
    check_schema,
    column_names,
    key_pragma,
)
from services.sync.package.rejections import PackageRejected

_SHA256 = re.compile(r"[0-9a-f]{64}")
_PYTYPE = {"TEXT": str, "INTEGER": int, "BLOB": bytes}
_ORDER = {"change": "device_seq, change_id", "audit_event": "device_id, seq", "row_state": "log_pos, entity, entity_id",
          "blob": "sha256", "pkg_info": "key", "ack": "what", "audit_head": "device_id"}


@dataclass(frozen=True)
class BlobMeta:
    sha256: str
    size: int
    mime: str | None


def _checker(table: str) -> Callable[[tuple[Any, ...]], dict[str, Any]]:
    columns = TABLES[table][0]
    names = tuple(c.name for c in columns)
    specs: tuple[tuple[str, type, bool, int], ...] = tuple((c.name, _PYTYPE[c.kind], c.nullable, c.limit)
                                                           for c in columns)

    kinds = tuple(kind for _, kind, _, _ in specs)
    limited = tuple((i, name, limit) for i, (name, _, _, limit) in enumerate(specs) if limit)

    def check(row: tuple[Any, ...]) -> dict[str, Any]:
        if tuple(map(type, row)) == kinds:  # every value present and of its column's type: only lengths left
            for i, name, limit in limited:
                value = row[i]
                if len(value if type(value) is str else str(value)) > limit:
                    raise PackageRejected("bad_value", f"{table}.{name} has a wrong value", table=table, field=name)
            return dict(zip(names, row, strict=True))
        for (name, kind, nullable, limit), value in zip(specs, row, strict=True):
            if value is None:
                if not nullable:
                    raise PackageRejected("bad_value", f"{table}.{name} is empty", table=table, field=name)
            elif type(value) is not kind or (limit and len(value if type(value) is str else str(value)) > limit):
                raise PackageRejected("bad_value", f"{table}.{name} has a wrong value", table=table, field=name)
        return dict(zip(names, row, strict=True))
    return check


class PayloadReader:
    """An open payload (read-only, immutable, ``trusted_schema=OFF``). Close it (or use ``with``)."""

    def __init__(self, con: Any, path: Path) -> None:
        self._con = con
        self.path = path
        self.info: dict[str, str] = {row["key"]: row["value"] for row in self._rows("pkg_info")}
        # Blobs whose every chunk this reader has streamed and found to match the blob's SHA-256 (step 7). The
        # file is opened immutable and its bytes were checked against the signed header's hash (step 5), so a
        # second pass (step 9 copying them in) checks order and sizes but does not hash them again.
        self.hashed: set[str] = set()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> PayloadReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cursor(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        if self._con is None:
            raise RuntimeError("the payload is closed")
        try:
            return self._con.execute(sql, params)
        except sqlcipher.DatabaseError as exc:
            raise PackageRejected("payload_damaged", "the payload cannot be read") from exc

    def _rows(self, table: str, batch: int = 500) -> Iterator[dict[str, Any]]:
        for rows in self._batches(table, batch):
            yield from rows

    def _batches(self, table: str, batch: int) -> Iterator[list[dict[str, Any]]]:
        check = _checker(table)
        cursor = self._cursor(f"SELECT {', '.join(column_names(table))} FROM {table} ORDER BY {_ORDER[table]}")
        while True:
            try:
                rows = cursor.fetchmany(batch)
            except sqlcipher.DatabaseError as exc:
                raise PackageRejected("payload_damaged", "the payload cannot be read") from exc
            if not rows:
                return
            yield [check(tuple(row)) for row in rows]

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise ValueError(table)
        return int(self._cursor(f"SELECT count(*) FROM {table}").fetchone()[0])

    def changes(self, batch: int = 500) -> Iterator[list[dict[str, Any]]]:
        """Change records in ``device_seq`` order, ``batch`` at a time (``change_log`` columns + base_hq_version)."""
        return self._batches("change", batch)

    def audit_events(self) -> list[dict[str, Any]]:
        """Audit events ordered by (device, seq), as dicts of ``audit_chain.EVENT_FIELDS``."""
        return list(self._rows("audit_event"))

    def audit_head(self) -> SignedHead | None:
        heads = list(self._rows("audit_head"))
        if len(heads) > 1:
            raise PackageRejected("bad_value", "more than one audit head", table="audit_head", field="device_id")
        if not heads:
            return None
        h = heads[0]
        return SignedHead(h["device_id"], h["seq"], h["entry_hash"], h["hlc"], h["signature"])

    def row_states(self, batch: int = 500) -> Iterator[list[dict[str, Any]]]:
        return self._batches("row_state", batch)

    def acks(self) -> dict[str, Any]:
        acks = {}
        for row in self._rows("ack"):
            try:
                acks[row["what"]] = json.loads(row["value"])
            except ValueError as exc:
                raise PackageRejected("bad_value", "an acknowledgement is not JSON", table="ack",
                                      field=row["what"]) from exc
        return acks

    def blobs(self) -> list[BlobMeta]:
        metas = [BlobMeta(r["sha256"], r["size"], r["mime"]) for r in self._rows("blob")]
        for meta in metas:
            if not _SHA256.fullmatch(meta.sha256) or meta.size < 0:
                raise PackageRejected("blob_damaged", "a blob has a malformed hash or size", sha256=meta.sha256)
        return metas

    def blob_shas(self) -> list[str]:
        return [meta.sha256 for meta in self.blobs()]

    def blob_meta(self, sha256: str) -> BlobMeta | None:
        row = self._cursor("SELECT sha256, size, mime FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            return None
        checked = _checker("blob")(tuple(row))
        return BlobMeta(checked["sha256"], checked["size"], checked["mime"])

    def blob_mime(self, sha256: str) -> str | None:
        meta = self.blob_meta(sha256)
        return meta.mime if meta is not None else None

    def blob_chunks(self, sha256: str, *, cancel: CancelToken | None = None) -> Iterator[bytes]:
        """The blob's chunks in order (each at most 1 MiB); ``blob_damaged`` after the last one if the chunks
        are not numbered 0.., or their size or SHA-256 is not the blob's. Treat the bytes as unconfirmed until
        the iterator is exhausted."""
        meta = self.blob_meta(sha256)
        if meta is None:
            raise PackageRejected("blob_missing", "the blob is not in the payload", sha256=sha256)
        digest, size, expected_idx = (None if sha256 in self.hashed else hashlib.sha256()), 0, 0
        cursor = self._cursor("SELECT idx, data FROM blob_chunk WHERE sha256 = ? ORDER BY idx", (sha256,))
        while True:
            if cancel is not None:
                cancel.check()
            try:
                row = cursor.fetchone()
            except sqlcipher.DatabaseError as exc:
                raise PackageRejected("payload_damaged", "the payload cannot be read") from exc
            if row is None:
                break
            idx, data = row
            if (idx != expected_idx or type(data) is not bytes or len(data) > CHUNK_BYTES
                    or size + len(data) > meta.size):
                raise PackageRejected("blob_damaged", "a blob's chunks are out of order or too large", sha256=sha256)
            if digest is not None:
                digest.update(data)
            size += len(data)
            expected_idx += 1
            yield data
        if size != meta.size or (digest is not None and digest.hexdigest() != sha256):
            raise PackageRejected("blob_damaged", "a blob does not match its hash", sha256=sha256)
        self.hashed.add(sha256)


def open_payload(path: Path, key: bytes | bytearray) -> PayloadReader:
    """Step 6: the payload at ``path`` opened read-only with its data key, schema checked exactly."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    con = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(key_pragma(key))
        con.execute("PRAGMA cipher_compatibility = 4")
        for pragma in ("trusted_schema = OFF", "query_only = ON", "cell_size_check = ON", "mmap_size = 0"):
            con.execute(f"PRAGMA {pragma}")  # before the first read of the file
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            con.execute(f"PRAGMA {CACHE_PRAGMA}")
        except sqlcipher.DatabaseError as exc:
            raise PackageRejected("payload_damaged", "the payload does not open with its key") from exc
        check_schema(con)
        return PayloadReader(con, path)
    except BaseException:
        con.close()
        raise


def check_blobs(reader: PayloadReader, have_blob: Callable[[str], bool], needed: set[str], *,
                progress: Progress = no_progress, cancel: CancelToken | None = None) -> None:
    """Step 7: every blob in the payload streams to its size and SHA-256 (``blob_damaged``), no chunk belongs
    to no blob, and every blob in ``needed`` is in the payload or ``have_blob`` (``blob_missing``)."""
    metas = reader.blobs()
    total, done = sum(m.size for m in metas), 0
    for meta in metas:
        for chunk in reader.blob_chunks(meta.sha256, cancel=cancel):
            done += len(chunk)
            progress("blobs", done, total)
    orphan = reader._cursor(
        "SELECT sha256 FROM blob_chunk WHERE sha256 NOT IN (SELECT sha256 FROM blob) LIMIT 1").fetchone()
    if orphan is not None:
        raise PackageRejected("blob_damaged", "a chunk belongs to no blob", sha256=str(orphan[0]))
    present = {m.sha256 for m in metas}
    for sha256 in sorted(needed - present):
        if not have_blob(sha256):
            raise PackageRejected("blob_missing", "an attachment is neither in the package nor here", sha256=sha256)
