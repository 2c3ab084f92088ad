"""Child process of test_import_crash.py: import one package and report progress on stdout.

``python import_child.py WS PACKAGE`` prints one line per progress call (``stage done total``); at the start
of the write transaction (stage ``package_apply``) it says ``applying`` and sleeps, so the parent can kill it
with SIGKILL while the transaction is open and rows are already written (not committed).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from services.sync.importer import import_package
from services.workspace import unlock_workspace
from tests.services.sync.world import PASSPHRASE


def progress(stage: str, done: int, total: int) -> None:
    print(stage, done, total, flush=True)
    if stage == "package_apply":
        print("applying", flush=True)
        time.sleep(30)


def main() -> None:
    ws = unlock_workspace(Path(sys.argv[1]), PASSPHRASE)
    result = import_package(ws, Path(sys.argv[2]), progress=progress)
    print("finished", result.status, result.code, flush=True)


if __name__ == "__main__":
    main()
