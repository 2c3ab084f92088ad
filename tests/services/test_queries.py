"""Read-only queries of the windows: ordered ids and row pages, small lists, clue list audit, figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.entities import Finding
from models.enums import Role
from services.accounts import add_user
from services.errors import NotPermittedError
from services.queries.clues import list_clues
from services.queries.findings import finding_ids, finding_rows
from services.queries.rectification import list_rectification_items
from services.queries.registers import list_document_requests, list_field_visits, list_interviews, list_petitions
from services.queries.statistics import finding_figures
from services.workspace import unlock_workspace
from tests.conftest import PASSPHRASE
from tests.ui.data import populate


def test_finding_ids_sort_in_sql_and_rows_follow_the_ids(team_ws) -> None:
    populate(team_ws, 30, registers=False)
    ids = finding_ids(team_ws)
    rows = finding_rows(team_ws, ids[8:12])
    assert [row.code for row in rows] == [f"[2026]3巡-2组-{n}号" for n in range(9, 13)]
    by_amount = finding_rows(team_ws, finding_ids(team_ws, sort="amount", descending=True)[:2])
    assert [row.amount for row in by_amount] == [Decimal("7.25"), Decimal("7")]
    assert finding_rows(team_ws, []) == []
    with pytest.raises(ValueError):
        finding_ids(team_ws, sort="nonsense")


def test_deleted_findings_are_not_listed(team_ws) -> None:
    populate(team_ws, 5, registers=False)
    first = finding_ids(team_ws)[0]
    with team_ws.write() as tx:
        tx.delete(tx.session.get(Finding, first), reason="重复登记")
    assert first not in finding_ids(team_ws) and len(finding_ids(team_ws)) == 4


def test_registers_and_rectification_lists(team_ws) -> None:
    populate(team_ws, 3)
    assert [r.interviewee_name for r in list_interviews(team_ws)] == ["王某"]
    assert [r.channel for r in list_petitions(team_ws)] == ["letter"]
    assert [(r.code, r.item_count) for r in list_document_requests(team_ws)] == [("调-001", 0)]
    assert [r.target_place for r in list_field_visits(team_ws)] == ["某村"]
    assert [(r.finding_code, r.status) for r in list_rectification_items(team_ws)] == [
        ("[2026]3巡-2组-1号", "in_progress")]


def test_the_clue_list_is_audited_and_closed_to_members(team_ws, clock) -> None:
    populate(team_ws, 3, clues=2)
    add_user(team_ws, "李组员", Role.MEMBER, PASSPHRASE)
    rows = list_clues(team_ws)
    assert [row.clue_no for row in rows] == ["线-001", "线-002"] and rows[0].discipline == ("integrity",)
    with team_ws.read() as session:
        views = session.scalar(select(func.count()).where(AuditEvent.action == "clue_list_viewed"))
    assert views == 1
    member = unlock_workspace(team_ws.path, PASSPHRASE, "李组员", clock=clock)
    try:
        with pytest.raises(NotPermittedError):
            list_clues(member)
    finally:
        member.lock()


def test_finding_figures(team_ws) -> None:
    populate(team_ws, 16, registers=False)
    figures = finding_figures(team_ws)
    assert (figures.units_inspected, figures.findings) == (3, 16)
    assert sum(figures.by_status.values()) == 16 and figures.by_status["draft"] == 2
    expected = sum(Decimal(n) / 4 for n in range(1, 17) if n % 3)
    assert figures.amount_total == expected
