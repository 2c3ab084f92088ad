"""Foundation benchmarks: the write path's overhead, SQLCipher's overhead, and what unlocking costs.

- ``service_insert``: N findings through ``WriteTx.insert`` (row + change record + audit event, in
  transactions of ``batch``) vs the same rows through raw ``executemany`` on the same kind of encrypted engine.
- ``cipher_vs_plain``: the raw workload on SQLCipher (keyed engine of a real workspace) vs stdlib sqlite3
  with the same schema (the Alembic migrations), pragmas and transactions.
- ``unlock``: creating a workspace and unlocking it with the real default Argon2id cost, and the KDF alone.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from benchmarks.harness import Options, Stopwatch, benchmark, median, rate, row, timed
from benchmarks.workload import (
    PASSPHRASE,
    Parents,
    RawInserter,
    add_parents,
    finding_content,
    finding_object,
    finding_row,
    new_workspace,
    plain_sqlite_engine,
    raw_parents,
)
from models import keystore
from models.finding import Finding
from models.migrate import upgrade_workspace
from services.workspace import unlock_workspace


def _batches(total: int, size: int) -> list[range]:
    return [range(start, min(start + size, total)) for start in range(0, total, size)]


def _raw_workload(engine: Engine, parents: Parents, options: Options, actor: str, device: str) -> float:
    """Seconds to write ``options.rows`` findings raw, one executemany per transaction of ``options.batch``."""
    inserter = RawInserter(Finding.__table__, engine)  # type: ignore[arg-type]
    watch = Stopwatch()
    with watch.running():
        for batch in _batches(options.rows, options.batch):
            now = datetime.now(UTC).replace(tzinfo=None)
            inserter.insert(engine, [finding_row(i, parents, actor, device, now) for i in batch])
    return watch.seconds


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Finding)) or 0)


@dataclass
class InsertComparison:
    name: str
    rows: int
    batch: int
    service_s: float
    raw_s: float
    service_batches: list[tuple[int, float]]  # (rows, seconds) of each service transaction
    bulk_s: float = 0.0  # the same rows through WriteTx.insert_many (the write gate's bulk path)

    @property
    def ratio(self) -> float:
        return self.service_s / self.raw_s

    def _batch_rate(self, index: int) -> str:
        return rate(*self.service_batches[index])

    def lines(self) -> list[str]:
        return [
            row("rows", f"{self.rows:,} findings, transactions of {self.batch:,}"),
            row("service layer (WriteTx.insert)", f"{self.service_s:8.2f} s  {rate(self.rows, self.service_s)}"),
            row("  first / last transaction", f"{self._batch_rate(0)} / {self._batch_rate(-1)}"),
            row("bulk path (WriteTx.insert_many)", f"{self.bulk_s:8.2f} s  {rate(self.rows, self.bulk_s)}  "
                "(rows, change records and audit chain in one executemany each)"),
            row("raw executemany, same engine", f"{self.raw_s:8.2f} s  {rate(self.rows, self.raw_s)}  "
                "(rows only: no change record, no audit event)"),
            row("RATIO service / raw", f"{self.ratio:8.1f}x the time (one ORM object per row, per edit)"),
            row("RATIO bulk path / raw", f"{self.bulk_s / self.raw_s:8.2f}x the time (aim: at most 1.5x)"),
        ]


@benchmark("service_insert")
def service_insert(options: Options) -> InsertComparison:
    ws = new_workspace(options.workdir / "service")
    try:
        parents = add_parents(ws)
        batch_seconds = []
        for batch in _batches(options.rows, options.batch):
            watch = Stopwatch()
            with watch.running(), ws.write() as tx:
                for i in batch:
                    tx.insert(finding_object(i, parents), scope_team_id=parents.team_id)
            batch_seconds.append((len(batch), watch.seconds))
        assert _count(ws.engine) == options.rows
    finally:
        ws.lock()

    bulk_ws = new_workspace(options.workdir / "bulk")
    try:
        parents = add_parents(bulk_ws)
        watch = Stopwatch()
        for batch in _batches(options.rows, options.batch):
            rows = [finding_content(i, parents) for i in batch]
            with watch.running(), bulk_ws.write() as tx:
                tx.insert_many(Finding, rows, scope_team_id=parents.team_id)
        bulk_s = watch.seconds
        assert _count(bulk_ws.engine) == options.rows
    finally:
        bulk_ws.lock()

    raw_ws = new_workspace(options.workdir / "raw")
    try:
        parents = add_parents(raw_ws)
        raw_s = _raw_workload(raw_ws.engine, parents, options, raw_ws.actor.user_id, raw_ws.device_id)
        assert _count(raw_ws.engine) == options.rows
    finally:
        raw_ws.lock()
    return InsertComparison("service_insert", options.rows, options.batch, sum(s for _, s in batch_seconds), raw_s,
                           batch_seconds, bulk_s)


@dataclass
class CipherVsPlain:
    name: str
    rows: int
    cipher_s: float
    plain_s: float
    repeats: int

    @property
    def ratio(self) -> float:
        return self.cipher_s / self.plain_s

    def lines(self) -> list[str]:
        return [
            row("rows", f"{self.rows:,} findings, raw executemany (median of {self.repeats})"),
            row("SQLCipher 4 (sqlcipher3, raw key)", f"{self.cipher_s:8.2f} s  {rate(self.rows, self.cipher_s)}"),
            row("plain SQLite (stdlib sqlite3)", f"{self.plain_s:8.2f} s  {rate(self.rows, self.plain_s)}"),
            row("RATIO SQLCipher / plain", f"{self.ratio:8.2f}x the time"),
        ]


def _cipher_run(folder: Path, options: Options) -> tuple[float, str, str]:
    ws = new_workspace(folder)
    try:
        parents = raw_parents(ws.engine, ws.device_id, ws.actor.user_id)
        seconds = _raw_workload(ws.engine, parents, options, ws.actor.user_id, ws.device_id)
        assert _count(ws.engine) == options.rows
        return seconds, ws.actor.user_id, ws.device_id
    finally:
        ws.lock()


def _plain_run(folder: Path, options: Options, actor: str, device: str) -> float:
    folder.mkdir()
    plain = plain_sqlite_engine(folder / "workspace.db")
    try:
        upgrade_workspace(plain, with_clues=False)
        parents = raw_parents(plain, device, actor)
        seconds = _raw_workload(plain, parents, options, actor, device)
        assert _count(plain) == options.rows
        return seconds
    finally:
        plain.dispose()


@benchmark("cipher_vs_plain")
def cipher_vs_plain(options: Options) -> CipherVsPlain:
    # Small runs are noisy: alternate the two engines a few times, each on fresh files, and take medians.
    repeats = 3 if options.rows <= 20_000 else 1
    cipher, plain = [], []
    for n in range(repeats):
        seconds, actor, device = _cipher_run(options.workdir / f"cipher{n}", options)
        cipher.append(seconds)
        plain.append(_plain_run(options.workdir / f"plain{n}", options, actor, device))
    return CipherVsPlain("cipher_vs_plain", options.rows, median(cipher), median(plain), repeats)


@dataclass
class UnlockTiming:
    name: str
    runs: int
    kdf: keystore.KdfParams
    create_s: float
    unlock_s: float
    kdf_s: float

    def lines(self) -> list[str]:
        cost = f"Argon2id m={self.kdf.memory_kib // 1024} MiB, t={self.kdf.iterations}, p={self.kdf.lanes}"
        return [
            row("key derivation cost", f"{cost} (the real default)"),
            row("create_workspace", f"{self.create_s:8.3f} s"),
            row(f"unlock_workspace (median of {self.runs})", f"{self.unlock_s:8.3f} s"),
            row(f"Argon2id alone (median of {self.runs})", f"{self.kdf_s:8.3f} s"),
            row("RATIO unlock / Argon2id", f"{self.unlock_s / self.kdf_s:8.2f}x "
                f"(+{(self.unlock_s - self.kdf_s) * 1000:.0f} ms to open, migrate-check and audit)"),
        ]


@benchmark("unlock")
def unlock(options: Options) -> UnlockTiming:
    runs = 3 if options.quick else 5
    kdf = keystore.KdfParams()  # the real default cost, whatever the caller's environment lowered
    path = options.workdir / "unlock"
    create_s = timed(lambda: new_workspace(path, kdf=kdf).lock())
    unlocks = []
    for _ in range(runs):
        start = time.perf_counter()
        ws = unlock_workspace(path, PASSPHRASE)
        unlocks.append(time.perf_counter() - start)
        ws.lock()
    slot = keystore.Keystore.load(path / "keys.json").slots[0]
    salt = base64.b64decode(slot.kdf["salt"])
    kdfs = [timed(lambda: keystore.derive_kek(PASSPHRASE, salt, kdf)) for _ in range(runs)]
    return UnlockTiming("unlock", runs, kdf, create_s, median(unlocks), median(kdfs))
