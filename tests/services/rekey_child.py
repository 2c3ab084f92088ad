"""Child process of test_rekey_killed: unlock, rotate the keys, print each stage; with a stage named in argv[3],
stop there (waiting on stdin) for the parent's SIGKILL."""

from __future__ import annotations

import sys
from pathlib import Path

from services.rekey import rekey_workspace
from services.workspace import unlock_workspace


def main() -> None:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    pause = sys.argv[3] if len(sys.argv) > 3 else ""
    ws = unlock_workspace(folder, passphrase)

    def progress(stage: str, done: int, total: int) -> None:
        print(stage, flush=True)
        if stage == pause:
            sys.stdin.readline()

    print("unlocked", flush=True)
    rekey_workspace(ws, progress)
    print("done", flush=True)
    ws.lock()


if __name__ == "__main__":
    main()
