"""Petitioners' identities are clue-level: only a clue role reads or writes them, in the clue compartment,
and every reading is audited. A member's session has no compartment at all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select, text

from models.audit import AuditEvent
from models.entities import ChangeRecord, ClueChange, Petition, PetitionerIdentity
from models.enums import Role
from services.accounts import add_user
from services.clock import FakeClock
from services.errors import InvalidFieldsError, NotPermittedError
from services.petitioners import PETITIONER_VIEWED, petitioner_identity, set_petitioner_identity
from services.petitions import IdentityInput, PetitionInput, create_petition, update_petition
from services.registers import delete_entry
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.services.test_registers import Setup, make_setup


@pytest.fixture
def setup(team_ws: WorkspaceSession) -> Setup:
    made = make_setup(team_ws)
    add_user(team_ws, "李组员", Role.MEMBER, PASSPHRASE)
    add_user(team_ws, "赵线索", Role.CLUE_OFFICER, PASSPHRASE)
    return made


@pytest.fixture
def member(team_ws: WorkspaceSession, setup: Setup) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(team_ws.path, PASSPHRASE, "李组员", clock=FakeClock())
    yield ws
    ws.lock()


@pytest.fixture
def officer(team_ws: WorkspaceSession, setup: Setup) -> Iterator[WorkspaceSession]:
    ws = unlock_workspace(team_ws.path, PASSPHRASE, "赵线索", clock=FakeClock())
    yield ws
    ws.lock()


def petition(setup: Setup, **changes: object) -> PetitionInput:
    data = PetitionInput(assignment_id=setup.assignment, channel="visit", received_at=datetime(2026, 9, 4, 10),
                         reflected_person_name="赵某", summary="反映违规发放津补贴", in_scope=True)
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_a_member_registers_petitions_but_never_identities(member: WorkspaceSession, setup: Setup) -> None:
    assert member.actor.role is Role.MEMBER and not member.can_read_clues
    with member.read() as session:
        assert "clues" not in {row[1] for row in session.execute(text("PRAGMA database_list"))}
    petition_id = create_petition(member, petition(setup))
    with pytest.raises(NotPermittedError):
        petitioner_identity(member, petition_id)
    with pytest.raises(NotPermittedError):
        set_petitioner_identity(member, petition_id, "钱某", "13800000000", "某村")
    with pytest.raises(NotPermittedError):
        create_petition(member, petition(setup), IdentityInput("钱某"))
    with pytest.raises(NotPermittedError):
        update_petition(member, petition_id, petition(setup), IdentityInput("钱某"))
    with member.read() as session:
        assert session.get(Petition, petition_id).summary == "反映违规发放津补贴"
        # nothing of the attempts reached the main database's change log beyond the one insert
        assert session.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.entity_id == petition_id)) == 1


def test_the_clue_officer_records_and_reads_identities(officer: WorkspaceSession, member: WorkspaceSession,
                                                       setup: Setup) -> None:
    assert officer.can_read_clues
    petition_id = create_petition(member, petition(setup))
    assert petitioner_identity(officer, petition_id) is None
    set_petitioner_identity(officer, petition_id, " 钱某 ", "13800000000", "攸县某村")
    seen = petitioner_identity(officer, petition_id)
    assert seen is not None and (seen.petitioner_name, seen.phone, seen.address) == ("钱某", "13800000000", "攸县某村")
    set_petitioner_identity(officer, petition_id, "钱某", "13900000000", None)
    seen = petitioner_identity(officer, petition_id)
    assert seen is not None and seen.phone == "13900000000" and seen.address is None

    with officer.read() as session:
        # the compartment has the row and its changes; the main change log never names the table
        assert session.scalar(select(func.count()).select_from(PetitionerIdentity)) == 1
        assert session.scalar(select(func.count()).select_from(ClueChange).where(
            ClueChange.entity == "petitioner_identity")) == 2
        assert session.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.entity == "petitioner_identity")) == 0
        views = session.scalars(select(AuditEvent).where(AuditEvent.action == PETITIONER_VIEWED)).all()
        assert len(views) == 3 and {v.entity_id for v in views} == {petition_id}
        assert all("钱某" not in (v.detail_json or "") and "138" not in (v.detail_json or "") for v in views)


def test_identity_with_the_petition_in_one_go_and_its_rules(team_ws: WorkspaceSession, setup: Setup) -> None:
    assert team_ws.actor.role is Role.TEAM_LEADER
    petition_id = create_petition(team_ws, petition(setup), IdentityInput("钱某", "13800000000", "某村"))
    assert petitioner_identity(team_ws, petition_id).petitioner_name == "钱某"  # type: ignore[union-attr]
    with pytest.raises(InvalidFieldsError) as error:
        update_petition(team_ws, petition_id, petition(setup, is_anonymous=True), IdentityInput("钱某"))
    assert [(p.field, p.reason, p.entity) for p in error.value.problems] == [
        ("petitioner_name", "invalid", "petitioner_identity")]
    with pytest.raises(InvalidFieldsError) as error:
        set_petitioner_identity(team_ws, petition_id, "钱某", "1" * 41, None)
    assert [(p.field, p.reason) for p in error.value.problems] == [("phone", "too_long")]
    update_petition(team_ws, petition_id, petition(setup, is_anonymous=True), IdentityInput(None, "13800000000"))
    assert petitioner_identity(team_ws, petition_id).petitioner_name is None  # type: ignore[union-attr]

    delete_entry(team_ws, "petition", petition_id, "重复登记")
    with team_ws.read() as session:
        identity = session.scalar(select(PetitionerIdentity))
        assert identity.is_deleted and identity.delete_reason == "重复登记"
    with pytest.raises(InvalidFieldsError):
        petitioner_identity(team_ws, petition_id)
