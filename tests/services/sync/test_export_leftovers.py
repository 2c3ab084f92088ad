"""Issue 16, fault 3: an export killed mid-way (kill -9) leaves its payload scratch folder in the workspace and a
hidden temp file beside the package. The next unlock removes the first, the next export both, and says so; verify
names what it removed and what is still there. Only the program's own temp names go, never a user's file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from services.sync.exporter import export_package
from services.sync.package.container import package_file_name
from services.verify import verify_workspace
from tests.services.sync.world import World, add_finding

CHILD = Path(__file__).with_name("export_child.py")


def dead_pid() -> int:
    """The id of a process that has ended (and was reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def kill_mid_export(workspace: Path, stick: Path) -> None:
    child = subprocess.Popen([sys.executable, str(CHILD), str(workspace), str(stick)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "writing", (line, child.stderr.read() if child.stderr else "")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=20)
    assert child.returncode == -signal.SIGKILL


def test_kill_9_during_export_then_unlock_and_export_clean_up(world: World, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / ".notes.txt.123.tmp").write_text("a user's file that only looks like a temp file")
    (stick / ".xuncha-notes.xcpkg.1.tmp").write_text("not a package name")
    with world.opened("t1a") as (team,):
        add_finding(team, "被中断导出的问题", description="问题描述。" * 2000)
    kill_mid_export(world.path("t1a"), stick)

    scratch = list(world.path("t1a").glob(".outgoing-*"))
    assert len(scratch) == 1 and (scratch[0] / "main.db").stat().st_size > 0  # what the dead export left
    temp = [p for p in stick.iterdir() if p.name.startswith(".xuncha-team-to-hq-")]
    assert len(temp) == 1 and temp[0].name.endswith(".tmp") and temp[0].stat().st_size > 0

    temp_size = temp[0].stat().st_size

    with world.opened("t1a") as (team,):
        assert not scratch[0].exists()  # the unlock removed the workspace's leftover (under the write lock)
        assert temp[0].exists()  # the stick is not the unlock's business
        assert team.leftovers_removed.names == [scratch[0].name] and team.leftovers_removed.size > 0
        report = verify_workspace(team)
        assert report.ok and report.leftovers_removed.names == [scratch[0].name] and not report.leftovers_found
        summary = export_package(team, stick)
        assert not temp[0].exists()  # the export to the same folder removed the dead one's temp file
        assert (summary.leftovers_removed, summary.leftover_bytes) == (1, temp_size)
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [".notes.txt.123.tmp", ".xuncha-notes.xcpkg.1.tmp", Path(summary.path).name])
    assert not list(world.path("t1a").glob(".outgoing-*"))


def test_leftovers_by_the_exporters_own_names_and_nothing_else(world: World, tmp_path: Path) -> None:
    """The files a dead export leaves, made with the naming code the exporter uses (models/store.atomic_write,
    package_files.scratch), after this session's unlock: verify names them, the export removes them."""
    from models.store import atomic_temp_path
    from services.leftovers import SCRATCH_PREFIX, package_temp_leftovers, scratch_leftovers

    stick = tmp_path / "stick"
    stick.mkdir()
    dead = atomic_temp_path(stick / package_file_name("team_to_hq", 1, 7, "0123abcd-ffff"), pid=dead_pid())
    dead.write_bytes(b"\0" * 4096)
    live = atomic_temp_path(stick / package_file_name("team_to_hq", 2, 3, "89abcdef-0000"))  # our own pid: alive
    live.write_bytes(b"\0" * 10)
    keep = [stick / "xuncha-team-to-hq-t1-00007-0123abcd.xcpkg.bak", stick / ".outgoing-abcdefgh"]
    keep[0].write_bytes(b"mine")
    keep[1].mkdir()
    with world.opened("t1a") as (team,):
        assert not team.leftovers_removed
        scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=team.path))  # package_files.scratch's name
        (scratch / "main.db").write_bytes(b"\1" * 8192)
        user_folder = team.path / "outgoing-notes"
        user_folder.mkdir()
        assert scratch_leftovers(team.path) == [scratch] and package_temp_leftovers(stick) == [dead]
        report = verify_workspace(team)
        assert report.ok  # leftovers are not damage
        assert report.leftovers_found.names == [scratch.name] and report.leftovers_found.size == 8192

        summary = export_package(team, stick)
        assert (summary.leftovers_removed, summary.leftover_bytes) == (2, 8192 + 4096)
        assert not scratch.exists() and not dead.exists()
        assert live.exists() and user_folder.exists() and all(p.exists() for p in keep)
        assert export_package(team, stick).leftovers_removed == 0
