"""The payload database (docs/sync.md §3.4): a SQLCipher 4 file keyed by a section's fresh raw 32-byte data key.

Every payload has the same tables (unused ones stay empty), all ``STRICT``. The DDL is generated from
``TABLES``, which the writer and the reader share, so the three cannot drift apart. ``check_schema`` compares
``sqlite_master`` with what the DDL makes, row for row: an extra table, index, view or trigger, or a changed
column, is ``schema_mismatch``; so is another ``user_version``/``application_id``. The reader still checks
every value's type (a crafted file can hold values its ``STRICT`` declaration would refuse).

Built with ``journal_mode=OFF`` (the file is deleted on any error) and an 8 MiB page cache; SQLCipher 4
defaults otherwise (4096-byte pages, AES-256 + HMAC-SHA512 per page; a raw key skips the passphrase KDF).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from services.sync.package.rejections import PackageRejected

PAYLOAD_VERSION = 1
APPLICATION_ID = 0x58435031  # "XCP1"
CHUNK_BYTES = 1 << 20
CACHE_PRAGMA = "cache_size = -8192"


@dataclass(frozen=True)
class Col:
    name: str
    kind: str  # TEXT, INTEGER or BLOB
    nullable: bool = False
    limit: int = 0  # maximum length of a TEXT value (0: no limit)


def _cols(spec: str) -> tuple[Col, ...]:
    """``"name TEXT 36, other INTEGER ?, ..."``: type, optional length, ``?`` for NULL allowed."""
    columns = []
    for item in spec.split(","):
        name, kind, *rest = item.split()
        limit = next((int(r) for r in rest if r.isdigit()), 0)
        columns.append(Col(name, kind, "?" in rest, limit))
    return tuple(columns)


TABLES: dict[str, tuple[tuple[Col, ...], str]] = {
    "pkg_info": (_cols("key TEXT 60, value TEXT"), "PRIMARY KEY (key)"),
    "change": (_cols(
        "change_id TEXT 36, device_id TEXT 36, device_seq INTEGER, entity TEXT 40, entity_id TEXT 36, op TEXT 10,"
        "base_change_id TEXT 36 ?, before_json TEXT, after_json TEXT, author_user TEXT 36, author_role TEXT 20,"
        "hlc TEXT 64, wall_time TEXT 32, base_hq_version INTEGER ?"),
        "PRIMARY KEY (change_id), UNIQUE (device_id, device_seq)"),
    "audit_event": (_cols(
        "device_id TEXT 36, seq INTEGER, prev_hash TEXT 64, entry_hash TEXT 64, wall_time TEXT 32, hlc TEXT 64,"
        "actor_user TEXT 36, actor_role TEXT 20, action TEXT 40, entity TEXT 40 ?, entity_id TEXT 36 ?,"
        "change_id TEXT 36 ?, detail_json TEXT"), "PRIMARY KEY (device_id, seq)"),
    "audit_head": (_cols("device_id TEXT 36, seq INTEGER, entry_hash TEXT 64, hlc TEXT 64, signature BLOB"),
                   "PRIMARY KEY (device_id)"),
    "row_state": (_cols(
        "entity TEXT 40, entity_id TEXT 36, scope_team_id TEXT 36, values_json TEXT, head_change_id TEXT 36,"
        "hq_version INTEGER ?, is_deleted INTEGER, deleted_at TEXT 32 ?, deleted_by TEXT 36 ?, delete_reason TEXT ?,"
        "hlc TEXT 64, updated_at TEXT 32, updated_by TEXT 36, updated_on_device TEXT 36, log_pos INTEGER ?"),
        "PRIMARY KEY (entity, entity_id)"),
    "ack": (_cols("what TEXT 40, value TEXT"), "PRIMARY KEY (what)"),
    "blob": (_cols("sha256 TEXT 64, size INTEGER, mime TEXT 100 ?"), "PRIMARY KEY (sha256)"),
    "blob_chunk": (_cols("sha256 TEXT 64, idx INTEGER, data BLOB"), "PRIMARY KEY (sha256, idx)"),
}


def _ddl(table: str) -> str:
    columns, constraints = TABLES[table]
    parts = [f"{c.name} {c.kind}{'' if c.nullable else ' NOT NULL'}" for c in columns]
    return f"CREATE TABLE {table} ({', '.join(parts)}, {constraints}) STRICT"


DDL: tuple[str, ...] = tuple(_ddl(table) for table in TABLES)


def column_names(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLES[table][0])


def key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("a payload key is 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def _apply_ddl(con: Any) -> None:
    for statement in DDL:
        con.execute(statement)
    con.execute(f"PRAGMA user_version = {PAYLOAD_VERSION}")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def create_payload(path: Path, key: bytes | bytearray) -> Any:
    """A new, empty payload at ``path`` keyed by ``key`` (SQLCipher 4, raw key): an open DB-API connection.

    ``path`` must not exist. The caller writes in one transaction and closes the connection.
    """
    if path.exists():
        raise FileExistsError(path)
    con = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(key_pragma(key))
        con.execute("PRAGMA cipher_compatibility = 4")
        con.execute("PRAGMA journal_mode = OFF")
        con.execute(f"PRAGMA {CACHE_PRAGMA}")
        con.execute("PRAGMA trusted_schema = OFF")
        _apply_ddl(con)
    except BaseException:
        con.close()
        path.unlink(missing_ok=True)
        raise
    return con


_MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


@functools.cache
def expected_master() -> tuple[tuple[Any, ...], ...]:
    """The ``sqlite_master`` rows the DDL makes (computed once in an in-memory database)."""
    con = sqlcipher.connect(":memory:")
    try:
        _apply_ddl(con)
        return tuple(tuple(row) for row in con.execute(_MASTER))
    finally:
        con.close()


def check_schema(con: Any) -> None:
    """``PackageRejected("schema_mismatch")`` unless ``sqlite_master`` holds exactly the rows ``DDL`` makes."""
    try:
        found = tuple(tuple(row) for row in con.execute(_MASTER))
        version = con.execute("PRAGMA user_version").fetchone()[0]
        application = con.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        raise PackageRejected("payload_damaged", "the payload does not open") from exc
    if version != PAYLOAD_VERSION or application != APPLICATION_ID:
        raise PackageRejected("schema_mismatch", "payload format version", version=str(version))
    if found != expected_master():
        extra = sorted({row[1] for row in found} ^ {row[1] for row in expected_master()})
        raise PackageRejected("schema_mismatch", "the payload's tables are not the expected ones",
                              name=extra[0] if extra else "")
