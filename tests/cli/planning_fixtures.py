"""Workspaces for the planning and finding-edit command tests: a fresh HQ (王主任, administrator; 李干事, an HQ
member) and the same HQ with a round planned through the services, each made once and copied per test.
The fixtures are named without their ``_fixture`` suffix: a test module imports ``planned_fixture`` and asks for
``planned``.

The planned round (十三届市委第三轮巡察, 2026, term 13, round 3):

- units: 城关县 (county) ⊃ 城关镇 (township) ⊃ 东风村, 西山村 (villages); 城南镇 (township, directly under the city)
  ⊃ 南湖村; 市教育局, 市卫健委 (municipal units);
- team 2 (张组长, leader; 李组员, member, recused from 市卫健委) inspects 城关镇 and 东风村 (upgraded) and 市教育局
  (routine); team 1 has no member yet and no unit.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from models import keystore
from models.enums import InspectionType, OrgLevel, Role, TeamRole, WorkspaceKind
from services.accounts import add_user
from services.planning.assignments import AssignmentInput, assign
from services.planning.orgs import OrgInput, add_org
from services.planning.rounds import RoundInput, create_round
from services.planning.teams import MemberInput, TeamInput, add_member, create_team
from services.workspace import unlock_workspace
from services.workspace_create import create_workspace
from tests.cli.conftest import MEMBER_PASSPHRASE
from tests.conftest import PASSPHRASE, TEST_KDF

ROUND_TITLE = "十三届市委第三轮巡察"


@dataclass(frozen=True)
class Planned:
    path: Path
    round_id: str
    team_ids: dict[int, str]
    org_ids: dict[str, str]


@pytest.fixture(scope="session", name="hq_template")
def hq_template_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("planning") / "hq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        ws = create_workspace(path, user_name="王主任", role=Role.HQ_ADMIN, passphrase=PASSPHRASE,
                              kind=WorkspaceKind.HQ, kdf=TEST_KDF)
        try:
            add_user(ws, "李干事", Role.MEMBER, MEMBER_PASSPHRASE)
        finally:
            ws.lock()
    return path


@pytest.fixture(scope="session", name="planned_template")
def planned_template_fixture(hq_template: Path) -> Planned:
    path = hq_template.parent / "planned"
    shutil.copytree(hq_template, path)
    ws = unlock_workspace(path, PASSPHRASE)
    try:
        round_id = create_round(ws, RoundInput(13, 2026, 3, theme="政治巡察", start_date=date(2026, 3, 5),
                                               end_date=date(2026, 5, 5)))
        orgs: dict[str, str] = {}
        for name, level, parent in (("城关县", OrgLevel.COUNTY, None), ("城关镇", OrgLevel.TOWNSHIP, "城关县"),
                                    ("东风村", OrgLevel.VILLAGE, "城关镇"), ("西山村", OrgLevel.VILLAGE, "城关镇"),
                                    ("城南镇", OrgLevel.TOWNSHIP, None), ("南湖村", OrgLevel.VILLAGE, "城南镇"),
                                    ("市教育局", OrgLevel.MUNICIPAL_UNIT, None),
                                    ("市卫健委", OrgLevel.MUNICIPAL_UNIT, None)):
            orgs[name] = add_org(ws, OrgInput(name, level.value, orgs[parent] if parent else None))
        teams = {n: create_team(ws, round_id, TeamInput(n)) for n in (1, 2)}
        add_member(ws, teams[2], MemberInput("张组长", TeamRole.LEADER.value, source_unit="市纪委"))
        add_member(ws, teams[2], MemberInput("李组员", TeamRole.MEMBER.value, recusal_org_ids=[orgs["市卫健委"]]))
        for name, mode in (("城关镇", InspectionType.UPGRADED), ("东风村", InspectionType.UPGRADED),
                           ("市教育局", InspectionType.ROUTINE)):
            assign(ws, round_id, AssignmentInput(teams[2], orgs[name], mode.value))
    finally:
        ws.lock()
    return Planned(path, round_id, teams, orgs)


@pytest.fixture(name="hq_path")
def hq_path_fixture(hq_template: Path, tmp_path: Path) -> Path:
    """A fresh HQ workspace with no plan."""
    return Path(shutil.copytree(hq_template, tmp_path / "hq"))


@pytest.fixture(name="planned")
def planned_fixture(planned_template: Planned, tmp_path: Path) -> Planned:
    """A copy of the planned HQ (same ids)."""
    path = Path(shutil.copytree(planned_template.path, tmp_path / "planned"))
    return Planned(path, planned_template.round_id, planned_template.team_ids, planned_template.org_ids)


@pytest.fixture(name="member_passphrase_file")
def member_passphrase_file_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "member.pass"
    path.write_text(MEMBER_PASSPHRASE + "\n", encoding="utf-8")
    return path
