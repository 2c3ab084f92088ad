"""The clue area's 线索移交 tab at HQ (C3): the handover, its receipt and its result through the dialogs, overdue
feedback in red, each reading audited; a member's window has no clue area and shows no clue handover anywhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QTableWidget
from sqlalchemy import select

from models.audit import AuditEvent
from models.entities import Assignment
from models.enums import Role
from services.accounts import add_user
from services.clues import create_clue
from services.handover.clue_handovers import create_clue_handover, list_clue_handovers
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.rectification_setup import RectRound, rect_round
from ui.areas.clues import CluesArea
from ui.areas.clues_handovers import COLOUR_COLUMN
from ui.rectification.clue_dialogs import ClueFeedbackDialog, ClueHandoverDialog, ClueReceiptDialog
from ui.tasks import TaskRunner

SECRET = "某局长违规收受礼金"


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2:]}"))


@pytest.fixture
def rr(hq_ws: WorkspaceSession) -> RectRound:
    made = rect_round(hq_ws)
    with hq_ws.read() as session:
        assignment = session.scalars(select(Assignment.id).where(Assignment.org_id == made.housing)).one()
    for person in ("钱某", "孙某"):
        create_clue(hq_ws, {"assignment_id": assignment, "clue_name": f"关于{person}{SECRET}",
                            "reflected_person_name": person, "problem_text": SECRET, "discipline": ["integrity"]})
    return made


def save(qtbot, dialog) -> bool:
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(closed) or not dialog.busy, timeout=10_000)
    return bool(closed)


def viewed(ws: WorkspaceSession) -> list[AuditEvent]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "clue_handovers_viewed")))


def test_hand_clues_over_record_the_receipt_and_the_result(rr: RectRound, runner: TaskRunner, qtbot) -> None:
    area = CluesArea(rr.ws)
    qtbot.addWidget(area)
    area.resize(1300, 760)
    area.show()
    area.shown()
    tab = area.handovers
    assert tab is not None and area.tabs.indexOf(tab) == 2
    assert area.tabs.tabText(2) == QCoreApplication.translate("CluesArea", "Handed over")
    tab.runner = runner
    assert tab.model.rowCount() == 0 and len(viewed(rr.ws)) == 1
    dialog = tab.hand_over()
    assert isinstance(dialog, ClueHandoverDialog) and dialog.clues.count() == 2
    assert not save(qtbot, dialog)  # no clue ticked: said under the clues
    assert dialog.problem_for("clue_no", "clue").text()
    dialog.clues.item(0).setCheckState(dialog.clues.item(0).checkState().Checked)
    dialog.handed.set_value(date(2026, 1, 5))
    assert save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5_000)
    [row] = tab.rows
    assert row.deadline == date(2026, 4, 5) and row.colour == "red" and row.clues == 1
    index = tab.model.index(0, COLOUR_COLUMN)
    assert index.data() == QCoreApplication.translate("RectificationArea", "Overdue")
    assert all(SECRET not in str(tab.model.index(0, c).data()) for c in range(tab.model.columnCount()))
    tab.view.selectRow(0)
    assert tab.receipt_button.isEnabled() and not tab.feedback_button.isEnabled()  # the receipt comes first
    receipt = tab.record_receipt()
    assert isinstance(receipt, ClueReceiptDialog)
    receipt.at.set_value(date(2026, 1, 4))
    assert not save(qtbot, receipt)  # before it was handed over; and no receiver: under their fields
    assert receipt.problem_for("received_at").text() and receipt.problem_for("receiver_agent").text()
    receipt.by.setText("陈主任")
    receipt.at.set_value(date(2026, 1, 6))
    assert save(qtbot, receipt)
    qtbot.waitUntil(lambda: bool(tab.rows) and tab.rows[0].received_at is not None, timeout=5_000)
    tab.view.selectRow(0)
    result = tab.record_feedback()
    assert isinstance(result, ClueFeedbackDialog)
    assert not save(qtbot, result)
    assert result.problem_for("feedback_content").text()
    result.text.setPlainText("已立案审查")
    result.close_box.setCurrentIndex(1)
    assert save(qtbot, result)
    qtbot.waitUntil(lambda: bool(tab.rows) and tab.rows[0].closed, timeout=5_000)
    assert tab.rows[0].colour == "none" and not tab.receipt_button.isEnabled()
    area.clear()
    assert tab.model.rowCount() == 0


def test_a_team_clue_area_has_no_handover_tab(leader_ws, qtbot) -> None:
    area = CluesArea(leader_ws)
    qtbot.addWidget(area)
    assert area.handovers is None and area.tabs.count() == 2


def test_a_member_sees_no_clue_handover_anywhere(rr: RectRound, make_controller, clock) -> None:
    [first, _second] = [c for c in _clue_ids(rr.ws)]
    create_clue_handover(rr.ws, rr.round_id, "市纪委监委", [first], handed_at=date(2026, 1, 5))
    number = list_clue_handovers(rr.ws)[0].handover_no
    add_user(rr.ws, "李干事", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(rr.ws.path, PASSPHRASE, "李干事", clock=clock)
    try:
        controller = make_controller()
        controller.enter_session(member)
        view = controller.window.workspace_view
        assert "clues" not in view.area_keys()
        for key in view.area_keys():
            view.show_area(key)
        texts = [label.text() for label in controller.window.findChildren(QLabel)]
        for table in controller.window.findChildren(QTableWidget):
            texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                      if table.item(r, c) is not None]
        for item_view in controller.window.findChildren(QAbstractItemView):
            model = item_view.model()
            if model is None:
                continue
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model's column count is private in PySide6: one column
                columns = 1
            texts += [str(model.index(r, c).data()) for r in range(model.rowCount(QModelIndex()))
                      for c in range(columns)]
        assert texts and not any(number in t or SECRET in t or "钱某" in t for t in texts)
    finally:
        member.lock()


def _clue_ids(ws: WorkspaceSession) -> list[str]:
    from models.clue import Clue

    with ws.read() as session:
        return list(session.scalars(select(Clue.id).order_by(Clue.clue_no)))
