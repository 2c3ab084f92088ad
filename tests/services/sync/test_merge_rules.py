"""The merge rule table (docs/sync.md §7.3), one test per edge case of §7.8, pure: no database.

Cases not decided by ``merge.decide`` are tested where they are decided: 2 (same device seq, other id) and 19
(HQ-only field, out of scope) in test_apply.py (policy and fork checks), 24 (clock) in test_history.py, 25 (crash
between the main and the clue commit) in test_import_crash.py.
"""

from __future__ import annotations

from services.sync.merge.decision import (
    BEHIND_BACKLOG,
    DELETE_VS_EDIT,
    DUPLICATE_KEY,
    EDIT_VS_DELETE,
    FIELD,
    MISSING_REFERENCE,
    MISSING_ROW,
    UNKNOWN_BASE,
    RowView,
    decide,
)
from services.sync.report import Outcome
from tests.services.sync.merge_memory import MemoryHQ, change

T1 = "team-1"


def hq_with_finding(**values: object) -> tuple[MemoryHQ, str]:
    """HQ holding one finding inserted by laptop A; returns HQ and the insert's change id (the row's head)."""
    hq = MemoryHQ(unique={"finding": [("code",)]}, refs={"finding": {"assignment_id": "assignment"}})
    hq.rows[("assignment", "as1")] = RowView("assignment", "as1", {"is_deleted": False}, "h0", "hq")
    after = {"title": "t", "code": "F-1", "amount": "1.5", "assignment_id": "as1", "scope_team_id": T1, **values}
    ins = change("finding", "f1", "insert", after=after, device="dev-a")
    assert hq.receive(ins).outcome is Outcome.APPLIED
    return hq, ins.change_id


def update(head: str, device: str = "dev-b", **fields: tuple[object, object]) -> object:
    return change("finding", "f1", "update", base=head, device=device,
                  before={k: v[0] for k, v in fields.items()}, after={k: v[1] for k, v in fields.items()})


def row(hq: MemoryHQ) -> RowView:
    return hq.rows[("finding", "f1")]


def test_01_duplicate_change_changes_nothing() -> None:
    hq, head = hq_with_finding()
    ch = update(head, title=("t", "t2"))
    assert hq.receive(ch).outcome is Outcome.FAST_FORWARD
    assert hq.receive(ch).outcome is Outcome.DUPLICATE
    assert len(hq.log) == 2 and row(hq).values["title"] == "t2"


def test_03_insert_of_a_new_row_is_applied() -> None:
    hq, head = hq_with_finding()
    assert row(hq).head == head and row(hq).values["code"] == "F-1"
    assert row(hq).scope_team_id == T1


def test_04_identical_insert_is_a_noop() -> None:
    hq = MemoryHQ(unique={"taxonomy_node": [("scheme", "code")]})
    after = {"scheme": "six", "code": "1", "name": "政治", "scope_team_id": "hq"}
    first = change("taxonomy_node", "n1", "insert", after=after, device="hq")
    assert hq.receive(first).outcome is Outcome.APPLIED
    for device in ("dev-a", "dev-b", "dev-c"):   # the same UUIDv5 id and content made on every device
        d = hq.receive(change("taxonomy_node", "n1", "insert", after=after, device=device))
        assert d.outcome is Outcome.NOOP and not d.conflicts and not d.set
    assert hq.rows[("taxonomy_node", "n1")].head == first.change_id


def test_05_insert_on_an_existing_id_with_other_content_merges_against_the_first_insert() -> None:
    hq, _ = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "HQ title"})
    again = {"title": "B title", "code": "F-1", "amount": "2.5", "assignment_id": "as1", "scope_team_id": T1}
    d = hq.receive(change("finding", "f1", "insert", after=again, device="dev-b"))
    assert d.outcome is Outcome.CONFLICT
    assert d.set == {"amount": "2.5"}                       # HQ had not touched amount: taken
    assert [(c.field, c.base, c.current, c.incoming) for c in d.conflicts] == [("title", "t", "HQ title", "B title")]


