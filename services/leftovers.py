"""What an export killed mid-way (kill -9, a power cut, a pulled plug) leaves behind, found by the very names the
program gives its temp files, and removed at the next unlock or export.

Two kinds, both large (a payload can be hundreds of MB) and both encrypted (their data keys died with the process):

- in the workspace folder, the scratch folders of the payload files: ``.outgoing-XXXXXXXX`` (package_files.scratch)
  and ``grant-XXXXXXXX`` (the HQ grant's bootstrap, enrollment.register_device);
- beside the package on the stick, the hidden temp file of models/store.atomic_write: ``.<package name>.<pid>.tmp``,
  where the package name is container.package_file_name's ``xuncha-<kind>-t<team>-<seq>-<id>.xcpkg|.xcgrant``.

Nothing else is touched: not a user's file, not a name that merely looks alike. A scratch folder is removed only by
a caller that holds the workspace's write lock: every export and grant makes and removes its scratch folder inside
its write transaction, so while the lock is held no live one exists. A temp file on the stick is kept while the
process named in it is alive on this machine (it may be another workspace's export to the same stick).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SCRATCH_PREFIX = ".outgoing-"  # package_files.scratch
GRANT_SCRATCH_PREFIX = "grant-"  # enrollment.register_device
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkdtemp appends to the prefix
SCRATCH_NAME = re.compile(rf"^(?:{re.escape(SCRATCH_PREFIX)}|{re.escape(GRANT_SCRATCH_PREFIX)}){_RANDOM}$")
PACKAGE_NAME = r"xuncha-(?:team-to-hq|hq-to-team|enrollment-grant)-t(?:\d+|hq)-\d{5,}-[0-9a-f]{8}\.(?:xcpkg|xcgrant)"
PACKAGE_TEMP_NAME = re.compile(rf"^\.{PACKAGE_NAME}\.(\d+)\.tmp$")  # models/store.atomic_write's temp name


@dataclass
class Leftovers:
    """What was found (or removed): names, and their size in bytes."""

    names: list[str] = field(default_factory=list)
    size: int = 0

    def __bool__(self) -> bool:
        return bool(self.names)

    def add(self, other: Leftovers) -> Leftovers:
        self.names += other.names
        self.size += other.size
        return self

    def to_dict(self) -> dict[str, object]:
        return {"count": len(self.names), "bytes": self.size, "names": list(self.names)}


def _size(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
        return path.stat().st_size
    except OSError:
        return 0


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine. Off POSIX the answer is "no": there os.kill(pid, 0) would end
    the process, and a file a live program still writes cannot be deleted on Windows anyway (it stays)."""
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, as another user's process
        return True
    return True


def scratch_leftovers(workspace: Path, *, keep: Path | None = None) -> list[Path]:
    """The scratch folders in ``workspace`` (but ``keep``, the caller's own). Only meaningful under the write lock."""
    try:
        children = list(workspace.iterdir())
    except OSError:
        return []
    keep_resolved = keep.resolve() if keep is not None else None
    return sorted(p for p in children if SCRATCH_NAME.match(p.name) and p.is_dir() and not p.is_symlink()
                  and p.resolve() != keep_resolved)


def package_temp_leftovers(folder: Path) -> list[Path]:
    """Temp files of package writes in ``folder`` whose process is gone."""
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in children:
        match = PACKAGE_TEMP_NAME.match(path.name)
        if match and path.is_file() and not path.is_symlink() and not _alive(int(match.group(1))):
            found.append(path)
    return sorted(found)


def describe(paths: Iterable[Path]) -> Leftovers:
    found = Leftovers()
    for path in paths:
        found.names.append(path.name)
        found.size += _size(path)
    return found


def remove(paths: Iterable[Path]) -> Leftovers:
    """Delete ``paths``; the ones that would not go (in use, no permission) are left and not counted."""
    removed = Leftovers()
    for path in paths:
        size = _size(path)
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue
        removed.names.append(path.name)
        removed.size += size
    return removed


def clean(workspace: Path, folder: Path | None = None, *, keep: Path | None = None) -> Leftovers:
    """Remove the scratch leftovers of ``workspace`` (call under its write lock) and, with ``folder``, the temp
    files of dead package writes there. Returns what went."""
    removed = remove(scratch_leftovers(workspace, keep=keep))
    if folder is not None:
        removed.add(remove(package_temp_leftovers(folder)))
    return removed
