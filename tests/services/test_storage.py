"""Where a plaintext export lands (issue 15, item 6): removable or not, encrypted or not, read from a /proc and
/sys built in the test (a USB stick, a LUKS laptop disk under LVM, tmpfs), and never an error on this machine."""

from __future__ import annotations

import os
from pathlib import Path

from services.storage import UNKNOWN, StorageInfo, _linux, storage_of

MOUNTS = """\
22 1 253:1 / / rw,relatime - ext4 /dev/mapper/vg-root rw
30 22 8:17 / /media/u/STICK rw,nosuid - vfat /dev/sdb1 rw
31 22 0:40 / /tmp rw - tmpfs tmpfs rw
"""


def fake_system(root: Path) -> tuple[Path, Path]:
    proc, sys_root = root / "proc", root / "sys"
    (proc / "self").mkdir(parents=True)
    (proc / "self" / "mountinfo").write_text(MOUNTS)
    block = sys_root / "dev" / "block"
    block.mkdir(parents=True)
    # a USB stick's partition
    stick = sys_root / "devices" / "pci0000:00" / "usb1" / "1-1" / "block" / "sdb"
    (stick / "sdb1").mkdir(parents=True)
    (stick / "sdb1" / "partition").write_text("1")
    (stick / "removable").write_text("1")
    os.symlink(stick / "sdb1", block / "8:17")
    # the laptop's disk: LVM (dm-1) on LUKS (dm-0) on sda2
    virtual = sys_root / "devices" / "virtual" / "block"
    disk = sys_root / "devices" / "pci0000:00" / "ata1" / "block" / "sda"
    (disk / "sda2").mkdir(parents=True)
    (disk / "sda2" / "partition").write_text("2")
    (disk / "removable").write_text("0")
    for name, uuid, slave in (("dm-0", "CRYPT-LUKS2-abc-luks", disk / "sda2"), ("dm-1", "LVM-xyz", virtual / "dm-0")):
        (virtual / name / "dm").mkdir(parents=True)
        (virtual / name / "dm" / "uuid").write_text(uuid)
        (virtual / name / "slaves").mkdir()
        os.symlink(slave, virtual / name / "slaves" / slave.name)
    os.symlink(virtual / "dm-1", block / "253:1")
    return proc, sys_root


def test_a_usb_stick_an_encrypted_disk_and_tmpfs(tmp_path: Path) -> None:
    proc, sys_root = fake_system(tmp_path)
    assert _linux(Path("/media/u/STICK/导出"), sys_root, proc) == StorageInfo(removable=True, encrypted=False)
    assert _linux(Path("/home/u/文档"), sys_root, proc) == StorageInfo(removable=False, encrypted=True)
    assert _linux(Path("/tmp/x"), sys_root, proc) == UNKNOWN


def test_this_machine_answers_without_error(tmp_path: Path) -> None:
    for folder in (tmp_path, tmp_path / "not" / "there", Path("/"), Path.home()):
        info = storage_of(folder)
        assert isinstance(info, StorageInfo)