def test_05b_identical_insert_after_hq_changed_the_row_keeps_hqs_value_without_conflict() -> None:
    hq = MemoryHQ()
    after = {"scheme": "six", "code": "1", "name": "政治", "scope_team_id": "hq"}
    hq.receive(change("taxonomy_node", "n1", "insert", after=after, device="hq"))
    hq.local_edit("taxonomy_node", "n1", {"name": "政治建设"})
    d = hq.receive(change("taxonomy_node", "n1", "insert", after=after, device="dev-a"))
    assert d.outcome is Outcome.NOOP and not d.conflicts
    assert hq.rows[("taxonomy_node", "n1")].values["name"] == "政治建设"


def test_06_unique_key_collision_is_a_duplicate_key_conflict_and_the_row_is_not_inserted() -> None:
    hq, head = hq_with_finding()
    other = {"title": "other", "code": "F-1", "amount": "1", "assignment_id": "as1", "scope_team_id": T1}
    d = hq.receive(change("finding", "f2", "insert", after=other, device="dev-b"))
    assert d.outcome is Outcome.CONFLICT and not d.insert
    (c,) = d.conflicts
    assert (c.kind, c.field, c.other_id, c.current_change_id) == (DUPLICATE_KEY, "code", "f1", head)
    assert c.incoming == other and c.current["code"] == "F-1"
    assert ("finding", "f2") not in hq.rows


def test_06b_update_to_a_taken_code_is_a_duplicate_key_conflict_on_that_field() -> None:
    hq, _ = hq_with_finding()
    other = {"title": "o", "code": "F-2", "amount": "1", "assignment_id": "as1", "scope_team_id": T1}
    ins = change("finding", "f2", "insert", after=other, device="dev-b")
    hq.receive(ins)
    d = hq.receive(change("finding", "f2", "update", base=ins.change_id, device="dev-b",
                          before={"code": "F-2", "title": "o"}, after={"code": "F-1", "title": "o2"}))
    assert d.outcome is Outcome.CONFLICT and d.set == {"title": "o2"}
    assert [(c.field, c.kind, c.other_id) for c in d.conflicts] == [("code", DUPLICATE_KEY, "f1")]


def test_07_update_on_the_head_fast_forwards() -> None:
    hq, head = hq_with_finding()
    ch = update(head, device="dev-a", title=("t", "t2"), amount=("1.5", "3"))
    d = hq.receive(ch)
    assert d.outcome is Outcome.FAST_FORWARD and d.set == {"title": "t2", "amount": "3"} and d.advance_head
    assert row(hq).head == ch.change_id


def test_08_concurrent_updates_of_different_fields_merge() -> None:
    hq, head = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "HQ"})
    d = hq.receive(update(head, amount=("1.5", "9")))
    assert d.outcome is Outcome.MERGED and d.set == {"amount": "9"}
    assert row(hq).values["title"] == "HQ" and row(hq).values["amount"] == "9"


def test_09_same_field_same_value_is_a_noop() -> None:
    hq, head = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "same"})
    before_head = row(hq).head
    d = hq.receive(update(head, title=("t", "same")))
    assert d.outcome is Outcome.NOOP and not d.advance_head and row(hq).head == before_head


def test_10_same_field_different_values_conflict_and_hq_keeps_showing_current() -> None:
    hq, head = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "HQ"})
    d = hq.receive(update(head, title=("t", "B"), amount=("1.5", "2")))
    assert d.outcome is Outcome.CONFLICT and d.set == {"amount": "2"}
    (c,) = d.conflicts
    assert (c.field, c.base, c.current, c.incoming, c.kind) == ("title", "t", "HQ", "B", FIELD)
    assert row(hq).values["title"] == "HQ"


def test_11_update_on_a_field_with_an_open_conflict_is_another_conflict() -> None:
    hq, head = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "HQ"})
    first = update(head, title=("t", "B"))
    hq.receive(first)
    d = hq.receive(update(first.change_id, title=("HQ", "B2")))   # its before even equals HQ's value
    assert d.outcome is Outcome.CONFLICT and [c.field for c in d.conflicts] == ["title"]
    assert len([c for c in hq.conflicts if c.status == "open"]) == 2 and row(hq).values["title"] == "HQ"


