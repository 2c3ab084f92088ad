"""import_packages: files and folders (recursive), grouped per sender and ordered by sequence, identical copies
once, each package judged on its own (a rejection does not stop the others)."""

from __future__ import annotations

import shutil
from pathlib import Path

from services.sync import batch_import as batch
from services.sync.package.container import read_header
from services.sync.report import ImportStatus
from tests.services.sync.import_helpers import raw_package, snapshot
from tests.services.sync.world import World


def test_plan_orders_per_sender_by_sequence_and_drops_identical_copies(world: World, tmp_path: Path) -> None:
    stick1, stick2 = tmp_path / "stick1" / "deep", tmp_path / "stick2"
    stick1.mkdir(parents=True)
    stick2.mkdir()
    with world.opened("hq", "t1a", "t2") as (hq, a, t2):
        a3 = raw_package(a, hq, stick1 / "a-3.xcpkg", seq=3)
        a1 = raw_package(a, hq, stick2 / "a-1.xcpkg", seq=1)
        b1 = raw_package(t2, hq, stick1 / "b-1.xcpkg", seq=1)
        a2 = raw_package(a, hq, stick2 / "z-a-2.xcpkg", seq=2)
    copy = shutil.copy(a1, stick1 / "copy-of-a-1.xcpkg")
    junk = stick2 / "junk.xcpkg"
    junk.write_bytes(b"not a package")
    (stick2 / "notes.txt").write_text("ignored")
    found = batch.expand([tmp_path / "stick1", tmp_path / "stick2", a2])
    assert len(found) == 6 and Path(copy) in found  # folders recursively, a file given twice once
    ordered = batch.plan(found)
    assert ordered[0] == junk  # unreadable ones first: only reported
    senders = [read_header(p).sender_device for p in ordered[1:]]
    seqs = [read_header(p).seq for p in ordered[1:]]
    assert len(ordered) == 5  # the identical copy of a-1 is dropped
    first = senders[0]
    assert seqs[:3] == [1, 2, 3] and set(senders[:3]) == {first} and ordered[4] == b1
    assert set(ordered[1:4]) & {a1, Path(copy)} and a3 in ordered and a2 in ordered


def test_each_package_is_judged_on_its_own(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with world.opened("hq", "t1a", "t2") as (hq, a, t2):
        raw_package(a, hq, folder / "a-1.xcpkg", seq=1)        # signed and sealed, but its payload is no database
        raw_package(t2, hq, folder / "t2-1.xcpkg", seq=1)
        (folder / "cut.xcpkg").write_bytes((folder / "a-1.xcpkg").read_bytes()[:100])
        before = snapshot(hq)
        seen: list[tuple[str, int, int]] = []
        report = batch.import_packages(hq, [folder], progress=lambda s, d, t: seen.append((s, d, t)))
        assert snapshot(hq) == before
    assert [r.status for r in report.results] == [ImportStatus.REJECTED] * 3
    assert [r.code for r in report.results] == ["malformed_package", "payload_damaged", "payload_damaged"]
    assert not report.ok and report.by_status() == {"rejected": 3}
    assert ("packages", 0, 3) in seen and ("packages", 3, 3) in seen
    data = report.to_dict()
    assert data["ok"] is False and len(data["packages"]) == 3


def test_nothing_found(world: World, tmp_path: Path) -> None:
    with world.opened("hq") as (hq,):
        report = batch.import_packages(hq, [tmp_path])
    assert report.results == [] and report.ok


def test_team_imports_hq_updates_skipping_the_sibling_laptops(world: World, tmp_path: Path) -> None:
    from services.sync.updates.hq_export import export_updates
    from tests.services.sync.import_helpers import team_packages

    with world.opened("t1a") as (a,):
        package = team_packages(a, tmp_path / "out", 1, ack=False)[0]
    stick = tmp_path / "stick"
    stick.mkdir()
    with world.opened("hq") as (hq,):
        report = batch.import_packages(hq, [package])
        assert report.ok and report.results[0].status is ImportStatus.IMPORTED
        updates = export_updates(hq, stick, team_no=1)
    assert len(updates) == 2  # laptops A and B of team 1
    sibling = next(Path(u.path) for u in updates if u.recipient_device != a.device_id)
    with world.opened("t1a") as (a,):
        report = batch.import_packages(a, [stick])
        assert [r.status for r in report.results] == [ImportStatus.IMPORTED] and report.skipped == [str(sibling)]
        assert report.results[0].kind == "hq_to_team"
        again = batch.import_packages(a, [stick, sibling])  # named explicitly: judged, and refused
        assert sorted((str(r.status), str(r.code)) for r in again.results) == [
            ("already_imported", "None"), ("rejected", "not_for_this_workspace")]


def test_only_the_hq_administrator_imports_at_hq(world: World, tmp_path: Path) -> None:
    import pytest

    from models.enums import Role
    from services.accounts import add_user
    from services.errors import NotPermittedError
    from tests.services.sync.world import PASSPHRASE

    with world.opened("hq") as (hq,):
        add_user(hq, "赵干部", Role.MEMBER, PASSPHRASE + "-member")
    from services.workspace import unlock_workspace

    member = unlock_workspace(world.path("hq"), PASSPHRASE + "-member", "赵干部")
    try:
        with pytest.raises(NotPermittedError):
            batch.import_packages(member, [tmp_path])
    finally:
        member.lock()
