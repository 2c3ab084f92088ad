"""Classified handover (services/handover/): a batch to 纪委监委 / 组织部 / a department, its receipt (回执), the
feedback deadline (3 months by default, configurable) and overdue feedback, feedback entries, HQ only."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cli.messages import field_problem_text
from services.errors import InvalidFieldsError, NotPermittedError
from services.handover.batches import (
    HandoverInput,
    add_feedback,
    create_handover,
    record_receipt,
    set_feedback_months,
)
from services.queries.rectification_board import list_handovers, problem_chain
from services.rectification.overdue import NONE, RED, YELLOW
from services.workspace import WorkspaceSession
from tests.rectification_setup import RectRound, rect_round


@pytest.fixture
def rr(hq_ws: WorkspaceSession) -> RectRound:
    return rect_round(hq_ws)


def test_a_handover_with_receipt_and_overdue_feedback(rr: RectRound, clock) -> None:
    handover = create_handover(rr.ws, HandoverInput(rr.round_id, "discipline", [rr.finding(1), rr.finding(2)],
                                                    handed_at=date(2026, 8, 1)))
    [row] = list_handovers(rr.ws)
    assert (row.handover_no, row.to_org, row.receiver, row.deadline) == (
        "YJ-2026-2-1", "市纪委监委", "discipline", date(2026, 11, 1))
    assert row.colour == RED and row.items == ("[2026]2巡-1组-1号", "[2026]2巡-1组-2号")
    assert [r.id for r in list_handovers(rr.ws, overdue=True)] == [handover]
    with pytest.raises(InvalidFieldsError) as excinfo:
        add_feedback(rr.ws, handover, "已立案审查")
    assert "还没有回执" in field_problem_text(excinfo.value.problems[0])
    with pytest.raises(InvalidFieldsError) as excinfo:
        record_receipt(rr.ws, "YJ-2026-2-1", "刘某", date(2026, 7, 1))
    assert [p.reason for p in excinfo.value.problems] == ["date_order"]
    record_receipt(rr.ws, "YJ-2026-2-1", "刘某", date(2026, 8, 3))
    add_feedback(rr.ws, handover, "已对2人立案审查", date(2026, 11, 20))
    [row] = list_handovers(rr.ws)
    assert (row.receiver_agent, row.received_at, row.colour) == ("刘某", date(2026, 8, 3), NONE)
    assert row.feedback == ((date(2026, 11, 20), "已对2人立案审查"),)
    assert problem_chain(rr.ws, rr.finding(1)).handovers[0].handover_no == "YJ-2026-2-1"


def test_the_feedback_deadline_is_configurable(rr: RectRound, clock) -> None:
    set_feedback_months(rr.ws, 1)
    create_handover(rr.ws, HandoverInput(rr.round_id, "department", [rr.finding(3)], to_org="市财政局",
                                         handed_at=date(2026, 11, 1)))
    [row] = list_handovers(rr.ws)
    assert (row.deadline, row.colour) == (date(2026, 12, 1), YELLOW)
    clock._now = datetime(2026, 12, 2, tzinfo=UTC)
    assert list_handovers(rr.ws)[0].colour == RED
    with pytest.raises(InvalidFieldsError) as excinfo:
        create_handover(rr.ws, HandoverInput(rr.round_id, "department", [rr.finding(3)]))
    assert [p.field for p in excinfo.value.problems] == ["to_org"]


def test_a_team_cannot_hand_over(rr: RectRound, team_ws: WorkspaceSession) -> None:
    with pytest.raises(NotPermittedError):
        create_handover(team_ws, HandoverInput(rr.round_id, "organisation", [rr.finding(1)]))


def test_a_proposal_to_a_department_and_its_answer(rr: RectRound, clock) -> None:
    from services.handover.proposals import create_proposal

    proposal = create_proposal(rr.ws, rr.round_id, "市财政局", "purchased_services", [rr.finding(3)],
                               handed_at=date(2026, 11, 1))
    record_receipt(rr.ws, proposal, "财政局办公室", date(2026, 11, 2))
    add_feedback(rr.ws, proposal, "已开展政府购买服务专项清理", date(2026, 11, 20))
    [row] = list_handovers(rr.ws)
    assert (row.kind, row.theme, row.to_org, row.colour) == ("proposal", "purchased_services", "市财政局", NONE)
    with pytest.raises(InvalidFieldsError) as excinfo:
        create_proposal(rr.ws, rr.round_id, "市财政局", "nonsense", [rr.finding(3)])
    assert [p.field for p in excinfo.value.problems] == ["theme"]


def test_the_common_problem_report(rr: RectRound, tmp_path) -> None:
    from models.entities import Finding
    from services.handover.proposals import common_problems, write_common_report

    with rr.ws.write() as tx:
        for n in (1, 2, 4):
            tx.update(tx.session.get(Finding, rr.finding(n)), is_common=True, category_l2="违规发放津补贴")
    [group] = common_problems(rr.ws, rr.round_id)
    assert (group.units, len(group.findings)) == (2, 3)
    out = tmp_path / "共性问题通报.txt"
    assert write_common_report(rr.ws, out, rr.round_id) == 3
    text = out.read_text(encoding="utf-8")
    assert "十三届市委第二轮巡察发现共性问题通报" in text and "市水利局：河道整治资金滞留问题" in text


def test_a_clue_handover_follows_the_same_receipt_and_deadline_rules(rr: RectRound, clock) -> None:
    from sqlalchemy import select

    from models.audit import AuditEvent
    from models.entities import Assignment
    from services.clues import create_clue
    from services.handover.clue_handovers import (
        create_clue_handover,
        list_clue_handovers,
        record_clue_feedback,
        record_clue_receipt,
    )

    with rr.ws.read() as session:
        assignment = session.scalars(select(Assignment.id).where(Assignment.org_id == rr.housing)).one()
    clue = create_clue(rr.ws, {"assignment_id": assignment, "clue_name": "某局长违规收受礼金",
                               "reflected_person_name": "钱某", "problem_text": "线索内容",
                               "discipline": ["integrity"]})
    handover = create_clue_handover(rr.ws, rr.round_id, "市纪委监委", [clue], handed_at=date(2026, 8, 1))
    [row] = list_clue_handovers(rr.ws)
    assert (row.deadline, row.colour, row.clues) == (date(2026, 11, 1), RED, 1)
    with pytest.raises(InvalidFieldsError) as excinfo:
        record_clue_feedback(rr.ws, handover, "已立案")
    assert [p.reason for p in excinfo.value.problems] == ["no_receipt"]
    record_clue_receipt(rr.ws, handover, "陈主任", date(2026, 8, 2))
    record_clue_feedback(rr.ws, handover, "已立案审查", date(2026, 11, 10), close=True)
    [row] = list_clue_handovers(rr.ws)
    assert (row.receiver_agent, row.closed, row.colour) == ("陈主任", True, NONE)
    with rr.ws.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "clue_handovers_viewed")).all()
        assert len(events) == 2 and all("钱某" not in (e.detail_json or "") for e in events)
