"""Fixtures of the finding editor's tests: the team 2 demo (built once per module, copied per test), opened
as any of its four users, and a valid FindingInput for its first unit."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from models import keystore
from services.clock import FakeClock
from services.demo import create_demo_workspace
from services.finding_scope import category_choices, org_choices, source_choices
from services.findings_validation import FindingInput
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE, TEST_KDF

LEADER, DEPUTY, MEMBER, CLUE_OFFICER = "张建国", "王海燕", "李明", "黄磊"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("finding_demo") / "team2"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, PASSPHRASE, team_no=2, clock=FakeClock())
    return path


@pytest.fixture
def open_as(demo_template: Path, tmp_path: Path, clock: FakeClock) -> Iterator[Callable[[str], WorkspaceSession]]:
    """open_as(name): the same copied demo workspace unlocked as that user (earlier sessions stay open)."""
    path = tmp_path / "team2"
    shutil.copytree(demo_template, path)
    opened: list[WorkspaceSession] = []

    def open_(name: str) -> WorkspaceSession:
        ws = unlock_workspace(path, PASSPHRASE, name, clock=clock)
        opened.append(ws)
        return ws

    yield open_
    for ws in opened:
        ws.lock()


def valid_input(ws: WorkspaceSession, **changes: object) -> FindingInput:
    """A complete, valid finding on the workspace's first unit, with one source."""
    with ws.read() as session:
        org = org_choices(session, ws)[0]
        category = next(c for c in category_choices(session) if c.code == "B4")
        source = source_choices(session, ws, org.org_id)[0]
    data = FindingInput(
        org_id=org.org_id, title="违规发放津补贴问题", description="2025年3月至2025年9月，违规发放加班补贴12.35万元。",
        qualitative_analysis="违反财经纪律。", legal_basis="《中国共产党纪律处分条例》第一百零一条",
        responsibility_analysis="党组负主体责任。", category_id=category.node_id, discipline_tags=["廉洁纪律"],
        other_tags=["形式主义", "special_funds"], is_key=True, source_method="信访",
        sources=[(source.kind, source.source_id)], amount_involved=Decimal("12.345678"),
        persons_involved=[{"name": "王某", "post": "财务科科长"}], occurred_from=date(2025, 3, 1),
        occurred_to=date(2025, 9, 30), location="财务科", discovered_by="李明", discovered_at=date(2025, 12, 1),
        immediate_fix=True, feedback_text="违规发放津补贴。",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data
