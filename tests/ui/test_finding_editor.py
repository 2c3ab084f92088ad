"""The working-paper editor in a real window on the team 2 demo: fill, validate beside the field, save, reopen,
and the review steps each role sees and may take."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from models.entities import Finding
from services.finding_scope import category_choices
from services.findings import load_finding_input
from services.workspace import WorkspaceSession
from tests.services.finding_fixtures import DEPUTY, LEADER, MEMBER, demo_template, open_as, valid_input
from ui.areas.findings import FindingsArea
from ui.finding_editor import FindingEditor
from ui.finding_editor import dialog as dialog_module
from ui.finding_editor.category_picker import CategoryDialog
from ui.finding_editor.review_bar import RevertDialog

__all__ = ["demo_template", "open_as"]

Opener = Callable[[str], WorkspaceSession]
translate = QCoreApplication.translate  # the tests hold whether or not the newest strings are translated yet


@pytest.fixture(autouse=True)
def no_question_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing a window with unsaved edits asks; in the tests the answer is "discard" (and is recorded)."""
    asked: list[str] = []

    def discard(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    return asked


def editor_for(qtbot, ws: WorkspaceSession, finding_id: str | None = None) -> FindingEditor:  # type: ignore[no-untyped-def]
    editor = FindingEditor(ws, finding_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def fill(editor: FindingEditor, ws: WorkspaceSession) -> None:
    """Type a complete finding into the form, as a person would set each widget."""
    data = valid_input(ws)
    form = editor.form
    form.org.setCurrentIndex(form.org.findData(data.org_id))
    form.lines["title"].setText(data.title)
    form.texts["description"].setPlainText(data.description)
    form.category.set_value(data.category_id, emit=True)
    form.source_method.setCurrentIndex(form.source_method.findData("petition"))
    form.amount.setText("12.345678")
    form.occurred_from.edit.setText("2025年3月1日")
    form.occurred_to.edit.setText("2025/9/30")
    form.lines["location"].setText("财务科")
    for name in ("legal_basis", "qualitative_analysis", "responsibility_analysis", "feedback_text"):
        form.texts[name].setPlainText(getattr(data, name))
    form.tags.discipline_boxes["integrity"].setChecked(True)
    form.tags.other_boxes["形式主义"].setChecked(True)
    form.flags["is_key"].setChecked(True)
    form.persons.add_row({"name": "王某", "post": "财务科科长"})
    form.sources.set_value(data.sources)


def test_fill_save_and_reopen_gives_the_same_values(qtbot, open_as: Opener) -> None:  # type: ignore[no-untyped-def]
    ws = open_as(MEMBER)
    editor = editor_for(qtbot, ws)
    assert not editor.review_bar.review_button.isVisibleTo(editor)
    fill(editor, ws)
    assert editor.is_dirty() and editor.windowTitle().startswith("* ")
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    finding_id = saved.args[0]
    assert editor.finding_id == finding_id and not editor.is_dirty()
    assert editor.heading.text().startswith("[2026]3巡-2组-")
    with ws.read() as session:
        finding = session.get(Finding, finding_id)
        assert finding is not None
        assert finding.amount_involved == Decimal("12.345678") and finding.occurred_from == date(2025, 3, 1)
        assert finding.discipline_tags == ["integrity"] and finding.other_tags == ["形式主义"]
        assert finding.persons_involved == [{"name": "王某", "post": "财务科科长"}]
    shown, _ = editor.form.to_input()
    again = editor_for(qtbot, ws, finding_id)
    reopened, problems = again.form.to_input()
    assert problems == [] and reopened == shown
    assert reopened == load_finding_input(ws, finding_id)[0]
    assert again.form.amount.text() == "12.345678"
    assert again.evidence.owner_id == finding_id


def test_problems_show_beside_their_fields_and_the_first_gets_the_focus(qtbot, open_as: Opener) -> None:  # type: ignore[no-untyped-def]
    ws = open_as(MEMBER)
    editor = editor_for(qtbot, ws)
    fill(editor, ws)
    editor.form.lines["title"].clear()
    editor.form.amount.setText("十二万")
    editor.form.occurred_to.edit.setText("2025-02-01")  # before 2025-03-01
    editor.form.persons.add_row({"name": "", "post": "出纳"})
    editor.form.setCurrentIndex(1)
    assert not editor.save()
    problems = editor.form.problems
    assert problems["title"].isVisibleTo(editor) and "问题标题" in problems["title"].text()
    assert "十二万" in problems["amount_involved"].text()
    assert "发生时间（起）" in problems["occurred_to"].text()
    assert "涉及人员" in problems["persons_involved"].text() and "2" in problems["persons_involved"].text()
    assert not problems["description"].isVisibleTo(editor)
    assert editor.form.currentIndex() == 0 and editor.focusWidget() is editor.form.lines["title"]
    with ws.read() as session:
        assert session.scalar(select(Finding).where(Finding.location == "财务科")) is None
    editor.form.lines["title"].setText("违规发放津补贴问题")
    editor.form.amount.setText("12.5")
    editor.form.occurred_to.edit.setText("2025-09-30")
    editor.form.persons.table.removeRow(1)
    assert editor.save()
    assert not problems["title"].isVisibleTo(editor)


def test_the_category_picker_searches(qtbot, open_as: Opener) -> None:  # type: ignore[no-untyped-def]
    ws = open_as(MEMBER)
    with ws.read() as session:
        choices = category_choices(session)
    dialog = CategoryDialog(choices, {}, "four_implementations", None)
    qtbot.addWidget(dialog)
    dialog.search.setText("三资")  # (QTest cannot type Chinese characters)
    chosen = dialog.tree.currentItem()
    assert chosen is not None and "三资" in chosen.text(0)
    visible = [c for c in choices if "三资" in c.names[-1]]
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == visible[0].node_id
    nothing = CategoryDialog(choices, {}, "four_implementations", None)
    qtbot.addWidget(nothing)
    nothing.search.setText("没有这种问题")
    assert nothing.no_match.isVisibleTo(nothing)


def test_each_role_sees_only_its_steps(qtbot, open_as: Opener, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    member, deputy, leader = open_as(MEMBER), open_as(DEPUTY), open_as(LEADER)
    editor = editor_for(qtbot, member)
    fill(editor, member)
    assert editor.save()
    finding_id = editor.finding_id
    bar = editor.review_bar
    assert [b.isVisibleTo(editor) for b in (bar.review_button, bar.sign_button, bar.revert_button)] == [
        False, False, False]

    as_deputy = editor_for(qtbot, deputy, finding_id)
    bar = as_deputy.review_bar
    assert bar.review_button.isVisibleTo(as_deputy) and not bar.sign_button.isVisibleTo(as_deputy)
    bar.review_button.click()
    assert "已审核" in bar.status.text() and DEPUTY in bar.people.text()
    assert bar.revert_button.isVisibleTo(as_deputy) and not bar.sign_button.isVisibleTo(as_deputy)
    assert not as_deputy.save_button.isVisibleTo(as_deputy)

    as_member = editor_for(qtbot, member, finding_id)
    assert not as_member.save_button.isVisibleTo(as_member) and as_member.form.lines["title"].isReadOnly()
    assert not any(b.isVisibleTo(as_member) for b in (as_member.review_bar.review_button,
                                                       as_member.review_bar.sign_button,
                                                       as_member.review_bar.revert_button))
    assert as_member.review_bar.hint.isVisibleTo(as_member)

    as_leader = editor_for(qtbot, leader, finding_id)
    assert as_leader.review_bar.sign_button.isVisibleTo(as_leader)
    as_leader.review_bar.sign_button.click()
    assert "已签字" in as_leader.review_bar.status.text()
    assert as_leader.review_bar.revert_button.text() == translate("ReviewBar", "Withdraw signature…")

    # Revert: an empty reason is refused in the dialog; with one, the paper goes back and the history says why.
    empty = RevertDialog(signed=True)
    qtbot.addWidget(empty)
    empty.try_accept()
    assert empty.result() != QDialog.DialogCode.Accepted and empty.problem.isVisibleTo(empty)

    def answer(self: RevertDialog) -> int:
        self.reason.setPlainText("金额需再核实")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_module.RevertDialog, "exec", answer)
    as_leader.review_bar.revert_button.click()
    assert "已审核" in as_leader.review_bar.status.text()
    history = as_leader.history
    assert history.item(0, 2).text() == translate("HistoryView", "Sent back")
    assert "金额需再核实" in history.item(0, 3).text()


def test_the_editor_fits_a_small_screen_and_the_list_opens_it(qtbot, open_as: Opener) -> None:  # type: ignore[no-untyped-def]
    ws = open_as(MEMBER)
    editor = editor_for(qtbot, ws)
    assert editor.width() <= 1366 and editor.height() <= 720
    assert editor.minimumSizeHint().height() <= 720 and editor.minimumSizeHint().width() <= 1366
    area = FindingsArea(ws)
    qtbot.addWidget(area)
    with ws.read() as session:
        first = session.scalar(select(Finding.id).where(Finding.status == "draft").limit(1))
    area.open_editor(first)
    assert area.editor.finding_id == first and area.editor.isVisible()
    area.editor.form.lines["location"].setText("新地点")
    with qtbot.waitSignal(area.editor.saved):
        area.editor.save()
    area.editor.reject()
    area.new_button.click()
    assert area.editor.finding_id is None


def test_a_member_passes_a_saved_paper_to_the_clue_officer(qtbot, open_as: Opener) -> None:  # type: ignore[no-untyped-def]
    from services.clue_referrals import last_referral

    ws = open_as(MEMBER)
    editor = editor_for(qtbot, ws)
    assert not editor.refer_button.isVisibleTo(editor)  # nothing to pass on before the paper is saved
    fill(editor, ws)
    assert editor.save()
    assert editor.refer_button.isVisibleTo(editor) and last_referral(ws, editor.finding_id) is None
    assert editor.refer_to_clue_officer(ask=False)
    assert last_referral(ws, editor.finding_id) is not None
    assert "20" in editor.refer_button.toolTip()  # says when it was passed on
    assert not ws.can_read_clues  # the member did it without the clue key


def test_saving_while_another_program_writes_says_so(qtbot, open_as: Opener,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16, fault 2: the workspace is open in the window and a second 巡察通 holds its write lock."""
    from services.errors import WorkspaceBusyError
    from tests.services.writer_holder import holding_writer
    from ui.messages import message_for

    ws = open_as(MEMBER)
    editor = editor_for(qtbot, ws)
    fill(editor, ws)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    with holding_writer(ws.path):
        assert not editor.save()
    assert warned == [message_for(WorkspaceBusyError(path=str(ws.path)))]
    assert editor.finding_id is None and editor.is_dirty()
    assert editor.save()  # the lock is gone: the same form saves


def test_a_signed_demo_paper_lists_its_drafting_review_and_signature(qtbot, open_as: Opener) -> None:  # type: ignore[no-untyped-def]
    """The 审核记录 tab shows the steps the status line names: drafted, reviewed by 王海燕, signed by 张建国."""
    ws = open_as(MEMBER)
    with ws.read() as session:
        finding = session.scalars(select(Finding).where(Finding.status == "signed").order_by(Finding.seq_no)
                                  .limit(1)).one()
    editor = editor_for(qtbot, ws, finding.id)
    people = editor.review_bar.people.text()
    assert DEPUTY in people and LEADER in people
    history = editor.history
    rows = [[history.item(row, column).text() for column in range(4)] for row in range(history.rowCount())]
    steps = [row[2] for row in reversed(rows)]  # the view lists the newest first
    assert steps == [translate("HistoryView", name) for name in ("Created", "Reviewed", "Signed")]
    assert rows[0][1].startswith(LEADER) and rows[1][1].startswith(DEPUTY)
    assert rows[0][0] == finding.signed_at.strftime("%Y-%m-%d %H:%M")
    assert rows[2][0] == finding.drafted_at.strftime("%Y-%m-%d %H:%M") and rows[2][1].split("（")[0] in people
