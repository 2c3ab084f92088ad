"""Streaming authenticated encryption of a payload: AES-256-GCM in chunks, in bounded memory.

Format (version 1), all integers big-endian::

    stream header (18 bytes): MAGIC b"XCSTRM" | version u8 = 1 | chunk_size u32 | nonce_prefix (7 random bytes)
    then n >= 1 chunks:       AES-256-GCM(chunk plaintext) || 16-byte tag

- Every chunk but the last holds exactly ``chunk_size`` plaintext bytes; the last holds 0..chunk_size (an
  empty input is one empty final chunk), so a ciphertext chunk is ``chunk_size + 16`` bytes except the last.
- Key: ``stream_key = HKDF-SHA256(ikm=key, salt=nonce_prefix, info=b"xuncha/stream/v1/key")`` (the caller's
  data key is never used directly, so it may also key another stream or purpose).
- Nonce (12 bytes): ``nonce_prefix (7) || chunk index u32 || final flag u8 (1 on the last chunk, else 0)``
  (age's STREAM with a random prefix). At most 2**32 chunks.
- AAD of chunk i: ``SHA-256(b"xuncha/stream/v1\\0" || stream header || u32 len(header_aad) || header_aad)
  || i as u64 || final flag u8``. ``header_aad`` is the caller's (the package header's canonical bytes or
  their hash), so a stream decrypts only under the header it was made for.
- Reordered, dropped, duplicated or altered chunks fail their tag; a stream cut after any chunk (even exactly
  at a chunk boundary) fails because its new last chunk was not sealed as final; bytes after the final chunk
  fail because the final chunk is then decrypted as non-final. Every failure is a ``StreamError``.

``decrypt_iter`` yields each chunk once its own tag is checked, but the stream as a whole is only proven
complete when the iterator finishes without error: do not act on its output before. ``encrypt_file`` and
``decrypt_file`` write the destination atomically (temp file in the same folder, fsync, ``os.replace``): an
error or a cancel leaves no destination file. The plaintext's SHA-256 and length come back in ``StreamInfo``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.progress import CancelToken, Progress, no_progress
from services.sync.crypto.errors import StreamError

MAGIC = b"XCSTRM"
VERSION = 1
CHUNK_SIZE = 1 << 20
MAX_CHUNK_SIZE = 64 << 20
TAG_SIZE = 16
PREFIX_SIZE = 7
HEADER_SIZE = len(MAGIC) + 1 + 4 + PREFIX_SIZE
MAX_CHUNKS = 1 << 32
_HEADER = struct.Struct(f">{len(MAGIC)}sBI{PREFIX_SIZE}s")


@dataclass
class StreamInfo:
    """Filled in while a stream passes; complete once the iterator (or the file call) has finished."""

    plaintext_length: int = 0
    ciphertext_length: int = 0
    chunks: int = 0
    plaintext_sha256: str = ""


class _Cipher:
    def __init__(self, key: bytes | bytearray, header: bytes, header_aad: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the stream key is 32 bytes")
        self.prefix = header[-PREFIX_SIZE:]
        stream_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=self.prefix,
                          info=b"xuncha/stream/v1/key").derive(bytes(key))
        self.aead = AESGCM(stream_key)
        self.base = hashlib.sha256(b"xuncha/stream/v1\0" + header + struct.pack(">I", len(header_aad))
                                   + header_aad).digest()

    def nonce_aad(self, index: int, final: bool) -> tuple[bytes, bytes]:
        if index >= MAX_CHUNKS:
            raise StreamError("stream has too many chunks")
        flag = b"\x01" if final else b"\x00"
        return self.prefix + struct.pack(">I", index) + flag, self.base + struct.pack(">Q", index) + flag


def make_header(chunk_size: int = CHUNK_SIZE) -> bytes:
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError("chunk size out of range")
    return _HEADER.pack(MAGIC, VERSION, chunk_size, os.urandom(PREFIX_SIZE))


def parse_header(header: bytes) -> int:
    """The chunk size of a stream header; ``StreamError`` for anything that is not a version-1 header."""
    if len(header) != HEADER_SIZE:
        raise StreamError("stream is too short")
    magic, version, chunk_size, _prefix = _HEADER.unpack(header)
    if magic != MAGIC or version != VERSION or not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise StreamError("not a version-1 stream")
    return int(chunk_size)


def _rechunk(data: Iterable[bytes], size: int) -> Iterator[bytes]:
    """``data`` cut into pieces of exactly ``size`` bytes (the last may be shorter); memory stays O(size)."""
    buffer = bytearray()
    for piece in data:
        if not buffer and len(piece) == size and type(piece) is bytes:  # reads already cut to size: no copy
            yield piece
            continue
        buffer += piece
        while len(buffer) >= size:
            with memoryview(buffer) as view:
                chunk = bytes(view[:size])
            del buffer[:size]
            yield chunk
    if buffer:
        yield bytes(buffer)


def _with_last(pieces: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Each piece and whether it is the last (one piece of look-ahead); an empty input gives ``(b"", True)``."""
    iterator = iter(pieces)
    current = next(iterator, None)
    if current is None:
        yield b"", True
        return
    for following in iterator:
        yield current, False
        current = following
    yield current, True


