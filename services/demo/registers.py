"""The fact-finding registers of the demo: interviews, petitions, document requests and field visits."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from models.base import Synced
from models.enums import InterviewCategory, OrgLevel, PetitionChannel, PetitionDisposition
from models.registers import DocumentRequest, DocumentRequestItem, FieldVisit, Interview, Petition
from services.demo import data
from services.demo.plan import DemoPlan, Inspected, demo_id

CHANNELS = (PetitionChannel.LETTER, PetitionChannel.CALL, PetitionChannel.VISIT, PetitionChannel.MAILBOX,
            PetitionChannel.SUGGESTION_BOX, PetitionChannel.ONLINE)
CHANNEL_WEIGHTS = (30, 25, 20, 15, 7, 3)
DISPOSITIONS = (PetitionDisposition.TO_FINDING, PetitionDisposition.FORWARDED, PetitionDisposition.FILED,
                PetitionDisposition.IMMEDIATE_FIX)
DISPOSITION_WEIGHTS = (50, 20, 18, 12)


def plan_registers(plan: DemoPlan) -> None:
    serial: Counter[tuple[int, str]] = Counter()

    def code(item: Inspected, mark: str) -> str:
        serial[item.team_no, mark] += 1
        return f"[{data.YEAR}]{data.ROUND_NO}巡-{item.team_no}组-{mark}{serial[item.team_no, mark]:03d}"

    for item in plan.inspected:
        village = item.level is OrgLevel.VILLAGE
        for _ in range((2 if village else 5) + plan.rng.randint(0, 1)):
            _interview(plan, item, code(item, "谈"))
        for _ in range(plan.rng.randint(1, 3) if village else plan.rng.randint(2, 4)):
            _petition(plan, item, code(item, "信"))
        for _ in range(1 if village else 2):
            _document_request(plan, item, code(item, "调"))
        for _ in range(plan.rng.randint(1, 2)):
            _field_visit(plan, item, code(item, "走"))


def _station_day(plan: DemoPlan, item: Inspected) -> tuple[date, date]:
    team = plan.teams[item.team_no]
    assert team.station_start is not None and team.station_end is not None
    return team.station_start, team.station_end - timedelta(days=7)


def _keep(plan: DemoPlan, item: Inspected, table: str, row: Synced) -> None:
    plan.registers[item.assignment.id][table].append(row)
    plan.add("registers", row, item.team_no)


def _interview(plan: DemoPlan, item: Inspected, code: str) -> None:
    rng = plan.rng
    number = len(plan.registers[item.assignment.id]["interview"])
    if number == 0:
        name, post, category = item.org.principal_name or plan.person_name(), "主要负责人", InterviewCategory.MANDATORY
    elif item.level is OrgLevel.VILLAGE and rng.random() < 0.6:
        name, post, category = plan.person_name(), "村民", InterviewCategory.PUBLIC
    else:
        post = rng.choice(item.departments or ("村委会",)) + rng.choice(("负责人", "工作人员"))
        name, category = plan.person_name(), rng.choice((InterviewCategory.MANDATORY, InterviewCategory.SELECTED))
    workers = plan.workers(item.team_no)
    interviewers = rng.sample(workers, 2)
    recorder = next(m for m in workers if m not in interviewers)
    topics = rng.sample(data.INTERVIEW_TOPICS, 2)
    row = Interview(
        id=demo_id("interview", code), code=code, assignment_id=item.assignment.id, interviewee_name=name,
        interviewee_unit=item.org.name, interviewee_post=post, interviewee_category=category.value,
        talk_time=plan.moment(plan.day_between(*_station_day(plan, item))),
        talk_place=f"{item.short}巡察组谈话室" if item.level is not OrgLevel.VILLAGE else "镇政府巡察组谈话室",
        interviewer_ids=[m.id for m in interviewers], recorder_id=recorder.id,
        outline_items=[{"category": c, "question": q, "answer": a} for c, q, a in topics],
        summary="；".join(a for _, _, a in topics), signed_by_interviewee=rng.random() < 0.92,
    )
    _keep(plan, item, "interview", row)


def _petition(plan: DemoPlan, item: Inspected, code: str) -> None:
    rng = plan.rng
    received = plan.moment(plan.day_between(*_station_day(plan, item)))
    in_scope = rng.random() < 0.85
    disposition = rng.choices(DISPOSITIONS, DISPOSITION_WEIGHTS)[0] if in_scope else PetitionDisposition.FORWARDED
    person = plan.person_name()
    summary = rng.choice(data.PETITION_SUMMARIES).format(
        unit=item.org.name, person=person, topic=rng.choice(data.PETITION_TOPICS))
    handler = plan.members[item.team_no].get("petition_officer") or plan.workers(item.team_no)
    row = Petition(
        id=demo_id("petition", code), petition_no=code, assignment_id=item.assignment.id,
        channel=rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0].value, received_at=received,
        is_anonymous=rng.random() < 0.4, reflected_person_name=person,
        reflected_person_post=rng.choice(("副局长", "科长", "村干部", "工作人员")), reflected_unit=item.org.name,
        reflected_is_cadre=True, summary=summary, in_scope=in_scope, disposition=disposition.value,
        forwarded_to=None if in_scope else "市信访局", handler_id=handler[0].id,
        forwarded_at=None if in_scope else received.date() + timedelta(days=3),
        handled_at=received.date() + timedelta(days=rng.randint(1, 7)),
    )
    _keep(plan, item, "petition", row)


def _document_request(plan: DemoPlan, item: Inspected, code: str) -> None:
    rng = plan.rng
    when = plan.moment(plan.day_between(*_station_day(plan, item)))
    village = item.level is OrgLevel.VILLAGE
    pool = data.REQUEST_ITEMS[-2:] + data.REQUEST_ITEMS[:2] if village else data.REQUEST_ITEMS[:6]
    chosen = rng.sample(pool, rng.randint(2, 4))
    row = DocumentRequest(
        id=demo_id("document_request", code), code=code, assignment_id=item.assignment.id,
        requester_id=rng.choice(plan.workers(item.team_no)).id,
        content="调阅" + "、".join(name for name, _ in chosen) + "等资料", request_time=when, leader_signed=True,
        leader_signed_at=when,
    )
    _keep(plan, item, "document_request", row)
    for index, (name, material) in enumerate(chosen):
        provided = when.date() + timedelta(days=rng.randint(1, 3))
        returned = rng.random() < 0.85
        plan.add("registers", DocumentRequestItem(
            id=demo_id("document_request_item", code, index), request_id=row.id, item_name=name,
            count=rng.randint(1, 12), material_type=material, origin_type=rng.choice(("原件", "复印件")),
            time_limit=when.date() + timedelta(days=3), provider_name=plan.person_name(), provided_at=provided,
            returned=returned, returned_to=plan.person_name() if returned else None,
            returned_at=provided + timedelta(days=rng.randint(10, 30)) if returned else None,
        ), item.team_no)


def _field_visit(plan: DemoPlan, item: Inspected, code: str) -> None:
    rng = plan.rng
    kind = rng.choice(("visit", "visit", "forum", "meeting"))
    persons = [
        {"name": plan.person_name(), "unit": item.org.name, "post": rng.choice(("党员", "群众代表", "工作人员")),
         "category": rng.choice(("老党员", "群众", "低保户", "服务对象"))}
        for _ in range(rng.randint(2, 4))
    ]
    row = FieldVisit(
        id=demo_id("field_visit", code), code=code, assignment_id=item.assignment.id, visit_kind=kind,
        target_place=f"{item.place}{rng.choice(data.VISIT_PLACES)}",
        visit_date=plan.day_between(*_station_day(plan, item)),
        purpose="了解政策落实和群众反映情况" if kind != "meeting" else "列席单位有关会议",
        persons=persons, result_text=rng.choice(data.VISIT_RESULTS).format(n=rng.randint(5, 30)),
    )
    _keep(plan, item, "field_visit", row)
