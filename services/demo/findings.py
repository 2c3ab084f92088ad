"""The demo's findings: one working paper per problem from the templates, with sources, evidence and,
once fed back, rectification items."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial

from models.enums import (
    Discipline,
    EvidenceType,
    FindingStatus,
    OrgLevel,
    PetitionDisposition,
    RectStatus,
    RectType,
    Role,
)
from models.finding import Evidence, Finding, FindingSource
from models.organisation import TeamMember
from models.rectification import RectificationItem
from models.registers import Petition
from services.demo import data
from services.demo.files import tiny_pdf, tiny_png
from services.demo.plan import DemoPlan, Inspected, Step, demo_id
from services.demo.templates import UNIT_TEMPLATES, UNIT_WEIGHTS, VILLAGE_TEMPLATES, VILLAGE_WEIGHTS, FindingTemplate

# Problems per inspected object before each inspection type's total is made the seed's (data.SEED_FIGURES).
COUNT_RANGES = {OrgLevel.MUNICIPAL_UNIT: (30, 36), OrgLevel.TOWNSHIP: (28, 34), OrgLevel.VILLAGE: (13, 18)}
STATUS_WEIGHTS = {
    FindingStatus.DRAFT: 7, FindingStatus.REVIEWED: 9, FindingStatus.SIGNED: 12, FindingStatus.REPORTED: 14,
    FindingStatus.FED_BACK: 24, FindingStatus.RECTIFYING: 34,
}
ORDER = list(FindingStatus)
SOURCE_TABLES = {"interview": "interview", "petition": "petition", "document": "document_request",
                 "field_visit": "field_visit"}
GROUPS = ("一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组")
POSTS = {OrgLevel.MUNICIPAL_UNIT: data.UNIT_POSTS, OrgLevel.TOWNSHIP: data.TOWNSHIP_POSTS,
         OrgLevel.VILLAGE: data.VILLAGE_POSTS}
MEETING_OPINION = "经组务会研究，同意该问题定性，纳入巡察报告。"
PROGRESS_TEXT = "已制定整改方案，明确责任人和完成时限，正在推进。"
# A paper as its drafter first saves it; the review steps (services/review.py) and the later ones fill the rest.
DRAFT_VALUES = {"status": FindingStatus.DRAFT.value, "reviewed_by": None, "reviewed_at": None, "signed_by": None,
                "signed_at": None, "group_meeting_opinion": None, "in_report": False, "feedback_text": None}


@dataclass
class PlannedFinding:
    finding: Finding
    template: FindingTemplate
    item: Inspected
    petition: Petition | None = None


def finding_counts(plan: DemoPlan) -> list[int]:
    """About 33 per municipal unit, 31 for the township, 15 per village; per inspection type exactly the seed's
    figure (398 routine, 172 upgraded), evened out over that type's objects in turn."""
    counts = [plan.rng.randint(*COUNT_RANGES[i.level]) for i in plan.inspected]
    for mode, (target, _) in data.SEED_FIGURES.items():
        objects = [n for n, i in enumerate(plan.inspected) if i.assignment.inspection_type == mode.value]
        turn = 0
        while objects and (total := sum(counts[n] for n in objects)) != target:
            counts[objects[turn % len(objects)]] += 1 if total < target else -1
            turn += 1
    return counts


def plan_findings(plan: DemoPlan) -> list[PlannedFinding]:
    seq: Counter[int] = Counter()
    planned: list[PlannedFinding] = []
    for item, count in zip(plan.inspected, finding_counts(plan)):
        village = item.level is OrgLevel.VILLAGE
        templates = VILLAGE_TEMPLATES if village else UNIT_TEMPLATES
        weights = VILLAGE_WEIGHTS if village else UNIT_WEIGHTS
        by_category: dict[str, list[FindingTemplate]] = defaultdict(list)
        for template in templates:
            by_category[template.category].append(template)
        for _ in range(count):
            category = plan.rng.choices(list(weights), list(weights.values()))[0]
            seq[item.team_no] += 1
            planned.append(_finding(plan, item, plan.rng.choice(by_category[category]), seq[item.team_no]))
    return planned


def _month(day: date) -> str:
    return f"{day.year}年{day.month}月"


