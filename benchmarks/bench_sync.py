"""Sync benchmarks (docs/sync.md §12): a package's export and import against bare AES-256-GCM + SHA-256 over the
same bytes, and HQ merging many packages from several teams. Each timed phase runs in its own spawn child
(benchmarks/sync_measure.py) so its peak memory is its own; the phase runs once more on an identical copy under
tracemalloc for the Python heap's peak (not timed). ``--quick`` = 1/10 of the sizes (merge: 2 teams, 3 rounds
of 200 changes).

- ``sync_package``: a team laptop with 10,000 changes (2,000 findings inserted, 8,000 edits) and 100 x 2 MiB
  attachments; ``export_package`` on the laptop, ``import_package`` at HQ.
- ``sync_merge``: HQ + 5 teams x 2 laptops; each laptop exports 5 packages of 2,000 changes (70 % new findings,
  25 % edits of its own, 5 % edits of its sibling's findings, which it received through HQ's update between
  two exports); a pristine copy of HQ then imports all 50 packages (100,000 changes), per sender in order.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from sqlalchemy import select

from benchmarks.harness import Options, benchmark, row
from benchmarks.sync_measure import bare_decrypt, bare_encrypt, measure
from benchmarks.sync_setup import Reference, add_attachments, add_changes, enroll, make_hq, open_ws
from models.sync import ChangeRecord
from services.sync.batch_import import import_packages
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.updates.hq_export import export_updates

MIB = 1 << 20


@dataclass
class PackageFigures:
    name: str
    changes: int
    attachment_mib: float
    package_mib: float
    export: dict[str, float]
    import_: dict[str, object]
    bare_encrypt_s: float
    bare_decrypt_s: float
    baseline_mib: float

    def lines(self) -> list[str]:
        export_s, import_s = float(self.export["seconds"]), float(self.import_["seconds"])  # type: ignore[arg-type]
        return [
            row("workload", f"{self.changes:,} changes, {self.attachment_mib:.0f} MiB attachments"),
            row("package size", f"{self.package_mib:.1f} MiB"),
            row("export_package", f"{export_s:8.2f} s  {self.package_mib / export_s:,.1f} MiB/s"),
            row("import_package (HQ)", f"{import_s:8.2f} s  {self.package_mib / import_s:,.1f} MiB/s  "
                                       f"{self.import_['status']} {self.import_.get('counts')}"),
            row("bare AES-GCM+SHA-256 encrypt", f"{self.bare_encrypt_s:8.2f} s over {self.baseline_mib:.0f} MiB"),
            row("bare AES-GCM+SHA-256 decrypt", f"{self.bare_decrypt_s:8.2f} s"),
            row("RATIO export / bare encrypt", f"{export_s / self.bare_encrypt_s:8.1f}x"),
            row("RATIO import / bare decrypt", f"{import_s / self.bare_decrypt_s:8.1f}x"),
            row("peak RSS added: export", f"{self.export['peak_delta_mib']:.0f} MiB "
                                          f"(Python heap peak {self.export['heap_peak_mib']:.0f} MiB)"),
            row("peak RSS added: import", f"{self.import_['peak_delta_mib']:.0f} MiB "
                                          f"(Python heap peak {self.import_['heap_peak_mib']:.0f} MiB)"),
        ]


def _baseline_changes(ws_path: Path, baseline: Path) -> None:
    """The changes' bytes as the baseline encrypts them: one canonical JSON line per change."""
    ws = open_ws(ws_path)
    with ws.read() as session, baseline.open("ab") as out:
        for change in session.scalars(select(ChangeRecord).execution_options(yield_per=2_000)):
            line = {"id": change.change_id, "entity": change.entity, "entity_id": change.entity_id,
                    "op": change.op, "before": change.before_json, "after": change.after_json, "hlc": change.hlc}
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True).encode() + b"\n")
    ws.lock()


