"""Import security (docs/security.md §10, docs/sync.md §6.1/§6.2): every bad package is rejected with a reason and
leaves the workspace exactly as it was (D6: row counts, content, audit heads, no file left in incoming/)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from services.sync.devices import registry
from services.sync.importer import import_package
from services.sync.package.rejections import REASONS, PackageRejected
from services.sync.report import ImportStatus
from services.sync.verify import order
from tests.services.sync.import_helpers import raw_package, snapshot, team_packages
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


# ---- replay, stale sequence, gap held then released: real packages ----


def test_replay_is_a_no_op_saying_when(world: World, tmp_path: Path) -> None:
    with world.opened("t1a") as (a,):
        package = team_packages(a, tmp_path / "out", 1)[0]
    with world.opened("hq") as (hq,):
        first = import_package(hq, package)
        assert first.status is ImportStatus.IMPORTED and first.count("applied") > 0
        before = snapshot(hq)
        again = import_package(hq, package)
        assert again.status is ImportStatus.ALREADY_IMPORTED and again.imported_at
        assert snapshot(hq) == before


def test_older_sequence_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("t1a") as (a,):
        first, second = team_packages(a, tmp_path / "out", 2, ack=False)  # #2 holds everything #1 held
    with world.opened("hq") as (hq,):
        assert import_package(hq, second).status is ImportStatus.IMPORTED
        before = snapshot(hq)
        result = import_package(hq, first)
        assert (result.status, result.code, result.params["seq"], result.params["last"]) == \
            (ImportStatus.REJECTED, "stale_sequence", 1, 2)
        assert snapshot(hq) == before


def test_gap_is_held_naming_what_is_missing_then_released(world: World, tmp_path: Path) -> None:
    from sqlalchemy import select

    from models.sync_inbox import SyncHeldPackage
    from services.sync.package.container import read_header

    with world.opened("t1a") as (a,):
        packages = team_packages(a, tmp_path / "out", 3)
    headers = [read_header(p) for p in packages]
    with world.opened("hq") as (hq,):
        assert import_package(hq, packages[0]).status is ImportStatus.IMPORTED
        held = import_package(hq, packages[2])
        assert held.status is ImportStatus.HELD and held.code is None
        assert (held.params["missing_from"], held.params["missing_to"]) == \
            (headers[1].main_range[0], headers[2].main_range[0] - 1)
        assert (hq.path / "held" / headers[2].package_id / packages[2].name).exists()
        assert import_package(hq, packages[2]).status is ImportStatus.HELD  # still missing: held again, no error
        done = import_package(hq, packages[1])
        assert done.status is ImportStatus.IMPORTED
        assert [(r.seq, r.status, Path(r.path).name) for r in done.released] == \
            [(3, ImportStatus.RELEASED, packages[2].name)]
        assert not any((hq.path / "held").iterdir())
        with hq.read() as session:
            row = session.scalars(select(SyncHeldPackage)).one()
            assert row.released_at is not None
            peer = registry.peer(session, a.device_id)
            assert (peer.last_seq_in, peer.applied_device_seq) == (3, headers[2].main_range[1])
        assert import_package(hq, packages[2]).status is ImportStatus.ALREADY_IMPORTED


# ---- crafted content (forged with HQ's keys and re-signed by the sender): the whole package is rejected ----


def test_crafted_packages_are_rejected_whole(world: World, tmp_path: Path) -> None:
    from tests.services.sync.forge import PayloadTables, forge_package, keys_of
    from tests.services.sync.world import REF

    def out_of_scope(t: PayloadTables) -> None:
        t.set_after(t.change("finding"), scope_team_id=REF.team_ids[2])

    def hq_only_value(t: PayloadTables) -> None:
        t.set_after(t.change("finding"), status="closed")

    def clue_in_main(t: PayloadTables) -> None:
        t.change("finding")["entity"] = "clue"

    def signed_by_member(t: PayloadTables) -> None:
        change = t.change("finding")
        change["author_role"] = "member"
        t.set_after(change, signed_by="某人", signed_at="2026-03-01T08:00:00")

    def foreign(t: PayloadTables) -> None:
        t.change("finding")["device_id"] = "0b9c4a57-0f6e-4d43-8d0a-3b1f0c6d5e21"

    def dropped_change(t: PayloadTables) -> None:
        t.changes.pop(len(t.changes) // 2)

    def dropped_audit_event(t: PayloadTables) -> None:
        t.audit_events.pop(len(t.audit_events) // 2)

    cases = {out_of_scope: "out_of_scope", hq_only_value: "hq_only_field", clue_in_main: "unknown_entity",
             signed_by_member: "role_not_allowed", foreign: "foreign_change", dropped_change: "range_mismatch",
             dropped_audit_event: "audit_chain_broken"}
    with world.opened("t1a", "t1b") as (a, b):
        package = team_packages(a, tmp_path / "out", 1)[0]
        a_keys, b_keys = keys_of(a), keys_of(b)
    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        for mutate, code in cases.items():
            forged = forge_package(package, tmp_path / f"{mutate.__name__}.xcpkg", hq=hq, signer=a_keys, mutate=mutate)
            result = import_package(hq, forged)
            assert (result.status, result.code) == (ImportStatus.REJECTED, code), (mutate.__name__, result)
        # laptop B re-signs A's package: B's key is not A's
        resigned = forge_package(package, tmp_path / "resigned.xcpkg", hq=hq, signer=b_keys, reseal=False)
        assert import_package(hq, resigned).code == "key_mismatch"
        # B claims the package as its own and re-signs it: the seals still bind A as the sender
        from dataclasses import replace

        claimed = forge_package(package, tmp_path / "claimed.xcpkg", hq=hq, signer=b_keys, reseal=False,
                                edit_header=lambda h: replace(h, sender_device=b.device_id))
        assert import_package(hq, claimed).code == "not_addressed_to_us"
        # made by a newer program: its schema revision is unknown here (D13)
        newer = forge_package(package, tmp_path / "newer.xcpkg", hq=hq, signer=a_keys,
                              edit_header=lambda h: replace(h, schema={**h.schema, "main": "ffffffffffff"}))
        assert import_package(hq, newer).code == "newer_schema"
        assert snapshot(hq) == before
        assert import_package(hq, package).status is ImportStatus.IMPORTED  # the genuine one still imports
