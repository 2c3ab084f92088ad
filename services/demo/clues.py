"""The demo's clue compartment (C3): about 5 % of findings become clues, linked to their finding and
petition, and the identities of the petitioners who gave their name."""

from __future__ import annotations

from datetime import timedelta

from models.clue import Clue, ClueLink, PetitionerIdentity
from models.enums import DisposalType, FindingStatus, HandoverMode, OrgLevel, PetitionDisposition, Receiver
from models.registers import Petition
from services.demo import data
from services.demo.findings import PlannedFinding
from services.demo.plan import DemoPlan, demo_id


def clues_per_team() -> dict[int, int]:
    """The seed's clues per inspection type (18 routine, 8 upgraded), shared out evenly over that type's teams."""
    quotas: dict[int, int] = {}
    for mode, (_, clues) in data.SEED_FIGURES.items():
        teams = [team.team_no for team in data.TEAMS if team.inspection_type is mode]
        for index, team_no in enumerate(teams):
            quotas[team_no] = clues // len(teams) + (index < clues % len(teams))
    return quotas


CLUES_PER_TEAM = clues_per_team()  # {1: 6, 2: 6, 3: 6, 4: 8}
DISPOSALS = (None, DisposalType.INQUIRY, DisposalType.PRELIMINARY_CHECK, DisposalType.SHELVED, DisposalType.CLOSED)
DISPOSAL_WEIGHTS = (6, 4, 4, 2, 1)
RESULTS = {
    DisposalType.INQUIRY: "经谈话函询，本人作出说明，予以采信，进行提醒谈话。",
    DisposalType.PRELIMINARY_CHECK: "正在初步核实中。",
    DisposalType.SHELVED: "线索要素不全，暂存待查。",
    DisposalType.CLOSED: "经核实，反映问题不属实，予以了结。",
}


def plan_clues(plan: DemoPlan, planned: list[PlannedFinding]) -> None:
    rng = plan.rng
    for team_no, quota in CLUES_PER_TEAM.items():
        candidates = [p for p in planned if p.item.team_no == team_no and p.template.clue
                      and p.finding.status != FindingStatus.DRAFT.value]
        chosen = sorted(rng.sample(candidates, min(quota, len(candidates))), key=lambda p: p.finding.seq_no)
        for number, p in enumerate(chosen, start=1):
            _clue(plan, p, number)
    for rows in plan.registers.values():
        for petition in rows["petition"]:
            assert isinstance(petition, Petition)
            if not petition.is_anonymous:
                plan.add("clues", PetitionerIdentity(
                    id=demo_id("petitioner", petition.id), petition_id=petition.id,
                    petitioner_name=plan.person_name(),
                    phone=f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}",
                    address=f"{petition.reflected_unit}附近居民小区{rng.randint(1, 30)}栋",
                ), _team_of(plan, petition.assignment_id))


def _team_of(plan: DemoPlan, assignment_id: str) -> int:
    return next(i.team_no for i in plan.inspected if i.assignment.id == assignment_id)


def _clue(plan: DemoPlan, p: PlannedFinding, number: int) -> None:
    rng, finding, team_no = plan.rng, p.finding, p.item.team_no
    person = finding.persons_involved[0]
    city = person["level"] == "city_managed"
    local = p.item.level in (OrgLevel.TOWNSHIP, OrgLevel.VILLAGE)
    disposal = rng.choices(DISPOSALS, DISPOSAL_WEIGHTS)[0]
    clue = Clue(
        id=demo_id("clue", finding.id), clue_no=f"[{data.YEAR}]{data.ROUND_NO}巡-{team_no}组-线索{number:02d}号",
        assignment_id=finding.assignment_id, org_id=finding.org_id,
        clue_name=f"关于{p.item.short}{person['name']}{finding.title.removesuffix('问题')}的问题线索",
        reflected_person_name=person["name"], reflected_person_post=person["post"],
        reflected_person_level=person["level"], reflected_unit=p.item.org.name, problem_text=finding.description,
        discipline=list(finding.discipline_tags), category_l1=finding.category_l1, category_l2=finding.category_l2,
        clue_source=finding.source_method, accepted_at=finding.discovered_at,
        proposed_receiver=(Receiver.COUNTY_CDI if local else Receiver.CDI).value,
        handover_mode=(HandoverMode.DUAL if city else HandoverMode.SINGLE).value,
        disposal_opinion="建议移交纪检监察机关按干部管理权限处置" if disposal else None,
        disposal_type=disposal.value if disposal else None, result=RESULTS.get(disposal) if disposal else None,
        feedback_due=data.FEEDBACK_DATE + timedelta(days=90), closed=disposal is DisposalType.CLOSED,
        feedback_at=data.FEEDBACK_DATE + timedelta(days=rng.randint(30, 80)) if disposal is DisposalType.CLOSED
        else None,
    )
    plan.add("clues", clue, team_no)
    plan.add("clues", ClueLink(id=demo_id("clue_link", clue.id, finding.id), clue_id=clue.id, target_kind="finding",
                               target_id=finding.id), team_no)
    if p.petition is not None:
        p.petition.disposition = PetitionDisposition.TO_CLUE.value
        plan.add("clues", ClueLink(id=demo_id("clue_link", clue.id, p.petition.id), clue_id=clue.id,
                                   target_kind="petition", target_id=p.petition.id), team_no)
