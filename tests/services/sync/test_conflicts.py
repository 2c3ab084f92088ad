"""HQ's conflict inbox: list, show (official field labels), resolve (a synced, audited change), refuse what
does not fit (bad merged values named by field, other roles, resolved twice, wrong choice for the kind)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.clue import Clue, ClueChange
from models.entities import Finding
from models.enums import Role
from models.sync import ChangeRecord, get_meta
from models.sync_inbox import SyncConflict
from services.accounts import add_user
from services.clock import FakeClock
from services.errors import InvalidFieldsError, NotPermittedError, ValidationError
from services.findings import load_finding_input, update_finding
from services.sync.conflicts import inbox
from services.sync.devices.registry import device as device_row
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.services.sync.conflict_fixtures import plant_conflict
from tests.services.sync.world import ORG_NAMES, PASSPHRASE, REF, World, add_finding

T1A = "t1a"


@pytest.fixture
def hq(world: World, clock: FakeClock) -> Iterator[WorkspaceSession]:
    ws = world.unlock("hq", clock=clock)
    yield ws
    ws.lock()


@pytest.fixture
def team_device(world: World) -> str:
    with world.opened(T1A) as (laptop,):
        return laptop.device_id


def _edit_title(hq: WorkspaceSession, finding_id: str, title: str) -> None:
    data, version = load_finding_input(hq, finding_id)
    data.title = title
    update_finding(hq, finding_id, data, expected_version=version)


@pytest.fixture
def title_conflict(hq: WorkspaceSession, team_device: str) -> tuple[str, str]:
    """Team 1 laptop A renamed a finding that HQ renamed too: (finding id, conflict id)."""
    finding_id = add_finding(hq, "原标题：公务接待超标准")
    _edit_title(hq, finding_id, "巡察办改：公务接待超标准问题")
    conflict_id = plant_conflict(hq, Finding, finding_id, field="title", base="原标题：公务接待超标准",
                                 incoming="组内改：超标准公务接待", device_id=team_device)
    return finding_id, conflict_id


def _finding(hq: WorkspaceSession, finding_id: str) -> Finding:
    with hq.read() as session:
        found = session.get(Finding, finding_id)
        assert found is not None
        return found


def test_list_and_show_with_official_labels(hq: WorkspaceSession, title_conflict: tuple[str, str]) -> None:
    finding_id, conflict_id = title_conflict
    views = inbox.list_conflicts(hq)
    assert [v.conflict_id for v in views] == [conflict_id]
    view = views[0]
    assert (view.entity, view.entity_id, view.field, view.kind, view.team_no) == ("finding", finding_id, "title",
                                                                                  "field", 1)
    assert view.field_label == "问题标题" and "巡察办改" in view.row_label
    assert inbox.list_conflicts(hq, team_no=2) == [] and len(inbox.list_conflicts(hq, team_no=1)) == 1
    detail = inbox.conflict(hq, conflict_id)
    assert (detail.base, detail.current, detail.incoming) == (
        "原标题：公务接待超标准", "巡察办改：公务接待超标准问题", "组内改：超标准公务接待")
    assert detail.choices == ("current", "incoming", "value")
    assert inbox.conflict(hq, conflict_id, language="en").view.field_label == "Title"


def test_take_incoming_is_a_synced_audited_change(hq: WorkspaceSession, title_conflict: tuple[str, str]) -> None:
    finding_id, conflict_id = title_conflict
    with hq.read() as session:
        pos_before = int(get_meta(session, "log_pos", "0") or 0)
    change_id = inbox.resolve(hq, conflict_id, keep="incoming")
    finding = _finding(hq, finding_id)
    assert finding.title == "组内改：超标准公务接待"
    assert (finding.open_conflicts, finding.head_change_id) == (0, change_id)
    with hq.read() as session:
        record = session.get(ChangeRecord, change_id)
        assert record is not None and record.op == "resolve" and record.device_id == hq.device_id
        assert record.log_pos is not None and record.log_pos > pos_before  # the next update carries it
        event = session.scalar(select(AuditEvent).where(AuditEvent.change_id == change_id))
        assert event is not None and event.action == "resolve" and conflict_id in event.detail_json
        row = session.get(SyncConflict, conflict_id)
        assert row is not None
        assert (row.status, row.resolution, row.resolution_change_id) == ("resolved", "take_incoming", change_id)
        assert row.resolved_by == hq.actor.user_id and row.resolved_json == '"组内改：超标准公务接待"'
    assert inbox.list_conflicts(hq) == [] and len(inbox.list_conflicts(hq, status="resolved")) == 1
    assert verify_workspace(hq).ok


def test_resolution_reaches_the_team_in_the_next_update(world: World, hq: WorkspaceSession,
                                                        title_conflict: tuple[str, str], team_device: str) -> None:
    from services.sync.updates.hq_rows import rows_for_device

    finding_id, conflict_id = title_conflict
    with hq.read() as session:
        watermark = int(get_meta(session, "log_pos", "0") or 0)
    inbox.resolve(hq, conflict_id, keep="current")
    with hq.read() as session:
        device = device_row(session, team_device)
        assert device is not None
        states = list(rows_for_device(session, device, watermark))
    assert [(s.entity, s.entity_id) for s in states if s.entity == "finding"] == [("finding", finding_id)]
    assert _finding(hq, finding_id).title == "巡察办改：公务接待超标准问题"


def test_merged_value_is_checked_like_the_editor(hq: WorkspaceSession, title_conflict: tuple[str, str]) -> None:
    finding_id, conflict_id = title_conflict
    for bad, reason in (("   ", "required"), ("长" * 201, "too_long")):
        with pytest.raises(InvalidFieldsError) as caught:
            inbox.resolve(hq, conflict_id, value=bad)
        assert [(p.field, p.reason) for p in caught.value.problems] == [("title", reason)]
    assert inbox.list_conflicts(hq)[0].status == "open"
    inbox.resolve(hq, conflict_id, value="  合并：公务接待超标准  ")
    assert _finding(hq, finding_id).title == "合并：公务接待超标准"
    with pytest.raises(inbox.ConflictClosedError):
        inbox.resolve(hq, conflict_id, keep="current")


def test_amount_conflict_parses_and_rejects(hq: WorkspaceSession, team_device: str) -> None:
    finding_id = add_finding(hq, "资金问题")
    conflict_id = plant_conflict(hq, Finding, finding_id, field="amount_involved", base=None,
                                 incoming=Decimal("12.5"), device_id=team_device)
    assert inbox.conflict(hq, conflict_id).incoming == "12.5"
    with pytest.raises(InvalidFieldsError) as caught:
        inbox.resolve(hq, conflict_id, value="十二万")
    assert [(p.field, p.reason) for p in caught.value.problems] == [("amount_involved", "not_an_amount")]
    inbox.resolve(hq, conflict_id, value="12.75")
    assert _finding(hq, finding_id).amount_involved == Decimal("12.75")


def test_only_hq_admin_resolves_main_conflicts(world: World, hq: WorkspaceSession,
                                               title_conflict: tuple[str, str], clock: FakeClock) -> None:
    _, conflict_id = title_conflict
    add_user(hq, "李干事", Role.MEMBER, PASSPHRASE + "-member")
    member = unlock_workspace(world.path("hq"), PASSPHRASE + "-member", "李干事", clock=clock)
    try:
        assert len(inbox.list_conflicts(member)) == 1
        with pytest.raises(NotPermittedError):
            inbox.resolve(member, conflict_id, keep="current")
    finally:
        member.lock()
    with pytest.raises(ValidationError):
        inbox.resolve(hq, conflict_id)  # neither keep nor value
    with pytest.raises(inbox.ConflictNotFoundError):
        inbox.resolve(hq, "no-such-conflict", keep="current")


def test_clue_conflicts_only_for_clue_roles(world: World, hq: WorkspaceSession, team_device: str,
                                            clock: FakeClock) -> None:
    with hq.write() as tx:
        clue = Clue(clue_no="[2026]3巡-1组-线索01号", assignment_id=REF.assignment_ids[1], org_id=REF.org_ids[1],
                    clue_name="某科长收受礼金", reflected_person_name="赵某", problem_text="收受礼金。")
        tx.insert(clue, scope_team_id=REF.team_ids[1])
    conflict_id = plant_conflict(hq, Clue, clue.id, field="reflected_person_post", base=None, incoming="科长",
                                 device_id=team_device)
    views = inbox.list_conflicts(hq)
    assert [(v.clue, v.field_label) for v in views] == [(True, "被反映人职务")]
    add_user(hq, "李干事", Role.MEMBER, PASSPHRASE + "-member")
    member = unlock_workspace(world.path("hq"), PASSPHRASE + "-member", "李干事", clock=clock)
    try:
        assert inbox.list_conflicts(member) == []
        with pytest.raises(inbox.ConflictNotFoundError):
            inbox.conflict(member, conflict_id)
    finally:
        member.lock()
    change_id = inbox.resolve(hq, conflict_id, keep="incoming")
    with hq.read() as session:
        assert session.get(ClueChange, change_id) is not None
        assert session.get(Clue, clue.id).reflected_person_post == "科长"  # type: ignore[union-attr]


def test_delete_conflicts(hq: WorkspaceSession, team_device: str) -> None:
    kept, gone = add_finding(hq, "保留的问题"), add_finding(hq, "删除的问题")
    keep_id = plant_conflict(hq, Finding, kept, field=None, kind="delete_vs_edit", base=None,
                             current={"title": "保留的问题"}, incoming={"is_deleted": True, "delete_reason": "重复"},
                             device_id=team_device)
    take_id = plant_conflict(hq, Finding, gone, field=None, kind="delete_vs_edit", base=None,
                             current={"title": "删除的问题"}, incoming={"is_deleted": True, "delete_reason": "重复"},
                             device_id=team_device)
    detail = inbox.conflict(hq, keep_id)
    assert detail.choices == ("current", "incoming") and "（已删除）" in detail.incoming
    assert "问题标题：保留的问题" in detail.current
    with pytest.raises(inbox.ResolutionNotAllowedError):
        inbox.resolve(hq, keep_id, value="x")
    inbox.resolve(hq, keep_id, keep="current")
    inbox.resolve(hq, take_id, keep="incoming")
    assert not _finding(hq, kept).is_deleted
    deleted = _finding(hq, gone)
    assert deleted.is_deleted and deleted.delete_reason == "重复"


def test_edit_versus_delete_take_incoming_undeletes(hq: WorkspaceSession, team_device: str) -> None:
    finding_id = add_finding(hq, "被巡察办删除")
    with hq.write() as tx:
        tx.delete(tx.session.get(Finding, finding_id), reason="误建")  # type: ignore[arg-type]
    conflict_id = plant_conflict(hq, Finding, finding_id, field=None, kind="edit_vs_delete", base=None,
                                 current={"is_deleted": True}, incoming={"title": "组内补充后的问题"},
                                 device_id=team_device)
    inbox.resolve(hq, conflict_id, keep="incoming")
    finding = _finding(hq, finding_id)
    assert not finding.is_deleted and finding.title == "组内补充后的问题"


def test_duplicate_number_gets_a_new_one(hq: WorkspaceSession, team_device: str) -> None:
    existing = _finding(hq, add_finding(hq, "已有编号的问题"))
    incoming = {"id": "b7f8f4a4-0000-4000-8000-000000000001", "code": existing.code, "title": "另一台电脑上的问题",
                "description": "描述。", "assignment_id": existing.assignment_id, "org_id": existing.org_id,
                "seq_no": existing.seq_no, "status": "draft", "scope_team_id": REF.team_ids[1]}
    conflict_id = plant_conflict(hq, Finding, incoming["id"], field="code", kind="duplicate_key", base=None,
                                 current={"code": existing.code}, incoming=incoming, device_id=team_device,
                                 scope_team_id=REF.team_ids[1])
    assert inbox.conflict(hq, conflict_id).choices == ("value",)
    with pytest.raises(inbox.ResolutionNotAllowedError):
        inbox.resolve(hq, conflict_id, keep="incoming")
    with pytest.raises(InvalidFieldsError) as caught:
        inbox.resolve(hq, conflict_id, value=existing.code)
    assert [(p.field, p.reason) for p in caught.value.problems] == [("code", "duplicate")]
    inbox.resolve(hq, conflict_id, value=existing.code + "-2")
    added = _finding(hq, incoming["id"])
    assert (added.code, added.title, added.scope_team_id) == (existing.code + "-2", "另一台电脑上的问题",
                                                              REF.team_ids[1])


def test_duplicate_number_reads_like_a_record(hq: WorkspaceSession, team_device: str) -> None:
    """Only fields with a value, references by name, the differing fields first and marked, a free number offered."""
    existing = _finding(hq, add_finding(hq, "已有编号的问题"))
    drafter = REF.member_ids[1][0]
    incoming = {"id": "b7f8f4a4-0000-4000-8000-000000000002", "code": existing.code, "seq_no": existing.seq_no,
                "title": "另一台电脑上的问题", "description": "描述。", "assignment_id": REF.assignment_ids[1],
                "org_id": REF.org_ids[1], "category_id": None, "category_l1": None, "amount_involved": "12.5",
                "is_key": True, "is_common": False, "discipline_tags": [], "drafted_by": drafter, "status": "draft",
                "drafted_at": "2026-11-24T09:00:00", "occurred_from": "2026-03-01", "location": "",
                "scope_team_id": REF.team_ids[1], "hlc": "x", "is_deleted": False}
    conflict_id = plant_conflict(hq, Finding, incoming["id"], field="code", kind="duplicate_key", base=None,
                                 current={"code": existing.code, "title": existing.title, "id": existing.id,
                                          "assignment_id": existing.assignment_id},
                                 incoming=incoming, device_id=team_device, scope_team_id=REF.team_ids[1])
    detail = inbox.conflict(hq, conflict_id)
    lines = detail.incoming.splitlines()
    assert lines[0] == f"问题编号：{existing.code}" and lines[1] == "● 问题标题：另一台电脑上的问题"
    assert f"被巡察单位：{ORG_NAMES[1]}" in lines and "是否重点：是" in lines and "涉及金额（万元）：12.5 万元" in lines
    assert "状态：草稿" in lines and "发生时间（起）：2026-03-01" in lines and "撰写时间：2026-11-24 09:00" in lines
    assert any(line.startswith("底稿撰写人：") and "（未知）" not in line for line in lines)
    text = detail.incoming + detail.current
    for raw in (REF.assignment_ids[1], REF.org_ids[1], drafter, incoming["id"], existing.id, REF.team_ids[1]):
        assert raw not in text
    assert not [line for line in lines if line.endswith("：") or "（空）" in line]
    labels = {line.split("：")[0] for line in lines}
    assert not {"序号", "问题类别", "一级分类", "是否共性问题", "六项纪律", "地点"} & labels
    assert detail.current.splitlines()[:2] == [f"问题编号：{existing.code}", "● 问题标题：已有编号的问题"]
    assert f"巡察任务：{ORG_NAMES[1]}" in detail.current  # the assignment as its unit
    assert not [line for line in lines if line.startswith("巡察任务")]  # the unit has its own line
    suggested = detail.suggested_value
    assert suggested is not None and suggested != existing.code and suggested.endswith("号")
    inbox.resolve(hq, conflict_id, value=suggested)
    assert _finding(hq, incoming["id"]).code == suggested
    resolved = inbox.conflict(hq, conflict_id)
    assert (resolved.resolved_value, resolved.suggested_value) == (suggested, None)


def test_duplicate_number_from_an_edit_may_keep_its_own(hq: WorkspaceSession, team_device: str) -> None:
    first, second = (_finding(hq, add_finding(hq, title)) for title in ("第一个问题", "第二个问题"))
    conflict_id = plant_conflict(hq, Finding, second.id, field="code", kind="duplicate_key", base=second.code,
                                 incoming=first.code, device_id=team_device)
    detail = inbox.conflict(hq, conflict_id)
    assert detail.choices == ("current", "value") and detail.incoming == first.code
    with pytest.raises(InvalidFieldsError):
        inbox.resolve(hq, conflict_id, value=first.code)
    inbox.resolve(hq, conflict_id, value=second.code)  # its own number is free for itself
    assert _finding(hq, second.id).code == second.code and inbox.list_conflicts(hq) == []


def test_real_conflict_from_packages_and_resolution_back_to_the_team(world: World, hq: WorkspaceSession,
                                                                     tmp_path: Path) -> None:
    """Both sides rename a finding between syncs: the import opens the conflict, the update carries the decision."""
    from services.sync.exporter import export_package
    from services.sync.importer import import_package
    from services.sync.updates.hq_export import export_updates

    stick = tmp_path / "stick"
    stick.mkdir()
    laptop = world.unlock(T1A, clock=hq.clock)
    try:
        finding_id = add_finding(laptop, "组内原标题")
        assert import_package(hq, Path(export_package(laptop, stick).path)).status == "imported"
        _edit_title(hq, finding_id, "巡察办改的标题")
        _edit_title(laptop, finding_id, "组内改的标题")
        result = import_package(hq, Path(export_package(laptop, stick).path))
        assert result.counts.get("conflict") == 1
        [view] = inbox.list_conflicts(hq)
        detail = inbox.conflict(hq, view.conflict_id)
        assert (detail.base, detail.current, detail.incoming) == ("组内原标题", "巡察办改的标题", "组内改的标题")
        inbox.resolve(hq, view.conflict_id, value="合并后的标题")
        update = export_updates(hq, stick, device_ids=[laptop.device_id])[0]
        assert import_package(laptop, Path(update.path)).status == "imported"
        with laptop.read() as session:
            assert session.get(Finding, finding_id).title == "合并后的标题"  # type: ignore[union-attr]
    finally:
        laptop.lock()
