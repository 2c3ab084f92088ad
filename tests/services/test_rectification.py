"""Rectification to close-out at HQ (services/rectification/): feedback making tasks, every state change and who
may make it, close-out refused without evidence or review, overdue colours with an injected clock, flags in the
audit chain; Chinese messages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.messages import field_problem_text, message_for
from models.audit import AuditEvent
from models.entities import (
    ChangeRecord,
    Evidence,
    Finding,
    RectificationFlag,
    RectificationItem,
    RectificationMilestone,
    RectificationProgress,
)
from models.enums import Role
from services.accounts import add_user
from services.errors import InvalidFieldsError, NotPermittedError
from services.queries.rectification_board import counts_by_supervisor, counts_by_unit, list_tasks, problem_chain
from services.rectification.closeout import request_close, review_close
from services.rectification.feedback import FeedbackInput, create_feedback
from services.rectification.flags import FlagInput, flag_task
from services.rectification.overdue import GREEN, NONE, RED, YELLOW, colour, set_warn_days
from services.rectification.progress import ProgressInput, report_progress, submit_milestone
from services.rectification.tasks import TaskInput
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.rectification_setup import RectRound, rect_round


def reasons(excinfo: pytest.ExceptionInfo[InvalidFieldsError]) -> list[tuple[str, str]]:
    return [(p.field, p.reason) for p in excinfo.value.problems]


def text_of(excinfo: pytest.ExceptionInfo[InvalidFieldsError]) -> str:
    return "\n".join(field_problem_text(p) for p in excinfo.value.problems)


@pytest.fixture
def rr(hq_ws: WorkspaceSession) -> RectRound:
    return rect_round(hq_ws)


def fed_back(rr: RectRound, *numbers: int, **tasks: list[TaskInput]) -> list[str]:
    ids = [rr.finding(n) for n in numbers]
    return create_feedback(rr.ws, FeedbackInput(rr.round_id, rr.housing, ids, date(2026, 11, 2), "市委第一巡察组组长",
                                                tasks={rr.finding(int(k[1:])): v for k, v in tasks.items()})).item_ids


@pytest.fixture
def evidence_file(tmp_path: Path) -> Path:
    path = tmp_path / "整改佐证.pdf"
    path.write_bytes(b"%PDF-1.4\n% rectification evidence\n%%EOF\n")
    return path


def test_feedback_makes_the_tasks_and_milestones_in_one_step(rr: RectRound) -> None:
    ids = fed_back(rr, 1, 2, f1=[TaskInput(measures="建立台账", deadline=date(2026, 12, 31), lead_unit="市住建局",
                                           responsible_leader="李局长", cooperating_units=["市财政局"],
                                           first_responsible="王书记", supervising_city_leader="赵副市长",
                                           rect_type="deadline", completion_standard="台账建立并运行"),
                                 TaskInput(measures="长效机制", rect_type="long_term")])
    assert len(ids) == 3
    with rr.ws.read() as session:
        items = {i.id: i for i in session.scalars(select(RectificationItem))}
        first = [i for i in items.values() if i.finding_id == rr.finding(1)]
        assert sorted(i.item_no for i in first) == [1, 2]
        task = next(i for i in first if i.item_no == 1)
        assert (task.status, task.lead_unit, task.cooperating_units, task.supervising_city_leader) == (
            "not_started", "市住建局", ["市财政局"], "赵副市长")
        assert task.problem_text == "工程项目监管不严问题" and task.scope_team_id == rr.team_id
        second = next(i for i in items.values() if i.finding_id == rr.finding(2))
        assert second.deadline == date(2027, 1, 2)  # default: two months after the feedback
        assert session.get(Finding, rr.finding(1)).status == "fed_back"
        kinds = {m.kind: m.due_on for m in session.scalars(select(RectificationMilestone))}
        assert kinds == {"plan": date(2026, 12, 2), "report": date(2027, 1, 2)}
        entities = {c.entity for c in session.scalars(select(ChangeRecord))}
        assert {"rectification_feedback", "rectification_item", "rectification_milestone"} <= entities


def test_feedback_refuses_unsigned_other_units_and_twice(rr: RectRound) -> None:
    with pytest.raises(InvalidFieldsError) as excinfo:
        create_feedback(rr.ws, FeedbackInput(rr.round_id, rr.water, [rr.finding(5), rr.finding(1)]))
    assert [r for _, r in reasons(excinfo)] == ["finding_not_signed", "other_unit"]
    assert "只有已签字" in text_of(excinfo) and "不是“市水利局”的问题" in text_of(excinfo)
    fed_back(rr, 1)
    with pytest.raises(InvalidFieldsError) as excinfo:
        fed_back(rr, 1)
    assert "已经反馈" in text_of(excinfo)
    with pytest.raises(InvalidFieldsError) as excinfo:
        fed_back(rr, 2, f2=[TaskInput(deadline=date(2026, 10, 1))])
    assert reasons(excinfo) == [("deadline", "date_order")]
    with pytest.raises(InvalidFieldsError) as excinfo:
        create_feedback(rr.ws, FeedbackInput(rr.round_id, rr.housing, []))
    assert reasons(excinfo) == [("finding_ids", "too_few")]


def test_states_from_not_started_to_closed_out(rr: RectRound, evidence_file: Path) -> None:
    [task] = fed_back(rr, 2)
    result = report_progress(rr.ws, task, ProgressInput("已召开专题会议部署整改"))
    assert result.status == "in_progress"
    with pytest.raises(InvalidFieldsError) as excinfo:
        request_close(rr.ws, task)  # still 正在整改
    assert reasons(excinfo) == [("status", "wrong_status")]
    report_progress(rr.ws, task, ProgressInput("已清退违规发放的津补贴", status="done", evidence=[evidence_file],
                                               amount_recovered=Decimal("12.5"), rules_made="津补贴发放管理办法"))
    request_close(rr.ws, task)
    with pytest.raises(InvalidFieldsError) as excinfo:
        review_close(rr.ws, task, approve=True, opinion="同意")  # three-party check incomplete
    assert [f for f, _ in reasons(excinfo)] == ["discipline_opinion", "organisation_opinion"]
    assert "纪委监委意见" in text_of(excinfo)
    review_close(rr.ws, task, approve=True, opinion="整改到位，同意销号", discipline_opinion="同意",
                 organisation_opinion="同意")
    with rr.ws.read() as session:
        item = session.get(RectificationItem, task)
        assert item.status == "closed_out" and item.closed_at is not None and item.amount_recovered == Decimal("12.5")
        assert session.get(Finding, rr.finding(2)).status == "closed"
        texts = [p.text for p in session.scalars(select(RectificationProgress).order_by(
            RectificationProgress.created_at))]
        assert texts == ["已召开专题会议部署整改", "已清退违规发放的津补贴"]  # appended, never overwritten
        assert session.scalar(select(Evidence.owner_kind).where(Evidence.file_name == "整改佐证.pdf")) == (
            "rect_progress")
    with pytest.raises(InvalidFieldsError) as excinfo:
        report_progress(rr.ws, task, ProgressInput("再补充"))
    assert "已销号" in text_of(excinfo)
    chain = problem_chain(rr.ws, task)
    assert [p.text for p in chain.tasks[0].progress][-1] == "已清退违规发放的津补贴"
    assert chain.tasks[0].progress[-1].evidence == ("证1 整改佐证.pdf",)
    assert chain.tasks[0].reviews[0].outcome == "approved" and chain.fed_back_by == "市委第一巡察组组长"
    assert verify_workspace(rr.ws).ok


def test_close_out_refused_without_evidence_or_review(rr: RectRound) -> None:
    [task] = fed_back(rr, 3)
    report_progress(rr.ws, task, ProgressInput("已完成", status="done"))
    with pytest.raises(InvalidFieldsError) as excinfo:
        request_close(rr.ws, task)
    assert reasons(excinfo) == [("closure_requested_at", "closure_without_evidence")]
    assert "没有佐证材料不能申请或同意销号" in text_of(excinfo)
    with pytest.raises(InvalidFieldsError) as excinfo:
        review_close(rr.ws, task, approve=True, opinion="同意", discipline_opinion="同意", organisation_opinion="同意")
    assert reasons(excinfo) == [("closure_requested_at", "not_requested")]
    with rr.ws.read() as session:
        assert session.get(RectificationItem, task).status == "done"


def test_a_return_needs_a_reason_and_reopens_the_task(rr: RectRound, evidence_file: Path) -> None:
    [task] = fed_back(rr, 3)
    report_progress(rr.ws, task, ProgressInput("基本完成", status="mostly_done", evidence=[evidence_file]))
    request_close(rr.ws, task)
    with pytest.raises(InvalidFieldsError) as excinfo:
        request_close(rr.ws, task)
    assert reasons(excinfo) == [("closure_requested_at", "already_requested")]
    with pytest.raises(InvalidFieldsError) as excinfo:
        report_progress(rr.ws, task, ProgressInput("改状态", status="done"))
    assert reasons(excinfo) == [("status", "closure_pending")]
    with pytest.raises(InvalidFieldsError) as excinfo:
        review_close(rr.ws, task, approve=False, opinion=" ")
    assert reasons(excinfo) == [("office_opinion", "required")]
    review_close(rr.ws, task, approve=False, opinion="佐证材料不足，退回补充")
    with rr.ws.read() as session:
        item = session.get(RectificationItem, task)
        assert (item.status, item.closure_requested_at, item.closure_opinion) == (
            "in_progress", None, "佐证材料不足，退回补充")


def test_milestone_document_is_encrypted_evidence(rr: RectRound, evidence_file: Path) -> None:
    fed_back(rr, 1)
    with rr.ws.read() as session:
        plan = session.scalar(select(RectificationMilestone).where(RectificationMilestone.kind == "plan"))
    [evidence_id] = submit_milestone(rr.ws, plan.id, [evidence_file], date(2026, 11, 20))
    chain = problem_chain(rr.ws, rr.finding(1))
    assert chain.milestones[0].submitted_on == date(2026, 11, 20) and chain.milestones[0].documents
    raw = (rr.ws.path / "workspace.db").read_bytes()
    assert b"rectification evidence" not in raw and evidence_id


def test_overdue_colours_follow_the_injected_clock(rr: RectRound, clock) -> None:
    assert colour(date(2026, 11, 23), date(2026, 11, 24)) == RED
    assert colour(date(2026, 12, 9), date(2026, 11, 24)) == YELLOW
    assert colour(date(2026, 12, 10), date(2026, 11, 24)) == GREEN
    assert colour(date(2026, 11, 1), date(2026, 11, 24), finished=True) == NONE
    fed_back(rr, 1, 2, 3, f1=[TaskInput(deadline=date(2026, 11, 20))], f2=[TaskInput(deadline=date(2026, 12, 5))],
             f3=[TaskInput(deadline=date(2027, 3, 1))])
    rows = list_tasks(rr.ws)
    assert [(r.label, r.colour) for r in rows] == [("[2026]2巡-1组-1号-1", RED), ("[2026]2巡-1组-2号-1", YELLOW),
                                                   ("[2026]2巡-1组-3号-1", GREEN)]
    assert rows[0].days_overdue == 4 and [r.label for r in list_tasks(rr.ws, overdue=True)] == ["[2026]2巡-1组-1号-1"]
    set_warn_days(rr.ws, 5)
    assert [r.colour for r in list_tasks(rr.ws)] == [RED, GREEN, GREEN]
    clock._now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    assert [r.colour for r in list_tasks(rr.ws)] == [RED, RED, GREEN]
    [unit] = counts_by_unit(list_tasks(rr.ws))
    assert (unit.name, unit.counts["not_started"], unit.overdue) == ("市住建局", 3, 2)
    assert counts_by_supervisor(list_tasks(rr.ws))[0].name == "—"
    assert [r.label for r in list_tasks(rr.ws, search="采购")] == ["[2026]2巡-1组-3号-1"]


def test_a_false_rectification_flag_is_in_the_audit_chain(rr: RectRound, evidence_file: Path) -> None:
    [task] = fed_back(rr, 2)
    report_progress(rr.ws, task, ProgressInput("已完成", status="done", evidence=[evidence_file]))
    request_close(rr.ws, task)
    review_close(rr.ws, task, approve=True, opinion="同意", discipline_opinion="同意", organisation_opinion="同意")
    flag_id = flag_task(rr.ws, task, FlagInput("false", "对责任人诫勉谈话，扣减考核分2分", persons=["张某"],
                                               measure="诫勉谈话", points_deducted=2))
    with rr.ws.read() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "rectification_flagged"))
        assert event is not None and event.entity_id == task and flag_id in event.detail_json
        assert "张某" not in event.detail_json  # the audit chain names fields, never values
        item = session.get(RectificationItem, task)
        assert item.status == "not_done" and "虚假整改：对责任人诫勉谈话" in (item.accountability_summary or "")
        assert session.get(RectificationFlag, flag_id).persons == ["张某"]
    assert verify_workspace(rr.ws).ok
    with pytest.raises(InvalidFieldsError) as excinfo:
        flag_task(rr.ws, task, FlagInput("sloppy", ""))
    assert sorted(r for _, r in reasons(excinfo)) == ["required", "unknown_choice"]


def test_only_hq_admin_at_hq_runs_rectification(rr: RectRound, team_ws: WorkspaceSession) -> None:
    with pytest.raises(NotPermittedError) as excinfo:
        create_feedback(team_ws, FeedbackInput(rr.round_id, rr.housing, [rr.finding(1)]))
    assert "在巡察办工作区办理" in message_for(excinfo.value) and "组长" in message_for(excinfo.value)
    [task] = fed_back(rr, 1)
    for step in (lambda: report_progress(team_ws, task, ProgressInput("x")), lambda: request_close(team_ws, task),
                 lambda: review_close(team_ws, task, approve=False, opinion="x"),
                 lambda: flag_task(team_ws, task, FlagInput("false", "x"))):
        with pytest.raises(NotPermittedError):
            step()
    add_user(rr.ws, "李组员", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(rr.ws.path, PASSPHRASE, "李组员")
    try:
        with pytest.raises(NotPermittedError) as excinfo:
            review_close(member, task, approve=False, opinion="退回")
        assert "只有巡察办管理员" in message_for(excinfo.value)
        assert [r.label for r in list_tasks(member)] == ["[2026]2巡-1组-1号-1"]  # reading is open
    finally:
        member.lock()
