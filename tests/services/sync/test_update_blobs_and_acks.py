"""Found in review: HQ's update must bring a sibling laptop's attachments along (they were never stored on the
team side, so the laptop's import failed on a foreign key); a package's acknowledgements are content like any
other (a malformed or boastful one is rejected before anything is written, and the rest of a batch is still
judged on its own)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from services.evidence import attach_evidence, iter_evidence
from services.sync.batch_import import import_packages
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.report import ImportStatus
from services.sync.updates.hq_export import export_updates
from tests.services.sync.forge import PayloadTables, forge_package, keys_of
from tests.services.sync.import_helpers import snapshot
from tests.services.sync.world import World, add_finding


def test_a_sibling_laptop_receives_the_other_laptops_attachment(world: World, tmp_path: Path) -> None:
    (tmp_path / "t1").mkdir()
    (tmp_path / "up").mkdir()
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"page " * 4000 + b"\n%%EOF\n")
    with world.opened("hq", "t1a", "t1b") as (hq, a, b):
        finding = add_finding(a, "一组的问题")
        evidence_id = attach_evidence(a, "finding", finding, scan, title="扫描件")
        shipped = import_package(hq, Path(export_package(a, tmp_path / "t1").path))
        assert shipped.status is ImportStatus.IMPORTED and shipped.blobs == 1
        update = next(s for s in export_updates(hq, tmp_path / "up") if s.recipient_device == b.device_id)
        assert update.blobs == 1
        result = import_package(b, Path(update.path))
        assert result.status is ImportStatus.IMPORTED, (result.code, result.params)
        assert b"".join(iter_evidence(b, evidence_id)) == scan.read_bytes()


def _forged(world: World, tmp_path: Path, mutate: object) -> tuple[Path, Path]:
    """Team 1's real package with its acks changed (re-signed by team 1's laptop), and team 2's valid one."""
    batch = tmp_path / "batch"
    (tmp_path / "t1").mkdir()
    batch.mkdir()
    with world.opened("hq", "t1a", "t2") as (hq, t1, t2):
        add_finding(t1, "一组的问题")
        original = Path(export_package(t1, tmp_path / "t1").path)
        add_finding(t2, "二组的问题")
        valid = Path(export_package(t2, batch).path)
        forged = forge_package(original, batch / "0-forged.xcpkg", hq=hq, signer=keys_of(t1), mutate=mutate)
    return forged, valid


def test_a_malformed_acknowledgement_is_rejected_and_the_batch_goes_on(world: World, tmp_path: Path) -> None:
    def mutate(tables: PayloadTables) -> None:
        tables.acks["hq_seq_in"] = "x"

    forged, valid = _forged(world, tmp_path, mutate)
    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        alone = import_package(hq, forged)
        assert (alone.status, alone.code, alone.params["field"]) == (ImportStatus.REJECTED, "bad_value", "hq_seq_in")
        assert snapshot(hq) == before
        report = import_packages(hq, [forged.parent])
        outcome = {Path(p.path).name: (p.status, p.code) for p in report.results}
        assert outcome[forged.name] == (ImportStatus.REJECTED, "bad_value")
        assert outcome[valid.name] == (ImportStatus.IMPORTED, None)


def test_an_acknowledgement_beyond_what_hq_sent_is_ignored_not_obeyed(world: World, tmp_path: Path) -> None:
    """A laptop claiming HQ positions HQ never reached (forged, or HQ restored from an older backup) would make HQ
    skip its updates for ever: the claim is ignored and reported, the package's changes are imported."""
    from models.sync_registry import SyncPeer

    def mutate(tables: PayloadTables) -> None:
        tables.acks["hq_pos"] = 10**12

    forged, _ = _forged(world, tmp_path, mutate)
    with world.opened("hq") as (hq,):
        with hq.read() as session:
            sender = session.scalars(select(SyncPeer).where(SyncPeer.peer_device_id != hq.device_id)).all()
            watermarks = {peer.peer_device_id: peer.peer_acked_pos for peer in sender}
        result = import_package(hq, forged)
        assert result.status is ImportStatus.IMPORTED and "ack_ahead" in result.warnings
        with hq.read() as session:
            after = {p.peer_device_id: p.peer_acked_pos for p in session.scalars(select(SyncPeer))}
        assert all(after[device] == mark for device, mark in watermarks.items())
