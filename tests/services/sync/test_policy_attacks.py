"""Crafted team packages that reach for rows outside the sender's scope (review of 2026-11-25, /tmp/review d1-d6).

Each forged package is signed with the sending laptop's own key (a device that is enrolled and trusted, but
whose software was tampered with): it must be rejected whole (D6: HQ's workspace fingerprint unchanged), except
the backlog case, refused at apply time change by change and kept visible.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from services.evidence import attach_evidence
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.merge.decision import decide
from services.sync.report import ImportStatus, Outcome
from services.workspace import WorkspaceSession
from tests.services.sync.forge import PayloadTables, forge_package, keys_of
from tests.services.sync.import_helpers import snapshot
from tests.services.sync.merge_memory import MemoryHQ, change
from tests.services.sync.world import REF, World, add_finding, edit_title


def forged(team: WorkspaceSession, hq: WorkspaceSession, out: Path, mutate: Callable[[PayloadTables], None]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    package = export_package(team, out)
    return forge_package(Path(package.path), out / "forged.xcpkg", hq=hq, signer=keys_of(team), mutate=mutate)


def assert_rejected(hq: WorkspaceSession, path: Path, code: str, entity: str, field: str) -> None:
    before = snapshot(hq)
    result = import_package(hq, path)
    assert (result.status, result.code) == (ImportStatus.REJECTED, code), result
    assert (result.params.get("entity"), result.params.get("field")) == (entity, field), result.params
    assert result.params.get("change_id")
    assert snapshot(hq) == before


def finding_row(hq: WorkspaceSession, finding_id: str) -> list[tuple[object, ...]]:
    with hq.read() as s:
        return [tuple(r) for r in s.execute(text("select title, description, scope_team_id from finding where id=:i"),
                                            {"i": finding_id})]


def import_ok(hq: WorkspaceSession, team: WorkspaceSession, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    result = import_package(hq, Path(export_package(team, out).path))
    assert result.status is ImportStatus.IMPORTED, result


def retarget(t: PayloadTables, entity: str, new_id: str) -> dict[str, object]:
    """The first change of ``entity`` (and every later change of that row) now names ``new_id``."""
    ch = t.change(entity)
    old = ch["entity_id"]
    for c in t.changes:
        if c["entity_id"] == old:
            c["entity_id"] = new_id
    return ch


# ---- 1: an insert under another team's id, or an HQ reference row's ----


def test_insert_under_another_teams_finding_id_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t2") as (hq, t1, t2):
        fid2 = add_finding(t2, "二组的问题", description="二组原文")
        import_ok(hq, t2, tmp_path / "t2")
        add_finding(t1, "一组的问题")

        def hijack(t: PayloadTables) -> None:
            ch = retarget(t, "finding", fid2)
            t.set_after(ch, id=fid2, title="被一组改写", description="一组篡改")

        path = forged(t1, hq, tmp_path / "t1", hijack)
        before = finding_row(hq, fid2)
        assert_rejected(hq, path, "out_of_scope", "finding", "scope_team_id")
        assert finding_row(hq, fid2) == before == [("二组的问题", "二组原文", REF.team_ids[2])]


def test_insert_with_an_id_not_its_own_is_a_bad_value(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        add_finding(t1, "一组的问题")
        path = forged(t1, hq, tmp_path / "t1", lambda t: retarget(t, "finding", str(uuid.uuid4())))
        assert_rejected(hq, path, "bad_value", "finding", "id")


def test_insert_over_an_hq_reference_row_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        add_finding(t1, "一组的问题")

        def take_unit(t: PayloadTables) -> None:
            ch = retarget(t, "finding", REF.org_ids[2])
            ch["entity"] = "inspected_org"
            ch["before_json"] = "{}"
            ch["after_json"] = json.dumps({"id": REF.org_ids[2], "name": "被一组篡改的单位", "level": "municipal_unit",
                                           "scope_team_id": REF.team_ids[1]}, ensure_ascii=False)

        path = forged(t1, hq, tmp_path / "t1", take_unit)
        assert_rejected(hq, path, "hq_only_field", "inspected_org", "scope_team_id")


def test_merge_never_takes_a_differing_scope_or_id() -> None:
    hq = MemoryHQ()
    first = change("finding", "f1", "insert", after={"id": "f1", "title": "t", "scope_team_id": "team-2"}, device="d2")
    assert hq.receive(first).outcome is Outcome.APPLIED
    again = change("finding", "f1", "insert", after={"id": "f2", "title": "x", "scope_team_id": "team-1"}, device="d1")
    d = decide(again, hq.rows[("finding", "f1")], hq)
    assert "scope_team_id" not in d.set and "id" not in d.set
    update = change("finding", "f1", "update", before={"scope_team_id": "team-2"}, after={"scope_team_id": "team-1"},
                    base=first.change_id, device="d2")
    assert "scope_team_id" not in decide(update, hq.rows[("finding", "f1")], hq).set
    # a default taxonomy node (HQ's row, made with the same id on every device): a team's insert changes nothing
    node = {"scheme": "six", "code": "1", "name": "政治", "scope_team_id": "hq"}
    assert hq.receive(change("taxonomy_node", "n1", "insert", after=node, device="hq")).outcome is Outcome.APPLIED
    other = change("taxonomy_node", "n1", "insert", after={**node, "name": "被改名"}, device="d1")
    d = decide(other, hq.rows[("taxonomy_node", "n1")], hq)
    assert d.outcome is Outcome.NOOP and not d.set and not d.conflicts


# ---- 3: a change that waits in the backlog for another team's row ----


def test_backlogged_change_of_another_teams_row_is_refused_not_applied(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t2") as (hq, t1, t2):
        fid2 = add_finding(t2, "二组的问题", description="二组原文")
        (tmp_path / "t2").mkdir()
        package2 = Path(export_package(t2, tmp_path / "t2").path)
        f1 = add_finding(t1, "一组的问题")
        edit_title(t1, f1, "一组改过")

        def wait_for_team2(t: PayloadTables) -> None:
            ch = [c for c in t.changes if c["entity"] == "finding" and c["op"] == "update"][-1]
            ch.update(entity_id=fid2, base_change_id=None, before_json=json.dumps({"title": "二组的问题"}),
                      after_json=json.dumps({"title": "被一组改写"}))

        result = import_package(hq, forged(t1, hq, tmp_path / "t1", wait_for_team2))
        assert result.status is ImportStatus.IMPORTED and result.counts.get("backlog") == 1
        result = import_package(hq, package2)
        assert result.status is ImportStatus.IMPORTED and not result.counts.get("released")
        assert result.counts.get("refused") == 1   # the import report says so
        assert finding_row(hq, fid2) == [("二组的问题", "二组原文", REF.team_ids[2])]
        with hq.read() as s:
            outcome = s.execute(text("select change_id, sync_outcome from change_log where entity_id=:i "
                                     "and device_id<>:d"), {"i": fid2, "d": t2.device_id}).all()
            assert [o for _, o in outcome] == [Outcome.REFUSED.value]
            change_id = outcome[0][0]
            assert s.execute(text("select reason, released_at is not null from sync_backlog where change_id=:c"),
                             {"c": change_id}).one() == ("out_of_scope", 1)
            events = s.execute(text("select entity, entity_id, detail_json from audit_log where action="
                                    "'remote_change_refused' and change_id=:c"), {"c": change_id}).all()
            assert len(events) == 1 and events[0][:2] == ("finding", fid2)


# ---- 4: the primary key as an editable field ----


def test_update_of_the_id_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        f1 = add_finding(t1, "一组的问题")
        edit_title(t1, f1, "一组改过")

        def rename(t: PayloadTables) -> None:
            ch = [c for c in t.changes if c["entity"] == "finding" and c["op"] == "update"][-1]
            ch["before_json"], ch["after_json"] = json.dumps({"id": f1}), json.dumps({"id": str(uuid.uuid4())})

        assert_rejected(hq, forged(t1, hq, tmp_path / "t1", rename), "unknown_field", "finding", "id")


# ---- 5: references to another team's rows ----


def test_finding_on_another_teams_assignment_or_unit_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        add_finding(t1, "一组的问题")
        cases = {"assignment_id": {"assignment_id": REF.assignment_ids[2], "org_id": REF.org_ids[2]},
                 "org_id": {"org_id": REF.org_ids[2]}}
        for n, (field, values) in enumerate(cases.items()):
            path = forged(t1, hq, tmp_path / f"t1-{n}", lambda t, v=values: t.set_after(t.change("finding"), **v))
            assert_rejected(hq, path, "out_of_scope", "finding", field)


def test_evidence_on_another_teams_finding_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t2") as (hq, t1, t2):
        fid2 = add_finding(t2, "二组的问题")
        import_ok(hq, t2, tmp_path / "t2")
        f1 = add_finding(t1, "一组的问题")
        own = tmp_path / "mine.txt"
        own.write_bytes(b"team one file")
        attach_evidence(t1, "finding", f1, own)
        cases = {"finding_id": {"finding_id": fid2}, "owner_id": {"owner_id": fid2}}
        for n, (field, values) in enumerate(cases.items()):
            path = forged(t1, hq, tmp_path / f"t1-{n}", lambda t, v=values: t.set_after(t.change("evidence"), **v))
            assert_rejected(hq, path, "out_of_scope", "evidence", field)


# ---- 7: naming another team's file without sending it ----


def test_evidence_naming_another_teams_blob_is_rejected(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t2") as (hq, t1, t2):
        secret = tmp_path / "secret.txt"
        secret.write_bytes("二组的机密附件内容".encode() * 50)
        import hashlib

        sha = hashlib.sha256(secret.read_bytes()).hexdigest()
        attach_evidence(t2, "finding", add_finding(t2, "二组的问题"), secret)
        import_ok(hq, t2, tmp_path / "t2")
        own = tmp_path / "mine.txt"
        own.write_bytes(b"team one file")
        attach_evidence(t1, "finding", add_finding(t1, "一组的问题"), own)

        def name_secret(t: PayloadTables) -> None:
            t.set_after(t.change("evidence"), blob_sha256=sha)
            t.blobs.clear()

        assert_rejected(hq, forged(t1, hq, tmp_path / "t1", name_secret), "out_of_scope", "evidence", "blob_sha256")


def test_backlogged_reference_to_another_teams_row_is_refused(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t2") as (hq, t1, t2):
        fid2 = add_finding(t2, "二组的问题")
        (tmp_path / "t2").mkdir()
        package2 = Path(export_package(t2, tmp_path / "t2").path)
        own = tmp_path / "mine.txt"
        own.write_bytes(b"team one file")
        attach_evidence(t1, "finding", add_finding(t1, "一组的问题"), own)

        def point_at_team2(t: PayloadTables) -> None:   # HQ does not hold team 2's finding yet: it waits
            t.set_after(t.change("evidence"), finding_id=fid2, owner_id=fid2)

        result = import_package(hq, forged(t1, hq, tmp_path / "t1", point_at_team2))
        assert result.status is ImportStatus.IMPORTED and result.counts.get("backlog") == 1
        assert import_package(hq, package2).status is ImportStatus.IMPORTED
        with hq.read() as s:
            assert s.execute(text("select count(*) from evidence where finding_id=:f or owner_id=:f"),
                             {"f": fid2}).scalar() == 0
            assert s.execute(text("select sync_outcome from change_log where entity='evidence'")).scalars().all() \
                == [Outcome.REFUSED.value]
            assert s.execute(text("select count(*) from audit_log where action='remote_change_refused'")).scalar() == 1
