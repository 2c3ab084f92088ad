"""services/findings.py on a real encrypted team workspace (the team 2 demo): create, number, validate,
load, update, link sources. Every write leaves its change record and audit event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.entities import Finding, FindingSource, InspectedOrg, TeamMember
from models.sync import ChangeRecord
from services.errors import InvalidFieldsError, NotPermittedError, StaleEditError
from services.findings import (
    FindingInput,
    create_finding,
    create_finding_in,
    link_source,
    load_finding_input,
    unlink_source,
    update_finding,
    validate_finding,
)
from services.review import review
from services.workspace import WorkspaceSession
from tests.services.finding_fixtures import DEPUTY, MEMBER, demo_template, open_as, valid_input

__all__ = ["demo_template", "open_as"]  # fixtures used here

Opener = Callable[[str], WorkspaceSession]


def reasons(error: pytest.ExceptionInfo[InvalidFieldsError]) -> dict[str, str]:
    return {problem.field: problem.reason for problem in error.value.problems}


def test_create_numbers_per_round_and_team_and_normalises_values(open_as: Opener) -> None:
    ws = open_as(MEMBER)
    with ws.read() as session:
        highest = session.scalar(select(func.max(Finding.seq_no)))
        member_id = session.scalar(select(TeamMember.id).where(TeamMember.name == MEMBER))
    finding_id = create_finding(ws, valid_input(ws))
    with ws.read() as session:
        finding = session.get(Finding, finding_id)
        assert finding is not None
        assert finding.seq_no == highest + 1
        assert finding.code == f"[2026]3巡-2组-{highest + 1}号"
        assert finding.status == "draft" and finding.drafted_by == member_id
        assert finding.drafted_at == ws.clock.now().replace(tzinfo=None)
        assert finding.discipline_tags == ["integrity"]
        assert finding.other_tags == ["形式主义", "专项资金"]
        assert finding.source_method == "petition"
        assert finding.amount_involved == Decimal("12.345678")
        assert finding.category_l1 == "落实全面从严治党战略部署情况" and finding.category_l2.startswith("重点领域")
        assert finding.scope_team_id != "hq"
        sources = session.scalars(select(FindingSource).where(FindingSource.finding_id == finding_id)).all()
        assert len(sources) == 1
        assert session.scalar(select(ChangeRecord).where(ChangeRecord.entity_id == finding_id)).op == "insert"
        assert session.scalar(select(AuditEvent).where(AuditEvent.entity_id == finding_id)).action == "create"
    second = create_finding(ws, valid_input(ws, title="第二个问题"))
    with ws.read() as session:
        assert session.get(Finding, second).seq_no == highest + 2


def test_load_gives_back_what_was_saved(open_as: Opener) -> None:
    ws = open_as(MEMBER)
    data = valid_input(ws)
    finding_id = create_finding(ws, data)
    loaded, version = load_finding_input(ws, finding_id)
    assert version == 1
    assert loaded.title == data.title and loaded.description == data.description
    assert loaded.amount_involved == Decimal("12.345678")
    assert loaded.persons_involved == data.persons_involved and loaded.sources == data.sources
    assert (loaded.occurred_from, loaded.occurred_to, loaded.discovered_at) == (
        data.occurred_from, data.occurred_to, data.discovered_at)
    assert loaded.discipline_tags == ["integrity"] and loaded.source_method == "petition"
    # Saving the loaded values again changes nothing (no empty change record).
    update_finding(ws, finding_id, loaded, expected_version=version)
    assert load_finding_input(ws, finding_id)[1] == 1


def test_validation_names_each_wrong_field_and_writes_nothing(open_as: Opener) -> None:
    ws = open_as(MEMBER)
    with ws.read() as session:
        before = session.scalar(select(func.count()).select_from(Finding))
    bad = FindingInput(
        org_id=None, title="  ", description="", discipline_tags=["贪污纪律"], other_tags=["不存在的标签"],
        source_method="托梦", amount_involved=Decimal("-1"), persons_involved=[{"name": "", "post": "科长"}],
        occurred_from=date(2025, 6, 1), occurred_to=date(2025, 1, 1), discovered_at=date(2027, 1, 1),
        location="地" * 201, category_id="no-such-node", sources=[("interview", "no-such-row"), ("rumour", "x")],
    )
    with pytest.raises(InvalidFieldsError) as error:
        create_finding(ws, bad)
    assert reasons(error) == {
        "org_id": "required", "title": "required", "description": "required", "location": "too_long",
        "category_id": "unknown_reference", "discipline_tags": "unknown_choice", "other_tags": "unknown_choice",
        "source_method": "unknown_choice", "amount_involved": "negative", "persons_involved": "person_name_missing",
        "discovered_at": "in_future", "occurred_to": "date_order", "source_id": "unknown_reference",
        "source_kind": "unknown_choice",
    }
    assert all(p.entity in ("finding", "finding_source") for p in error.value.problems)
    with ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == before
        assert validate_finding(session, ws, valid_input(ws)) == []


@pytest.mark.parametrize(("amount", "reason"), [
    (Decimal("1.0000001"), "not_an_amount"), (Decimal("NaN"), "not_an_amount"),
    (Decimal("2000000000"), "out_of_range"), (Decimal("0.000001"), None), (Decimal("0"), None),
])
def test_amounts_are_exact_to_the_fen(open_as: Opener, amount: Decimal, reason: str | None) -> None:
    ws = open_as(MEMBER)
    with ws.read() as session:
        problems = validate_finding(session, ws, valid_input(ws, amount_involved=amount))
    assert [p.reason for p in problems] == ([reason] if reason else [])


def test_an_org_outside_the_teams_assignments_is_refused(open_as: Opener) -> None:
    ws = open_as(MEMBER)
    with ws.write() as tx:
        stranger = InspectedOrg(name="市外单位", level="municipal_unit")
        tx.insert(stranger)
    with pytest.raises(InvalidFieldsError) as error:
        create_finding(ws, valid_input(ws, org_id=stranger.id))
    assert reasons(error) == {"org_id": "not_assigned"}
    assert error.value.problems[0].params["value"] == "市外单位"


def test_update_checks_the_version_and_the_status(open_as: Opener) -> None:
    member = open_as(MEMBER)
    finding_id = create_finding(member, valid_input(member))
    data, version = load_finding_input(member, finding_id)
    data.title = "修改后的标题"
    update_finding(member, finding_id, data, expected_version=version)
    with pytest.raises(StaleEditError):
        update_finding(member, finding_id, data, expected_version=version)  # the old version again
    review(open_as(DEPUTY), finding_id)
    data, version = load_finding_input(member, finding_id)
    with pytest.raises(NotPermittedError):
        update_finding(member, finding_id, data, expected_version=version)


def test_sources_follow_the_editor_and_a_removed_link_comes_back(open_as: Opener) -> None:
    ws = open_as(MEMBER)
    finding_id = create_finding(ws, valid_input(ws))
    data, version = load_finding_input(ws, finding_id)
    linked = data.sources[0]
    data.sources = []
    update_finding(ws, finding_id, data, expected_version=version)
    assert load_finding_input(ws, finding_id)[0].sources == []
    link_source(ws, finding_id, *linked)  # the tombstone is brought back, not a second row
    assert load_finding_input(ws, finding_id)[0].sources == [linked]
    with ws.read() as session:
        rows = session.scalars(select(FindingSource).where(FindingSource.finding_id == finding_id)).all()
        assert len(rows) == 1
        ops = session.scalars(select(ChangeRecord.op).where(ChangeRecord.entity_id == rows[0].id)
                              .order_by(ChangeRecord.device_seq)).all()
        assert ops == ["insert", "delete", "undelete"]
    unlink_source(ws, finding_id, *linked)
    assert load_finding_input(ws, finding_id)[0].sources == []
    with pytest.raises(InvalidFieldsError) as error:
        link_source(ws, finding_id, "petition", "no-such-petition")
    assert reasons(error) == {"source_id": "unknown_reference"}


def test_create_in_an_open_transaction_with_a_given_code(open_as: Opener) -> None:
    ws = open_as(MEMBER)
    with ws.write() as tx:
        finding = create_finding_in(tx, valid_input(ws), code="[2026]3巡-2组-导入1号")
    assert finding.code == "[2026]3巡-2组-导入1号"
    with pytest.raises(InvalidFieldsError) as error, ws.write() as tx:
        create_finding_in(tx, valid_input(ws), code="[2026]3巡-2组-导入1号")
    assert reasons(error) == {"code": "duplicate"}
