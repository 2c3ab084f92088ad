"""History that goes backwards or a clock far ahead (docs/security.md §10, docs/sync.md §6.2, §7.6).

- A laptop restored from an old copy reuses its package and change numbers with new content: HQ refuses its
  next package as ``history_regressed`` and changes nothing (row counts and audit head equal).
- The other way round, a restored laptop that receives an update acknowledging more than it ever wrote refuses
  it as ``peer_ahead``.
- A team laptop whose clock runs five years ahead is flagged; HQ's clock does not follow it, and HQ ends with
  the same rows and the same conflicts as when the clock was right.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.entities import Finding
from models.sync import get_meta
from models.sync_inbox import SyncConflict
from models.sync_registry import SyncPeer
from services.clock import FakeClock
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.report import ImportStatus
from services.sync.updates.hq_export import export_updates
from services.workspace import WorkspaceSession
from tests.services.sync.world import World, add_finding, edit_title, fingerprint

FIVE_YEARS = timedelta(days=5 * 365 + 1)


def export(ws: WorkspaceSession, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(export_package(ws, folder).path)


def snapshot(world: World, place: str, copy: str) -> None:
    """The laptop's folder as a backup would keep it (taken while the workspace is locked)."""
    shutil.copytree(world.path(place), world.path(copy))


def test_a_laptop_restored_from_an_old_copy_is_refused_at_hq(world: World, clock: FakeClock,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "stick"
    a = world.unlock("t1a", clock=clock)
    add_finding(a, "公务用车管理不规范问题")
    first = export(a, out / "1")
    a.lock()
    snapshot(world, "t1a", "t1a_backup")  # the copy holds package #1 as the last one sent
    a = world.unlock("t1a", clock=clock)
    add_finding(a, "会议费超标准列支问题")
    second = export(a, out / "2")
    a.lock()

    with world.opened("hq", clock=clock) as (hq,):
        assert import_package(hq, first).status is ImportStatus.IMPORTED
        assert import_package(hq, second).status is ImportStatus.IMPORTED
    # The laptop dies; the backup comes back and work goes on: its next package reuses number 2.
    shutil.rmtree(world.path("t1a"))
    world.path("t1a_backup").rename(world.path("t1a"))
    with world.opened("t1a", clock=clock) as (restored,):
        add_finding(restored, "培训费管理不规范问题")
        forked = export(restored, out / "restored")
    with world.opened("hq", clock=clock) as (hq,):
        before = fingerprint(hq)
        result = import_package(hq, forked)
        assert result.status is ImportStatus.REJECTED
        assert result.code == "history_regressed"
        assert fingerprint(hq) == before
        # Not a transient fault: trying again gives the same answer and still writes nothing.
        assert import_package(hq, forked).code == "history_regressed"
        assert fingerprint(hq) == before


def test_a_restored_laptop_refuses_an_update_that_acknowledges_more_than_it_wrote(world: World, clock: FakeClock,
                                                                                 tmp_path: Path) -> None:
    snapshot(world, "t1a", "t1a_backup")  # before any of the work below
    out = tmp_path / "stick"
    with world.opened("t1a", clock=clock) as (a,):
        add_finding(a, "公务接待超标准问题")
        add_finding(a, "差旅费报销不规范问题")
        package = export(a, out / "team")
    with world.opened("hq", clock=clock) as (hq,):
        assert import_package(hq, package).status is ImportStatus.IMPORTED
        (out / "hq").mkdir()
        updates = export_updates(hq, out / "hq", device_ids=[a.device_id])
    assert len(updates) == 1
    with world.opened("t1a_backup", clock=clock) as (old,):
        before = fingerprint(old)
        result = import_package(old, Path(updates[0].path))
        assert result.status is ImportStatus.REJECTED
        assert result.code == "peer_ahead"
        assert fingerprint(old) == before
    with world.opened("t1a", clock=clock) as (a,):  # the laptop that really sent the package takes it
        assert import_package(a, Path(updates[0].path)).status is ImportStatus.IMPORTED


def _run(world: World, team_clock: FakeClock, out: Path) -> dict[str, Any]:
    """One team laptop files a finding, HQ and the laptop then edit it concurrently; returns HQ's outcome."""
    hq_clock = FakeClock()
    with world.opened("t1a", clock=team_clock) as (a,):
        finding_id = add_finding(a, "专项资金管理不规范问题", description="初稿描述。")
        first = export(a, out / "1")
    with world.opened("hq", clock=hq_clock) as (hq,):
        one = import_package(hq, first)
        edit_title(hq, finding_id, "专项资金管理使用不规范问题")
        hlc_before = get_meta_value(hq, "hlc_wall_ms")
    with world.opened("t1a", clock=team_clock) as (a,):
        edit_title(a, finding_id, "专项资金使用不规范问题", description="补充后的描述。")
        second = export(a, out / "2")
    with world.opened("hq", clock=hq_clock) as (hq,):
        two = import_package(hq, second)
        with hq.read() as session:
            row = session.get(Finding, finding_id)
            assert row is not None
            conflicts = sorted((c.field or "", c.kind, c.status) for c in session.scalars(select(SyncConflict)))
            peer = session.get(SyncPeer, a.device_id)
            flagged = peer is not None and peer.clock_flagged_at is not None
        return {"statuses": (one.status, two.status), "counts": (one.counts, two.counts),
                "warnings": sorted({*one.warnings, *two.warnings}), "flagged": flagged,
                "row": (row.code, row.title, row.description, row.status, row.open_conflicts),
                "conflicts": conflicts, "hlc_before": hlc_before, "hlc_after": get_meta_value(hq, "hlc_wall_ms"),
                "hq_now_ms": int(hq_clock.now().timestamp() * 1000)}


def get_meta_value(ws: WorkspaceSession, key: str) -> int:
    with ws.read() as session:
        return int(get_meta(session, key, "0") or 0)


def test_a_clock_five_years_ahead_is_flagged_and_changes_nothing_else(world_template: World, tmp_path: Path) -> None:
    from tests.services.sync.world import copy_world

    right = _run(copy_world(world_template, tmp_path / "right"), FakeClock(), tmp_path / "right_stick")
    ahead_clock = FakeClock(FakeClock().now() + FIVE_YEARS)
    ahead = _run(copy_world(world_template, tmp_path / "ahead"), ahead_clock, tmp_path / "ahead_stick")

    assert right["statuses"] == ahead["statuses"] == (ImportStatus.IMPORTED, ImportStatus.IMPORTED)
    assert "clock_ahead" not in right["warnings"] and not right["flagged"]
    assert "clock_ahead" in ahead["warnings"] and ahead["flagged"]
    # HQ's clock never jumped to the laptop's: its wall time stays within a day of its own clock.
    ahead_ms = int(ahead_clock.now().timestamp() * 1000)
    assert ahead["hlc_after"] < ahead_ms - 365 * 24 * 3600 * 1000
    assert ahead["hlc_after"] <= ahead["hq_now_ms"] + 24 * 3600 * 1000
    # The merge never reads clocks: the same rows, the same conflict, the same counts.
    assert ahead["row"] == right["row"]
    assert ahead["conflicts"] == right["conflicts"] == [("title", "field", "open")]
    assert ahead["counts"] == right["counts"]
    assert right["row"][1] == "专项资金管理使用不规范问题" and right["row"][2] == "补充后的描述。"
