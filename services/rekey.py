"""Database key rotation: PRAGMA rekey on workspace.db and clues.db, safe against a crash at any point
(docs/security.md §1.7).

The slots wrap the slot keys, which open the envelope of keys.json holding the database keys; so rotating the
database keys changes no slot and needs no other user's passphrase. The order:

1. keys.json gets ``envelope["next"]``: the new keys under the slot keys (atomic write, fsynced). Until step 4 an
   unlock tries, for each database, the current key and then the next one.
2. clues.db, then workspace.db: each switched to a rollback journal, ``PRAGMA rekey`` (SQLite rewrites every page
   in one transaction: killed half-way, the hot journal rolls it back under the old key at the next open), back to
   WAL.
3. each database is probed under its new key.
4. keys.json: the next keys become the current ones.

A crash before 1 leaves the old keys; between 1 and 4 each database opens with the old or the new key (the
unlock probes both); after 4 the new ones. Running ``rekey`` again after a crash finishes the rotation it finds
(the same next keys) before starting a new one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from models import keystore as ks
from models.store import KeyRing, StoreCorrupt, connect_raw, make_engine
from services.errors import NotPermittedError, WorkspaceBusyError, WorkspaceDamagedError
from services.progress import Progress, no_progress
from services.workspace import ADMIN_ROLES, WorkspaceSession, another_program_check, workspace_files, writer_lock

STAGES = ("keys_prepared", "clues_rekeyed", "main_rekeyed", "keys_finished")


@dataclass(frozen=True)
class RekeyOutcome:
    databases: tuple[str, ...]  # the files rekeyed now ("clues.db", "workspace.db")
    resumed: bool  # an interrupted rotation was finished


def _sql(key: bytes | bytearray) -> str:
    return f"x'{bytes(key).hex()}'"


def _opens(path: Path, key: bytes | bytearray) -> bool:
    try:
        connect_raw(path, _sql(key)).close()
        return True
    except StoreCorrupt:
        return False


def _rekey_file(path: Path, old: bytes | bytearray, new: bytes | bytearray) -> None:
    con = connect_raw(path, _sql(old))
    try:
        mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":  # another connection holds the file (WAL cannot be left)
            raise WorkspaceBusyError("another program has the workspace open", path=str(path.parent))
        con.execute(f'PRAGMA rekey = "{_sql(new)}"')
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()
    if not _opens(path, new):
        raise WorkspaceDamagedError(f"{path.name} does not open with its new key", path=str(path.parent))


def rekey_workspace(ws: WorkspaceSession, progress: Progress = no_progress) -> RekeyOutcome:
    """Rotate both database keys (team leader or HQ administrator, holding the compartment). The session stays
    usable: it continues on the new keys. Audited before (``rekey_started``) and after (``database_rekeyed``)."""
    ws.require(*ADMIN_ROLES)
    slots = ws.slot_keys()
    slot_db, slot_clue = slots.raw_db_key(), slots.raw_clue_key()
    if slot_clue is None or not ws.keyring.has_clue_key:
        raise NotPermittedError("rekey needs the clue key too", role=str(ws.actor.role))
    db_path, clue_path, keys_path = workspace_files(ws.path)
    with ws.write() as tx:
        tx.audit("rekey_started")
    old_db, old_clue = ws.keyring.raw_db_key(), ws.keyring.raw_clue_key()
    assert old_clue is not None
    with writer_lock(ws.path):
        ws.engine.dispose()  # PRAGMA journal_mode needs the only connection
        store = ks.Keystore.load(keys_path)
        if store.workspace_id != ws.keystore.workspace_id:
            raise WorkspaceDamagedError("keys.json belongs to another workspace", path=str(ws.path))
        unwrapped = ks.UnwrappedKeys(ws.actor.user_id, str(ws.actor.role), "", bytearray(slot_db),
                                     bytearray(slot_clue))
        candidates = store.database_keys(unwrapped)
        resumed = len(candidates) > 1
        if resumed:
            new_db, new_clue = bytes(candidates[1][0]), bytes(candidates[1][1] or b"")
        else:
            new_db, new_clue = secrets.token_bytes(ks.KEY_BYTES), secrets.token_bytes(ks.KEY_BYTES)
            if store.envelope is None:  # made before the envelope: the slot keys are the database keys
                store.seal_envelope("current", slot_db=slot_db, slot_clue=slot_clue, db_key=old_db,
                                    clue_key=old_clue)
            store.seal_envelope("next", slot_db=slot_db, slot_clue=slot_clue, db_key=new_db, clue_key=new_clue)
            store.save(keys_path)
        progress("keys_prepared", 1, len(STAGES))
        done: list[str] = []
        with another_program_check(ws.path):  # a connection elsewhere keeps the journal mode: said as busy
            for path, old, new, stage in ((clue_path, old_clue, new_clue, "clues_rekeyed"),
                                          (db_path, old_db, new_db, "main_rekeyed")):
                if not _opens(path, new):
                    _rekey_file(path, old, new)
                    done.append(path.name)
                progress(stage, len(done) + 1, len(STAGES))
        store.finish_rotation()
        store.save(keys_path)
        progress("keys_finished", len(STAGES), len(STAGES))
        ws.keystore.envelope = store.envelope
        ws.keyring.zero()
        ws.keyring = KeyRing(new_db, new_clue)
        ws.engine = make_engine(db_path, ws.keyring, clue_path)
    with ws.write() as tx:
        tx.audit("database_rekeyed", detail={"databases": done, "resumed": resumed})
    return RekeyOutcome(tuple(done), resumed)

