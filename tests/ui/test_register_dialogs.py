"""The register forms in real windows on a real encrypted workspace: each filled and saved, problems shown
beside the right field, a finding drafted from an interview, the buttons of the registers area."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from models.entities import (
    Assignment,
    DocumentRequest,
    DocumentRequestItem,
    FieldVisit,
    Finding,
    FindingSource,
    Interview,
    Petition,
    TeamMember,
)
from services.petitioners import petitioner_identity
from services.queries.registers import list_interviews
from services.workspace import WorkspaceSession
from ui import finding_picker as picker_module
from ui.areas.registers import RegistersArea
from ui.finding_picker import FindingPicker
from ui.register_dialogs.document_request import DocumentRequestDialog
from ui.register_dialogs.field_visit import FieldVisitDialog
from ui.register_dialogs.interview import InterviewDialog
from ui.register_dialogs.petition import PetitionDialog


def add_members(ws: WorkspaceSession) -> list[str]:
    """Four members on team 2 (the template workspace has the team but nobody on it)."""
    with ws.write() as tx:
        team_id = tx.session.scalars(select(Assignment.team_id)).first()
        ids = []
        for name, role in (("张组长", "leader"), ("陈副组长", "deputy"), ("李组员", "member"), ("周专员", "member")):
            member = TeamMember(team_id=team_id, name=name, role=role)
            tx.insert(member, scope_team_id=team_id)
            ids.append(member.id)
    return ids


@pytest.fixture
def members(leader_ws: WorkspaceSession) -> list[str]:
    return add_members(leader_ws)


def no_discard_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form closed at teardown with unsaved changes would ask; a message box would hang the run."""
    no_discard_prompt(monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2:]}"))


