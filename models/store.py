"""The only way into an encrypted database: a key ring, the engine factory and the plaintext guard.

docs/security.md §2. Keys are held in ``bytearray`` so they can be zeroed on lock; the hex form is made
at the last moment, inside the pool's creator. Never build an engine URL from a secret.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

PLAINTEXT_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
# How long SQLite waits for a lock another connection holds (its default is 5 s). Writers of this process queue
# on a Python lock before they ask SQLite (services/workspace.py), so a lock that lasts longer than a commit
# belongs to another program: say so at once instead of hanging and then failing.
BUSY_TIMEOUT = 0.25

PRAGMAS = (
    "foreign_keys = ON",
    "journal_mode = WAL",
    "synchronous = FULL",
    "temp_store = MEMORY",
    "cache_size = -65536",
    "trusted_schema = OFF",
)


class StoreLocked(Exception):
    """The workspace is locked: its keys were zeroed and no new connection can be made."""


class PlaintextDatabase(Exception):
    """A database file is not encrypted, or the engine is not SQLCipher: refuse to go on."""


class StoreCorrupt(Exception):
    """The key was accepted by its slot but the file does not open with it: damaged or replaced."""


def is_busy(error: BaseException) -> bool:
    """True for SQLITE_BUSY ("database is locked", any extended form), raw or wrapped by SQLAlchemy: another
    connection holds the lock this one needs."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    return (isinstance(original, sqlcipher.OperationalError) and code is not None
            and code & 0xFF == sqlcipher.SQLITE_BUSY)


class KeyRing:
    """Raw keys of one unlocked session: the DB key and, for clue roles only, the clue key."""

    def __init__(self, db_key: bytes | bytearray, clue_key: bytes | bytearray | None = None) -> None:
        self._db_key = bytearray(db_key)
        self._clue_key = bytearray(clue_key) if clue_key is not None else None
        self._locked = False

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def has_clue_key(self) -> bool:
        return self._clue_key is not None and not self._locked

    def _hex(self, key: bytearray | None) -> str:
        if self._locked or key is None:
            raise StoreLocked("workspace is locked")
        return key.hex()

    def db_key_sql(self) -> str:
        return f"x'{self._hex(self._db_key)}'"

    def clue_key_sql(self) -> str:
        return f"x'{self._hex(self._clue_key)}'"

    def raw_db_key(self) -> bytes:
        """The DB key bytes, for re-wrapping into a new slot (add user, change passphrase)."""
        self._hex(self._db_key)
        return bytes(self._db_key)

    def raw_clue_key(self) -> bytes | None:
        if self._clue_key is None:
            return None
        self._hex(self._clue_key)
        return bytes(self._clue_key)

    def zero(self) -> None:
        for key in (self._db_key, self._clue_key):
            if key is not None:
                for i in range(len(key)):
                    key[i] = 0
        self._locked = True

    def is_zeroed(self) -> bool:
        keys = [self._db_key] + ([self._clue_key] if self._clue_key is not None else [])
        return all(b == 0 for key in keys for b in key)


def assert_not_plaintext(path: Path) -> None:
    """Refuse a file whose header says plain SQLite (a mis-wired engine once wrote it)."""
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) == PLAINTEXT_HEADER:
                raise PlaintextDatabase(f"{path.name} is an unencrypted SQLite file")


def _key_connection(con: Any, key_sql: str, schema: str = "main") -> None:
    con.execute(f'PRAGMA {schema}.key = "{key_sql}"')
    con.execute(f"PRAGMA {schema}.cipher_compatibility = 4")


def connect_raw(path: Path, key_sql: str, *, create: bool = False) -> Any:
    """A keyed DB-API connection with our pragmas. Wrong key or a damaged file fail here, at once."""
    assert_not_plaintext(path)
    if not create and not path.exists():
        raise FileNotFoundError(path)
    con = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        _key_connection(con, key_sql)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if is_busy(exc):  # locked by another program, not damaged
                raise
            raise StoreCorrupt(f"{path.name} does not open with its key: {exc}") from exc
        version = con.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise PlaintextDatabase("the SQLite library in use is not SQLCipher")
        for pragma in PRAGMAS:
            con.execute(f"PRAGMA {pragma}")
    except BaseException:
        con.close()
        raise
    return con


def attach_clues(con: Any, clue_path: Path, clue_key_sql: str) -> None:
    """Attach the clue compartment as schema ``clues`` (clue roles only; the key ring decides)."""
    assert_not_plaintext(clue_path)
    con.execute("ATTACH DATABASE ? AS clues KEY ?", (str(clue_path), clue_key_sql))
    con.execute("PRAGMA clues.cipher_compatibility = 4")
    try:
        con.execute("SELECT count(*) FROM clues.sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if is_busy(exc):
            raise
        raise StoreCorrupt(f"{clue_path.name} does not open with its key: {exc}") from exc
    con.execute("PRAGMA clues.journal_mode = WAL")
    con.execute("PRAGMA clues.synchronous = FULL")


def make_engine(db_path: Path, keyring: KeyRing, clue_path: Path | None = None, *,
                create: bool = False, pool_size: int = 2) -> Engine:
    """The engine factory of docs/security.md §2.1: raw key, QueuePool, pragmas, fail-fast probe.

    With ``clue_path`` and a clue key in the ring, every connection attaches clues.db as ``clues``.
    Write transactions (an engine from :func:`write_engine`) take ``BEGIN IMMEDIATE`` and check foreign keys
    at commit; readers take a plain deferred ``BEGIN``.
    """

    def creator() -> Any:
        con = connect_raw(db_path, keyring.db_key_sql(), create=create)
        if clue_path is not None and keyring.has_clue_key:
            try:
                attach_clues(con, clue_path, keyring.clue_key_sql())
            except BaseException:
                con.close()
                raise
        return con

    engine = create_engine(
        "sqlite+pysqlite://", module=sqlcipher, creator=creator, poolclass=QueuePool,
        pool_size=pool_size, max_overflow=0, pool_timeout=30,
        # Errors name the SQL but never the values bound to it: no case data or clue text in a crash log.
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get("xuncha_write", False):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            # Foreign keys are checked at COMMIT rather than per statement: the ORM flushes a transaction's rows
            # in batches whose order need not follow the references. SQLite resets this at every COMMIT.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        else:
            conn.exec_driver_sql("BEGIN")

    engine.info_clue_attached = clue_path is not None and keyring.has_clue_key  # type: ignore[attr-defined]
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, whose transactions begin with ``BEGIN IMMEDIATE`` (take the writer lock up front)."""
    return engine.execution_options(xuncha_write=True)


def atomic_temp_path(path: Path, pid: int | None = None) -> Path:
    """The hidden temp file :func:`atomic_write` writes ``path`` through (services/leftovers.py knows the name)."""
    return path.with_name(f".{path.name}.{os.getpid() if pid is None else pid}.tmp")


@contextmanager
def atomic_write(path: Path) -> Iterator[Any]:
    """Write ``path`` atomically: a temp file in the same folder, flushed, fsynced, renamed into place."""
    tmp = atomic_temp_path(path)
    try:
        with tmp.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        if os.name == "posix":  # the rename's folder entry; Windows cannot open a folder for fsync
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    finally:
        if tmp.exists():
            tmp.unlink()
