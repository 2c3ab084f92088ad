"""The package file (docs/sync.md §3.1): prefix, clear header, payload sections, Ed25519 signature.

```
offset 0   MAGIC b"XCPKG\\0" + u8 major (=1)          7 bytes
       7   u32 big-endian header_len (1..65536)
      11   header: canonical JSON (header.py)
           sections, in header order, each exactly ``length`` bytes (SQLCipher payload files)
 end-64    Ed25519 signature (64 raw bytes; the key is the header's ``sender_key_id``)
```

The signature is ``signing.sign_bytes(SHA-512(b"xuncha/pkg/v1\\0" || every byte before it), purpose=b"pkg")``:
one streaming pass computes the prehash (Ed25519 in ``cryptography`` is one-shot). Reading checks, in order
and before any cryptography, the magic, the major version, the header length bound, the strict header, and
that the file is exactly ``11 + header_len + sections + 64`` bytes. ``verify_and_extract`` then copies each
section to a file while hashing, and accepts them only if the signature and every section's SHA-256 match;
on any failure no extracted file is left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.store import atomic_write
from services.progress import CancelToken, Progress, no_progress
from services.sync.crypto.errors import SignatureError
from services.sync.crypto.keys import key_id as key_id_of
from services.sync.crypto.keys import load_ed25519_public, public_raw
from services.sync.crypto.signing import SIGNATURE_SIZE, Signature, sign_bytes, verify_bytes
from services.sync.package.header import MAX_HEADER_BYTES, VERSION, PackageHeader, parse_header
from services.sync.package.rejections import PackageRejected

MAGIC = b"XCPKG\0"
PREFIX = struct.Struct(f">{len(MAGIC)}sBI")
PREFIX_SIZE = PREFIX.size  # 11
PREHASH_LABEL = b"xuncha/pkg/v1\0"
PURPOSE = b"pkg"
CHUNK = 1 << 20
SUFFIXES = {"team_to_hq": ".xcpkg", "hq_to_team": ".xcpkg", "enrollment_grant": ".xcgrant"}


def package_file_name(kind: str, team_no: int | None, seq: int, package_id: str) -> str:
    """``xuncha-<kind>-t<team_no|hq>-<seq:05d>-<package_id[:8]>.xcpkg`` (``.xcgrant`` for a grant)."""
    team = f"t{team_no}" if team_no is not None else "thq"
    return f"xuncha-{kind.replace('_', '-')}-{team}-{seq:05d}-{package_id[:8]}{SUFFIXES.get(kind, '.xcpkg')}"


def _malformed(why: str, **params: object) -> PackageRejected:
    return PackageRejected("malformed_package", why, **params)


def _parse_prefix(prefix: bytes) -> int:
    """The header length from the 11-byte prefix; rejects a wrong magic, major version or length bound."""
    if len(prefix) < PREFIX_SIZE:
        raise _malformed("file too short", field="prefix")
    magic, major, header_len = PREFIX.unpack(prefix[:PREFIX_SIZE])
    if magic != MAGIC:
        raise _malformed("not a package file", field="magic")
    if major != VERSION:
        raise PackageRejected("unsupported_version", f"package format {major}", version=str(major))
    if not 1 <= header_len <= MAX_HEADER_BYTES:
        raise _malformed("header length out of bounds", field="header_len")
    return int(header_len)


def _check_size(size: int, header_len: int, header: PackageHeader) -> None:
    expected = PREFIX_SIZE + header_len + header.payload_length + SIGNATURE_SIZE
    if size != expected:
        raise _malformed("file size does not match its header", field="size", size=size, expected=expected)


def read_header(path: Path) -> PackageHeader:
    """Step 1 of the import: the header of the package at ``path``, its shape and exact size checked."""
    try:
        with path.open("rb") as handle:
            header_len = _parse_prefix(handle.read(PREFIX_SIZE))
            raw = handle.read(header_len)
            if len(raw) != header_len:
                raise _malformed("file too short", field="header")
            header = parse_header(raw)
            _check_size(path.stat().st_size, header_len, header)
    except OSError as exc:
        raise PackageRejected("file_unreadable", f"cannot read {path.name}", error=type(exc).__name__) from exc
    return header


def _verify_signature(digest: bytes, signature: bytes, header: PackageHeader, sign_public: bytes) -> None:
    kid = key_id_of(sign_public)
    if kid != header.sender_key_id:
        raise PackageRejected("bad_signature", "signed with another key than the header names", key_id=kid)
    try:
        verify_bytes(digest, Signature(kid, signature), {kid: load_ed25519_public(sign_public)}, purpose=PURPOSE)
    except SignatureError as exc:
        raise PackageRejected("bad_signature", "the signature does not match the file") from exc


def verify_bytes_only(data: bytes, header: PackageHeader | None, sign_public: bytes) -> PackageHeader:
    """Steps 1 and 3 on a package held in memory (tests, small grants): the verified header, else rejected.

    ``header``, when given, must be the header ``data`` holds (e.g. one read earlier from the same file).
    """
    header_len = _parse_prefix(data[:PREFIX_SIZE])
    raw = data[PREFIX_SIZE:PREFIX_SIZE + header_len]
    if len(raw) != header_len:
        raise _malformed("file too short", field="header")
    parsed = parse_header(raw)
    if header is not None and parsed != header:
        raise _malformed("the header changed since it was read", field="header")
    _check_size(len(data), header_len, parsed)
    body_end = len(data) - SIGNATURE_SIZE
    prehash = hashlib.sha512(PREHASH_LABEL)
    prehash.update(memoryview(data)[:body_end])
    _verify_signature(prehash.digest(), data[body_end:], parsed, sign_public)
    offset = PREFIX_SIZE + header_len
    for section in parsed.sections:
        if hashlib.sha256(memoryview(data)[offset:offset + section.length]).hexdigest() != section.sha256:
            raise PackageRejected("payload_damaged", f"section {section.name} does not match its hash",
                                  section=section.name)
        offset += section.length
    return parsed


def _pieces(handle: BinaryIO, length: int, cancel: CancelToken | None) -> Iterator[bytes]:
    left = length
    while left:
        if cancel is not None:
            cancel.check()
        piece = handle.read(min(CHUNK, left))
        if not piece:
            raise _malformed("file too short", field="section")
        left -= len(piece)
        yield piece


def verify_and_extract(path: Path, header: PackageHeader, sign_public: bytes, into: Path, *,
                       progress: Progress = no_progress, cancel: CancelToken | None = None,
                       file_digest: Any = None) -> dict[str, Path]:
    """Step 3: check the signature while copying each section to ``into/<package_id>.<name>.db``.

    ``file_digest`` (a ``hashlib`` object), when given, is fed every byte of the file in the same pass (the
    importer records the file's SHA-256 without reading it a second time).

    Returns ``{section name: extracted file}``. Raises ``PackageRejected`` (bad_signature, payload_damaged,
    malformed_package when the file changed since ``read_header``); then no extracted file remains.
    """
    into.mkdir(parents=True, exist_ok=True)
    out = {s.name: into / f"{header.package_id}.{s.name}.db" for s in header.sections}
    raw_header = header.to_bytes()
    total = PREFIX_SIZE + len(raw_header) + header.payload_length + SIGNATURE_SIZE
    prehash = hashlib.sha512(PREHASH_LABEL)
    try:
        with path.open("rb") as handle:
            head = handle.read(PREFIX_SIZE + len(raw_header))
            if head[PREFIX_SIZE:] != raw_header or _parse_prefix(head) != len(raw_header):
                raise _malformed("the header changed since it was read", field="header")
            _check_size(path.stat().st_size, len(raw_header), header)
            prehash.update(head)
            whole = file_digest if file_digest is not None else _NoDigest()
            whole.update(head)
            done = len(head)
            damaged: list[str] = []
            for section in header.sections:
                digest = hashlib.sha256()
                with out[section.name].open("wb") as sink:
                    for piece in _pieces(handle, section.length, cancel):
                        prehash.update(piece)
                        digest.update(piece)
                        whole.update(piece)
                        sink.write(piece)
                        done += len(piece)
                        progress("verify", done, total)
                if digest.hexdigest() != section.sha256:
                    damaged.append(section.name)
            signature = handle.read(SIGNATURE_SIZE + 1)
            whole.update(signature)
        if len(signature) != SIGNATURE_SIZE:
            raise _malformed("file size does not match its header", field="size")
        _verify_signature(prehash.digest(), signature, header, sign_public)
        if damaged:
            raise PackageRejected("payload_damaged", f"section {damaged[0]} does not match its hash",
                                  section=damaged[0])
    except OSError as exc:
        _remove(out.values())
        raise PackageRejected("file_unreadable", f"cannot read {path.name}", error=type(exc).__name__) from exc
    except BaseException:
        _remove(out.values())
        raise
    progress("verify", total, total)
    return out


class _NoDigest:
    def update(self, data: bytes) -> None:
        pass


def _remove(paths: Iterable[Path]) -> None:
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def write_container(out: Path, header: PackageHeader, sections: list[Path], signer: Ed25519PrivateKey, *,
                    progress: Progress = no_progress, cancel: CancelToken | None = None) -> Path:
    """Write the signed package to the file ``out`` atomically (temp file beside it, fsync, rename).

    ``sections`` are the payload files in header order; each must have the header's length (``ValueError``
    otherwise: a bug of the caller, not a bad package). Their SHA-256 is not computed again here: the caller took
    it from the same file just before (``files.section_of``), the signature covers the bytes as written, and the
    recipient checks every section's hash before it reads a byte (docs/sync.md §3.1, §6.1). Cancel leaves no file.
    """
    if len(sections) != len(header.sections):
        raise ValueError("one payload file per header section")
    if key_id_of(public_raw(signer.public_key())) != header.sender_key_id:
        raise ValueError("the signer is not the header's sender key")
    raw_header = header.to_bytes()
    if len(raw_header) > MAX_HEADER_BYTES:
        raise ValueError("header too long")
    total = PREFIX_SIZE + len(raw_header) + header.payload_length + SIGNATURE_SIZE
    prehash = hashlib.sha512(PREHASH_LABEL)
    with atomic_write(out) as sink:
        head = PREFIX.pack(MAGIC, VERSION, len(raw_header)) + raw_header
        sink.write(head)
        prehash.update(head)
        done = len(head)
        for section, source in zip(header.sections, sections, strict=True):
            if source.stat().st_size != section.length:
                raise ValueError(f"payload {section.name} is not {section.length} bytes")
            with source.open("rb") as handle:
                for piece in _pieces(handle, section.length, cancel):
                    prehash.update(piece)
                    sink.write(piece)
                    done += len(piece)
                    progress("write", done, total)
        if cancel is not None:
            cancel.check()
        sink.write(sign_bytes(prehash.digest(), signer, purpose=PURPOSE).value)
    progress("write", total, total)
    return out


def file_facts(path: Path, *, cancel: CancelToken | None = None) -> tuple[int, str]:
    """(length, SHA-256 hex) of a payload file, streamed: what its header section must say."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for piece in _pieces(handle, path.stat().st_size, cancel):
            digest.update(piece)
            size += len(piece)
    return size, digest.hexdigest()
