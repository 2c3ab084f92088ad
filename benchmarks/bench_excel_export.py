"""Excel export: 20,000 findings through ``export_excel`` vs a bare openpyxl write_only pass of the same shape.

- export: the service as the program runs it (SQL streamed in batches from SQLCipher, values converted, date and
  amount cells styled, title/marking/header rows, dropdowns, the hidden mapping, staged write, audit event).
- bare: ``Workbook(write_only=True)``, one sheet, the same 20,000 rows x 30 columns of equivalent plain values
  (generated on the fly, no database, no styles), saved.

Each pass runs in its own process (``python -m benchmarks.bench_excel_export --phase ...``) so its peak RSS is its
own; passes alternate and the medians of three runs are printed, with the ratio export / bare.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.harness import Options, benchmark, median, rate, row

FULL_EXPORT_ROWS = 20_000
QUICK_EXPORT_ROWS = 5_000
RUNS = 3


def make_workspace(path: Path, rows: int) -> None:
    from benchmarks.workload import RawInserter, add_parents, finding_row, new_workspace
    from models.finding import Finding

    ws = new_workspace(path)
    try:
        parents = add_parents(ws)
        inserter = RawInserter(Finding.__table__, ws.engine)  # type: ignore[arg-type]
        now = datetime.now(UTC).replace(tzinfo=None)
        for start in range(0, rows, 5_000):
            batch = range(start + 1, min(start + 5_000, rows) + 1)
            inserter.insert(ws.engine, [finding_row(i, parents, ws.actor.user_id, ws.device_id, now) for i in batch])
    finally:
        ws.lock()


def bare_rows(rows: int):  # type: ignore[no-untyped-def]
    """Rows like the export's (30 columns: ints, Chinese text, dates, an amount, 是/否), as plain values."""
    from benchmarks.workload import DESCRIPTION, TITLES

    for i in range(1, rows + 1):
        found = datetime(2026, 11, 1 + i % 20)
        yield [i, 13, 2026, 3, 2, "青山镇红旗村", "村", None, f"[2026]3巡-2组-{i}号", TITLES[i % len(TITLES)],
               DESCRIPTION, None, "违反廉洁纪律", "资金管理", None, "廉洁纪律", None, "否", "否", "个别谈话",
               (i % 5000) / 100, datetime(2024, 1 + i % 12, 1), "红旗村村委会", None, "王组员", found, "否", "否",
               None, None]


def run_phase(phase: str, workspace: Path, out: Path, rows: int) -> dict[str, float]:
    start = time.perf_counter()
    if phase == "bare":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("bare")
        for values in bare_rows(rows):
            sheet.append(values)
        book.save(str(out))
        written = rows
    else:
        from benchmarks.workload import PASSPHRASE
        from services.excel.exporting import export_excel
        from services.workspace import unlock_workspace

        ws = unlock_workspace(workspace, PASSPHRASE)
        start = time.perf_counter()  # the passphrase check is not the export's
        try:
            written = export_excel(ws, "findings", out).rows
        finally:
            ws.lock()
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "rows": written, "peak_rss_mib": peak_mib}


def _child(phase: str, workspace: Path, out: Path, rows: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_excel_export", "--phase", phase, "--workspace",
                           str(workspace), "--out", str(out), "--rows", str(rows)],
                          check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@dataclass
class ExportComparison:
    name: str
    rows: int
    export_s: float
    bare_s: float
    export_mib: float
    bare_mib: float
    file_mib: float

    def lines(self) -> list[str]:
        return [
            row("rows", f"{self.rows:,} findings x 30 columns, medians of {RUNS} runs each"),
            row("export_excel (SQLCipher -> xlsx)", f"{self.export_s:8.2f} s  {rate(self.rows, self.export_s)}"),
            row("bare openpyxl write_only pass", f"{self.bare_s:8.2f} s  {rate(self.rows, self.bare_s)}"),
            row("RATIO export / bare", f"{self.export_s / self.bare_s:8.2f}x the time (aim: under 1.5x)"),
            row("peak RSS export / bare", f"{self.export_mib:.0f} MiB / {self.bare_mib:.0f} MiB (whole process)"),
            row("file written", f"{self.file_mib:.1f} MiB"),
        ]


@benchmark("excel_export")
def excel_export(options: Options) -> ExportComparison:
    rows = QUICK_EXPORT_ROWS if options.quick else FULL_EXPORT_ROWS
    workspace = options.workdir / "export-ws"
    make_workspace(workspace, rows)
    export_runs, bare_runs = [], []
    for run in range(RUNS):
        bare_runs.append(_child("bare", workspace, options.workdir / f"bare{run}.xlsx", rows))
        export_runs.append(_child("export", workspace, options.workdir / f"export{run}.xlsx", rows))
    assert all(r["rows"] == rows for r in export_runs)
    return ExportComparison(
        "excel_export", rows, median([r["seconds"] for r in export_runs]), median([r["seconds"] for r in bare_runs]),
        max(r["peak_rss_mib"] for r in export_runs), max(r["peak_rss_mib"] for r in bare_runs),
        (options.workdir / "export0.xlsx").stat().st_size / 2**20,
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phase", choices=("bare", "export"), required=True)
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rows", type=int, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(run_phase(args.phase, args.workspace, args.out, args.rows)))


if __name__ == "__main__":
    main(sys.argv[1:])