@benchmark("sync_package")
def sync_package(options: Options) -> PackageFigures:
    scale = 10 if options.quick else 1
    work = options.workdir
    ref = make_hq(work / "hq", teams=1)
    enroll(work / "hq", work / "team", 1, ref)
    team = open_ws(work / "team")
    ids = add_changes(team, ref, inserts=2_000 // scale, updates=8_000 // scale, tag="T1")
    baseline = work / "baseline.bin"
    stored = add_attachments(team, ids[0], work / "files", 100 // scale, baseline=baseline)
    team.lock()
    _baseline_changes(work / "team", baseline)
    for name in ("stick", "stick_traced"):
        (work / name).mkdir()
    for name in ("team", "hq"):  # the same starting point for the traced (heap) runs
        shutil.copytree(work / name, work / f"{name}_traced")
    exported = measure("export", work / "team", out=str(work / "stick"))
    imported = measure("import", work / "hq", path=exported["path"])
    traced = measure("export", work / "team_traced", out=str(work / "stick_traced"), trace=True)
    exported["heap_peak_mib"] = traced["heap_peak_mib"]
    imported["heap_peak_mib"] = measure("import", work / "hq_traced", path=traced["path"], trace=True)["heap_peak_mib"]
    enc, dec = work / "bare.enc", work / "bare.dec"
    bare_enc = bare_encrypt(baseline, enc, bytes(range(32)))
    bare_dec = bare_decrypt(enc, dec, bytes(range(32)))
    return PackageFigures("sync_package", 10_000 // scale, stored / MIB, float(exported["size"]) / MIB, exported,
                          imported, bare_enc, bare_dec, baseline.stat().st_size / MIB)


@dataclass
class MergeFigures:
    name: str
    teams: int
    laptops: int
    packages: int
    changes: int
    merge: dict[str, object] = field(default_factory=dict)

    def lines(self) -> list[str]:
        times = list(self.merge["times"])  # type: ignore[call-overload]
        seconds = float(self.merge["seconds"])  # type: ignore[arg-type]
        return [
            row("workload", f"{self.teams} teams x {self.laptops} laptops, {self.packages} packages, "
                            f"{self.changes:,} changes"),
            row("import of every package at HQ", f"{seconds:8.2f} s  {self.changes / seconds:,.0f} changes/s"),
            row("per package p50 / max", f"{median(times):.2f} s / {max(times):.2f} s"),
            row("package statuses", json.dumps(self.merge["statuses"], ensure_ascii=False)),
            row("outcomes", json.dumps(self.merge["totals"], ensure_ascii=False, sort_keys=True)),
            row("peak RSS added", f"{self.merge['peak_delta_mib']:.0f} MiB "
                                  f"(Python heap peak {self.merge['heap_peak_mib']:.0f} MiB)"),
        ]


@benchmark("sync_merge")
def sync_merge(options: Options) -> MergeFigures:
    teams, laptops, rounds, per = (2, 2, 3, 200) if options.quick else (5, 2, 5, 2_000)
    work = options.workdir
    ref = make_hq(work / "hq", teams=teams)
    places = [(n, work / f"t{n}{chr(97 + i)}") for n in range(1, teams + 1) for i in range(laptops)]
    for team_no, path in places:
        enroll(work / "hq", path, team_no, ref)
    shutil.copytree(work / "hq", work / "hq_timed")  # HQ as it was before any package: the timed run's start
    shutil.copytree(work / "hq", work / "hq_traced")
    packages = _exchange(work, ref, places, rounds, per)
    merged = measure("merge", work / "hq_timed", paths=[str(p) for p in packages])
    merged["heap_peak_mib"] = measure("merge", work / "hq_traced", paths=[str(p) for p in packages],
                                      trace=True)["heap_peak_mib"]
    return MergeFigures("sync_merge", teams, laptops, len(packages), len(places) * rounds * per, merged)


def _exchange(work: Path, ref: Reference, places: list[tuple[int, Path]], rounds: int, per: int) -> list[Path]:
    """Each round every laptop makes ``per`` changes and exports; HQ (a setup copy) imports them and sends each
    laptop its update, so the next package holds only new changes and the siblings' findings arrive."""
    packages: list[Path] = []
    for r in range(rounds):
        stick = work / "stick" / f"round{r}"
        stick.mkdir(parents=True)
        for _, path in places:
            ws = open_ws(path)
            add_changes(ws, ref, inserts=per * 70 // 100, updates=per * 25 // 100, shared=per * 5 // 100,
                        tag=f"{path.name}", start=r * per)
            packages.append(Path(export_package(ws, stick).path))
            ws.lock()
        hq = open_ws(work / "hq")
        import_packages(hq, [stick])
        down = work / "down" / f"round{r}"
        down.mkdir(parents=True)
        updates = {summary.recipient_device: Path(summary.path) for summary in export_updates(hq, down)}
        hq.lock()
        for _, path in places:
            ws = open_ws(path)
            import_package(ws, updates[ws.device_id])
            ws.lock()
    return packages
