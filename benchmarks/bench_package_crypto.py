"""Package crypto benchmark: the streaming payload encryption against bare AES-256-GCM + SHA-256.

- ``package_crypto``: ``services.sync.crypto.stream.encrypt_file`` / ``decrypt_file`` over a 200 MB file (40 MB with
  ``--quick``) vs a bare loop over the same file doing only what cannot be avoided: read 1 MiB, AES-256-GCM it
  under a counter nonce, SHA-256 it, write it. The ratio is the cost of the format (chunk AAD, look-ahead,
  atomic temp file + fsync). Peak memory is the Python heap (tracemalloc) during one extra encrypt + decrypt.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks.harness import Options, benchmark, median, row, timed
from services.sync.crypto.stream import CHUNK_SIZE, decrypt_file, encrypt_file

FULL_MB = 200
QUICK_MB = 40
RUNS = 3
KEY = bytes(range(32))
AAD = b'{"package_id":"bench"}'


def _make_source(path: Path, megabytes: int) -> None:
    block = os.urandom(1 << 20)
    with path.open("wb") as out:
        for i in range(megabytes):
            out.write(struct.pack(">Q", i) + block[8:])


def _bare(src: Path, dst: Path) -> str:
    aead, digest, index = AESGCM(KEY), hashlib.sha256(), 0
    with src.open("rb") as reader, dst.open("wb") as out:
        while piece := reader.read(CHUNK_SIZE):
            digest.update(piece)
            out.write(aead.encrypt(b"\0" * 4 + struct.pack(">Q", index), piece, AAD))
            index += 1
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


@dataclass
class CryptoComparison:
    name: str
    megabytes: int
    encrypt_s: float
    decrypt_s: float
    bare_s: float
    peak_mib: float

    def _rate(self, seconds: float) -> str:
        return f"{seconds:8.2f} s  {self.megabytes / seconds:,.0f} MB/s"

    def lines(self) -> list[str]:
        return [
            row("payload", f"{self.megabytes} MB file, 1 MiB chunks, medians of {RUNS} runs"),
            row("encrypt_file (stream format)", self._rate(self.encrypt_s)),
            row("decrypt_file (stream format)", self._rate(self.decrypt_s)),
            row("bare AES-256-GCM + SHA-256 loop", self._rate(self.bare_s)),
            row("RATIO encrypt_file / bare", f"{self.encrypt_s / self.bare_s:8.2f}x the time"),
            row("RATIO decrypt_file / bare", f"{self.decrypt_s / self.bare_s:8.2f}x the time"),
            row("peak Python heap, encrypt+decrypt", f"{self.peak_mib:.1f} MiB for {self.megabytes} MB"),
        ]


@benchmark("package_crypto")
def package_crypto(options: Options) -> CryptoComparison:
    megabytes = QUICK_MB if options.quick else FULL_MB
    src, enc, back, bare = (options.workdir / name for name in ("payload.db", "payload.enc", "back.db", "bare.enc"))
    _make_source(src, megabytes)
    encrypt_runs, decrypt_runs, bare_runs = [], [], []
    for _ in range(RUNS):
        bare_runs.append(timed(lambda: _bare(src, bare)))
        encrypt_runs.append(timed(lambda: encrypt_file(src, enc, KEY, AAD)))
        decrypt_runs.append(timed(lambda: decrypt_file(enc, back, KEY, AAD)))
    bare.unlink()
    tracemalloc.start()
    try:
        info = encrypt_file(src, enc, KEY, AAD)
        assert decrypt_file(enc, back, KEY, AAD).plaintext_sha256 == info.plaintext_sha256
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return CryptoComparison("package_crypto", megabytes, median(encrypt_runs), median(decrypt_runs),
                            median(bare_runs), peak / 2**20)