def _finding(plan: DemoPlan, item: Inspected, t: FindingTemplate, seq: int) -> PlannedFinding:
    rng, team_no = plan.rng, item.team_no
    group = rng.choice(GROUPS)
    dept = rng.choice(item.departments) if item.departments else group

    def person(role: str, duty: str) -> dict[str, str]:
        post, level = POSTS[item.level][role]
        name = item.org.principal_name if role == "leader" and item.org.principal_name else plan.person_name()
        return {"name": name, "post": post.format(dept=dept, finance=item.finance), "level": level, "role": duty}

    p1, p2 = person(t.p1, "责任人"), person(t.p2, "经办人")
    occurred_from = plan.day_between(date(2025, 1, 1), date(2025, 9, 30))
    occurred_to = min(occurred_from + timedelta(days=rng.randint(60, 330)), date(2026, 2, 28))
    amount = Decimal(f"{rng.uniform(*t.amount):.2f}") if t.amount else None
    n = rng.randint(3, 12)
    values = {
        "unit": item.org.name, "short": item.short, "party": item.org.party_org_name, "dept": dept,
        "finance": item.finance, "p1": p1["name"], "p1post": p1["post"], "p2": p2["name"], "p2post": p2["post"],
        "from": _month(occurred_from), "to": _month(occurred_to), "year": str(occurred_from.year), "n": n,
        "n2": rng.randint(12, 80), "m": rng.randint(1, n - 1), "k": rng.randint(1, 3), "pct": rng.randint(15, 68),
        "age": rng.randint(50, 58) if item.level is OrgLevel.VILLAGE else rng.randint(44, 52),
        "price": rng.randint(15, 60), "amount": str(amount) if amount is not None else "",
        "company": rng.choice(data.COMPANIES), "project": item.project, "duty": item.duty, "fund": item.fund,
        "visitor": rng.choice(data.VISITORS), "allowance": rng.choice(data.ALLOWANCES),
        "service": rng.choice(data.SERVICES), "income": rng.choice(data.INCOMES), "use": rng.choice(data.USES),
        "old_issue": rng.choice(data.OLD_ISSUES), "vproject": rng.choice(data.VILLAGE_PROJECTS),
        "vwork": rng.choice(data.VILLAGE_WORKS), "rent": rng.choice(data.RENTS), "road": rng.choice(data.ROADS),
        "dispute": rng.choice(data.DISPUTES), "group": group, "old_vissue": rng.choice(data.OLD_VILLAGE_ISSUES),
    }
    title, text = t.title.format_map(values), t.text.format_map(values)
    status = rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
    reached = ORDER.index(status)
    team = plan.teams[team_no]
    assert team.station_start is not None and team.station_end is not None
    discovered = plan.day_between(team.station_start, team.station_end - timedelta(days=10))
    drafter = rng.choice([m for r in ("member", "petition_officer") for m in plan.members[team_no].get(r, [])])
    drafted = plan.moment(discovered + timedelta(days=rng.randint(0, 2)))
    reviewed = drafted + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
    signed = reviewed + timedelta(days=rng.randint(1, 3))
    node = plan.taxonomy[t.category]
    l1 = plan.taxonomy[t.category.split(".")[0] if "." in t.category else t.category[0]]
    disciplines = "、".join(_discipline_zh(d) for d in t.disciplines)
    key_like = t.clue or (amount is not None and amount >= 20)
    assert plan.round is not None
    finding = Finding(
        id=demo_id("finding", team_no, seq), seq_no=seq,
        code=plan.round.code_format.format(year=data.YEAR, round_no=data.ROUND_NO, team_no=team_no, seq=seq),
        assignment_id=item.assignment.id, org_id=item.org.id, title=title, description=text,
        qualitative_analysis=f"该问题违反{t.basis}，属于违反{disciplines}的问题。", legal_basis=t.basis,
        responsibility_analysis=(f"{item.org.party_org_name}负主体责任；{p1['name']}（{p1['post']}）负领导责任；"
                                 f"{p2['name']}（{p2['post']}）负直接责任。"),
        category_id=node.id, category_l1=l1.name, category_l2=node.name, discipline_tags=list(t.disciplines),
        other_tags=list(t.tags), is_key=rng.random() < (0.6 if key_like else 0.08),
        is_common=rng.random() < (0.45 if t.category in ("B3", "B4", "B5", "C4", "V2.1", "V3.2") else 0.08),
        source_method=rng.choice(t.sources), amount_involved=amount, persons_involved=[p1, p2],
        occurred_from=occurred_from, occurred_to=occurred_to,
        location=f"{item.place}{group}" if item.level is OrgLevel.VILLAGE else f"{item.org.name}{dept}",
        discovered_by=drafter.name, discovered_at=discovered, drafted_by=drafter.id, drafted_at=drafted,
        reviewed_by=_who(plan, team_no, "deputy", reached, FindingStatus.REVIEWED),
        reviewed_at=reviewed if reached >= ORDER.index(FindingStatus.REVIEWED) else None,
        group_meeting_opinion=MEETING_OPINION if reached >= ORDER.index(FindingStatus.SIGNED) else None,
        signed_by=_who(plan, team_no, "leader", reached, FindingStatus.SIGNED),
        signed_at=signed if reached >= ORDER.index(FindingStatus.SIGNED) else None,
        immediate_fix=rng.random() < 0.1, in_report=reached >= ORDER.index(FindingStatus.REPORTED),
        feedback_text=f"{title}。{text}" if reached >= ORDER.index(FindingStatus.FED_BACK) else None,
        status=status.value,
    )
    plan.add("findings", finding, team_no, history=_history(plan, team_no, finding, drafter, reached))
    planned = PlannedFinding(finding, t, item)
    _link_source(plan, planned)
    _evidence(plan, planned)
    return planned


