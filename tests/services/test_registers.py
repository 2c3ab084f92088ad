"""The four registers on a real encrypted team workspace: create, edit, delete (tombstone), validation that
names the field, numbering per team, and the links from an entry to findings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from models.entities import (
    Assignment,
    ChangeRecord,
    DocumentRequest,
    DocumentRequestItem,
    FieldVisit,
    Finding,
    FindingSource,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    Interview,
    TeamMember,
)
from services.document_requests import (
    DocumentRequestInput,
    RequestItemInput,
    create_document_request,
    mark_returned,
    request_input,
    update_document_request,
)
from services.errors import InvalidFieldsError, StaleEditError
from services.field_visits import FieldVisitInput, create_field_visit, update_field_visit
from services.interviews import InterviewInput, create_interview, update_interview
from services.petitions import PetitionInput, create_petition, update_petition
from services.queries.registers import (
    assignment_choices,
    finding_choices,
    linked_findings,
    list_document_requests,
    list_field_visits,
    list_interviews,
    list_petitions,
    team_members,
)
from services.register_links import finding_preset, link_finding, spawn_finding, unlink_finding
from services.registers import delete_entry, load_entry
from services.workspace import WorkspaceSession


@dataclass
class Setup:
    assignment: str
    other_team_assignment: str
    members: list[str]
    outsider: str


def make_setup(ws: WorkspaceSession) -> Setup:
    """Round 3 of 2026, team 2 (this workspace's) with four members on one unit, team 3 on another."""
    with ws.write() as tx:
        round_ = InspectionRound(term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察")
        tx.insert(round_)
        teams = {}
        for number in (2, 3):
            team = InspectionTeam(round_id=round_.id, team_no=number, name=f"市委第{number}巡察组")
            tx.insert(team)
            teams[number] = team
        members = []
        people = (("张组长", "leader"), ("陈副组长", "deputy"), ("李组员", "member"), ("周专员", "petition_officer"))
        for name, role in people:
            member = TeamMember(team_id=teams[2].id, name=name, role=role)
            tx.insert(member, scope_team_id=teams[2].id)
            members.append(member.id)
        outsider = TeamMember(team_id=teams[3].id, name="外组人员", role="member")
        tx.insert(outsider, scope_team_id=teams[3].id)
        assignments = {}
        for number, org_name in ((2, "市财政局"), (3, "市交通运输局")):
            org = InspectedOrg(name=org_name, level="municipal_unit")
            tx.insert(org)
            assignment = Assignment(round_id=round_.id, team_id=teams[number].id, org_id=org.id,
                                    inspection_type="routine")
            tx.insert(assignment, scope_team_id=teams[number].id)
            assignments[number] = assignment.id
    return Setup(assignments[2], assignments[3], members, outsider.id)


@pytest.fixture
def setup(team_ws: WorkspaceSession) -> Setup:
    return make_setup(team_ws)


def interview(setup: Setup, **changes: object) -> InterviewInput:
    data = InterviewInput(
        assignment_id=setup.assignment, interviewee_name="王某", interviewee_unit="市财政局", interviewee_post="局长",
        interviewee_category="mandatory", talk_time=datetime(2026, 9, 3, 9, 30), talk_place="巡察组谈话室",
        interviewer_ids=setup.members[:2], recorder_id=setup.members[2],
        outline_items=[{"category": "党的建设", "question": "班子运行情况？", "answer": "基本正常"},
                       {"category": "", "question": "", "answer": ""}],
        summary="反映专项资金拨付不及时", signed_by_interviewee=True,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def problems(error: pytest.ExceptionInfo[InvalidFieldsError]) -> dict[str, str]:
    return {problem.field: problem.reason for problem in error.value.problems}


# ---- interviews ----


def test_interview_created_numbered_listed_edited_and_deleted(team_ws: WorkspaceSession, setup: Setup) -> None:
    first = create_interview(team_ws, interview(setup))
    second = create_interview(team_ws, interview(setup, interviewee_name="刘某"))
    with team_ws.read() as session:
        codes = [session.get(Interview, i).code for i in (first, second)]
        row = session.get(Interview, first)
        assert row.scope_team_id != "hq" and row.outline_items == [
            {"category": "党的建设", "question": "班子运行情况？", "answer": "基本正常"}]
    assert codes == ["[2026]3巡-2组-谈001", "[2026]3巡-2组-谈002"]
    assert [r.interviewee_name for r in list_interviews(team_ws)] == ["王某", "刘某"]

    version = load_entry(team_ws, "interview", first).local_version
    update_interview(team_ws, first, interview(setup, summary="已核实", signed_by_interviewee=False),
                     expected_version=version)
    saved = load_entry(team_ws, "interview", first)
    assert saved.summary == "已核实" and not saved.signed_by_interviewee and saved.code == codes[0]
    with pytest.raises(StaleEditError):
        update_interview(team_ws, first, interview(setup, summary="又改"), expected_version=version)

    with pytest.raises(InvalidFieldsError) as error:
        delete_entry(team_ws, "interview", first, "  ")
    assert problems(error) == {"delete_reason": "required"}
    delete_entry(team_ws, "interview", first, "重复登记")
    with team_ws.read() as session:
        tomb = session.get(Interview, first)
        assert tomb.is_deleted and tomb.delete_reason == "重复登记"
        ops = session.scalars(select(ChangeRecord.op).where(ChangeRecord.entity_id == first)
                              .order_by(ChangeRecord.device_seq)).all()
    assert ops == ["insert", "update", "delete"]
    assert [r.id for r in list_interviews(team_ws)] == [second]
    # the deleted entry keeps its number: the next one is 003
    third = create_interview(team_ws, interview(setup))
    assert load_entry(team_ws, "interview", third).code == "[2026]3巡-2组-谈003"


def test_an_interview_needs_two_interviewers_of_the_team(team_ws: WorkspaceSession, setup: Setup) -> None:
    with pytest.raises(InvalidFieldsError) as error:
        create_interview(team_ws, interview(setup, interviewer_ids=[setup.members[0]], interviewee_name=" "))
    assert problems(error) == {"interviewer_ids": "too_few", "interviewee_name": "required"}
    few = next(p for p in error.value.problems if p.field == "interviewer_ids")
    assert few.entity == "interview" and few.params == {"minimum": 2, "count": 1}
    # the same person twice is one interviewer
    with pytest.raises(InvalidFieldsError) as error:
        create_interview(team_ws, interview(setup, interviewer_ids=[setup.members[0], setup.members[0]]))
    assert problems(error) == {"interviewer_ids": "too_few"}
    with pytest.raises(InvalidFieldsError) as error:
        create_interview(team_ws, interview(setup, interviewer_ids=[setup.members[0], setup.outsider],
                                            recorder_id=None))
    assert problems(error) == {"interviewer_ids": "unknown_reference", "recorder_id": "required"}
    # the recorder may be one of the two interviewers (the reference: two inspectors, one of them records)
    create_interview(team_ws, interview(setup, recorder_id=setup.members[0]))
    assert len(list_interviews(team_ws)) == 1


def test_entries_only_under_this_teams_assignments(team_ws: WorkspaceSession, setup: Setup) -> None:
    assert [c.assignment_id for c in assignment_choices(team_ws)] == [setup.assignment]
    with pytest.raises(InvalidFieldsError) as error:
        create_interview(team_ws, interview(setup, assignment_id=setup.other_team_assignment))
    assert problems(error)["assignment_id"] == "not_assigned"
    with pytest.raises(InvalidFieldsError) as error:
        create_field_visit(team_ws, FieldVisitInput(assignment_id=None, target_place="某村",
                                                    visit_date=date(2026, 9, 1)))
    assert problems(error) == {"assignment_id": "required"}
    team_id = assignment_choices(team_ws)[0].team_id
    assert [m.name for m in team_members(team_ws, team_id)] == ["张组长", "陈副组长", "李组员", "周专员"]


def test_future_times_and_long_texts_are_rejected(team_ws: WorkspaceSession, setup: Setup) -> None:
    with pytest.raises(InvalidFieldsError) as error:
        create_interview(team_ws, interview(setup, talk_time=datetime(2027, 1, 1, 9, 0), talk_place="室" * 201))
    assert problems(error) == {"talk_time": "in_future", "talk_place": "too_long"}
    long = next(p for p in error.value.problems if p.field == "talk_place")
    assert long.params == {"maximum": 200, "length": 201}


# ---- petitions ----


def test_petition_lifecycle_and_rules(team_ws: WorkspaceSession, setup: Setup) -> None:
    data = PetitionInput(assignment_id=setup.assignment, channel="call", received_at=datetime(2026, 9, 4, 10, 0),
                         is_anonymous=True, reflected_person_name="赵某", reflected_unit="市财政局",
                         reflected_is_cadre=True, summary="反映违规发放津补贴", in_scope=True,
                         disposition="forwarded", handler_id=setup.members[3])
    with pytest.raises(InvalidFieldsError) as error:
        create_petition(team_ws, data)
    assert problems(error) == {"forwarded_to": "required"}
    data.disposition, data.handled_at = "to_finding", date(2026, 9, 1)
    with pytest.raises(InvalidFieldsError) as error:
        create_petition(team_ws, data)
    assert problems(error) == {"handled_at": "date_order"}
    assert error.value.problems[0].params == {"other": "received_at"}
    data.handled_at = date(2026, 9, 6)
    petition_id = create_petition(team_ws, data)
    assert list_petitions(team_ws)[0].petition_no == "[2026]3巡-2组-信001"
    data.channel = "fax"
    with pytest.raises(InvalidFieldsError) as error:
        update_petition(team_ws, petition_id, data)
    assert problems(error) == {"channel": "unknown_choice"}
    data.channel, data.summary = "letter", "反映违规发放津补贴（补充）"
    update_petition(team_ws, petition_id, data)
    assert load_entry(team_ws, "petition", petition_id).channel == "letter"
    delete_entry(team_ws, "petition", petition_id, "误登记")
    assert list_petitions(team_ws) == []


# ---- document requests ----


def test_document_request_with_items_and_their_return(team_ws: WorkspaceSession, setup: Setup) -> None:
    data = DocumentRequestInput(
        assignment_id=setup.assignment, requester_id=setup.members[2], content="调阅会议纪要和财务凭证",
        request_time=datetime(2026, 9, 2, 15, 0), leader_signed=True, leader_signed_at=datetime(2026, 9, 2, 16, 0),
        items=[RequestItemInput(item_name="党组会议纪要", count=3, material_type="会议纪要", provided_at="2026-09-03"),
               RequestItemInput(item_name="2025年记账凭证", count=12, provided_at=date(2026, 9, 4))])
    request_id = create_document_request(team_ws, data)
    listed = list_document_requests(team_ws)
    assert listed[0].code == "[2026]3巡-2组-调001" and listed[0].item_count == 2

    loaded, version = request_input(team_ws, request_id)
    assert [i.item_name for i in loaded.items] == ["党组会议纪要", "2025年记账凭证"]
    loaded.items[0].returned_at = "2026-09-01"  # before it was provided
    loaded.items[1].count = 0
    loaded.items.append(RequestItemInput(item_name="", provided_at="九月三日"))
    with pytest.raises(InvalidFieldsError) as error:
        update_document_request(team_ws, request_id, loaded, expected_version=version)
    found = {(p.field, p.reason, p.row, p.entity) for p in error.value.problems}
    assert found == {("returned_at", "date_order", 1, "document_request_item"),
                     ("count", "out_of_range", 2, "document_request_item"),
                     ("provided_at", "not_a_date", 3, "document_request_item"),
                     ("item_name", "required", 3, "document_request_item")}

    loaded, version = request_input(team_ws, request_id)
    loaded.items[0].returned_at = "2026-09-20"  # a return date marks the item returned
    del loaded.items[1]
    loaded.items.append(RequestItemInput(item_name="采购合同", count=2))
    update_document_request(team_ws, request_id, loaded, expected_version=version)
    loaded, _ = request_input(team_ws, request_id)
    assert [(i.item_name, i.returned, i.returned_at) for i in loaded.items] == [
        ("党组会议纪要", True, date(2026, 9, 20)), ("采购合同", False, None)]
    assert mark_returned(team_ws, [loaded.items[1].id], date(2026, 9, 21), "办公室王某") == 1
    with team_ws.read() as session:
        removed = session.scalar(select(func.count()).select_from(DocumentRequestItem).where(
            DocumentRequestItem.request_id == request_id, DocumentRequestItem.is_deleted.is_(True)))
        assert removed == 1
        assert session.get(DocumentRequestItem, loaded.items[1].id).returned_to == "办公室王某"

    delete_entry(team_ws, "document_request", request_id, "撤回调阅")
    with team_ws.read() as session:
        assert session.get(DocumentRequest, request_id).is_deleted
        live = session.scalar(select(func.count()).select_from(DocumentRequestItem).where(
            DocumentRequestItem.is_deleted.is_(False)))
        assert live == 0


# ---- field visits ----


def test_field_visit_lifecycle(team_ws: WorkspaceSession, setup: Setup) -> None:
    data = FieldVisitInput(assignment_id=setup.assignment, visit_kind="forum", target_place="财政局会议室",
                           visit_date=date(2026, 9, 8), purpose="听取意见",
                           persons=[{"name": "老党员甲", "category": "老党员"}, {"name": " "}],
                           result_text="群众反映惠民资金发放慢")
    visit_id = create_field_visit(team_ws, data)
    saved = load_entry(team_ws, "field_visit", visit_id)
    assert saved.code == "[2026]3巡-2组-走001"
    assert saved.persons == [{"name": "老党员甲", "unit": "", "post": "", "category": "老党员"}]
    data.visit_kind, data.target_place = "picnic", ""
    with pytest.raises(InvalidFieldsError) as error:
        update_field_visit(team_ws, visit_id, data)
    assert problems(error) == {"visit_kind": "unknown_choice", "target_place": "required"}
    assert all(p.entity == "field_visit" for p in error.value.problems)
    data.visit_kind, data.target_place = "visit", "某村"
    update_field_visit(team_ws, visit_id, data)
    assert list_field_visits(team_ws)[0].target_place == "某村"
    delete_entry(team_ws, "field_visit", visit_id, "走访取消")
    assert list_field_visits(team_ws) == []
    with team_ws.read() as session:
        assert session.get(FieldVisit, visit_id).delete_reason == "走访取消"


# ---- findings from entries ----


def test_spawn_and_link_findings_from_an_interview(team_ws: WorkspaceSession, setup: Setup) -> None:
    interview_id = create_interview(team_ws, interview(setup))
    preset = finding_preset(team_ws, "interview", interview_id)
    assert preset.sources == [("interview", interview_id)] and preset.source_method == "interview"
    assert preset.description == "反映专项资金拨付不及时" and preset.discovered_at == date(2026, 9, 3)
    finding_id = spawn_finding(team_ws, "interview", interview_id, "专项资金拨付不及时")
    with team_ws.read() as session:
        finding = session.get(Finding, finding_id)
        assert finding.status == "draft" and finding.source_method == "interview"
        source = session.scalar(select(FindingSource).where(FindingSource.finding_id == finding_id))
        assert (source.source_kind, source.source_id) == ("interview", interview_id)
    assert [f.finding_id for f in linked_findings(team_ws, "interview", interview_id)] == [finding_id]

    petition_id = create_petition(team_ws, PetitionInput(
        assignment_id=setup.assignment, received_at=datetime(2026, 9, 4, 10, 0), summary="反映同一问题"))
    assert [c.finding_id for c in finding_choices(team_ws, setup.assignment)] == [finding_id]
    link_finding(team_ws, "petition", petition_id, finding_id)
    link_finding(team_ws, "petition", petition_id, finding_id)  # twice is once
    assert len(linked_findings(team_ws, "petition", petition_id)) == 1
    unlink_finding(team_ws, "petition", petition_id, finding_id)
    assert linked_findings(team_ws, "petition", petition_id) == []
    link_finding(team_ws, "petition", petition_id, finding_id)
    assert len(linked_findings(team_ws, "petition", petition_id)) == 1

    # deleting the interview removes its link; the finding stays
    delete_entry(team_ws, "interview", interview_id, "录入错误")
    assert linked_findings(team_ws, "interview", interview_id) == []
    with team_ws.read() as session:
        assert not session.get(Finding, finding_id).is_deleted


def test_deleting_an_entry_takes_its_evidence_with_it(team_ws: WorkspaceSession, setup: Setup, tmp_path) -> None:
    from models.entities import Evidence
    from services.evidence import attach_evidence, list_evidence

    entry = create_interview(team_ws, interview(setup))
    other = create_interview(team_ws, interview(setup, interviewee_name="刘某"))
    record = tmp_path / "谈话记录.txt"
    record.write_bytes("谈话记录：班子运行基本正常".encode())
    attached = attach_evidence(team_ws, "interview", entry, record)
    kept = attach_evidence(team_ws, "interview", other, record)
    assert len(list_evidence(team_ws, "interview", entry)) == 1

    delete_entry(team_ws, "interview", entry, "重复登记")
    assert list_evidence(team_ws, "interview", entry) == []
    assert [item.id for item in list_evidence(team_ws, "interview", other)] == [kept]
    with team_ws.read() as session:
        tomb = session.get(Evidence, attached)
        assert tomb.is_deleted and tomb.delete_reason == "重复登记"
