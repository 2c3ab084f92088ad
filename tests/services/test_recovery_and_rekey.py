"""Recovery code and database key rotation (issue 15, item 3; docs/security.md §1.4, §1.6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models import keystore as ks
from models.audit import AuditEvent
from models.enums import Role
from services.accounts import add_user, has_recovery, make_recovery_code, recover_passphrase
from services.clock import FakeClock
from services.errors import NoRecoverySlotError, UnlockThrottledError, WrongPassphraseError, WrongRecoveryCodeError
from services.rekey import rekey_workspace
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, load_keystore, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.models.test_store import seed_finding

NEW = "新的口令-recovered-42"


def without_recovery(ws: WorkspaceSession) -> WorkspaceSession:
    """As a workspace made before recovery codes: no recovery slot in keys.json."""
    store = ks.Keystore.load(ws.path / "keys.json")
    store.recovery = None
    store.save(ws.path / "keys.json")
    ws.keystore.recovery = None
    return ws


def actions(ws: WorkspaceSession) -> list[str]:
    with ws.read() as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_creation_makes_a_recovery_code_shown_once(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    ws = hq_ws
    code = ws.recovery_code
    assert code and len(ks.normalise_code(code)) == 30 and "recovery_key_made" in actions(ws)
    raw = (tmp_path / "hq" / "keys.json").read_text()
    assert ks.normalise_code(code) not in raw.replace("-", "") and json.loads(raw)["recovery"]["role"] == "recovery"
    ws.lock()
    assert ws.recovery_code is None  # gone from memory with the keys


def test_a_forgotten_passphrase_is_reset_with_the_code(hq_ws: WorkspaceSession, clock: FakeClock) -> None:
    ws = hq_ws
    code = str(ws.recovery_code)
    add_user(ws, "李干事", Role.MEMBER, "李干事的口令-12345")
    ws.lock()
    typed = code.lower().replace("-", " ")  # as someone types it from paper
    with pytest.raises(WrongRecoveryCodeError):
        recover_passphrase(ws.path, "0" * 30, NEW, clock=clock)
    recovered = recover_passphrase(ws.path, typed, NEW, clock=clock)
    try:
        assert recovered.actor.name == "王主任" and recovered.can_read_clues
        events = actions(recovered)
        assert "unlock_failed" in events and events[-1] == "passphrase_recovered"
        assert verify_workspace(recovered).ok
    finally:
        recovered.lock()
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(ws.path, PASSPHRASE, clock=clock)  # the old passphrase no longer opens
    unlock_workspace(ws.path, NEW, clock=clock).lock()
    member = recover_passphrase(ws.path, code, NEW + "-m", "李干事", clock=clock)
    try:
        assert member.actor.role is Role.MEMBER and not member.can_read_clues and member.keyring.raw_clue_key() is None
    finally:
        member.lock()
    unlock_workspace(ws.path, NEW + "-m", "李干事",
                     clock=clock).lock()
    assert not [s for s in load_keystore(ws.path).slots if s.role == "member" and s.clue_key]


def test_wrong_codes_are_throttled_like_passphrases(team_ws: WorkspaceSession, clock: FakeClock) -> None:
    team_ws.lock()
    for _ in range(5):
        with pytest.raises(WrongRecoveryCodeError):
            recover_passphrase(team_ws.path, "ABCDE" * 6, NEW, clock=clock)
    with pytest.raises(UnlockThrottledError):
        recover_passphrase(team_ws.path, "ABCDE" * 6, NEW, clock=clock)


def test_a_workspace_without_a_recovery_slot_gets_one_later(team_ws: WorkspaceSession, clock: FakeClock) -> None:
    ws = without_recovery(team_ws)
    assert not has_recovery(ws) and not has_recovery(load_keystore(ws.path))
    with pytest.raises(NoRecoverySlotError):
        recover_passphrase(ws.path, "ABCDE" * 6, NEW, clock=clock)
    code = make_recovery_code(ws)
    assert has_recovery(load_keystore(ws.path)) and actions(ws)[-1] == "recovery_key_made"
    ws.lock()
    recover_passphrase(ws.path, code, NEW, clock=clock).lock()


def test_rekey_changes_both_database_keys_and_every_slot_still_opens(team_ws: WorkspaceSession,
                                                                     clock: FakeClock) -> None:
    seed_finding(team_ws)
    add_user(team_ws, "李组员", Role.MEMBER, "李组员的口令-12345")
    code = str(team_ws.recovery_code)
    before_db, before_clue = team_ws.keyring.raw_db_key(), team_ws.keyring.raw_clue_key()
    outcome = rekey_workspace(team_ws)
    assert outcome.databases == ("clues.db", "workspace.db") and not outcome.resumed
    assert team_ws.keyring.raw_db_key() != before_db and team_ws.keyring.raw_clue_key() != before_clue
    assert actions(team_ws)[-2:] == ["rekey_started", "database_rekeyed"] and verify_workspace(team_ws).ok
    team_ws.lock()
    from models.store import StoreCorrupt, connect_raw

    with pytest.raises(StoreCorrupt):
        connect_raw(team_ws.path / "workspace.db", f"x'{before_db.hex()}'")
    unlock_workspace(team_ws.path, PASSPHRASE, clock=clock).lock()
    member = unlock_workspace(team_ws.path, "李组员的口令-12345", "李组员", clock=clock)  # no passphrase was needed
    member.lock()
    recover_passphrase(team_ws.path, code, NEW, clock=clock).lock()  # nor the recovery code


def test_a_legacy_workspace_without_envelope_rekeys(team_ws: WorkspaceSession, clock: FakeClock) -> None:
    """A workspace made before the envelope: its slots wrap the database keys themselves."""
    ws = team_ws
    keys_path = ws.path / "keys.json"
    store = ks.Keystore.load(keys_path)
    db, clue = ws.keyring.raw_db_key(), ws.keyring.raw_clue_key()
    store.slots = []
    store.envelope = None
    store.recovery = None
    store.add_slot(user_id=ws.actor.user_id, name="张组长", role="team_leader", passphrase=PASSPHRASE, db_key=db,
                   clue_key=clue, created_at="")
    store.save(keys_path)
    ws.lock()
    legacy = unlock_workspace(ws.path, PASSPHRASE, clock=clock)
    rekey_workspace(legacy)
    legacy.lock()
    again = unlock_workspace(ws.path, PASSPHRASE, clock=clock)
    try:
        assert again.keyring.raw_db_key() != db and verify_workspace(again).ok
    finally:
        again.lock()


def test_rekey_while_another_session_has_the_files_open_is_refused_safely(team_ws: WorkspaceSession,
                                                                          clock: FakeClock) -> None:
    from services.errors import WorkspaceBusyError

    other = unlock_workspace(team_ws.path, PASSPHRASE, clock=clock)
    try:
        with other.read() as session:  # a pooled connection stays open on both files
            session.execute(select(AuditEvent.seq).limit(1)).all()
        with pytest.raises(WorkspaceBusyError):
            rekey_workspace(team_ws)
    finally:
        other.lock()
    team_ws.lock()
    again = unlock_workspace(team_ws.path, PASSPHRASE, clock=clock)  # old keys (next ones written, not used)
    try:
        assert verify_workspace(again).ok
        rekey_workspace(again)  # alone now: finishes
        assert not (load_keystore(again.path).envelope or {}).get("next")
    finally:
        again.lock()
