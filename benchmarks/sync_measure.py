"""Run one sync phase (export, import, merge) in a fresh ``spawn`` child and measure it: wall seconds and the
peak resident memory the phase added (Linux: ``clear_refs`` resets VmHWM after unlocking, VmHWM is read after
the phase). A child per phase keeps one phase's caches and heap out of the next one's figures."""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import struct
import time
import tracemalloc
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CHUNK = 1 << 20


def _status_kib(field: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> int:
    """Reset VmHWM to the current RSS (Linux >= 4.0); returns the RSS in KiB."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _status_kib("VmRSS")


def _phase(kind: str, ws_path: str, args: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.sync_setup import open_ws

    ws = open_ws(Path(ws_path))
    trace = bool(args.get("trace"))
    try:
        if trace:
            tracemalloc.start()
        base = _reset_peak()
        start = time.perf_counter()
        result: dict[str, Any] = {}
        if kind == "export":
            from services.sync.exporter import export_package

            summary = export_package(ws, Path(args["out"]))
            result = {"path": str(summary.path), "size": summary.size_bytes, "changes": summary.changes}
        elif kind == "import":
            from services.sync.importer import import_package

            one = import_package(ws, Path(args["path"]))
            result = {"status": str(one.status), "code": one.code, "counts": one.counts}
        elif kind == "merge":
            result = _merge(ws, [Path(p) for p in args["paths"]])
        seconds = time.perf_counter() - start
        peak = _status_kib("VmHWM")
        if trace:
            result["heap_peak_mib"] = tracemalloc.get_traced_memory()[1] / (1 << 20)
            tracemalloc.stop()
    finally:
        ws.lock()
    return {**result, "seconds": seconds, "peak_delta_mib": max(0, peak - base) / 1024, "rss_before_mib": base / 1024}


def _merge(ws: Any, paths: list[Path]) -> dict[str, Any]:
    from services.sync.batch_import import plan
    from services.sync.importer import import_package

    times: list[float] = []
    totals: dict[str, int] = {}
    statuses: dict[str, int] = {}
    for path in plan(paths):
        start = time.perf_counter()
        result = import_package(ws, path)
        times.append(time.perf_counter() - start)
        statuses[str(result.status)] = statuses.get(str(result.status), 0) + 1
        for key, value in result.counts.items():
            totals[key] = totals.get(key, 0) + value
    return {"times": times, "totals": totals, "statuses": statuses}


def measure(kind: str, ws_path: Path, **args: Any) -> dict[str, Any]:
    """``kind`` in a spawn child against the workspace at ``ws_path``; the child's figures. ``trace=True`` also
    gives the Python heap's peak (tracemalloc; it slows Python down, so traced runs are not the timed ones)."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return dict(pool.apply(_phase, (kind, str(ws_path), args)))


# ---- the baseline: bare AES-256-GCM + SHA-256 over the same bytes, 1 MiB at a time ----


def bare_encrypt(src: Path, dst: Path, key: bytes) -> float:
    start = time.perf_counter()
    aead, digest = AESGCM(key), hashlib.sha256()
    with src.open("rb") as reader, dst.open("wb") as out:
        index = 0
        while piece := reader.read(CHUNK):
            digest.update(piece)
            out.write(aead.encrypt(struct.pack(">4xQ", index), piece, None))
            index += 1
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - start


def bare_decrypt(src: Path, dst: Path, key: bytes) -> float:
    start = time.perf_counter()
    aead, digest = AESGCM(key), hashlib.sha256()
    with src.open("rb") as reader, dst.open("wb") as out:
        index = 0
        while piece := reader.read(CHUNK + 16):
            plain = aead.decrypt(struct.pack(">4xQ", index), piece, None)
            digest.update(plain)
            out.write(plain)
            index += 1
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - start
