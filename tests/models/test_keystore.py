"""keys.json: slots wrap the DB key; nothing secret in clear; a tampered slot does not open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.keystore import Keystore, WrongPassphrase
from services.errors import WrongPassphraseError
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE


def test_key_store_holds_no_secret_or_name_in_clear(team_ws: WorkspaceSession) -> None:
    raw = (team_ws.path / "keys.json").read_text(encoding="utf-8")
    assert "张组长" not in raw
    assert PASSPHRASE not in raw
    assert team_ws.keyring.raw_db_key().hex() not in raw
    slot = json.loads(raw)["slots"][0]
    assert slot["kdf"]["alg"] == "argon2id" and slot["role"] == "team_leader"


def test_editing_the_role_in_clear_breaks_the_slot(team_ws: WorkspaceSession) -> None:
    path: Path = team_ws.path / "keys.json"
    team_ws.lock()
    document = json.loads(path.read_text(encoding="utf-8"))
    document["slots"][0]["role"] = "hq_admin"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(path.parent, PASSPHRASE)


def test_unwrap_gives_the_same_db_key_as_the_session(team_ws: WorkspaceSession) -> None:
    store = Keystore.load(team_ws.path / "keys.json")
    keys = store.unwrap("张组长", PASSPHRASE)
    # the slot holds the slot keys; the envelope under them, the session's database keys (docs/security.md §1.7)
    assert bytes(keys.db_key) == team_ws.slot_keys().raw_db_key()
    assert keys.clue_key is not None and bytes(keys.clue_key) == team_ws.slot_keys().raw_clue_key()
    ((db, clue),) = store.database_keys(keys)
    assert bytes(db) == team_ws.keyring.raw_db_key()
    assert clue is not None and bytes(clue) == team_ws.keyring.raw_clue_key()
    with pytest.raises(WrongPassphrase):
        store.unwrap("张组长", PASSPHRASE + "x")
    # Names are matched after Unicode normalisation (full-width spaces and the like).
    assert store.unwrap(" 张组长\u3000", PASSPHRASE).user_id == keys.user_id
