"""What kind of storage a folder is on, cheaply and without any network: removable or not, encrypted or not, each
``None`` when the system does not say (docs/security.md §11). A plaintext export (Excel) warns by it.

Linux: the folder's mount (/proc/self/mountinfo) gives the block device; /sys says whether its disk is removable
(or on USB), and whether it is, or sits on, a dm-crypt device (LUKS, also under LVM). Windows: GetDriveTypeW says
removable or fixed; whether BitLocker is on needs an administrator's query, so encryption is unknown. Elsewhere
both are unknown. A few small file reads: fine to call whenever the target changes.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StorageInfo:
    removable: bool | None
    encrypted: bool | None


UNKNOWN = StorageInfo(None, None)


def storage_of(folder: Path) -> StorageInfo:
    """Never raises: anything unexpected is unknown."""
    try:
        existing = _existing(folder)
        if sys.platform.startswith("linux"):
            return _linux(existing)
        if os.name == "nt":
            return _windows(existing)
    except (OSError, ValueError):
        pass
    return UNKNOWN


def _existing(folder: Path) -> Path:
    path = folder.expanduser().resolve()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


# ---- Linux ----


def _mount_device(path: Path, mountinfo: str) -> str | None:
    """The "major:minor" of the mount holding ``path`` (the longest mount point above it)."""
    best, device = -1, None
    text = str(path)
    for line in mountinfo.splitlines():
        fields = line.split()
        if len(fields) < 5:
            continue
        point = fields[4].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, device = len(point), fields[2]
    return device


def _linux(path: Path, sys_root: Path = Path("/sys"), proc_root: Path = Path("/proc")) -> StorageInfo:
    device = _mount_device(path, (proc_root / "self" / "mountinfo").read_text(encoding="utf-8", errors="replace"))
    if device is None or device.startswith("0:"):  # tmpfs, overlay, a network share: no block device to ask
        return UNKNOWN
    node = (sys_root / "dev" / "block" / device).resolve()
    if not node.exists():
        return UNKNOWN
    return StorageInfo(_removable(node), _encrypted(node, sys_root))


def _removable(node: Path) -> bool | None:
    disk = node.parent if (node / "partition").exists() else node
    if "/usb" in str(node):
        return True
    flag = disk / "removable"
    if node.name.startswith("dm-"):
        return _slaves_removable(node)
    if not flag.exists():
        return None
    return flag.read_text().strip() == "1"


def _slaves_removable(node: Path) -> bool | None:
    found: list[bool | None] = []
    slaves = node / "slaves"
    for slave in sorted(slaves.iterdir()) if slaves.is_dir() else []:
        found.append(_removable(slave.resolve()))
    if not found:
        return None
    return True if any(found) else (False if all(f is False for f in found) else None)


def _encrypted(node: Path, sys_root: Path, depth: int = 0) -> bool | None:
    """dm-crypt at this device or below it (LVM on LUKS); False for a plain disk partition."""
    uuid = node / "dm" / "uuid"
    if uuid.exists() and uuid.read_text().strip().startswith("CRYPT-"):
        return True
    slaves = node / "slaves"
    if depth < 4 and slaves.is_dir():
        below = [_encrypted(slave.resolve(), sys_root, depth + 1) for slave in sorted(slaves.iterdir())]
        if any(below):
            return True
    return False


# ---- Windows ----


def _windows(path: Path) -> StorageInfo:
    root = path.anchor or str(path)
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    removable = {2: True, 3: False, 4: False}.get(int(kind))  # DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE
    return StorageInfo(removable, None)
