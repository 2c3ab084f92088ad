"""Import security (SECURITY_SYNC.md §7, sync-plan §2.5/§3.6): every bad package is rejected with a reason and
leaves the workspace exactly as it was (D6: row counts, content, audit heads, no file left in incoming/)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from services.sync import order, registry
from services.sync.importer import import_package
from services.sync.rejections import REASONS, PackageRejected
from services.sync.report import ImportStatus
from tests.services.sync.import_helpers import raw_package, snapshot
from tests.services.sync.world import World

# ---- order.judge (pure) ----

PEER = order.PeerView("dev-a", last_seq_in=3, applied_device_seq=40, audit_seq=90)


def header(seq: int, main: tuple[int, int] | None = None, audit: tuple[int, int] | None = None,
           package_id: str = "p-new") -> SimpleNamespace:
    return SimpleNamespace(package_id=package_id, seq=seq, main_range=main, audit_range=audit)


def test_judge_in_order_proceeds_and_overlap_is_fine() -> None:
    assert order.judge(PEER, header(4, (41, 50), (91, 99)), None).verdict is order.Verdict.PROCEED
    assert order.judge(PEER, header(4, (10, 50), (1, 99)), None).verdict is order.Verdict.PROCEED  # cumulative


def test_judge_replay_is_already_imported_with_its_date() -> None:
    when = datetime(2026, 3, 1, 9, 30)
    verdict = order.judge(PEER, header(3, package_id="p3"), order.PackageRecord("p3", 3, "imported", when))
    assert verdict.verdict is order.Verdict.ALREADY_IMPORTED and verdict.imported_at == when


def test_judge_stale_and_regressed() -> None:
    with pytest.raises(PackageRejected) as stale:
        order.judge(PEER, header(2, (1, 30)), None)
    assert stale.value.code == "stale_sequence" and stale.value.params["last"] == 3
    other = order.PackageRecord("p-old", 4, "imported")
    with pytest.raises(PackageRejected) as regressed:
        order.judge(PEER, header(4, (41, 45)), None, same_seq=other)
    assert regressed.value.code == "history_regressed"


def test_judge_gap_holds_naming_the_missing_range() -> None:
    verdict = order.judge(PEER, header(5, (61, 70), (120, 130)), None)
    assert (verdict.verdict, verdict.missing_from, verdict.missing_to, verdict.log) == \
        (order.Verdict.HOLD, 41, 60, "main")
    audit_gap = order.judge(PEER, header(5, None, (120, 130)), None)
    assert (audit_gap.verdict, audit_gap.missing_from, audit_gap.missing_to, audit_gap.log) == \
        (order.Verdict.HOLD, 91, 119, "audit")
    held = order.PackageRecord("p-new", 5, "held")  # a held package retried is judged afresh
    assert order.judge(PEER, header(5, (41, 70)), held).verdict is order.Verdict.PROCEED


def test_judge_completes_a_package_recorded_with_one_part() -> None:
    verdict = order.judge(PEER, header(3, package_id="p3"), order.PackageRecord("p3", 3, "part_main"))
    assert verdict.verdict is order.Verdict.COMPLETE and verdict.part == "part_main"


def test_reason_codes_have_chinese_sentences() -> None:
    from cli.messages import TEMPLATES

    missing = [code for code in (*REASONS, "package_held") if code not in TEMPLATES]
    assert not missing
    assert PackageRejected("bad_signature").exit_code == 4


# ---- forged, re-signed, revoked, not for us: hand-made containers, rejected before the payload opens ----


def rejected(world_ws, path: Path, code: str) -> None:
    before = snapshot(world_ws)
    result = import_package(world_ws, path)
    assert result.status is ImportStatus.REJECTED, result
    assert result.code == code, (result.code, result.params)
    assert snapshot(world_ws) == before


def test_forged_senders_are_rejected_and_nothing_changes(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t1b") as (hq, a, b):
        with b.read() as session:
            b_keys = registry.own_keys(session)
        # B signs a package claiming to be A: HQ checks it with A's pinned key
        rejected(hq, raw_package(a, hq, tmp_path / "resigned.xcpkg", signer=b_keys.signing), "key_mismatch")
        # B re-signs A's package under B's key id but A's device id
        forged = raw_package(a, hq, tmp_path / "forged.xcpkg", signer=Ed25519PrivateKey.generate())
        rejected(hq, forged, "key_mismatch")
        # an unknown device
        unknown = raw_package(a, hq, tmp_path / "unknown.xcpkg", sender_device="0b9c4a57-0f6e-4d43-8d0a-3b1f0c6d5e21")
        rejected(hq, unknown, "unknown_sender")
        # sealed to some other key: the signature is fine, the data key does not open here
        other = raw_package(a, hq, tmp_path / "other.xcpkg", seal_to=X25519PrivateKey.generate().public_key())
        rejected(hq, other, "not_addressed_to_us")
        # not a package at all, and an empty file
        (tmp_path / "junk.xcpkg").write_bytes(b"PK\x03\x04 not a package")
        rejected(hq, tmp_path / "junk.xcpkg", "malformed_package")
        (tmp_path / "empty.xcpkg").write_bytes(b"")
        rejected(hq, tmp_path / "empty.xcpkg", "malformed_package")
        rejected(hq, tmp_path / "missing.xcpkg", "file_unreadable")


def test_revoked_sender_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, a):
        path = raw_package(a, hq, tmp_path / "a1.xcpkg")
        registry.revoke(hq, a.device_id, "笔记本丢失")
        rejected(hq, path, "revoked_sender")


def test_a_team_cannot_import_a_team_package(world: World, tmp_path: Path) -> None:
    with world.opened("t1a", "t1b") as (a, b):
        rejected(b, raw_package(a, b, tmp_path / "a.xcpkg"), "unknown_sender")


# ---- a real package, damaged: 1,000 byte flips and 100 truncations, each rejected, nothing written ----


def small_package(world: World, team: str, out: Path, titles: int = 2) -> Path:
    """A real package of ``team`` (a few findings on top of the world's reference rows)."""
    from services.sync.exporter import export_package
    from tests.services.sync.world import add_finding

    out.mkdir(exist_ok=True)
    with world.opened(team) as (ws,):
        for i in range(titles):
            add_finding(ws, f"问题{i}")
        return Path(export_package(ws, out).path)


def test_thousand_byte_flips_are_rejected_and_nothing_changes(world: World, tmp_path: Path) -> None:
    import random

    package = small_package(world, "t1a", tmp_path / "out")
    data = package.read_bytes()
    rng = random.Random(5)
    damaged = tmp_path / "damaged.xcpkg"
    codes: dict[str, int] = {}
    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        for _ in range(1000):
            mutated = bytearray(data)
            position = rng.randrange(len(data))
            mutated[position] ^= rng.randrange(1, 256)
            damaged.write_bytes(mutated)
            result = import_package(hq, damaged)
            assert result.status is ImportStatus.REJECTED, (position, result)
            assert result.code in REASONS
            codes[result.code] = codes.get(result.code, 0) + 1
        assert snapshot(hq) == before
    assert "bad_signature" in codes and "malformed_package" in codes, codes


def test_hundred_truncations_and_appended_garbage_are_rejected(world: World, tmp_path: Path) -> None:
    import random

    from services.sync.container import read_header

    package = small_package(world, "t1a", tmp_path / "out")
    data = package.read_bytes()
    header = read_header(package)
    header_end = 11 + len(header.to_bytes())
    rng = random.Random(7)
    cuts = {0, 1, 6, 7, 10, 11, header_end - 1, header_end, header_end + header.sections[0].length,
            len(data) - 64, len(data) - 1}
    while len(cuts) < 100:
        cuts.add(rng.randrange(len(data)))
    damaged = tmp_path / "cut.xcpkg"
    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        for cut in sorted(cuts):
            damaged.write_bytes(data[:cut])
            result = import_package(hq, damaged)
            assert result.status is ImportStatus.REJECTED and result.code in REASONS, (cut, result)
        for extra in (b"\0", b"garbage" * 10, data[-64:]):
            damaged.write_bytes(data + extra)
            result = import_package(hq, damaged)
            assert result.status is ImportStatus.REJECTED and result.code == "malformed_package", result
        assert snapshot(hq) == before
