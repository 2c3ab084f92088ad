"""The conflict inbox (ui/sync/conflict_inbox.py) and the close-out dialog (ui/sync/close_round_dialog.py) on real
workspaces: three values side by side, the three ways out, a bad merged value named in place, roles; close-out
refused until HQ confirmed, then typed-title confirmation and the wipe on the TaskRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.entities import Finding
from models.enums import Role
from services.accounts import add_user
from services.findings import load_finding_input, update_finding
from services.sync.conflicts.inbox import list_conflicts
from services.workspace import unlock_workspace
from tests.services.sync.conflict_fixtures import plant_conflict
from tests.services.sync.test_closeout import hq_acknowledges_everything
from tests.services.sync.world import PASSPHRASE, World, add_finding, build_world, copy_world
from ui.sync.close_round_dialog import CloseRoundDialog
from ui.sync.conflict_inbox import ConflictInbox
from ui.tasks import TaskRunner


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("conflict_inbox") / "world")


@pytest.fixture
def world(template: World, tmp_path: Path) -> World:
    made = copy_world(template, tmp_path / "world")
    with made.opened("hq", "t1a") as (hq, laptop):
        finding_id = add_finding(hq, "原标题")
        data, version = load_finding_input(hq, finding_id)
        data.title = "巡察办的标题"
        update_finding(hq, finding_id, data, expected_version=version)
        plant_conflict(hq, Finding, finding_id, field="title", base="原标题", incoming="组内的标题",
                       device_id=laptop.device_id)
        other = add_finding(hq, "重复录入")
        plant_conflict(hq, Finding, other, field=None, kind="delete_vs_edit", base=None,
                       current={"title": "重复录入"}, incoming={"is_deleted": True, "delete_reason": "重复"},
                       device_id=laptop.device_id)
    return made


def _select(inbox: ConflictInbox, kind: str) -> None:
    for row in range(inbox.model.rowCount()):
        if inbox.model.view_at(row).kind == kind:
            inbox.table.selectRow(row)
            return
    raise AssertionError(kind)


def test_inbox_shows_three_values_and_resolves(qtbot, world: World) -> None:
    with world.opened("hq") as (hq,):
        inbox = ConflictInbox(hq)
        qtbot.addWidget(inbox)
        inbox.show()
        counts: list[int] = []
        inbox.count_changed.connect(counts.append)
        assert inbox.model.rowCount() == 2
        _select(inbox, "field")
        assert (inbox.base.toPlainText(), inbox.current.toPlainText(), inbox.incoming.toPlainText()) == (
            "原标题", "巡察办的标题", "组内的标题")
        assert inbox.base.isReadOnly() and inbox.current.isReadOnly() and inbox.incoming.isReadOnly()
        assert not inbox.merged.isReadOnly() and inbox.merged.toPlainText() == "巡察办的标题"
        assert "问题标题" in inbox.heading.text()

        inbox.merged.setPlainText("   ")
        inbox.merge_button.click()
        assert "问题标题" in inbox.problem.text() and inbox.model.rowCount() == 2  # named in place, nothing saved

        inbox.merged.setPlainText("合并后的标题")
        with qtbot.waitSignal(inbox.resolved):
            inbox.merge_button.click()
        assert inbox.model.rowCount() == 1 and counts[-1] == 1
        with hq.read() as session:
            assert session.scalar(select(func.count()).select_from(Finding).where(Finding.title == "合并后的标题")) == 1

        _select(inbox, "delete_vs_edit")
        assert not inbox.merge_button.isEnabled() and not inbox.merged.isEnabled()
        assert inbox.take_button.isEnabled() and inbox.keep_button.isEnabled()
        inbox.take_button.click()
        assert inbox.model.rowCount() == 0 and inbox.stack.currentWidget() is inbox.empty and counts[-1] == 0
        inbox.show_resolved.setChecked(True)
        assert inbox.model.rowCount() == 2 and not inbox.keep_button.isEnabled()
        assert list_conflicts(hq) == []


def test_duplicate_number_editor_holds_just_the_number(qtbot, world: World) -> None:
    with world.opened("hq", "t1a") as (hq, laptop):
        with hq.read() as session:
            existing = session.scalars(select(Finding).where(Finding.title == "重复录入")).one()
            code, assignment_id, org_id = existing.code, existing.assignment_id, existing.org_id
        incoming = {"id": "b7f8f4a4-0000-4000-8000-00000000000a", "code": code, "title": "另一台电脑上的问题",
                    "description": "描述。", "assignment_id": assignment_id, "org_id": org_id, "seq_no": 1,
                    "status": "draft", "category_id": None, "location": "", "scope_team_id": existing.scope_team_id}
        plant_conflict(hq, Finding, incoming["id"], field="code", kind="duplicate_key", base=None,
                       current={"code": code, "title": "重复录入", "id": existing.id}, incoming=incoming,
                       device_id=laptop.device_id, scope_team_id=existing.scope_team_id)
        inbox = ConflictInbox(hq)
        qtbot.addWidget(inbox)
        inbox.show()
        _select(inbox, "duplicate_key")
        number = inbox.number.text()
        assert number and number != code and "\n" not in number and "：" not in number
        assert inbox.number.isVisible() and not inbox.merged.isVisible() and not inbox.base.isVisible()
        assert inbox.merge_button.isEnabled() and not inbox.take_button.isVisible()
        assert not inbox.keep_button.isVisible()
        shown = inbox.incoming.toPlainText()
        assert "另一台电脑上的问题" in shown and assignment_id not in shown and "（空）" not in shown
        inbox.number.setText(code)
        inbox.merge_button.click()
        assert "问题编号" in inbox.problem.text() and inbox.model.rowCount() == 3  # named in place, nothing saved
        inbox.number.setText(number)
        with qtbot.waitSignal(inbox.resolved):
            inbox.merge_button.click()
        with hq.read() as session:
            added = session.get(Finding, incoming["id"])
            assert added is not None and added.code == number

        inbox.show_resolved.setChecked(True)
        _select(inbox, "duplicate_key")  # resolved: the number given, nothing to edit
        assert inbox.number.text() == number and not inbox.number.isEnabled() and not inbox.base.isVisible()
        _select(inbox, "delete_vs_edit")
        assert not inbox.merged.isVisible() and not inbox.number.isVisible() and inbox.note.text()
        assert inbox.keep_button.isVisible() and inbox.take_button.isVisible()
        assert not inbox.merge_button.isVisible()


def test_member_sees_but_cannot_resolve(qtbot, world: World) -> None:
    with world.opened("hq") as (hq,):
        add_user(hq, "李干事", Role.MEMBER, PASSPHRASE + "-m")
    member = unlock_workspace(world.path("hq"), PASSPHRASE + "-m", "李干事")
    try:
        inbox = ConflictInbox(member)
        qtbot.addWidget(inbox)
        assert inbox.model.rowCount() == 2
        assert not inbox.keep_button.isEnabled() and not inbox.take_button.isEnabled()
        assert inbox.note.text()
    finally:
        member.lock()


def test_close_round_dialog(qtbot, world: World, runner: TaskRunner) -> None:
    with world.opened("t1a") as (team,):
        add_finding(team, "待清退")
        dialog = CloseRoundDialog(team, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.picker.currentText() == "十三届市委第三轮巡察"
        assert dialog.cover is not None and not dialog.cover.ok
        assert not dialog.confirm.isEnabled() and not dialog.ok.isEnabled()
        dialog.close()

        hq_acknowledges_everything(team)
        dialog = CloseRoundDialog(team, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.cover is not None and dialog.cover.ok and dialog.confirm.isEnabled()
        dialog.confirm.setText("十三届市委第三")
        assert not dialog.ok.isEnabled()
        dialog.confirm.setText("十三届市委第三轮巡察")
        assert dialog.ok.isEnabled()
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
        assert dialog.result.counts["finding"] == 1
        with team.read() as session:
            assert session.scalar(select(func.count()).select_from(Finding)) == 0
