"""Issue 16, fault 4: HQ put a laptop's edit into its conflict inbox, and HQ's update then showed HQ's value on the
laptop while the conflict was open: the edit seemed gone. HQ's update now names the laptop's edits its inbox
holds (ack ``open_conflicts``, services/sync/conflicts/waiting_edits.py); the laptop shows them until HQ resolves
them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models.sync_inbox import SyncConflict
from services.queries.waiting_edits import waiting_edits_of
from services.sync.conflicts import waiting_edits
from services.sync.conflicts.inbox import list_conflicts, resolve
from services.sync.package.rejections import PackageRejected
from services.sync.updates.hq_export import acks_for
from services.workspace import WorkspaceSession
from tests.services.sync.test_team_update import finding, ship, update
from tests.services.sync.world import World, add_finding, edit_title


def conflict_over_title(hq: WorkspaceSession, a: WorkspaceSession, out: Path) -> str:
    """A finding of laptop 1A whose title HQ and the laptop both changed: the laptop's edit in HQ's inbox."""
    fid = add_finding(a, "原标题")
    ship(a, hq, out)
    update(hq, a, out)
    edit_title(hq, fid, "巡察办的标题")
    edit_title(a, fid, "甲组的标题")
    ship(a, hq, out)
    assert [c.field for c in list_conflicts(hq)] == ["title"]
    return fid


def test_the_laptop_sees_its_edit_waiting_in_hqs_inbox_until_hq_resolves_it(world: World, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with world.opened("hq", "t1a", "t2") as (hq, a, t2):
        fid = conflict_over_title(hq, a, out)
        update(hq, a, out)
        row = finding(a, fid)
        assert row is not None and row.title == "巡察办的标题"  # HQ's value is shown meanwhile (D8) ...
        (waiting,) = waiting_edits_of(a)  # ... and the laptop's own value is named, not gone
        assert (waiting.entity, waiting.entity_id, waiting.field, waiting.kind) == ("finding", fid, "title", "field")
        assert (waiting.mine, waiting.shown, waiting.field_label) == ("甲组的标题", "巡察办的标题", "问题标题")
        assert waiting.record.endswith("巡察办的标题") and waiting.sent_at is not None
        assert waiting_edits_of(a, entity="finding", entity_id=fid) == [waiting]
        assert waiting_edits_of(a, entity="finding", entity_id="another") == []
        # a laptop that never had a conflict gets no such acknowledgement at all (older programs refuse it)
        assert waiting_edits.ACK_KEY not in acks_for_device(hq, t2)
        assert [e["change_id"] for e in acks_for_device(hq, a)[waiting_edits.ACK_KEY]] == [waiting.change_id]

        update(hq, a, out)  # another update while the conflict is still open: still named
        assert [w.change_id for w in waiting_edits_of(a)] == [waiting.change_id]
        resolve(hq, list_conflicts(hq)[0].conflict_id, keep="incoming")
        update(hq, a, out)
        assert waiting_edits_of(a) == []
        row = finding(a, fid)
        assert row is not None and row.title == "甲组的标题"
        assert acks_for_device(hq, a)[waiting_edits.ACK_KEY] == []  # it had one: told that none is left


def acks_for_device(hq: WorkspaceSession, team: WorkspaceSession) -> dict:  # type: ignore[type-arg]
    from models.sync_registry import SyncDevice

    with hq.read() as session:
        device = session.get(SyncDevice, team.device_id)
        assert device is not None
        return acks_for(session, device)


def test_an_update_without_the_list_leaves_it_and_a_bad_list_is_refused(world: World, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with world.opened("hq", "t1a") as (hq, a):
        conflict_over_title(hq, a, out)
        update(hq, a, out)
        assert len(waiting_edits_of(a)) == 1
        with a.write() as tx:  # an update from an HQ program older than the list (no key): the list stays
            waiting_edits.store(tx, {"device_seq": 1}, clue=False)
        assert len(waiting_edits_of(a)) == 1
        entry = {"change_id": "c" * 36, "entity": "finding", "entity_id": "f" * 36, "field": "title", "kind": "field"}
        assert waiting_edits.check([entry], clue=False) == [entry]
        for bad in ("x", [{**entry, "kind": "whatever"}], [{**entry, "entity": "clue"}], [{**entry, "more": 1}],
                    [{**entry, "change_id": "c" * 37}], [{**entry, "entity": "no_such_table"}]):
            with pytest.raises(PackageRejected) as refused:
                waiting_edits.check(bad, clue=False)
            assert refused.value.code == "bad_value"
        assert waiting_edits.check([{**entry, "entity": "clue"}], clue=True)[0]["entity"] == "clue"


def test_a_clue_edit_waiting_in_hqs_inbox_travels_in_the_clue_section(world: World, tmp_path: Path) -> None:
    from datetime import date

    from models.clue import Clue
    from models.sync import get_meta
    from services.clues import create_clue, update_clue
    from services.queries.clues import clue_assignments

    out = tmp_path / "out"
    with world.opened("hq", "t1a") as (hq, a):
        clue_id = create_clue(a, {
            "assignment_id": clue_assignments(a)[0].id, "clue_name": "关于某局长违规收受礼金的问题线索",
            "reflected_person_name": "钱某", "reflected_person_post": "局长", "problem_text": "反映其收受礼金。",
            "clue_source": "信访", "discipline": "廉洁纪律", "accepted_at": "2026年3月5日",
            "feedback_due": date(2026, 6, 5)})
        ship(a, hq, out)
        update(hq, a, out)
        update_clue(hq, clue_id, {"reflected_person_post": "副局长"})
        update_clue(a, clue_id, {"reflected_person_post": "原局长"})
        ship(a, hq, out)
        assert [(c.clue, c.field) for c in list_conflicts(hq)] == [(True, "reflected_person_post")]
        update(hq, a, out)
        (waiting,) = waiting_edits_of(a)
        assert (waiting.clue, waiting.entity, waiting.mine, waiting.shown) == (True, "clue", "原局长", "副局长")
        with a.read() as session:
            assert clue_id not in (get_meta(session, waiting_edits.META_KEY) or "")  # no clue id in workspace.db
            assert session.get(Clue, clue_id) is not None


def test_hqs_update_package_names_the_laptops_changes_in_its_inbox(world: World, tmp_path: Path) -> None:
    """The package as it travels: the update's acknowledgements carry the change ids of the open conflicts."""
    from services.sync.devices import registry
    from services.sync.updates.hq_export import export_updates
    from tests.services.sync.opening import opened_section

    out = tmp_path / "out"
    with world.opened("hq", "t1a") as (hq, a):
        conflict_over_title(hq, a, out)
        with hq.read() as session:
            conflicts = session.scalars(select(SyncConflict).where(SyncConflict.status == "open")).all()
            expected = [c.incoming_change_id for c in conflicts]
        (summary,) = export_updates(hq, out, device_ids=[a.device_id])
        with a.read() as session:
            own, hq_device = registry.own_keys(session), registry.hq_device(session)
        with opened_section(Path(summary.path), hq_device.sign_public, own.encryption, "main", tmp_path / "x") as (
                _, reader):
            listed = reader.acks()["open_conflicts"]
    assert [entry["change_id"] for entry in listed] == expected and len(expected) == 1
    assert listed[0]["entity"] == "finding" and listed[0]["field"] == "title" and listed[0]["kind"] == "field"
