"""Adding users and changing passphrases: key slots in keys.json, the row, the audit trail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models import keystore as ks
from models.audit import AuditEvent
from models.enums import Role
from models.organisation import UserAccount
from services.accounts import add_user, change_passphrase, list_users
from services.errors import NotPermittedError, ValidationError, WrongPassphraseError
from services.workspace import KEYS_FILE, WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE

MEMBER_PASS = "组员口令-member-2026"
NEW_PASS = "新的口令-changed-2026"


def keys_json(ws: WorkspaceSession) -> dict:
    return json.loads((ws.path / KEYS_FILE).read_text(encoding="utf-8"))


def slot_of(ws: WorkspaceSession, user_id: str) -> dict:
    return next(slot for slot in keys_json(ws)["slots"] if slot["user_id"] == user_id)


def attached_schemas(ws: WorkspaceSession) -> set[str]:
    with ws.read() as session:
        return {row[1] for row in session.execute(text("PRAGMA database_list"))}


def test_add_member_gets_a_slot_without_the_clue_key(team_ws: WorkspaceSession) -> None:
    account = add_user(team_ws, "李明", Role.MEMBER, MEMBER_PASS)
    assert account.role == "member" and account.created_by == team_ws.actor.user_id
    assert [(u.name, u.role) for u in list_users(team_ws)] == [("张组长", "team_leader"), ("李明", "member")]
    assert slot_of(team_ws, account.id)["clue_key"] is None
    with team_ws.read() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "user_added",
                                                        AuditEvent.entity_id == account.id))
        assert event is not None and "李明" not in event.detail_json  # the audit names ids, not people
    member = unlock_workspace(team_ws.path, MEMBER_PASS, "李明", clock=team_ws.clock)
    try:
        assert member.actor.role is Role.MEMBER and not member.can_read_clues
        assert "clues" not in attached_schemas(member)
        with pytest.raises(NotPermittedError):
            add_user(member, "王五", Role.MEMBER, MEMBER_PASS)
    finally:
        member.lock()


def test_add_clue_officer_gets_the_clue_key(hq_ws: WorkspaceSession) -> None:
    account = add_user(hq_ws, "赵线索", "clue_officer", MEMBER_PASS)
    assert slot_of(hq_ws, account.id)["clue_key"] is not None
    officer = unlock_workspace(hq_ws.path, MEMBER_PASS, "赵线索", clock=hq_ws.clock)
    try:
        assert officer.can_read_clues and "clues" in attached_schemas(officer)
    finally:
        officer.lock()


def test_duplicate_weak_and_misplaced_users_are_rejected(team_ws: WorkspaceSession, hq_ws: WorkspaceSession) -> None:
    add_user(team_ws, "李明", Role.MEMBER, MEMBER_PASS)
    before = (team_ws.path / KEYS_FILE).read_bytes()
    for name in ("李明", " 李明 ", "张组长"):
        with pytest.raises(ValidationError) as caught:
            add_user(team_ws, name, Role.MEMBER, MEMBER_PASS)
        assert caught.value.params["field"] == "user"
    with pytest.raises(ValidationError) as caught:
        add_user(team_ws, "王五", Role.MEMBER, "short")
    assert caught.value.params["field"] == "passphrase"
    with pytest.raises(ValidationError) as caught:
        add_user(team_ws, "王五", Role.HQ_ADMIN, MEMBER_PASS)
    assert caught.value.params["field"] == "role"
    with pytest.raises(ValidationError):
        add_user(hq_ws, "王五", Role.DEPUTY_LEADER, MEMBER_PASS)
    with pytest.raises(ValidationError):
        add_user(team_ws, "王五", "chief", MEMBER_PASS)
    assert (team_ws.path / KEYS_FILE).read_bytes() == before
    assert len(list_users(team_ws)) == 2


def test_a_failed_save_leaves_no_user_and_no_slot(team_ws: WorkspaceSession, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (team_ws.path / KEYS_FILE).read_bytes()
    slots = list(team_ws.keystore.slots)

    def broken_save(path: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(team_ws.keystore, "save", broken_save)
    with pytest.raises(OSError):
        add_user(team_ws, "李明", Role.MEMBER, MEMBER_PASS)
    assert team_ws.keystore.slots == slots
    assert (team_ws.path / KEYS_FILE).read_bytes() == before
    assert [u.name for u in list_users(team_ws)] == ["张组长"]


def test_change_passphrase_rewraps_only_the_own_slot(team_ws: WorkspaceSession) -> None:
    member = add_user(team_ws, "李明", Role.MEMBER, MEMBER_PASS)
    store = ks.Keystore.load(team_ws.path / KEYS_FILE)
    old_keys = store.unwrap("张组长", PASSPHRASE)
    old_slot, member_slot = slot_of(team_ws, team_ws.actor.user_id), slot_of(team_ws, member.id)

    change_passphrase(team_ws, PASSPHRASE, NEW_PASS)

    new_slot = slot_of(team_ws, team_ws.actor.user_id)
    assert new_slot["kdf"]["salt"] != old_slot["kdf"]["salt"]
    assert new_slot["db_key"]["nonce"] != old_slot["db_key"]["nonce"]
    assert new_slot["role"] == old_slot["role"] and new_slot["name_tag"] == old_slot["name_tag"]
    assert slot_of(team_ws, member.id) == member_slot
    assert len(keys_json(team_ws)["slots"]) == 2
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(team_ws.path, PASSPHRASE, "张组长", clock=team_ws.clock)
    new_keys = ks.Keystore.load(team_ws.path / KEYS_FILE).unwrap("张组长", NEW_PASS)
    assert new_keys.db_key == old_keys.db_key and new_keys.clue_key == old_keys.clue_key
    again = unlock_workspace(team_ws.path, NEW_PASS, "张组长", clock=team_ws.clock)
    try:
        assert again.can_read_clues and [u.name for u in list_users(again)] == ["张组长", "李明"]
    finally:
        again.lock()
    with team_ws.read() as session:
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "passphrase_changed")) is not None


def test_change_passphrase_refuses_a_wrong_old_or_a_weak_new_one(team_ws: WorkspaceSession) -> None:
    before = (team_ws.path / KEYS_FILE).read_bytes()
    with pytest.raises(WrongPassphraseError):
        change_passphrase(team_ws, "not-the-passphrase", NEW_PASS)
    with pytest.raises(ValidationError):
        change_passphrase(team_ws, PASSPHRASE, "short")
    with pytest.raises(ValidationError):
        change_passphrase(team_ws, PASSPHRASE, PASSPHRASE)
    assert (team_ws.path / KEYS_FILE).read_bytes() == before


def test_a_member_changes_own_passphrase_and_still_has_no_clue_key(team_ws: WorkspaceSession) -> None:
    account = add_user(team_ws, "李明", Role.MEMBER, MEMBER_PASS)
    member = unlock_workspace(team_ws.path, MEMBER_PASS, "李明", clock=team_ws.clock)
    try:
        change_passphrase(member, MEMBER_PASS, NEW_PASS)
    finally:
        member.lock()
    assert slot_of(team_ws, account.id)["clue_key"] is None
    member = unlock_workspace(team_ws.path, NEW_PASS, "李明", clock=team_ws.clock)
    try:
        assert not member.can_read_clues
    finally:
        member.lock()
    # the leader's slot was untouched by the member's change
    unlock_workspace(team_ws.path, PASSPHRASE, "张组长", clock=team_ws.clock).lock()
    with team_ws.read() as session:
        assert session.get(UserAccount, account.id) is not None


def test_a_second_session_does_not_write_back_stale_slots(team_ws: WorkspaceSession) -> None:
    other = unlock_workspace(team_ws.path, PASSPHRASE, "张组长", clock=team_ws.clock)  # opened before the add
    try:
        add_user(team_ws, "李明", Role.MEMBER, MEMBER_PASS)
        change_passphrase(other, PASSPHRASE, NEW_PASS)
        add_user(other, "王五", Role.CLUE_OFFICER, MEMBER_PASS)
    finally:
        other.lock()
    store = ks.Keystore.load(team_ws.path / KEYS_FILE)
    assert len(store.slots) == 3
    for name, passphrase in (("李明", MEMBER_PASS), ("王五", MEMBER_PASS), ("张组长", NEW_PASS)):
        unlock_workspace(team_ws.path, passphrase, name, clock=team_ws.clock).lock()