def test_12_update_of_an_unknown_row_waits_and_later_changes_queue_behind_it() -> None:
    hq = MemoryHQ()
    ins = change("finding", "f9", "insert", after={"title": "a", "scope_team_id": T1}, device="dev-a")
    upd = change("finding", "f9", "update", base=ins.change_id, before={"title": "a"}, after={"title": "b"},
                 device="dev-a")
    later = change("finding", "f9", "update", base=upd.change_id, before={"title": "b"}, after={"title": "c"},
                   device="dev-a")
    d = hq.receive(upd)
    assert (d.outcome, d.backlog_reason, d.waiting_for) == (Outcome.BACKLOG, MISSING_ROW, "finding:f9")
    assert hq.receive(later).outcome is Outcome.BACKLOG
    assert hq.receive(ins).outcome is Outcome.APPLIED            # the row arrives: both are released in order
    assert hq.backlog == [] and hq.rows[("finding", "f9")].values["title"] == "c"
    assert hq.rows[("finding", "f9")].head == later.change_id


def test_12b_a_change_of_a_row_with_a_backlogged_change_from_the_same_device_queues() -> None:
    hq, head = hq_with_finding()
    first = update(head, device="dev-a", title=("t", "x"))
    hq.backlog.append((first, UNKNOWN_BASE, "nowhere"))
    d = decide(update(head, device="dev-a", amount=("1.5", "2")), row(hq), hq)
    assert (d.outcome, d.backlog_reason, d.waiting_for) == (Outcome.BACKLOG, BEHIND_BACKLOG, first.change_id)
    assert decide(update(head, device="dev-b", amount=("1.5", "2")), row(hq), hq).outcome is Outcome.FAST_FORWARD


def test_13_unknown_base_waits_then_is_released() -> None:
    hq, head = hq_with_finding()
    a1 = update(head, device="dev-a", title=("t", "t1"))
    a2 = update(a1.change_id, device="dev-a", title=("t1", "t2"))
    d = hq.receive(a2)
    assert (d.outcome, d.backlog_reason, d.waiting_for) == (Outcome.BACKLOG, UNKNOWN_BASE, a1.change_id)
    hq.receive(a1)
    assert hq.backlog == [] and row(hq).values["title"] == "t2" and row(hq).head == a2.change_id
    assert [o for _, o, _ in hq.log][-2:] == [Outcome.FAST_FORWARD, Outcome.FAST_FORWARD]


def test_14_delete_on_the_head_fast_forwards_to_a_tombstone() -> None:
    hq, head = hq_with_finding()
    d = hq.receive(change("finding", "f1", "delete", base=head, before={"is_deleted": False},
                          after={"is_deleted": True, "delete_reason": "dup"}))
    assert d.outcome is Outcome.FAST_FORWARD and d.tombstone
    assert row(hq).is_deleted and row(hq).values["delete_reason"] == "dup"


def test_14b_delete_after_edits_of_the_same_device_only_merges() -> None:
    hq, head = hq_with_finding()
    hq.receive(update(head, device="dev-a", title=("t", "t1")))
    d = hq.receive(change("finding", "f1", "delete", base=head, device="dev-a", before={"is_deleted": False},
                          after={"is_deleted": True, "delete_reason": "x"}))
    assert d.outcome is Outcome.MERGED and d.tombstone


def test_15_delete_versus_a_concurrent_edit_is_a_conflict_and_the_row_stays_live() -> None:
    hq, head = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "HQ"})
    d = hq.receive(change("finding", "f1", "delete", base=head, device="dev-b", before={"is_deleted": False},
                          after={"is_deleted": True, "delete_reason": "x"}))
    assert d.outcome is Outcome.CONFLICT and not d.tombstone
    (c,) = d.conflicts
    assert (c.kind, c.field, c.incoming["is_deleted"], c.current["title"]) == (DELETE_VS_EDIT, None, True, "HQ")
    assert not row(hq).is_deleted


