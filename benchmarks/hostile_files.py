"""``python -m benchmarks.hostile_files [CASE ...]``: time and peak memory of ``import-excel`` on each hostile file.

Each case of tests/services/excel/hostile.py is built in a temporary folder, then imported by the real command
(``main.py import-excel WS FILE --create-missing --json``) in a child process of its own, so its peak resident
memory (``ru_maxrss`` from ``os.wait4``) is that one run's: opening the workspace included. Every run has
``--dry-run`` (nothing is written even when a file reads); the baseline row is a small valid ledger. Files are
built in a child process too, so the parent (whose size a child's peak starts from) stays small. The
workspace's key slot uses a cheap Argon2id cost
so unlocking does not dominate (at the real 64 MiB cost, add ~64 MiB and ~0.25 s to every row).
Linux and macOS (``os.wait4``); POSIX only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.workload import PASSPHRASE, new_workspace  # noqa: E402
from tests.services.excel import corpus, hostile  # noqa: E402


def run_case(workspace: Path, path: Path, *extra: str) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MiB, error code) of one import-excel child process."""
    env = {**os.environ, "XUNCHA_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "import-excel", str(workspace), str(path), "--create-missing",
             "--json", *extra], stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    try:
        error = str(json.loads(text).get("error") or "ok")
    except ValueError:
        error = "not-json"
    return code, seconds, usage.ru_maxrss / 1024, error


def build_in_child(name: str, folder: Path) -> Path:
    """Build a case's file in a process of its own: a child's peak RSS starts from its parent's, so the
    parent must stay small (building the 70 MB CSV would otherwise show in every later row)."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.hostile_files", "--build", name, str(folder)],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    return Path(done.stdout.strip())


def main(argv: list[str]) -> int:
    if argv[:1] == ["--build"]:
        print(hostile.case(argv[1]).make(Path(argv[2])))
        return 0
    wanted = set(argv)
    with tempfile.TemporaryDirectory(prefix="xuncha-hostile-") as tmp:
        folder = Path(tmp)
        new_workspace(folder / "ws").lock()
        rows: list[tuple[str, str, int, float, float, str, bool]] = []
        valid = corpus.simple_findings(folder / "valid.xlsx", 3)
        code, seconds, peak, error = run_case(folder / "ws", valid, "--dry-run")
        rows.append(("baseline (valid, --dry-run)", "", code, seconds, peak, error, code == 0))
        for case in hostile.CASES:
            if wanted and case.name not in wanted:
                continue
            path = build_in_child(case.name, folder / case.name)
            code, seconds, peak, error = run_case(folder / "ws", path, "--dry-run")
            expected_code = 0 if case.expect == "ok" else 4
            rows.append((case.name, case.what, code, seconds, peak, error,
                         code == expected_code and error == ("ok" if case.expect == "ok" else case.expect)))
    print(f"{'case':30} {'exit':>4} {'seconds':>8} {'peak RSS':>10}  {'answer':32} as expected")
    for name, _what, code, seconds, peak, error, ok in rows:
        print(f"{name:30} {code:>4} {seconds:>8.2f} {peak:>7.1f} MiB  {error:32} {'yes' if ok else 'NO'}")
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
