"""The review of a working paper (services/review.py): drafted by a member, reviewed by the deputy, signed by
the leader; each step by the right role only, recorded with who and when; a revert needs a reason."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.entities import Finding, TeamMember
from models.enums import Role
from services.errors import InvalidFieldsError, NotPermittedError
from services.findings import create_finding, load_finding_input, update_finding
from services.review import (
    EDIT,
    REVERT,
    REVIEW,
    SIGN,
    actor_ref,
    allowed_actions,
    history,
    person_name,
    revert,
    review,
    sign,
)
from services.workspace import WorkspaceSession
from tests.services.finding_fixtures import CLUE_OFFICER, DEPUTY, LEADER, MEMBER, demo_template, open_as, valid_input
from tests.ui.data import populate

__all__ = ["demo_template", "open_as"]

Opener = Callable[[str], WorkspaceSession]


def status(ws: WorkspaceSession, finding_id: str) -> Finding:
    with ws.read() as session:
        finding = session.get(Finding, finding_id)
        assert finding is not None
        return finding


def member_id(ws: WorkspaceSession, name: str) -> str:
    with ws.read() as session:
        return str(session.scalar(select(TeamMember.id).where(TeamMember.name == name)))


def test_the_paper_goes_draft_reviewed_signed_by_the_right_people(open_as: Opener) -> None:
    member, deputy, leader = open_as(MEMBER), open_as(DEPUTY), open_as(LEADER)
    finding_id = create_finding(member, valid_input(member))
    with pytest.raises(NotPermittedError):
        review(member, finding_id)
    with pytest.raises(NotPermittedError):
        sign(deputy, finding_id)  # only once reviewed, and only by the leader
    review(deputy, finding_id)
    paper = status(deputy, finding_id)
    assert paper.status == "reviewed" and paper.reviewed_by == member_id(deputy, DEPUTY)
    assert paper.reviewed_at == deputy.clock.now().replace(tzinfo=None)
    with pytest.raises(NotPermittedError):
        sign(deputy, finding_id)
    leader.clock.advance(3600)
    sign(leader, finding_id)
    paper = status(leader, finding_id)
    assert paper.status == "signed" and paper.signed_by == member_id(leader, LEADER)
    with leader.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == finding_id)
                                 .order_by(AuditEvent.wall_time, AuditEvent.seq)).all()
        steps = [e.action for e in events if e.action.startswith("finding_")]
        assert steps == ["finding_reviewed", "finding_signed"]
        assert {e.actor_role for e in events if e.action.startswith("finding_")} == {"deputy_leader", "team_leader"}
        assert person_name(session, paper.drafted_by) == MEMBER


def test_a_revert_needs_a_reason_and_is_kept_in_the_history(open_as: Opener) -> None:
    member, deputy, leader = open_as(MEMBER), open_as(DEPUTY), open_as(LEADER)
    finding_id = create_finding(member, valid_input(member))
    review(deputy, finding_id)
    sign(leader, finding_id)
    for reason in ("", "   "):
        with pytest.raises(InvalidFieldsError) as error:
            revert(leader, finding_id, reason)
        assert [(p.field, p.reason) for p in error.value.problems] == [("reason", "required")]
    with pytest.raises(NotPermittedError):
        revert(deputy, finding_id, "副组长不能撤回组长签字")
    revert(leader, finding_id, "涉及金额需再核实")
    paper = status(leader, finding_id)
    assert paper.status == "reviewed" and paper.signed_by is None and paper.signed_at is None
    revert(deputy, finding_id, "补充定性依据")
    paper = status(deputy, finding_id)
    assert paper.status == "draft" and paper.reviewed_by is None
    data, version = load_finding_input(member, finding_id)
    data.legal_basis = "《中国共产党纪律处分条例》第一百零一条、第一百零五条"
    update_finding(member, finding_id, data, expected_version=version)  # a draft again: the member edits it
    entries = history(member, finding_id)
    assert [e.action for e in entries] == ["create", "finding_reviewed", "finding_signed", "finding_reverted",
                                           "finding_reverted", "update"]
    assert [e.reason for e in entries if e.reason] == ["涉及金额需再核实", "补充定性依据"]
    assert (entries[3].status_from, entries[3].status_to) == ("signed", "reviewed")
    assert entries[3].who == LEADER and entries[-1].fields == ("legal_basis",)
    with member.read() as session:
        detail = json.loads(session.scalar(select(AuditEvent.detail_json).where(
            AuditEvent.action == "finding_reverted", AuditEvent.entity_id == finding_id).limit(1)))
    assert detail == {"from": "signed", "to": "reviewed", "reason": "涉及金额需再核实"}


def test_review_needs_a_category_and_a_legal_basis(open_as: Opener) -> None:
    member, deputy = open_as(MEMBER), open_as(DEPUTY)
    finding_id = create_finding(member, valid_input(member, category_id=None, legal_basis=" "))
    with pytest.raises(InvalidFieldsError) as error:
        review(deputy, finding_id)
    assert {(p.field, p.reason) for p in error.value.problems} == {("category_id", "required"),
                                                                    ("legal_basis", "required")}
    assert status(deputy, finding_id).status == "draft"


def test_a_step_out_of_order_says_which_status_it_needs(open_as: Opener) -> None:
    member, leader = open_as(MEMBER), open_as(LEADER)
    finding_id = create_finding(member, valid_input(member))
    with pytest.raises(InvalidFieldsError) as error:
        sign(leader, finding_id)
    problem = error.value.problems[0]
    assert (problem.field, problem.reason, problem.params["value"], problem.params["expected"]) == (
        "status", "wrong_status", "草稿", "已审核")


def test_allowed_actions_by_role_and_status(open_as: Opener) -> None:
    member = open_as(MEMBER)
    finding_id = create_finding(member, valid_input(member))
    sessions = {name: open_as(name) for name in (MEMBER, DEPUTY, LEADER, CLUE_OFFICER)}
    expected = {
        "draft": {MEMBER: [EDIT], CLUE_OFFICER: [EDIT], DEPUTY: [EDIT, REVIEW], LEADER: [EDIT, REVIEW]},
        "reviewed": {MEMBER: [], CLUE_OFFICER: [], DEPUTY: [REVERT], LEADER: [SIGN, REVERT]},
        "signed": {MEMBER: [], CLUE_OFFICER: [], DEPUTY: [], LEADER: [REVERT]},
    }
    for step in ("draft", "reviewed", "signed"):
        if step == "reviewed":
            review(sessions[DEPUTY], finding_id)
        if step == "signed":
            sign(sessions[LEADER], finding_id)
        for name, ws in sessions.items():
            assert allowed_actions(ws, status(ws, finding_id)) == expected[step][name], (step, name)
    with member.read() as session:  # past the review (e.g. fed back): read-only for everyone here
        fed_back = session.scalar(select(Finding).where(Finding.status == "fed_back").limit(1))
    assert all(allowed_actions(ws, fed_back) == [] for ws in sessions.values())


def test_hq_edits_drafts_and_may_send_a_paper_back_but_does_not_review(hq_ws: WorkspaceSession) -> None:
    populate(hq_ws, 8, registers=False)  # statuses cycle through every FindingStatus
    with hq_ws.read() as session:
        papers = {f.status: f for f in session.scalars(select(Finding))}
    assert allowed_actions(hq_ws, papers["draft"]) == [EDIT]
    assert allowed_actions(hq_ws, papers["reviewed"]) == [REVERT]
    assert allowed_actions(hq_ws, papers["signed"]) == [REVERT]
    with pytest.raises(NotPermittedError):
        review(hq_ws, papers["draft"].id)
    revert(hq_ws, papers["signed"].id, "巡察办审核：请补充佐证材料")
    assert status(hq_ws, papers["signed"].id).status == "reviewed"


def test_who_a_step_is_recorded_as(open_as: Opener, team_ws: WorkspaceSession) -> None:
    leader = open_as(LEADER)  # linked to a team member by the demo's accounts
    with leader.read() as session:
        assert actor_ref(session, leader) == member_id(leader, LEADER)
    with team_ws.read() as session:  # no team member of that name: the account itself
        assert actor_ref(session, team_ws) == team_ws.actor.user_id
        assert person_name(session, team_ws.actor.user_id) == "张组长"
    assert team_ws.actor.role is Role.TEAM_LEADER
