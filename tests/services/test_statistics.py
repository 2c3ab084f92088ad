"""Team statistics on the demo round: the summary sentence, the dimensions, exact amounts, clues for clue roles."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, select

from models import keystore
from models.entities import Finding
from models.enums import FindingStatus
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.queries.statistics import (
    CHINESE,
    NONE_KEY,
    finding_figures,
    statistics_rounds,
    summary_sentence,
    team_statistics,
)
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import TEST_KDF

# The seed round's own sentence, per inspection type (services/demo/data.py SEED_FIGURES).
HQ_SENTENCE = ("对12个单位开展常规巡察，发现问题398个、问题线索18条；"
               "对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。")


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths = {"hq": tmp_path_factory.mktemp("stats") / "hq", "team": tmp_path_factory.mktemp("stats") / "team"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(paths["hq"], clock=FakeClock())
        create_demo_workspace(paths["team"], team_no=1, clock=FakeClock())
    return paths


@pytest.fixture
def as_user(demo_paths: dict[str, Path]) -> Iterator:
    opened: list[WorkspaceSession] = []

    def unlock(name: str, which: str = "hq") -> WorkspaceSession:
        ws = unlock_workspace(demo_paths[which], DEMO_PASSPHRASE, name, clock=FakeClock())
        opened.append(ws)
        return ws

    yield unlock
    for ws in opened:
        ws.lock()


def test_the_hq_sentence_for_a_clue_role(as_user) -> None:
    for name in ("王主任", "赵线索"):
        stats = team_statistics(as_user(name))
        assert summary_sentence(stats, CHINESE) == HQ_SENTENCE
        assert (stats.orgs, stats.findings, stats.clues) == (22, 570, 26)
    assert [(m.inspection_type, m.objects, m.findings, m.clues) for m in stats.modes] == [
        ("routine", {"unit": 12}, 398, 18), ("upgraded", {"township": 1, "village": 9}, 172, 8)]
    assert stats.has_villages


def test_a_member_gets_no_clue_figure_and_never_queries_the_clue_table(as_user) -> None:
    ws = as_user("李干事")
    statements: list[str] = []
    event.listen(ws.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    stats = team_statistics(ws)
    assert summary_sentence(stats, CHINESE) == (
        "对12个单位开展常规巡察，发现问题398个；对1个乡镇、9个村开展提级巡察，发现问题172个。")
    assert stats.clues is None and all(mode.clues is None for mode in stats.modes)
    assert all(tally.clues is None for rows in stats.dimensions.values() for tally in rows)
    assert statements and not any("clue" in sql.lower() for sql in statements)


def test_dimensions_add_up_and_amounts_are_exact(as_user) -> None:
    ws = as_user("王主任")
    stats = team_statistics(ws)
    with ws.read() as session:
        amounts = [a for a in session.scalars(select(Finding.amount_involved)) if a is not None]
    assert stats.amount == sum(amounts, Decimal(0)) and isinstance(stats.amount, Decimal)
    for name in ("org", "category_l1", "category_l2", "source_method", "org_level", "team"):
        rows = stats.dimensions[name]
        assert sum(t.findings for t in rows) == 570, name
        assert sum((t.amount for t in rows), Decimal(0)) == stats.amount, name
    orgs = {t.name: t for t in stats.dimensions["org"]}
    assert len(orgs) == 22 and orgs["龙泉村"].level == "village" and sum(t.clues or 0 for t in orgs.values()) == 26
    levels = {t.key: t.findings for t in stats.dimensions["org_level"]}
    assert set(levels) == {"municipal_unit", "township", "village"}
    assert levels["municipal_unit"] == 398 and levels["township"] + levels["village"] == 172
    l1 = {t.key: t for t in stats.dimensions["category_l1"]}
    assert all(t.parent in l1 for t in stats.dimensions["category_l2"])
    assert [t.key for t in stats.dimensions["status"]] == [str(s) for s in FindingStatus]
    assert NONE_KEY not in {t.key for t in stats.dimensions["source_method"]}
    assert [t.key for t in stats.dimensions["team"]] == ["1", "2", "3", "4"]


def test_a_team_workspace_counts_its_own_team(as_user) -> None:
    stats = team_statistics(as_user(_team_leader(), "team"))
    assert stats.dimensions["team"] == []  # one team: no team table
    expected = f"对{stats.orgs}个单位开展常规巡察，发现问题{stats.findings}个、问题线索{stats.clues}条。"
    assert summary_sentence(stats, CHINESE) == expected


def _team_leader() -> str:
    from services.demo import demo_users

    return demo_users(1)[0].name


def test_withdrawn_findings_are_shown_by_status_but_not_counted(as_user) -> None:
    ws = as_user("王主任")
    with ws.write() as tx:
        finding = tx.session.scalars(select(Finding).where(Finding.amount_involved.is_not(None)).limit(1)).one()
        tx.update(finding, status=FindingStatus.WITHDRAWN.value)
    try:
        stats = team_statistics(ws)
        assert (stats.findings, stats.withdrawn) == (569, 1)
        assert {t.key: t.findings for t in stats.dimensions["status"]}["withdrawn"] == 1
        figures = finding_figures(ws)
        assert figures.findings == 570 and figures.amount_total == stats.amount + finding.amount_involved
    finally:
        with ws.write() as tx:
            tx.update(tx.session.get(Finding, finding.id), status=FindingStatus.RECTIFYING.value)


def test_one_round_and_an_empty_workspace(as_user, team_ws: WorkspaceSession) -> None:
    ws = as_user("王主任")
    rounds = statistics_rounds(ws)
    assert [title for _, title in rounds] == ["十三届市委第三轮巡察（演示数据）"]
    assert team_statistics(ws, rounds[0][0]).findings == 570
    assert team_statistics(ws, "no-such-round").findings == 0
    empty = team_statistics(team_ws)
    assert summary_sentence(empty, CHINESE) == "尚未安排被巡察单位，发现问题0个、问题线索0条。"
    assert empty.dimensions["org"] == [] and empty.amount == Decimal(0)
