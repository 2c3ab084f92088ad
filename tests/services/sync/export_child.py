"""Child process of test_export_leftovers.py: export a team package and stop half-way through writing it.

``python export_child.py WS OUT_FOLDER`` prints ``writing`` at the first piece of the container written to the
temp file beside the package (stage ``write``), then sleeps, so the parent can kill it with SIGKILL while the
payload scratch folder and the package's temp file both exist, as a pulled plug would leave them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from services.sync.exporter import export_package
from services.workspace import unlock_workspace
from tests.services.sync.world import PASSPHRASE


def progress(stage: str, done: int, total: int) -> None:
    if stage == "write" and done < total:
        print("writing", flush=True)
        time.sleep(60)


def main() -> None:
    ws = unlock_workspace(Path(sys.argv[1]), PASSPHRASE)
    export_package(ws, Path(sys.argv[2]), progress=progress)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