def _history(plan: DemoPlan, team_no: int, finding: Finding, drafter: TeamMember, reached: int) -> tuple[Step, ...]:
    """The paper's life as its people lived it, for the 审核记录 tab: saved as a draft by the member who drafted
    it, reviewed by the deputy leader, signed by the leader (the steps of services/review.py, at the times the
    paper names); then written into the report, fed back and under rectification, recorded by the leader."""
    deputy, leader = plan.member(team_no, "deputy"), plan.member(team_no, "leader")
    reported = plan.moment(data.ROUND_END + timedelta(days=plan.rng.randint(5, 12)))
    fed_back = plan.moment(data.FEEDBACK_DATE)
    rectifying = plan.moment(data.FEEDBACK_DATE + timedelta(days=plan.rng.randint(7, 40)))
    assert finding.drafted_at is not None
    steps = [Step(drafter, Role.MEMBER, finding.drafted_at, dict(DRAFT_VALUES))]
    later: list[tuple[FindingStatus, TeamMember, Role, datetime | None, dict[str, object], str | None]] = [
        (FindingStatus.REVIEWED, deputy, Role.DEPUTY_LEADER, finding.reviewed_at,
         {"reviewed_by": finding.reviewed_by, "reviewed_at": finding.reviewed_at}, "finding_reviewed"),
        (FindingStatus.SIGNED, leader, Role.TEAM_LEADER, finding.signed_at,
         {"signed_by": finding.signed_by, "signed_at": finding.signed_at,
          "group_meeting_opinion": finding.group_meeting_opinion}, "finding_signed"),
        (FindingStatus.REPORTED, leader, Role.TEAM_LEADER, reported, {"in_report": True}, None),
        (FindingStatus.FED_BACK, leader, Role.TEAM_LEADER, fed_back, {"feedback_text": finding.feedback_text}, None),
        (FindingStatus.RECTIFYING, leader, Role.TEAM_LEADER, rectifying, {}, None),
    ]
    for status, who, role, when, values, action in later:
        if reached < ORDER.index(status):
            break
        assert when is not None
        steps.append(Step(who, role, when, {"status": status.value, **values}, action))
    return tuple(steps)


def _discipline_zh(code: str) -> str:
    return Discipline(code).zh


def _who(plan: DemoPlan, team_no: int, role: str, reached: int, needed: FindingStatus) -> str | None:
    member: TeamMember = plan.member(team_no, role)
    return member.id if reached >= ORDER.index(needed) else None


def _link_source(plan: DemoPlan, planned: PlannedFinding) -> None:
    finding = planned.finding
    table = SOURCE_TABLES.get(finding.source_method or "")
    rows = plan.registers[finding.assignment_id][table] if table else []
    if not table or not rows:
        return
    row = plan.rng.choice(rows)
    if isinstance(row, Petition):
        planned.petition = row
        if row.disposition in (PetitionDisposition.FILED.value, PetitionDisposition.FORWARDED.value):
            row.disposition, row.in_scope, row.forwarded_to, row.forwarded_at = (
                PetitionDisposition.TO_FINDING.value, True, None, None)
    plan.add("findings", FindingSource(id=demo_id("finding_source", finding.id, table), finding_id=finding.id,
                                       source_kind=table, source_id=row.id), planned.item.team_no)


TITLES = {EvidenceType.VOUCHER: "记账凭证", EvidenceType.CONTRACT: "合同文本", EvidenceType.MINUTES: "会议纪要",
          EvidenceType.PHOTO: "现场照片", EvidenceType.INTERVIEW_RECORD: "谈话笔录",
          EvidenceType.DOCUMENT: "有关文件", EvidenceType.SURVEY_RESULT: "民主测评结果"}


def _png_blob(top: tuple[int, int, int], bottom: tuple[int, int, int], mark: int) -> tuple[bytes, str]:
    return tiny_png(48, 32, top, bottom, mark), "image/png"


def _pdf_blob(lines: tuple[str, ...]) -> tuple[bytes, str]:
    return tiny_pdf(list(lines)), "application/pdf"


