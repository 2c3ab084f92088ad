"""The forging helper itself: a package rewritten with changed content is well formed, sealed to HQ, signed by
the chosen device, and holds exactly the changed tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.sync.crypto.keys import key_id
from services.sync.exporter import export_package
from services.sync.package.container import read_header
from services.sync.package.rejections import PackageRejected
from tests.services.sync.forge import PayloadTables, forge_package, keys_of, read_tables
from tests.services.sync.world import World, add_finding


def retitle(tables: PayloadTables) -> None:
    tables.set_after(tables.change("finding"), title="篡改后的标题")


def test_a_forged_package_holds_the_changed_tables_and_the_signers_key(world: World, tmp_path: Path) -> None:
    (tmp_path / "stick").mkdir()
    with world.opened("hq", "t1a", "t1b") as (hq, a, b):
        add_finding(a, "原始标题问题")
        original = Path(export_package(a, tmp_path / "stick").path)
        _, before, _ = read_tables(original, hq, tmp_path / "read0")

        forged = forge_package(original, tmp_path / "forged.xcpkg", hq=hq, signer=keys_of(a), mutate=retitle)
        header, after, _ = read_tables(forged, hq, tmp_path / "read1")
        assert header.package_id == read_header(original).package_id
        assert json.loads(after.change("finding")["after_json"])["title"] == "篡改后的标题"
        assert len(after.changes) == len(before.changes) and after.audit_events == before.audit_events
        assert after.acks == before.acks and after.audit_head == before.audit_head

        by_b = forge_package(original, tmp_path / "by_b.xcpkg", hq=hq, signer=keys_of(b))
        assert read_header(by_b).sender_key_id == key_id(keys_of(b).sign_public)
        with pytest.raises(PackageRejected):  # A's package signed by B does not verify as A's
            read_tables(by_b, hq, tmp_path / "read2")
