"""rekey killed with SIGKILL at every step and in the middle of PRAGMA rekey: the workspace unlocks (old or new
key), verify passes, nothing is lost, and rekey run again finishes the rotation (issue 15, item 3)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.sync import Meta
from services.rekey import rekey_workspace
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, load_keystore, unlock_workspace
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
BULK = 6000  # rows of 2 KB: PRAGMA rekey rewrites ~12 MB, long enough to be killed inside it


def bulk(ws: WorkspaceSession) -> None:
    with ws.write() as tx:
        tx.session.execute(text("INSERT INTO meta(key, value) VALUES (:k, :v)"),
                           [{"k": f"bulk-{n}", "v": f"{n:08d}" * 256} for n in range(BULK)])


def meta_rows(ws: WorkspaceSession) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(Meta).where(Meta.key.like("bulk-%"))) or 0)


def child(folder: Path, pause: str = "") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(ROOT / "tests/services/rekey_child.py"), str(folder), PASSPHRASE,
                             pause], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def wait_for(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdout is not None
    for got in proc.stdout:
        if got.strip() == line:
            return
    raise AssertionError(f"child ended before {line}")


def check_and_finish(folder: Path) -> None:
    ws = unlock_workspace(folder, PASSPHRASE)  # the old key or the new one, whichever each file is under
    try:
        report = verify_workspace(ws)
        assert report.ok, report
        assert meta_rows(ws) == BULK
        rekey_workspace(ws)  # finishes (or redoes) the rotation
        assert verify_workspace(ws).ok
    finally:
        ws.lock()
    again = unlock_workspace(folder, PASSPHRASE)
    try:
        assert meta_rows(again) == BULK and verify_workspace(again).ok
        assert not (load_keystore(folder).envelope or {}).get("next")
    finally:
        again.lock()


@pytest.fixture
def folder(team_ws: WorkspaceSession) -> Path:
    bulk(team_ws)
    team_ws.lock()
    return team_ws.path


@pytest.mark.parametrize("pause", ["unlocked", "keys_prepared", "clues_rekeyed", "main_rekeyed", "keys_finished"])
def test_killed_between_the_steps(folder: Path, pause: str) -> None:
    proc = child(folder, pause)
    wait_for(proc, pause)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    check_and_finish(folder)


@pytest.mark.parametrize("delay", [0.0, 0.03, 0.08, 0.15])
def test_killed_inside_pragma_rekey(folder: Path, delay: float) -> None:
    proc = child(folder)
    wait_for(proc, "clues_rekeyed")  # now rewriting workspace.db's pages
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    verify = subprocess.run([sys.executable, str(ROOT / "main.py"), "--json", "verify", str(folder)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "XUNCHA_PASSPHRASE": PASSPHRASE})
    assert verify.returncode == 0, verify.stdout + verify.stderr  # the command line's verify, as a person runs it
    assert json.loads(verify.stdout)["rotation_pending"] is True
    check_and_finish(folder)
