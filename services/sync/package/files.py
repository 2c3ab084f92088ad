"""What the two exports share: the package file's name and place, payload temp files, sections, the header."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.migrate import CLUE_SCRIPTS, MAIN_SCRIPTS, head_revision
from services.changes import WriteTx
from services.errors import DomainError
from services.leftovers import SCRATCH_PREFIX, Leftovers
from services.leftovers import clean as clean_leftovers
from services.progress import CancelToken
from services.sync.package.container import file_facts
from services.sync.package.header import Section

SUFFIX = ".xcpkg"  # container.package_file_name writes the names
APP_VERSION = "0.1.0"


class ExportNotEnrolledError(DomainError):
    """A team workspace exports only once HQ has registered it (enrollment request, then the grant accepted)."""

    code = "export_not_enrolled"
    exit_code = 4


class ExportTargetError(DomainError):
    """The chosen place cannot take the package: ``export_folder_missing``, ``export_inside_workspace`` or
    ``export_file_exists`` (params: path)."""

    code = "export_folder_missing"
    exit_code = 4

    def __init__(self, code: str, message: str, *, path: str) -> None:
        super().__init__(message, path=path)
        self.code = code


def target_path(out: Path, name: str, workspace: Path) -> Path:
    """``out`` itself when it names a ``.xcpkg`` file, else ``name`` inside the folder ``out``."""
    out = out.expanduser()
    target = out if out.suffix.lower() == SUFFIX and not out.is_dir() else out / name
    folder = target.parent
    if not folder.is_dir():
        raise ExportTargetError("export_folder_missing", f"folder {folder} does not exist", path=str(folder))
    if folder.resolve().is_relative_to(workspace.resolve()):
        raise ExportTargetError("export_inside_workspace", f"{folder} is inside the workspace", path=str(folder))
    if target.exists():
        raise ExportTargetError("export_file_exists", f"{target} exists already", path=str(target))
    return target


@contextmanager
def scratch(workspace: Path) -> Iterator[Path]:
    """A private folder in the workspace for the payload files (encrypted with their data keys), removed after."""
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=workspace))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def clear_leftovers(tx: WriteTx, target: Path, own_scratch: Path) -> Leftovers:
    """Remove what dead exports left (services/leftovers.py): scratch folders in the workspace (but this export's
    own) and temp package files beside ``target``. Called inside the export's write transaction, and audited."""
    removed = clean_leftovers(tx.ws.path, target.parent, keep=own_scratch)
    if removed:
        tx.audit("leftovers_removed", detail={"where": "export", "count": len(removed.names), "bytes": removed.size})
    return removed


def section_of(name: str, path: Path, cancel: CancelToken | None = None) -> Section:
    length, sha256 = file_facts(path, cancel=cancel)
    return Section(name, length, sha256)


def schema_heads(with_clues: bool) -> dict[str, str]:
    heads = {"main": head_revision(MAIN_SCRIPTS)}
    if with_clues:
        heads["clues"] = head_revision(CLUE_SCRIPTS)
    return heads


def wall(now: object) -> str:
    text = now.isoformat() if hasattr(now, "isoformat") else str(now)
    return text.replace("+00:00", "") + "Z"
