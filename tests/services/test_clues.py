"""The clue service (C3): a clue officer creates, edits, links and deletes clues; members are refused;
every view and export of clues leaves an audit event naming ids only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.clue import Clue, ClueChange, ClueLink
from models.entities import Assignment, Finding
from models.enums import Role
from services.accounts import add_user
from services.clue_referrals import dismiss_referral, last_referral, open_referrals, refer_finding
from services.clues import create_clue, delete_clue, link_clue, unlink_clue, update_clue
from services.errors import InvalidFieldsError, NotPermittedError, StaleEditError
from services.queries.clues import (
    clue_assignments,
    clue_detail,
    find_clue_id,
    finding_draft,
    linkable_findings,
    list_clues,
)
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.ui.data import populate

OFFICER, MEMBER = "赵线索", "李组员"


@pytest.fixture
def team(team_ws: WorkspaceSession) -> WorkspaceSession:
    populate(team_ws, 6, registers=True)
    add_user(team_ws, OFFICER, Role.CLUE_OFFICER, PASSPHRASE)
    add_user(team_ws, MEMBER, Role.MEMBER, PASSPHRASE)
    return team_ws


@pytest.fixture
def officer(team: WorkspaceSession, clock) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(team.path, PASSPHRASE, OFFICER, clock=clock)
    yield ws
    ws.lock()


@pytest.fixture
def member(team: WorkspaceSession, clock) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(team.path, PASSPHRASE, MEMBER, clock=clock)
    yield ws
    ws.lock()


def values(ws: WorkspaceSession, **changes) -> dict:
    assignment = clue_assignments(ws)[0].id
    base = {"assignment_id": assignment, "clue_name": "关于某局长违规收受礼金的问题线索",
            "reflected_person_name": "钱某", "reflected_person_post": "局长", "reflected_person_level": "县管干部",
            "problem_text": "反映其2024年春节期间收受管理服务对象礼金。", "discipline": "廉洁纪律、工作纪律",
            "clue_source": "信访", "accepted_at": "2024年3月5日", "proposed_receiver": "市纪委监委",
            "handover_mode": "单移交", "disposal_type": "初步核实", "feedback_due": date(2024, 6, 5)}
    return base | changes


def audit(ws: WorkspaceSession, action: str) -> list[AuditEvent]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_officer_creates_numbers_edits_and_deletes(officer: WorkspaceSession) -> None:
    first = create_clue(officer, values(officer))
    second = create_clue(officer, values(officer, reflected_person_name="孙某"))
    with officer.read() as session:
        clue = session.get(Clue, first)
        assert clue.clue_no == "[2026]3巡-2组-线索01号"
        assert session.get(Clue, second).clue_no == "[2026]3巡-2组-线索02号"
        assert clue.discipline == ["integrity", "work"] and clue.reflected_person_level == "county_managed"
        assert clue.accepted_at == date(2024, 3, 5) and clue.proposed_receiver == "cdi"
        assert clue.org_id == session.get(Assignment, clue.assignment_id).org_id
        version = clue.local_version
    assert update_clue(officer, first, {"result": "已初核", "closed": "是"}, expected_version=version)
    assert not update_clue(officer, first, {"result": "已初核"})  # nothing changed
    with pytest.raises(StaleEditError):
        update_clue(officer, first, {"result": "再改"}, expected_version=version)
    delete_clue(officer, second, "重复登记")
    third = create_clue(officer, values(officer))
    with officer.read() as session:
        assert session.get(Clue, third).clue_no.endswith("线索03号")  # a deleted clue's number is never reused
        assert session.get(Clue, second).delete_reason == "重复登记"
    assert [row.clue_no for row in list_clues(officer)] == ["[2026]3巡-2组-线索01号", "[2026]3巡-2组-线索03号"]
    assert find_clue_id(officer, "3") == third and find_clue_id(officer, "[2026]3巡-2组-线索01号") == first


def test_validation_names_each_field(officer: WorkspaceSession, clock) -> None:
    with pytest.raises(InvalidFieldsError) as caught:
        create_clue(officer, values(officer, clue_name=" ", discipline=[], reflected_person_level="部级",
                                    accepted_at="明天", feedback_due="2020-01-01", closed="也许",
                                    reflected_person_post="长" * 121))
    problems = {p.field: p for p in caught.value.problems}
    assert problems["clue_name"].reason == "required" and problems["clue_name"].entity == "clue"
    assert problems["discipline"].reason == "too_few"
    assert problems["reflected_person_level"].reason == "unknown_choice"
    assert problems["accepted_at"].reason == "not_a_date" and problems["closed"].reason == "not_a_yes_no"
    assert problems["reflected_person_post"].params == {"maximum": 120, "length": 121}
    with pytest.raises(InvalidFieldsError) as caught:
        create_clue(officer, values(officer, feedback_due="2024-01-01", closed=True, disposal_type=None,
                                    accepted_at=clock.now().date().replace(year=clock.now().year + 1)))
    assert {(p.field, p.reason) for p in caught.value.problems} == {
        ("accepted_at", "in_future"), ("feedback_due", "date_order"), ("disposal_type", "required")}
    with pytest.raises(InvalidFieldsError) as caught:
        create_clue(officer, values(officer, assignment_id="no-such-assignment"))
    assert caught.value.problems[0].reason == "unknown_reference"
    with pytest.raises(InvalidFieldsError) as caught:
        delete_clue(officer, create_clue(officer, values(officer)), "  ")
    assert caught.value.problems[0].field == "delete_reason"
    with officer.read() as session:
        assert session.scalar(select(Clue.is_deleted)) is False


def test_links_live_in_the_compartment(officer: WorkspaceSession) -> None:
    finding = linkable_findings(officer, "第2号")[0]
    assert "第2号问题" in finding.text
    clue = create_clue(officer, values(officer), from_finding_id=finding.id)
    other = linkable_findings(officer, "-3号")[0]
    link = link_clue(officer, clue, "finding", other.id)
    assert link_clue(officer, clue, "finding", other.id) == link  # linking twice keeps one link
    detail = clue_detail(officer, clue)
    assert [(row.target_kind, row.code) for row in detail.links] == [
        ("finding", "[2026]3巡-2组-2号"), ("finding", "[2026]3巡-2组-3号")]
    unlink_clue(officer, link, "关联错误")
    assert len(clue_detail(officer, clue).links) == 1
    assert link_clue(officer, clue, "finding", other.id) == link  # made again: the tombstone comes back
    with officer.read() as session:
        assert [c.op for c in session.scalars(select(ClueChange).where(ClueChange.entity_id == link)
                                              .order_by(ClueChange.device_seq))] == ["insert", "delete", "undelete"]
    with pytest.raises(InvalidFieldsError):
        link_clue(officer, clue, "finding", "no-such-finding")
    assert list_clues(officer)[0].finding_links == 2
    delete_clue(officer, clue, "并入其他线索")
    with officer.read() as session:
        assert all(link.is_deleted for link in session.scalars(select(ClueLink)))


def test_members_are_refused_everything(member: WorkspaceSession, officer: WorkspaceSession) -> None:
    clue = create_clue(officer, values(officer))
    for attempt in (lambda: list_clues(member), lambda: clue_detail(member, clue),
                    lambda: create_clue(member, values(officer)), lambda: update_clue(member, clue, {"result": "x"}),
                    lambda: delete_clue(member, clue, "x"), lambda: link_clue(member, clue, "finding", "x"),
                    lambda: linkable_findings(member), lambda: find_clue_id(member, "1"),
                    lambda: open_referrals(member), lambda: finding_draft(member, "x")):
        with pytest.raises(NotPermittedError) as caught:
            attempt()
        assert caught.value.exit_code == 3


def test_every_view_and_export_is_audited_with_ids_only(officer: WorkspaceSession) -> None:
    clue = create_clue(officer, values(officer))
    list_clues(officer)
    list_clues(officer, export="json")
    clue_detail(officer, clue)
    clue_detail(officer, clue)
    assert [e.detail_json for e in audit(officer, "clue_list_viewed")] == ['{"rows":1}']
    assert [e.detail_json for e in audit(officer, "clue_list_exported")] == ['{"format":"json","rows":1}']
    viewed = audit(officer, "clue_viewed")
    assert [(e.entity, e.entity_id) for e in viewed] == [("clue", clue)] * 2
    with officer.read() as session:
        details = " ".join(session.scalars(select(AuditEvent.detail_json)))
    assert "钱某" not in details and "礼金" not in details


def test_a_member_passes_a_finding_on_and_the_officer_deals_with_it(member: WorkspaceSession,
                                                                    officer: WorkspaceSession) -> None:
    with member.read() as session:
        findings = list(session.scalars(select(Finding).order_by(Finding.seq_no)))
    assert last_referral(member, findings[0].id) is None
    refer_finding(member, findings[0].id)
    refer_finding(member, findings[1].id)
    refer_finding(member, findings[2].id)
    assert last_referral(member, findings[0].id) is not None
    referrals = open_referrals(officer)
    assert [(r.finding_code, r.referred_by) for r in referrals] == [
        (f.code, MEMBER) for f in findings[:3]]
    draft = finding_draft(officer, findings[0].id)
    assert draft["assignment_id"] == findings[0].assignment_id
    draft = {k: v for k, v in draft.items() if v} | {"discipline": "廉洁纪律", "feedback_due": None}
    create_clue(officer, values(officer, **draft), from_finding_id=findings[0].id)
    dismiss_referral(officer, referrals[1].key, findings[1].id)
    assert [r.finding_code for r in open_referrals(officer)] == [findings[2].code]
    refer_finding(member, findings[1].id)  # passed on again after the officer looked: open again
    assert [r.finding_code for r in open_referrals(officer)] == [findings[2].code, findings[1].code]
    # The member's side cannot tell a clue made from a dismissed referral: the main database holds neither.
    events = audit(member, "clue_referral")
    assert {e.entity_id for e in events} == {f.id for f in findings[:3]} and all(e.detail_json == "{}" for e in events)