def test_interview_form_rejects_one_interviewer_beside_the_field(qtbot, leader_ws: WorkspaceSession,
                                                                 members: list[str]) -> None:
    dialog = InterviewDialog(leader_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unit_edit.text()  # the unit's name is offered for the interviewee's unit
    dialog.name_edit.setText("刘某")
    dialog.post_edit.setText("副局长")
    dialog.time_field.set_value(datetime(2026, 9, 5, 14, 30))
    dialog.interviewers.set_checked([members[0]])
    dialog.recorder_combo.set_value(members[2])
    dialog.summary_edit.setPlainText("反映公务用车管理不严")
    assert not dialog.save()
    problem = dialog.problem_for("interviewer_ids")
    assert problem.isVisible() and "谈话人员" in problem.text() and "2" in problem.text()
    assert not dialog.problem_for("interviewee_name").isVisible()
    assert dialog.entry_id is None

    dialog.interviewers.set_checked(members[:2])
    dialog.outline.add_row({"category": "党风廉政", "question": "公务用车？", "answer": "有私用情况"})
    assert dialog.save()
    assert not problem.isVisible()
    assert dialog.entry_id is not None and "谈001" in dialog.heading.text()
    with leader_ws.read() as session:
        row = session.get(Interview, dialog.entry_id)
        assert row.interviewer_ids == members[:2] and row.recorder_id == members[2]
        assert row.talk_time == datetime(2026, 9, 5, 14, 30)
        assert row.outline_items[0]["answer"] == "有私用情况"
    assert dialog.tabs.isTabEnabled(dialog.evidence_tab) and dialog.findings.new_button.isEnabled()
    assert not dialog.is_dirty()


def test_a_finding_drafted_from_an_interview_names_it(qtbot, leader_ws: WorkspaceSession, members: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    no_discard_prompt(monkeypatch)
    dialog = InterviewDialog(leader_ws)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("刘某")
    dialog.time_field.set_value(datetime(2026, 9, 5, 14, 30))
    dialog.interviewers.set_checked(members[1:3])
    dialog.recorder_combo.set_value(members[1])  # the recorder may be one of the two
    dialog.summary_edit.setPlainText("反映公务用车管理不严")
    assert dialog.save()
    editor = dialog.findings.new_finding()
    assert editor is not None
    qtbot.addWidget(editor)
    data, _problems = editor.form.to_input()
    assert data.sources == [("interview", dialog.entry_id)] and data.source_method == "interview"
    assert data.description == "反映公务用车管理不严"
    editor.form.lines["title"].setText("公务用车管理不严")
    assert editor.save()
    with leader_ws.read() as session:
        finding = session.scalar(select(Finding).where(Finding.title == "公务用车管理不严"))
        assert finding is not None
        link = session.scalar(select(FindingSource).where(FindingSource.finding_id == finding.id))
        assert (link.source_kind, link.source_id) == ("interview", dialog.entry_id)
    assert dialog.findings.list.count() == 1 and "公务用车管理不严" in dialog.findings.list.item(0).text()
    editor.close()


def test_an_existing_finding_linked_through_the_picker(qtbot, leader_ws: WorkspaceSession, members: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The register's link goes through the one finding picker: this unit's findings first, every unit on
    request, the finding already linked not offered again."""
    dialog = InterviewDialog(leader_ws)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("刘某")
    dialog.time_field.set_value(datetime(2026, 9, 5, 14, 30))
    dialog.interviewers.set_checked(members[1:3])
    dialog.recorder_combo.set_value(members[1])
    dialog.summary_edit.setPlainText("反映公务用车管理不严")
    assert dialog.save()
    unit = dialog.findings.assignment()
    picker = FindingPicker(leader_ws, dialog, assignment_id=unit, own_assignments=True)
    qtbot.addWidget(picker)
    assert picker.all_units.isVisibleTo(picker) and not picker.all_units.isChecked()
    first = picker.results.count()
    assert 0 < first <= picker_module.LIMIT
    with leader_ws.read() as session:
        units = {session.scalar(select(Finding.assignment_id).where(Finding.id == picker.results.item(row).data(
            Qt.ItemDataRole.UserRole))) for row in range(picker.results.count())}
    assert units == {unit}
    picked = str(picker.results.item(0).data(Qt.ItemDataRole.UserRole))

    def pick(self: FindingPicker) -> int:
        self.chosen_id = picked
        return FindingPicker.DialogCode.Accepted

    monkeypatch.setattr(FindingPicker, "exec", pick)
    dialog.findings.link()
    assert dialog.findings.list.count() == 1 and dialog.findings.linked_ids() == {picked}
    again = FindingPicker(leader_ws, dialog, assignment_id=unit, exclude=dialog.findings.linked_ids(),
                          own_assignments=True)
    qtbot.addWidget(again)
    shown = {str(again.results.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(again.results.count())}
    assert picked not in shown
    again.all_units.setChecked(True)
    assert again.scope() is None and again.results.count() >= len(shown)


def test_petition_form_for_a_member_has_no_identity(qtbot, member_ws: WorkspaceSession) -> None:
    dialog = PetitionDialog(member_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not member_ws.can_read_clues and dialog.identity_fields == {}
    assert dialog.identity() is None
    dialog.summary_edit.setPlainText("")
    dialog.disposition_combo.setCurrentIndex(dialog.disposition_combo.findData("forwarded"))
    assert not dialog.save()
    assert dialog.problem_for("summary").isVisible() and dialog.problem_for("forwarded_to").isVisible()
    dialog.summary_edit.setPlainText("反映惠民资金发放慢")
    dialog.forwarded_to_edit.setText("市信访局")
    assert dialog.save()
    with member_ws.read() as session:
        saved = session.get(Petition, dialog.entry_id)
        assert saved.forwarded_to == "市信访局" and saved.disposition == "forwarded"


def test_petition_form_of_the_leader_records_the_petitioner(qtbot, leader_ws: WorkspaceSession,
                                                            members: list[str]) -> None:
    dialog = PetitionDialog(leader_ws)
    qtbot.addWidget(dialog)
    assert dialog.identity_loaded  # a new petition: the box is open
    dialog.summary_edit.setPlainText("反映违规收费")
    dialog.identity_fields["petitioner_name"].setText("钱某")
    dialog.identity_fields["phone"].setText("13800000000")
    dialog.handler_combo.set_value(members[3])
    assert dialog.save()
    seen = petitioner_identity(leader_ws, dialog.entry_id)
    assert seen is not None and seen.petitioner_name == "钱某"
    reopened = PetitionDialog(leader_ws, dialog.entry_id)
    qtbot.addWidget(reopened)
    assert not reopened.identity_loaded and not reopened.identity_form_holder.isVisibleTo(reopened)
    reopened.load_identity()
    assert reopened.identity_fields["phone"].text() == "13800000000"
    assert not reopened.is_dirty()


def test_document_request_form_with_items(qtbot, leader_ws: WorkspaceSession, members: list[str]) -> None:
    dialog = DocumentRequestDialog(leader_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.content_edit.setPlainText("调阅2025年党组会议纪要")
    dialog.requester_combo.set_value(members[2])
    dialog.items.add_row({"item_name": "党组会议纪要", "count": "3", "provided_at": "2026-09-03"})
    dialog.items.add_row({})  # an empty row is left out
    dialog.items.add_row({"item_name": "记账凭证", "count": "12", "returned_at": "2026-09-01",
                          "provided_at": "2026-09-04"})
    assert not dialog.save()
    assert dialog.items_problems.isVisible() and "3" in dialog.items_problems.text()  # the table's row 3
    dialog.items.table.item(2, dialog.items.keys.index("returned_at")).setText("")
    dialog.items.table.setCurrentCell(0, 0)
    dialog.items.mark_returned("2026-09-20")
    assert dialog.save(), (dialog.items_problems.text(), dialog.other_problems.text())
    with leader_ws.read() as session:
        items = session.scalars(select(DocumentRequestItem).where(
            DocumentRequestItem.request_id == dialog.entry_id)).all()
        assert sorted((i.item_name, i.returned, i.returned_at) for i in items) == [
            ("党组会议纪要", True, date(2026, 9, 20)), ("记账凭证", False, None)]
        assert session.get(DocumentRequest, dialog.entry_id).requester_id == members[2]
    assert dialog.items.table.rowCount() == 2


def test_field_visit_form(qtbot, leader_ws: WorkspaceSession) -> None:
    dialog = FieldVisitDialog(leader_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_field.edit.setText("九月")
    assert not dialog.save()
    assert dialog.problem_for("visit_date").isVisible() and "九月" in dialog.problem_for("visit_date").text()
    dialog.date_field.set_value(date(2026, 9, 8))
    assert not dialog.save()
    assert not dialog.problem_for("visit_date").isVisible() and dialog.problem_for("target_place").isVisible()
    dialog.place_edit.setText("某村三组")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("forum"))
    dialog.persons.add_row({"name": "老党员甲", "category": "老党员"})
    dialog.result_edit.setPlainText("群众反映惠民资金发放慢")
    assert dialog.save(close=True)
    with leader_ws.read() as session:
        visit = session.get(FieldVisit, dialog.entry_id)
        assert visit.visit_kind == "forum" and visit.persons[0]["name"] == "老党员甲"


def test_area_buttons_open_edit_and_delete(qtbot, leader_ws: WorkspaceSession, members: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    area = RegistersArea(leader_ws)
    qtbot.addWidget(area)
    area.show()
    assert area.tabs.count() == 4 and not area.edit_button.isEnabled()
    page = area.registers[0][3]
    page.view.selectRow(0)
    assert area.edit_button.isEnabled() and area.delete_button.isEnabled()
    dialog = area.edit_current()
    assert isinstance(dialog, InterviewDialog) and dialog.name_edit.text() == "王某"
    dialog.interviewers.set_checked(members[:2])
    dialog.recorder_combo.set_value(members[0])
    dialog.post_edit.setText("党组书记、局长")
    assert dialog.save(close=True)
    assert area.registers[0][2].row_object(0).interviewee_post == "党组书记、局长"

    monkeypatch.setattr("ui.areas.registers.QInputDialog.getText", lambda *a, **k: ("重复登记", True))
    page.view.selectRow(0)
    assert area.delete_current()
    assert list_interviews(leader_ws) == [] and page.is_empty
    area.tabs.setCurrentIndex(3)
    new = area.new_entry()
    assert isinstance(new, FieldVisitDialog)
    no_discard_prompt(monkeypatch)
    new.close()
    area.clear()
    assert not area.new_button.isEnabled()
    assert area.dialogs == []