def test_16_edit_versus_a_delete_is_a_conflict_and_the_row_stays_deleted_with_its_values() -> None:
    hq, head = hq_with_finding()
    hq.receive(change("finding", "f1", "delete", base=head, device="dev-a", before={"is_deleted": False},
                      after={"is_deleted": True, "delete_reason": "x"}))
    d = hq.receive(update(head, device="dev-b", title=("t", "B")))
    assert d.outcome is Outcome.CONFLICT and not d.set
    (c,) = d.conflicts
    assert (c.kind, c.incoming) == (EDIT_VS_DELETE, {"title": "B"})
    assert row(hq).is_deleted and row(hq).values["title"] == "t"


def test_17_delete_of_a_deleted_row_is_a_noop() -> None:
    hq, head = hq_with_finding()
    hq.receive(change("finding", "f1", "delete", base=head, device="dev-a", after={"is_deleted": True,
                                                                                   "delete_reason": "a"}))
    d = hq.receive(change("finding", "f1", "delete", base=head, device="dev-b", after={"is_deleted": True,
                                                                                       "delete_reason": "b"}))
    assert d.outcome is Outcome.NOOP and row(hq).values["delete_reason"] == "a"


def test_18_undelete_is_a_three_way_on_is_deleted() -> None:
    hq, head = hq_with_finding()
    dele = change("finding", "f1", "delete", base=head, device="dev-a", before={"is_deleted": False},
                  after={"is_deleted": True, "delete_reason": "a"})
    hq.receive(dele)
    und = change("finding", "f1", "undelete", base=dele.change_id, device="dev-a", before={"is_deleted": True},
                 after={"is_deleted": False})
    d = hq.receive(und)
    assert d.outcome is Outcome.FAST_FORWARD and d.set == {"is_deleted": False} and not row(hq).is_deleted
    again = change("finding", "f1", "undelete", base=dele.change_id, device="dev-b", before={"is_deleted": True},
                   after={"is_deleted": False})
    assert hq.receive(again).outcome is Outcome.NOOP


def test_20_a_stale_team_change_after_a_resolution_is_a_new_conflict() -> None:
    hq, head = hq_with_finding()
    hq.local_edit("finding", "f1", {"title": "HQ"})
    hq.receive(update(head, device="dev-b", title=("t", "B")))
    hq.resolve(hq.conflicts[0], take_incoming=False)
    d = hq.receive(update(head, device="dev-c", title=("t", "C")))
    assert d.outcome is Outcome.CONFLICT and d.conflicts[0].current == "HQ"


def test_21_decimal_forms_compare_equal_once_canonical() -> None:
    from services.sync.merge.values import canon

    def amount(text: str) -> object:
        return canon("finding", "amount_involved", text)

    assert amount("1.50") == amount("1.5") == "1.5"
    hq, head = hq_with_finding(amount=amount("1.50"))
    d = hq.receive(update(head, amount=(amount("1.5"), amount("1.500"))))
    assert d.outcome is Outcome.NOOP


def test_22_json_list_order_matters() -> None:
    hq, head = hq_with_finding(tags=["a", "b"])
    d = hq.receive(update(head, device="dev-a", tags=(["a", "b"], ["b", "a"])))
    assert d.outcome is Outcome.FAST_FORWARD and row(hq).values["tags"] == ["b", "a"]


def test_23_missing_reference_waits_in_the_backlog_until_the_target_arrives() -> None:
    hq, _ = hq_with_finding()
    after = {"title": "n", "code": "F-7", "assignment_id": "as-new", "scope_team_id": T1}
    d = hq.receive(change("finding", "f7", "insert", after=after, device="dev-a"))
    assert (d.outcome, d.backlog_reason, d.waiting_for) == (Outcome.BACKLOG, MISSING_REFERENCE, "assignment:as-new")
    hq.receive(change("assignment", "as-new", "insert", after={"scope_team_id": "hq"}, device="hq"))
    assert hq.backlog == [] and ("finding", "f7") in hq.rows
