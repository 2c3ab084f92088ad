"""The 整改督办 area in real windows on a real encrypted HQ workspace: the tasks overdue first with their colours,
the status column wide enough for 基本完成、持续整改 and no second numbering, the chain of one problem on one page,
the step dialogs (feedback, progress with a problem under its field, review), and a team's read-only view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from services.queries.rectification_board import list_tasks
from services.rectification.closeout import request_close
from services.rectification.feedback import FeedbackInput, create_feedback
from services.rectification.progress import ProgressInput, report_progress
from services.rectification.tasks import TaskInput
from services.workspace import WorkspaceSession
from tests.rectification_setup import CODES, RectRound, rect_round
from ui.areas.rectification import RectificationArea
from ui.item_models.rectification import COLOUR_COLUMN, STATUS_COLUMN
from ui.rectification.dialogs import FeedbackDialog, ProgressDialog, ReviewDialog
from ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2:]}"))


@pytest.fixture
def rr(hq_ws: WorkspaceSession) -> RectRound:
    made = rect_round(hq_ws)
    create_feedback(hq_ws, FeedbackInput(made.round_id, made.housing, [made.finding(1), made.finding(2)],
                                         date(2026, 11, 2), tasks={
                                             made.finding(1): [TaskInput(deadline=date(2026, 11, 20))],
                                             made.finding(2): [TaskInput(deadline=date(2027, 3, 1))]}))
    return made


@pytest.fixture
def area(rr: RectRound, runner: TaskRunner, qtbot) -> RectificationArea:
    made = RectificationArea(rr.ws, runner=runner)
    qtbot.addWidget(made)
    made.resize(1300, 760)
    made.show()
    return made


def save(qtbot, dialog) -> bool:
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(closed) or not dialog.busy, timeout=10_000)
    return bool(closed)


def test_overdue_first_with_colours_and_one_numbering(area: RectificationArea) -> None:
    model = area.proxy
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == f"{CODES[0]}-1" and model.index(1, 0).data() == f"{CODES[1]}-1"
    progress = model.index(0, COLOUR_COLUMN)
    assert progress.data().endswith("4 d") or "4" in progress.data()  # overdue by four days
    assert progress.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    assert progress.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde0dc"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "No." not in headers and "序号" not in headers
    longest = area.page.view.fontMetrics().horizontalAdvance("基本完成、持续整改")
    assert area.page.view.columnWidth(STATUS_COLUMN) > longest
    assert area.by_unit.item(0, 0).text() == "市住建局" and area.by_unit.item(0, 7).text() == "1"


def test_the_chain_of_one_problem_on_one_page(area: RectificationArea, rr: RectRound, tmp_path: Path) -> None:
    task = next(r for r in list_tasks(rr.ws) if r.finding_code == CODES[1])
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4\nproof\n%%EOF\n")
    report_progress(rr.ws, task.id, ProgressInput("已清退津补贴", status="done", evidence=[proof]))
    request_close(rr.ws, task.id)
    area.refresh()
    area.select_task(task.id)
    area._task_chosen()
    text = area.chain.toPlainText()
    for part in (CODES[1], "违规发放津补贴问题", "已清退津补贴", "proof.pdf"):
        assert part in text
    assert area.review_button.isEnabled() and not area.request_button.isEnabled()


def test_feedback_and_progress_dialogs_write_through_the_runner(area: RectificationArea, rr: RectRound,
                                                               qtbot) -> None:
    dialog = area.feed_back()
    assert isinstance(dialog, FeedbackDialog)
    dialog.check(CODES[2])
    assert save(qtbot, dialog)
    qtbot.waitUntil(lambda: area.proxy.rowCount() == 3, timeout=5_000)
    task = next(r for r in list_tasks(rr.ws) if r.finding_code == CODES[2])
    area.select_task(task.id)
    area._task_chosen()
    progress = area.report_progress()
    assert isinstance(progress, ProgressDialog)
    assert not save(qtbot, progress)  # no text: the problem stays under its field
    assert "不能为空" in progress.problem_for("text").text() or "empty" in progress.problem_for("text").text()
    progress.text.setPlainText("已制定采购内控制度")
    assert save(qtbot, progress)
    qtbot.waitUntil(lambda: "已制定采购内控制度" in area.chain.toPlainText(), timeout=5_000)


def test_review_dialog_closes_out(area: RectificationArea, rr: RectRound, qtbot, tmp_path: Path) -> None:
    task = next(r for r in list_tasks(rr.ws) if r.finding_code == CODES[1])
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4\nproof\n%%EOF\n")
    report_progress(rr.ws, task.id, ProgressInput("已完成", status="done", evidence=[proof]))
    request_close(rr.ws, task.id)
    area.refresh()
    area.select_task(task.id)
    area._task_chosen()
    dialog = area.review()
    assert isinstance(dialog, ReviewDialog)
    dialog.office.setPlainText("整改到位")
    assert not save(qtbot, dialog)  # the three-party check: two opinions missing
    dialog.discipline.setPlainText("同意")
    dialog.organisation.setPlainText("同意")
    assert save(qtbot, dialog)
    qtbot.waitUntil(lambda: any(r.status == "closed_out" for r in area.rows), timeout=5_000)


def test_a_team_sees_the_tasks_read_only(team_ws: WorkspaceSession, qtbot) -> None:
    made = RectificationArea(team_ws)
    qtbot.addWidget(made)
    assert made.hint.isVisibleTo(made) and not made.feedback_button.isVisibleTo(made)
    assert made.feed_back() is None


def test_one_problem_from_signed_finding_to_close_out_in_the_window(area: RectificationArea, rr: RectRound,
                                                                     qtbot, tmp_path: Path) -> None:
    feedback = area.feed_back()
    assert isinstance(feedback, FeedbackDialog)
    feedback.check(CODES[2])
    assert save(qtbot, feedback)
    qtbot.waitUntil(lambda: any(r.finding_code == CODES[2] for r in area.rows), timeout=5_000)
    task = next(r for r in area.rows if r.finding_code == CODES[2])
    area.select_task(task.id)
    area._task_chosen()
    progress = area.report_progress()
    assert isinstance(progress, ProgressDialog)
    proof = tmp_path / "采购制度.pdf"
    proof.write_bytes(b"%PDF-1.4\nrules\n%%EOF\n")
    progress.text.setPlainText("已修订政府采购内控制度并组织培训")
    progress.state.setCurrentIndex(progress.state.findData("done"))
    progress.set_files([str(proof)])
    assert save(qtbot, progress)
    qtbot.waitUntil(lambda: next(r for r in area.rows if r.id == task.id).status == "done", timeout=5_000)
    area.select_task(task.id)
    area._task_chosen()
    assert area.request_close_out(ask=False)
    qtbot.waitUntil(lambda: next(r for r in area.rows if r.id == task.id).closure_requested, timeout=5_000)
    area.select_task(task.id)
    area._task_chosen()
    review = area.review()
    assert isinstance(review, ReviewDialog)
    review.office.setPlainText("整改到位")
    review.discipline.setPlainText("同意")
    review.organisation.setPlainText("同意")
    assert save(qtbot, review)
    qtbot.waitUntil(lambda: next(r for r in area.rows if r.id == task.id).status == "closed_out", timeout=5_000)
    area.select_task(task.id)
    area._task_chosen()
    text = area.chain.toPlainText()
    for part in ("已修订政府采购内控制度", "采购制度.pdf", "整改到位", "已销号"):
        assert part in text


def test_another_task_and_the_units_plan_through_dialogs(area: RectificationArea, rr: RectRound, qtbot,
                                                         tmp_path: Path) -> None:
    from ui.rectification.dialogs import MilestoneDialog, TaskDialog

    task = next(r for r in area.rows if r.finding_code == CODES[1])
    area.select_task(task.id)
    area._task_chosen()
    dialog = area.add_task()
    assert isinstance(dialog, TaskDialog)
    dialog.measures.setPlainText("建立津补贴发放长效机制")
    assert not save(qtbot, dialog)  # 限期整改 needs its deadline
    dialog.kind.setCurrentIndex(dialog.kind.findData("long_term"))
    assert save(qtbot, dialog)
    qtbot.waitUntil(lambda: sum(r.finding_code == CODES[1] for r in area.rows) == 2, timeout=5_000)
    area.select_task(task.id)
    area._task_chosen()
    milestone = area.record_milestone()
    assert isinstance(milestone, MilestoneDialog)
    plan = tmp_path / "整改方案.pdf"
    plan.write_bytes(b"%PDF-1.4\nplan\n%%EOF\n")
    milestone.set_files([str(plan)])
    assert save(qtbot, milestone)
    area.select_task(task.id)
    qtbot.waitUntil(lambda: (area._task_chosen() or True) and "整改方案.pdf" in area.chain.toPlainText(),
                    timeout=5_000)


def test_a_step_makes_the_other_areas_read_again(rr: RectRound, qtbot) -> None:
    from ui.workspace_view import WorkspaceView

    view = WorkspaceView(rr.ws)
    qtbot.addWidget(view)
    view.show_area("rectification")
    area = view.areas["rectification"]
    area.workspace_changed.emit()
    assert "findings" in view.stale and "rectification" not in view.stale


def test_a_tasks_fields_are_edited_with_problems_under_their_fields(area: RectificationArea, rr: RectRound,
                                                                   qtbot) -> None:
    from services.rectification.tasks import task_input
    from ui.rectification.dialogs import EditTaskDialog

    task = next(r for r in area.rows if r.finding_code == CODES[1])
    area.select_task(task.id)
    area._task_chosen()
    assert area.edit_button.isEnabled()
    dialog = area.edit_task()
    assert isinstance(dialog, EditTaskDialog)
    assert dialog.deadline.value() == task.deadline and dialog.problem.toPlainText() == task.problem_text
    dialog.deadline.set_value(None)  # 限期整改 needs its deadline: said under the field, nothing written
    assert not save(qtbot, dialog)
    assert dialog.problem_for("deadline").text()
    dialog.deadline.edit.setText("not a day")
    assert not save(qtbot, dialog)
    assert dialog.problem_for("deadline").text()
    dialog.deadline.set_value(date(2026, 12, 31))
    dialog.measures.setPlainText("清退违规发放的津补贴")
    dialog.leader.setText("张副局长")
    dialog.cooperating.setText("市财政局，市审计局")
    dialog.bodies.setText("市纪委监委、市委组织部")
    assert save(qtbot, dialog)
    qtbot.waitUntil(lambda: any(r.id == task.id and r.deadline == date(2026, 12, 31) for r in area.rows),
                    timeout=5_000)
    stored, _version = task_input(rr.ws, task.id)
    assert stored.measures == "清退违规发放的津补贴" and stored.responsible_leader == "张副局长"
    assert stored.cooperating_units == ["市财政局", "市审计局"]
    assert stored.supervising_bodies == ["市纪委监委", "市委组织部"]
    assert stored.problem_text == task.problem_text and stored.rect_type == task.rect_type
    assert "清退违规发放的津补贴" in area.chain.toPlainText()


def test_a_team_is_not_offered_the_edit(team_ws: WorkspaceSession, qtbot) -> None:
    made = RectificationArea(team_ws)
    qtbot.addWidget(made)
    assert not made.edit_button.isVisibleTo(made) and made.edit_task() is None


def test_a_proposal_its_answer_and_the_common_problem_report(area: RectificationArea, rr: RectRound, qtbot,
                                                             tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from models.entities import Finding
    from models.rectification_enums import ProposalTheme
    from services.queries.rectification_board import list_handovers
    from ui.i18n import label
    from ui.rectification.dialogs import HandoverFeedbackDialog
    from ui.rectification.proposal_dialogs import ProposalDialog

    assert not area.proposal_button.isHidden() and not area.common_button.isHidden()  # on the Handovers tab
    dialog = area.propose()
    assert isinstance(dialog, ProposalDialog)
    assert not save(qtbot, dialog)  # no department, no problem: each said under its field
    assert dialog.problem_for("to_org").text() and dialog.problem_for("item_id", "handover_item").text()
    dialog.department.setText("市财政局")
    dialog.theme.setCurrentIndex(dialog.theme.findData("special_funds"))
    dialog.check(CODES[1], CODES[3])
    assert save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(area.handovers) == 1, timeout=5_000)
    [made] = list_handovers(rr.ws)
    assert (made.kind, made.theme, made.to_org, made.items) == ("proposal", "special_funds", "市财政局",
                                                                 (CODES[1], CODES[3]))
    theme = label("special_funds", ProposalTheme)
    assert area.handover_table.item(0, 1).text() == "市财政局（{}）".format(
        QCoreApplication.translate("RectificationArea", "Proposal: %1").replace("%1", theme))
    area.handover_table.selectRow(0)
    answer = area.record_handover_feedback()
    assert isinstance(answer, HandoverFeedbackDialog)
    answer.text.setPlainText("已部署专项资金清理")
    assert not save(qtbot, answer)  # the department's receipt comes first, as for any handover
    answer.done(0)
    receipt = area.record_receipt()
    assert receipt is not None
    receipt.by.setText("财政局办公室")
    assert save(qtbot, receipt)
    qtbot.waitUntil(lambda: bool(area.handovers) and area.handovers[0].received_at is not None, timeout=5_000)
    area.handover_table.selectRow(0)
    answer = area.record_handover_feedback()
    assert isinstance(answer, HandoverFeedbackDialog)
    answer.text.setPlainText("已部署专项资金清理")
    assert save(qtbot, answer)
    qtbot.waitUntil(lambda: bool(area.handovers) and bool(area.handovers[0].feedback), timeout=5_000)
    assert list_handovers(rr.ws)[0].feedback[0][1] == "已部署专项资金清理"

    with rr.ws.write() as tx:
        for n in (1, 4):
            tx.update(tx.session.get(Finding, rr.finding(n)), is_common=True, category_l2="违规发放津补贴")
    out = tmp_path / "共性问题通报.txt"
    assert area.save_common_report(str(out))
    qtbot.waitUntil(out.exists, timeout=5_000)
    text = out.read_text(encoding="utf-8")
    assert "共性问题通报" in text and "市水利局：河道整治资金滞留问题" in text and "2 个单位" in text
    qtbot.waitUntil(lambda: str(out) in area.info_label.text(), timeout=5_000)


def test_a_double_click_edits_and_a_closed_out_task_is_not_changed(area: RectificationArea, rr: RectRound, qtbot,
                                                                    tmp_path: Path, runner: TaskRunner) -> None:
    from services.rectification.closeout import review_close
    from services.rectification.tasks import task_input
    from ui.rectification.dialogs import EditTaskDialog

    task = next(r for r in list_tasks(rr.ws) if r.finding_code == CODES[1])
    area.select_task(task.id)
    area._task_chosen()
    row = next(r for r in range(area.proxy.rowCount()) if area.proxy.index(r, 0).data() == task.label)
    area.page.view.doubleClicked.emit(area.proxy.index(row, 0))
    stale = area.last_dialog
    assert isinstance(stale, EditTaskDialog) and task.label in stale.heading.text()
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4\nproof\n%%EOF\n")
    report_progress(rr.ws, task.id, ProgressInput("已完成", status="done", evidence=[proof]))
    stale.measures.setPlainText("补充措施")
    assert not save(qtbot, stale)  # the task changed since the dialog read it: refused, said above the buttons
    assert stale.other_problems.text()
    stale.done(0)
    request_close(rr.ws, task.id)
    review_close(rr.ws, task.id, approve=True, opinion="整改到位", discipline_opinion="同意",
                 organisation_opinion="同意")
    area.refresh()
    area.select_task(task.id)
    area._task_chosen()
    assert not area.edit_button.isEnabled() and area.edit_task() is None
    late = EditTaskDialog(rr.ws, runner, next(r for r in list_tasks(rr.ws) if r.id == task.id), parent=area)
    late.measures.setPlainText("补充措施")
    assert not save(qtbot, late)  # a closed-out task is not changed (the service's refusal)
    assert late.other_problems.text()
    assert task_input(rr.ws, task.id)[0].measures != "补充措施"
    late.done(0)
