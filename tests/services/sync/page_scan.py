"""Read an SQLCipher 4 file the way the pager sees it: every page decrypted with the raw key, free pages and
slack included, so a test can tell that a text is physically gone (not just unreachable through SQL).

Layout (SQLCipher 4 defaults, raw key): page 4096 bytes; the last 80 bytes of each page are the reserve
(16-byte IV + 64-byte HMAC); page 1 starts with the 16-byte salt in clear. A WAL file is a 32-byte header, then
frames of a 24-byte header (page number first) and one encrypted page.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    body = page[SALT if first else 0:PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    return [_decrypt(data[i:i + PAGE], key, i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    pages = []
    step = FRAME_HEADER + PAGE
    for start in range(WAL_HEADER, len(data) - step + 1, step):
        number = int.from_bytes(data[start:start + 4], "big")
        pages.append(_decrypt(data[start + FRAME_HEADER:start + step], key, number == 1))
    return pages


def plaintext_hits(db: Path, key: bytes, marker: bytes) -> list[str]:
    """Where ``marker`` occurs in the decrypted pages of ``db`` and its -wal: ['workspace.db#3', ...]."""
    wal = db.with_name(db.name + "-wal")
    hits = [f"{db.name}#{n}" for n, page in enumerate(database_pages(db, key), 1) if marker in page]
    hits += [f"{wal.name}#{n}" for n, page in enumerate(wal_pages(wal, key), 1) if marker in page]
    return hits
