"""The demo's rectification after feedback (services/demo/rectification.py): every state of the ledger, overdue and
closed-out tasks, the steps' rows, handovers with overdue feedback, the figures of the statistics and
``stats --json``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.entities import RectificationFeedback, RectificationReview
from models.enums import RectStatus
from services.demo.builder import DEMO_PASSPHRASE, create_demo_workspace
from services.queries.rectification_board import list_handovers, list_tasks, problem_chain
from services.queries.rectification_stats import rectification_figures
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.cli.conftest import CliRunner
from tests.cli.conftest import cli as cli  # the fixture, re-exported here


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rectdemo") / "hq"
    create_demo_workspace(path)
    return path


@pytest.fixture
def demo(demo_path: Path) -> WorkspaceSession:
    ws = unlock_workspace(demo_path, DEMO_PASSPHRASE)
    yield ws
    ws.lock()


def test_every_state_overdue_and_closed_out(demo: WorkspaceSession) -> None:
    rows = list_tasks(demo)
    states = Counter(r.status for r in rows)
    assert set(states) == {s.value for s in RectStatus}
    assert any(r.colour == "red" for r in rows) and states["closed_out"] >= 10
    closed = next(r for r in rows if r.status == "closed_out")
    chain = problem_chain(demo, closed.id)
    task = next(t for t in chain.tasks if t.row.id == closed.id)
    assert task.reviews and task.reviews[-1].outcome == "approved" and task.progress[-1].evidence
    assert chain.fed_back_on is not None and len(chain.milestones) == 2
    with demo.read() as session:
        assert session.scalar(select(func.count()).select_from(RectificationFeedback)) >= 10
        outcomes = set(session.scalars(select(RectificationReview.outcome)))
    assert outcomes == {"approved", "returned"}
    assert sorted(h.colour for h in list_handovers(demo)) == ["green", "none", "red"]
    proposals = [h for h in list_handovers(demo) if h.kind == "proposal"]
    assert proposals and all(h.theme for h in proposals)  # a 巡察建议 always names its special-governance theme
    assert verify_workspace(demo).ok


def test_the_rectification_figures(demo: WorkspaceSession) -> None:
    figures = rectification_figures(demo)
    assert figures.tasks == sum(figures.per_state.values()) == len(list_tasks(demo))
    assert 0 < figures.closed_out_share < 1 and figures.overdue > 0
    assert figures.amount_recovered > 0 and figures.rules_made > 0
    assert figures.people_held_accountable >= 1 and figures.flags == 2
    assert (figures.handovers, figures.handovers_overdue) == (3, 1)
    rounds = {h.round_id for h in list_handovers(demo)}
    assert len(rounds) == 1 and None not in rounds
    of_round = rectification_figures(demo, rounds.pop())  # the round's handovers, like its tasks
    assert (of_round.handovers, of_round.handovers_overdue) == (3, 1)
    other = rectification_figures(demo, "no-such-round")
    assert (other.tasks, other.handovers, other.handovers_overdue) == (0, 0, 0)


def test_stats_json_has_the_rectification_figures(cli: CliRunner, demo_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", DEMO_PASSPHRASE)
    result = cli("stats", demo_path, "--json")
    assert result.code == 0, result.err
    figures = result.json["rectification"]
    assert figures["tasks"] > 0 and figures["per_state"]["closed_out"] == figures["closed_out"]
    assert "已销号" in cli("stats", demo_path).out
