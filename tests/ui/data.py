"""Test data for the windows, written through the services (WriteTx), never with session.add()."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from models.entities import (
    Assignment,
    Clue,
    DocumentRequest,
    FieldVisit,
    Finding,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    Interview,
    Petition,
    RectificationItem,
)
from models.enums import FindingStatus
from services.workspace import WorkspaceSession

ORG_NAMES = ("市财政局", "市人力资源和社会保障局", "市交通运输局")
CATEGORIES = ("落实党的理论和路线方针政策", "落实全面从严治党战略部署", "落实新时代党的组织路线")
STATUSES = tuple(FindingStatus)


def populate(ws: WorkspaceSession, findings: int = 300, *, clues: int = 0, registers: bool = True) -> dict[str, int]:
    """A round, team 2, three units and ``findings`` findings (plus a few register entries and tasks)."""
    with ws.write() as tx:
        round_ = InspectionRound(term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察")
        tx.insert(round_)
        team = InspectionTeam(round_id=round_.id, team_no=2, name="市委第二巡察组")
        tx.insert(team)
        assignments = []
        for name in ORG_NAMES:
            org = InspectedOrg(name=name, level="municipal_unit")
            tx.insert(org)
            assignment = Assignment(round_id=round_.id, team_id=team.id, org_id=org.id, inspection_type="routine")
            tx.insert(assignment, scope_team_id=team.id)
            assignments.append(assignment)
        first_finding = None
        for seq in range(1, findings + 1):
            assignment = assignments[seq % len(assignments)]
            finding = Finding(
                code=f"[2026]3巡-2组-{seq}号", seq_no=seq, assignment_id=assignment.id, org_id=assignment.org_id,
                title=f"第{seq}号问题：专项资金管理不规范", category_l1=CATEGORIES[seq % len(CATEGORIES)],
                status=str(STATUSES[seq % len(STATUSES)]), amount_involved=Decimal(seq) / 4 if seq % 3 else None,
                discovered_at=date(2026, 9, 1) + timedelta(days=seq % 60),
            )
            tx.insert(finding, scope_team_id=team.id)
            first_finding = first_finding or finding
        if registers:
            a = assignments[0]
            tx.insert(Interview(code="谈-001", assignment_id=a.id, interviewee_name="王某", interviewee_post="局长",
                                interviewee_category="mandatory", talk_time=datetime(2026, 9, 3, 9, 30)),
                      scope_team_id=team.id)
            tx.insert(Petition(petition_no="信-001", assignment_id=a.id, channel="letter", summary="反映专项资金问题"),
                      scope_team_id=team.id)
            tx.insert(DocumentRequest(code="调-001", assignment_id=a.id, content="2024年以来会议纪要"),
                      scope_team_id=team.id)
            tx.insert(FieldVisit(code="走-001", assignment_id=a.id, target_place="某村"), scope_team_id=team.id)
            if first_finding is not None:
                tx.insert(RectificationItem(item_no=1, finding_id=first_finding.id, org_id=first_finding.org_id,
                                            problem_text="专项资金管理不规范", rect_type="deadline",
                                            status="in_progress"), scope_team_id=team.id)
        for number in range(1, clues + 1):
            tx.insert(Clue(clue_no=f"线-{number:03d}", assignment_id=assignments[0].id, org_id=assignments[0].org_id,
                           clue_name=f"线索{number}", reflected_person_name="某某", discipline=["integrity"]),
                      scope_team_id=team.id)
    return {"findings": findings, "clues": clues, "units": len(ORG_NAMES)}