def _evidence(plan: DemoPlan, planned: PlannedFinding) -> None:
    rng, finding, item = plan.rng, planned.finding, planned.item
    if rng.random() >= 0.34:
        return
    for index in range(1, 2 + (rng.random() < 0.2)):
        kind = EvidenceType(planned.template.evidence if index == 1 else rng.choice(("interview_record", "photo")))
        blob: Callable[[], tuple[bytes, str]]
        if kind is EvidenceType.PHOTO:
            top = (rng.randint(90, 200), rng.randint(110, 210), rng.randint(120, 230))
            bottom = (rng.randint(40, 120), rng.randint(60, 140), rng.randint(30, 90))
            mark = rng.randint(0, 31)
            blob, ext = partial(_png_blob, top, bottom, mark), "png"
        elif kind is EvidenceType.MINUTES:  # one bound volume of minutes per organisation, shared by its findings
            lines: tuple[str, ...] = ("Xuncha demo evidence (demo data)", "Meeting minutes 2025",
                                      f"Organisation {item.org.id[:8]}")
            blob, ext = partial(_pdf_blob, lines), "pdf"
        else:
            lines = ("Xuncha demo evidence (demo data)", f"Team {item.team_no} finding {finding.seq_no:03d}",
                     f"Type: {kind.value}", f"Item {index}")
            blob, ext = partial(_pdf_blob, lines), "pdf"
        number = f"{item.team_no}-{finding.seq_no:03d}-{index:02d}"
        plan.add("evidence", Evidence(
            id=demo_id("evidence", finding.id, index), finding_id=finding.id, owner_kind="finding",
            owner_id=finding.id, evidence_no=number, evidence_type=kind.value, title=TITLES[kind],
            file_name=f"{TITLES[kind]}_{number}.{ext}", blob_sha256="", pages=1 if ext == "pdf" else None,
            obtained_from=item.org.name, obtained_at=finding.discovered_at, collected_by=finding.discovered_by,
        ), item.team_no, blob=blob)


def plan_rectification(plan: DemoPlan, planned: list[PlannedFinding]) -> None:
    """One ledger line per fed-back finding; 整改中 findings have moved on further than 已反馈 ones."""
    rng, item_no = plan.rng, Counter[str]()
    for p in planned:
        finding = p.finding
        if finding.status not in (FindingStatus.FED_BACK.value, FindingStatus.RECTIFYING.value):
            continue
        item_no[finding.org_id] += 1
        if finding.status == FindingStatus.FED_BACK.value:
            status = rng.choice((RectStatus.NOT_STARTED, RectStatus.NOT_STARTED, RectStatus.IN_PROGRESS))
        else:
            status = rng.choices((RectStatus.IN_PROGRESS, RectStatus.MOSTLY_DONE, RectStatus.DONE), (5, 2, 3))[0]
        kind = (RectType.IMMEDIATE if finding.immediate_fix
                else rng.choices((RectType.DEADLINE, RectType.LONG_TERM), (4, 1))[0])
        deadline = {RectType.IMMEDIATE: date(2026, 7, 31), RectType.LONG_TERM: date(2027, 6, 30)}.get(
            kind, rng.choice((date(2026, 9, 30), date(2026, 12, 31))))
        measures, target = data.MEASURES["V" if p.template.category.startswith("V") else p.template.category[0]]
        done = status in (RectStatus.DONE, RectStatus.MOSTLY_DONE)
        recovered = (finding.amount_involved * Decimal(rng.randint(50, 100)) / 100).quantize(Decimal("0.01")) \
            if done and finding.amount_involved and "integrity" in finding.discipline_tags else None
        plan.add("rectification", RectificationItem(
            id=demo_id("rectification_item", finding.id), item_no=item_no[finding.org_id], finding_id=finding.id,
            org_id=finding.org_id, problem_category=finding.category_l2, problem_text=finding.feedback_text or "",
            target=target, completion_standard="问题整改到位，有制度、有台账、有佐证材料", measures=measures,
            rect_type=kind.value, responsible_leader=finding.persons_involved[0]["name"],
            lead_unit=p.item.org.name if p.item.level is OrgLevel.VILLAGE else finding.location,
            cooperating_units=[p.item.finance] if p.item.level is not OrgLevel.VILLAGE else [],
            first_responsible=p.item.org.principal_name, supervising_city_leader="林志远" if finding.is_key else None,
            supervising_bodies=["市纪委监委", "市委组织部", "市委巡察办"], deadline=deadline, status=status.value,
            progress_text=None if status is RectStatus.NOT_STARTED else PROGRESS_TEXT,
            measures_taken=measures if done else None, amount_recovered=recovered,
            rules_made=rng.choice(data.RULES_MADE) if done and rng.random() < 0.5 else None,
            accountability_summary=f"对相关责任人提醒谈话{rng.randint(1, 3)}人次" if done and p.template.clue else None,
        ), p.item.team_no)

