"""A second 巡察通 process that holds a workspace's write lock (BEGIN IMMEDIATE) until it is told to stop.

``python writer_holder.py WS`` unlocks WS as its default user, opens a write transaction, prints ``holding`` and
waits for a line on stdin (or its end), then rolls back. ``holding_writer(path)`` runs it for a ``with`` block.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def holding_writer(path: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen([sys.executable, __file__, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout is not None and child.stdin is not None
        line = child.stdout.readline().strip()
        assert line == "holding", f"the holder did not start: {line!r} {child.stderr.read() if child.stderr else ''}"
        yield child
    finally:
        if child.stdin is not None and not child.stdin.closed:
            child.stdin.close()
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import text

    from services.workspace import unlock_workspace
    from tests.conftest import PASSPHRASE

    ws = unlock_workspace(Path(sys.argv[1]), PASSPHRASE)
    try:
        try:
            with ws.write() as tx:
                tx.session.execute(text("SELECT 1"))  # BEGIN IMMEDIATE runs with the first statement
                print("holding", flush=True)
                sys.stdin.readline()
                raise KeyboardInterrupt  # roll back: the holder writes nothing
        except KeyboardInterrupt:
            pass
    finally:
        ws.lock()


if __name__ == "__main__":
    main()
