"""Chunked AES-256-GCM streams: round trips, every cut/reorder/alteration refused, atomic files, bounded memory."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.errors import CancelledError
from services.progress import CancelToken
from services.sync.crypto.errors import StreamError
from services.sync.crypto.stream import (
    CHUNK_SIZE,
    HEADER_SIZE,
    TAG_SIZE,
    StreamInfo,
    decrypt_file,
    decrypt_iter,
    encrypt_file,
    encrypt_iter,
)

KEY = bytes(range(32))
AAD = b'{"package_id":"pkg-1"}'
SIZE = 64  # small chunks, so a few hundred bytes make several chunks


def encrypt(data: bytes, aad: bytes = AAD, key: bytes = KEY, size: int = SIZE) -> bytes:
    return b"".join(encrypt_iter([data], key, aad, chunk_size=size))


def decrypt(blob: bytes, aad: bytes = AAD, key: bytes = KEY) -> bytes:
    return b"".join(decrypt_iter([blob], key, aad))


def split(blob: bytes, size: int = SIZE) -> tuple[bytes, list[bytes]]:
    body = blob[HEADER_SIZE:]
    step = size + TAG_SIZE
    return blob[:HEADER_SIZE], [body[i:i + step] for i in range(0, len(body), step)]


@pytest.mark.parametrize("length", [0, 1, SIZE - 1, SIZE, SIZE + 1, 3 * SIZE, 3 * SIZE + 7])
def test_round_trip_any_length(length: int) -> None:
    data = os.urandom(length)
    info = StreamInfo()
    blob = b"".join(encrypt_iter([data[:5], data[5:]], KEY, AAD, chunk_size=SIZE, info=info))
    assert info.plaintext_sha256 == hashlib.sha256(data).hexdigest() and info.ciphertext_length == len(blob)
    assert info.chunks == max(1, -(-length // SIZE)) and info.plaintext_length == length
    out = StreamInfo()
    pieces = [blob[i:i + 7] for i in range(0, len(blob), 7)]  # arbitrary piece sizes, header split too
    assert b"".join(decrypt_iter(pieces, bytearray(KEY), AAD, info=out)) == data
    assert out.plaintext_sha256 == info.plaintext_sha256 and out.chunks == info.chunks


def test_same_input_twice_differs() -> None:
    assert encrypt(b"x" * 200) != encrypt(b"x" * 200)


def test_other_header_or_key_refused() -> None:
    blob = encrypt(b"a" * 300)
    with pytest.raises(StreamError):
        decrypt(blob, aad=b'{"package_id":"pkg-2"}')
    with pytest.raises(StreamError):
        decrypt(blob, key=bytes(32))


def test_chunk_reorder_drop_duplicate_and_boundary_cut_refused() -> None:
    data = os.urandom(4 * SIZE)  # exactly 4 full chunks: the last full chunk is the final one
    header, chunks = split(encrypt(data))
    assert len(chunks) == 4
    cases = {
        "swap": [chunks[1], chunks[0], *chunks[2:]],
        "drop middle": [chunks[0], *chunks[2:]],
        "duplicate": [chunks[0], *chunks],
        "cut at boundary": chunks[:3],
        "final twice": [*chunks, chunks[3]],
        "only final": chunks[3:],
        "nothing": [],
        "garbage after": [*chunks, b"\0"],
    }
    for name, body in cases.items():
        with pytest.raises(StreamError):
            decrypt(header + b"".join(body))
            pytest.fail(name)


def test_chunks_of_another_stream_refused() -> None:
    header_a, chunks_a = split(encrypt(b"a" * 200))
    header_b, chunks_b = split(encrypt(b"a" * 200))
    with pytest.raises(StreamError):
        decrypt(header_a + chunks_b[0] + b"".join(chunks_a[1:]))
    with pytest.raises(StreamError):
        decrypt(header_b + b"".join(chunks_a))


def test_bad_headers_refused() -> None:
    blob = encrypt(b"abc")
    for bad in (b"", blob[:HEADER_SIZE - 1], b"XCSTRX" + blob[6:], blob[:6] + b"\x02" + blob[7:],
                blob[:7] + bytes(4) + blob[11:], blob[:7] + b"\xff\xff\xff\xff" + blob[11:]):
        with pytest.raises(StreamError):
            decrypt(bad)


STREAM = encrypt(os.urandom(3 * SIZE + 10))


@settings(max_examples=200, deadline=None)
@given(position=st.integers(0, len(STREAM) - 1), mask=st.integers(1, 255))
def test_any_flipped_byte_refused(position: int, mask: int) -> None:
    altered = bytearray(STREAM)
    altered[position] ^= mask
    with pytest.raises(StreamError):
        decrypt(bytes(altered))


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(0, len(STREAM) - 1), extra=st.binary(max_size=100))
def test_truncated_or_extended_refused(cut: int, extra: bytes) -> None:
    with pytest.raises(StreamError):
        decrypt(STREAM[:cut])
    if extra:
        with pytest.raises(StreamError):
            decrypt(STREAM + extra)


def test_files_round_trip_with_progress(tmp_path: Path) -> None:
    src, enc, out = tmp_path / "payload.db", tmp_path / "payload.enc", tmp_path / "back.db"
    data = os.urandom(5 * SIZE + 3)
    src.write_bytes(data)
    seen: list[tuple[str, int, int]] = []
    info = encrypt_file(src, enc, KEY, AAD, chunk_size=SIZE, progress=lambda *a: seen.append(a))
    assert seen[-1] == ("encrypt", len(data), len(data))
    back = decrypt_file(enc, out, KEY, AAD)
    assert out.read_bytes() == data and back.plaintext_sha256 == info.plaintext_sha256
    assert sorted(p.name for p in tmp_path.iterdir()) == ["back.db", "payload.db", "payload.enc"]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    src, enc = tmp_path / "payload.db", tmp_path / "payload.enc"
    src.write_bytes(os.urandom(10 * SIZE))
    token = CancelToken()

    def progress(stage: str, done: int, total: int) -> None:
        if done >= 3 * SIZE:
            token.cancel()

    with pytest.raises(CancelledError):
        encrypt_file(src, enc, KEY, AAD, chunk_size=SIZE, progress=progress, cancel=token)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["payload.db"]


def test_failed_decrypt_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    src, enc, out = tmp_path / "payload.db", tmp_path / "payload.enc", tmp_path / "back.db"
    src.write_bytes(os.urandom(4 * SIZE))
    encrypt_file(src, enc, KEY, AAD, chunk_size=SIZE)
    enc.write_bytes(enc.read_bytes()[:-(SIZE + TAG_SIZE)])  # the final chunk cut off at a boundary
    with pytest.raises(StreamError):
        decrypt_file(enc, out, KEY, AAD)
    assert not out.exists()
    out.write_bytes(b"old")
    with pytest.raises(StreamError):
        decrypt_file(enc, out, KEY, AAD)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["back.db", "payload.db", "payload.enc"]


def _generated(total: int, piece: int = 1 << 16) -> Iterator[bytes]:
    block = os.urandom(piece)
    for _ in range(total // piece):
        yield block


def test_memory_bounded_for_a_20_mb_stream(tmp_path: Path) -> None:
    total = 20 << 20
    tracemalloc.start()
    try:
        enc = tmp_path / "big.enc"
        with enc.open("wb") as out:
            for item in encrypt_iter(_generated(total), KEY, AAD):
                out.write(item)
        info = StreamInfo()
        with enc.open("rb") as reader:
            for _chunk in decrypt_iter(iter(lambda: reader.read(1 << 16), b""), KEY, AAD, info=info):
                pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.plaintext_length == total
    assert peak < 8 * CHUNK_SIZE, f"peak {peak / 2**20:.1f} MiB for a {total >> 20} MiB stream"  # a few chunks


def test_memory_bounded_for_files(tmp_path: Path) -> None:
    src, enc, out = tmp_path / "big.db", tmp_path / "big.enc", tmp_path / "back.db"
    with src.open("wb") as writer:
        for block in _generated(20 << 20):
            writer.write(block)
    tracemalloc.start()
    try:
        encrypt_file(src, enc, KEY, AAD)
        info = decrypt_file(enc, out, KEY, AAD)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.plaintext_length == 20 << 20
    assert peak < 8 * CHUNK_SIZE, f"peak {peak / 2**20:.1f} MiB"
