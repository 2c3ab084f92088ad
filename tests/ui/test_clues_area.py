"""The Clues area and the clue dialog in real windows: only clue roles get them, every opening is audited,
the dialog saves, names the field it rejects, links findings and deletes with a reason."""

from __future__ import annotations

from sqlalchemy import select

from models.audit import AuditEvent
from models.clue import Clue
from models.entities import Finding
from models.enums import Role
from services.accounts import add_user
from services.clue_referrals import refer_finding
from services.queries.clues import clue_assignments
from services.workspace import unlock_workspace
from tests.conftest import PASSPHRASE
from ui.clue_dialog import ClueDialog
from ui.finding_picker import FindingPicker


def actions(ws, action: str) -> list[AuditEvent]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def fill(dialog: ClueDialog, ws, **values) -> None:
    dialog.set_values(dialog.values() | {
        "assignment_id": clue_assignments(ws)[0].id, "clue_name": "关于某局长违规收受礼金的问题线索",
        "reflected_person_name": "钱某", "problem_text": "反映其收受礼金。", "discipline": ["integrity"],
        "disposal_type": "preliminary_check", "accepted_at": "2026-01-05"} | values)


def test_a_member_window_has_no_clue_area_and_no_clue_database(make_controller, member_ws) -> None:
    controller = make_controller()
    controller.enter_session(member_ws)
    view = controller.window.workspace_view
    assert "clues" not in view.area_keys()
    assert not view.findChildren(ClueDialog)
    assert not member_ws.engine.info_clue_attached


def test_a_clue_officer_has_the_area_and_each_viewing_is_audited(make_controller, leader_ws, clock) -> None:
    add_user(leader_ws, "赵线索", Role.CLUE_OFFICER, PASSPHRASE)
    officer = unlock_workspace(leader_ws.path, PASSPHRASE, "赵线索", clock=clock)
    try:
        controller = make_controller()
        controller.enter_session(officer)
        view = controller.window.workspace_view
        view.show_area("clues")
        area = view.areas["clues"]
        assert area.model.rowCount() == 3 and area.info_label.text() == "共 3 条"
        assert len(actions(officer, "clue_list_viewed")) == 1
        assert not area.open_button.isEnabled()
        area.view.selectRow(0)
        assert area.open_button.isEnabled() and area.delete_button.isEnabled()
        dialog = ClueDialog(officer, area.selected_id())
        assert [(e.entity, e.entity_id) for e in actions(officer, "clue_viewed")] == [("clue", area.selected_id())]
        assert dialog.windowTitle().endswith("线-001") and dialog.delete_button.isVisibleTo(dialog)
    finally:
        officer.lock()


def test_the_dialog_saves_a_new_clue_and_the_list_shows_it(qtbot, leader_ws) -> None:
    dialog = ClueDialog(leader_ws)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isVisibleTo(dialog) and not dialog.link_button.isEnabled()
    fill(dialog, leader_ws, discipline=["integrity", "work"], closed=False, feedback_due="2026年4月5日")
    dialog.save()
    assert dialog.result() == ClueDialog.DialogCode.Accepted and dialog.saved_id
    with leader_ws.read() as session:
        clue = session.get(Clue, dialog.saved_id)
    assert clue.clue_no == "[2026]3巡-2组-线索01号" and clue.discipline == ["integrity", "work"]
    assert clue.disposal_type == "preliminary_check" and str(clue.feedback_due) == "2026-04-05"


def test_a_rejected_value_is_shown_under_its_own_field(qtbot, leader_ws) -> None:
    dialog = ClueDialog(leader_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, leader_ws, clue_name="", accepted_at="上周三", discipline=[])
    dialog.save()
    assert dialog.result() != ClueDialog.DialogCode.Accepted
    shown = {name: label.text() for name, label in dialog.field_errors.items() if label.isVisible()}
    assert set(shown) == {"clue_name", "accepted_at", "discipline"}
    assert "问题线索名称" in shown["clue_name"] and "上周三" in shown["accepted_at"]
    assert dialog.editors["clue_name"].hasFocus() or dialog.focusWidget() is dialog.editors["clue_name"]
    assert dialog.error_label.isVisible()
    with leader_ws.read() as session:
        assert session.scalars(select(Clue).where(Clue.clue_name == "")).first() is None
    fill(dialog, leader_ws)  # corrected: the old messages go away on the next save
    dialog.save()
    assert dialog.result() == ClueDialog.DialogCode.Accepted


def test_link_a_finding_picked_by_code_then_delete_with_a_reason(qtbot, leader_ws, monkeypatch) -> None:
    dialog = ClueDialog(leader_ws)
    qtbot.addWidget(dialog)
    fill(dialog, leader_ws)
    dialog.save()
    clue_id = dialog.saved_id
    editing = ClueDialog(leader_ws, clue_id)
    qtbot.addWidget(editing)
    assert editing.link_button.isEnabled() and editing.links_list.count() == 0

    picker = FindingPicker(leader_ws)
    qtbot.addWidget(picker)
    picker.search.setText("2组-17号")
    picker.refresh()
    assert picker.results.count() == 1 and "第17号问题" in picker.results.item(0).text()
    picker.choose()
    chosen = picker.chosen_id

    def pick(self) -> FindingPicker.DialogCode:  # the person picks the same finding in the modal picker
        self.chosen_id = chosen
        return FindingPicker.DialogCode.Accepted

    monkeypatch.setattr(FindingPicker, "exec", pick)
    editing.pick_finding()
    assert editing.links_list.count() == 1 and "[2026]3巡-2组-17号" in editing.links_list.item(0).text()

    assert not editing.delete_with_reason("")  # a reason is required, and said so
    assert "删除原因" in editing.error_label.text()
    assert editing.delete_with_reason("与线-001重复")
    with leader_ws.read() as session:
        clue = session.get(Clue, clue_id)
    assert clue.is_deleted and clue.delete_reason == "与线-001重复"


def test_findings_passed_on_by_a_member_wait_in_the_area(make_controller, leader_ws, member_ws) -> None:
    with member_ws.read() as session:
        finding = session.scalar(select(Finding).where(Finding.seq_no == 5))
    refer_finding(member_ws, finding.id)
    controller = make_controller()
    controller.enter_session(leader_ws)
    view = controller.window.workspace_view
    view.show_area("clues")
    area = view.areas["clues"]
    assert area.tabs.tabText(1).endswith("(1)") or area.tabs.tabText(1).endswith("（1）")
    assert area.referral_model.row_object(0).finding_code == finding.code
    assert area.referral_model.row_object(0).referred_by == "李组员"
    area.referral_view.selectRow(0)
    assert area.dismiss_button.isEnabled()
    area.dismiss_selected_referral()
    assert area.referral_model.rowCount() == 0 and area.referral_page.is_empty
