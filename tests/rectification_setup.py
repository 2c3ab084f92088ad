"""A small HQ round ready for rectification, shared by the service, CLI and window tests of issue 12: round 13/2026/2,
team 1 inspecting 市住建局 and 市水利局, three signed findings at 市住建局 and one at 市水利局 (a draft too)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.entities import Finding
from services.planning.assignments import AssignmentInput, assign
from services.planning.orgs import OrgInput, add_org
from services.planning.rounds import RoundInput, create_round
from services.planning.teams import TeamInput, create_team
from services.workspace import WorkspaceSession

CODES = ["[2026]2巡-1组-1号", "[2026]2巡-1组-2号", "[2026]2巡-1组-3号", "[2026]2巡-1组-4号", "[2026]2巡-1组-5号"]


@dataclass
class RectRound:
    ws: WorkspaceSession
    round_id: str
    team_id: str
    housing: str
    water: str
    findings: dict[str, str]  # code -> id

    def finding(self, n: int) -> str:
        return self.findings[CODES[n - 1]]


def rect_round(ws: WorkspaceSession) -> RectRound:
    round_id = create_round(ws, RoundInput(13, 2026, 2, start_date=date(2026, 3, 2), end_date=date(2026, 5, 8)))
    team_id = create_team(ws, round_id, TeamInput(1))
    housing = add_org(ws, OrgInput("市住建局", "municipal_unit"))
    water = add_org(ws, OrgInput("市水利局", "municipal_unit"))
    a_housing = assign(ws, round_id, AssignmentInput(team_id, housing))
    a_water = assign(ws, round_id, AssignmentInput(team_id, water))
    findings = {}
    titles = ["工程项目监管不严问题", "违规发放津补贴问题", "政府采购不规范问题", "河道整治资金滞留问题", "草稿问题"]
    with ws.write() as tx:
        for n, (code, title) in enumerate(zip(CODES, titles, strict=True), start=1):
            asg, org = (a_housing, housing) if n <= 3 else (a_water, water)
            row = Finding(code=code, seq_no=n, assignment_id=asg, org_id=org, title=title,
                          description=f"{title}的具体表现。", discovered_at=date(2026, 4, n),
                          status="signed" if n < 5 else "draft", category_l1="落实全面从严治党战略部署情况")
            tx.insert(row, scope_team_id=team_id)
            findings[code] = row.id
    return RectRound(ws, round_id, team_id, housing, water, findings)