def encrypt_iter(plaintext: Iterable[bytes], key: bytes | bytearray, header_aad: bytes, *,
                 chunk_size: int = CHUNK_SIZE, info: StreamInfo | None = None) -> Iterator[bytes]:
    """The encrypted stream of ``plaintext`` (any piece sizes): the header first, then one item per chunk."""
    info = info if info is not None else StreamInfo()
    header = make_header(chunk_size)
    cipher = _Cipher(key, header, header_aad)
    digest = hashlib.sha256()
    info.ciphertext_length = len(header)
    yield header
    for index, (chunk, final) in enumerate(_with_last(_rechunk(plaintext, chunk_size))):
        nonce, aad = cipher.nonce_aad(index, final)
        digest.update(chunk)
        sealed = cipher.aead.encrypt(nonce, chunk, aad)
        info.plaintext_length += len(chunk)
        info.ciphertext_length += len(sealed)
        info.chunks = index + 1
        if final:
            info.plaintext_sha256 = digest.hexdigest()
        yield sealed


def decrypt_iter(ciphertext: Iterable[bytes], key: bytes | bytearray, header_aad: bytes, *,
                 info: StreamInfo | None = None) -> Iterator[bytes]:
    """The plaintext chunks of an encrypted stream; only a run to the end proves the stream complete."""
    info = info if info is not None else StreamInfo()
    pieces = iter(ciphertext)
    header = bytearray()
    for piece in pieces:  # the header, possibly split across pieces
        header += piece
        if len(header) >= HEADER_SIZE:
            break
    rest = bytes(header[HEADER_SIZE:])
    chunk_size = parse_header(bytes(header[:HEADER_SIZE]))
    cipher = _Cipher(key, bytes(header[:HEADER_SIZE]), header_aad)
    digest = hashlib.sha256()
    info.ciphertext_length = HEADER_SIZE
    sized = _rechunk(_prepend(rest, pieces), chunk_size + TAG_SIZE)
    for index, (sealed, final) in enumerate(_with_last(sized)):
        nonce, aad = cipher.nonce_aad(index, final)
        try:
            chunk = cipher.aead.decrypt(nonce, sealed, aad)
        except InvalidTag as exc:
            raise StreamError("stream chunk failed authentication", chunk=index) from exc
        digest.update(chunk)
        info.plaintext_length += len(chunk)
        info.ciphertext_length += len(sealed)
        info.chunks = index + 1
        yield chunk
    info.plaintext_sha256 = digest.hexdigest()


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _read_pieces(src: BinaryIO, size: int, done: list[int], cancel: CancelToken | None) -> Iterator[bytes]:
    while True:
        if cancel is not None:
            cancel.check()
        piece = src.read(size)
        if not piece:
            return
        done[0] += len(piece)
        yield piece


def _atomic_write(dst: Path, items: Iterable[bytes], total: int, stage: str, progress: Progress,
                  done: list[int], cancel: CancelToken | None) -> None:
    """Write ``items`` to a temp file next to ``dst``, fsync, then rename it into place; on any error, no file."""
    fd, tmp_name = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for item in items:
                out.write(item)
                progress(stage, done[0], total)
            if cancel is not None:
                cancel.check()
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dst)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_folder(dst.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encrypt_file(src: Path, dst: Path, key: bytes | bytearray, header_aad: bytes, *,
                 progress: Progress | None = None, cancel: CancelToken | None = None,
                 chunk_size: int = CHUNK_SIZE) -> StreamInfo:
    """Encrypt ``src`` into ``dst`` (atomically). Raises ``CancelledError`` on cancel, leaving no ``dst``."""
    info = StreamInfo()
    done = [0]
    total = src.stat().st_size
    with src.open("rb") as reader:
        items = encrypt_iter(_read_pieces(reader, chunk_size, done, cancel), key, header_aad,
                             chunk_size=chunk_size, info=info)
        _atomic_write(dst, items, total, "encrypt", progress or no_progress, done, cancel)
    return info


def decrypt_file(src: Path, dst: Path, key: bytes | bytearray, header_aad: bytes, *,
                 progress: Progress | None = None, cancel: CancelToken | None = None) -> StreamInfo:
    """Decrypt ``src`` into ``dst`` (atomically): ``dst`` appears only if the whole stream authenticated."""
    info = StreamInfo()
    done = [0]
    total = src.stat().st_size
    with src.open("rb") as reader:
        header = reader.read(HEADER_SIZE)
        done[0] = len(header)
        pieces = _read_pieces(reader, parse_header(header) + TAG_SIZE, done, cancel)
        items = decrypt_iter(_prepend(header, pieces), key, header_aad, info=info)
        _atomic_write(dst, items, total, "decrypt", progress or no_progress, done, cancel)
    return info
