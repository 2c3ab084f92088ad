"""Making a new workspace: its folder, databases and key slot, its first user (who administers it) and the default
taxonomy, all in one first write. Above the session core (workspace.py), which seeds nothing.
"""

from __future__ import annotations

import secrets
import shutil
import uuid
from pathlib import Path

from models import keystore as ks
from models.enums import Role, WorkspaceKind
from models.migrate import upgrade_workspace
from models.organisation import UserAccount
from models.store import KeyRing, connect_raw, make_engine
from models.sync import set_meta
from services.clock import SYSTEM_CLOCK, Clock
from services.errors import ValidationError, WorkspaceExistsError
from services.taxonomy import install_default_taxonomy
from services.workspace import (
    ADMIN_ROLES,
    Actor,
    WorkspaceSession,
    check_passphrase_strength,
    check_role_for_kind,
    workspace_files,
)


def create_workspace(path: Path, *, user_name: str, role: Role, passphrase: str, kind: WorkspaceKind,
                     team_no: int | None = None, demo: bool = False, clock: Clock = SYSTEM_CLOCK,
                     kdf: ks.KdfParams | None = None, with_recovery: bool = True) -> WorkspaceSession:
    """Make a new workspace folder with its first user, who administers it (team leader or HQ admin), and its
    recovery code (``ws.recovery_code``: show it once, then drop it; docs/security.md §1.7)."""
    user_name = ks.normalise_name(user_name)
    if not user_name:
        raise ValidationError("user name is empty", field="user")
    check_role_for_kind(role, kind)
    if role not in ADMIN_ROLES:
        raise ValidationError("the first user of a workspace must be its team leader or HQ administrator",
                              field="role", role=str(role))
    if kind is WorkspaceKind.TEAM and (team_no is None or team_no < 1):
        raise ValidationError("a team workspace needs its team number (--team N)", field="team")
    check_passphrase_strength(passphrase)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise WorkspaceExistsError(f"{path} exists and is not an empty folder", path=str(path))

    created_dir = not path.exists()
    path.mkdir(parents=True, exist_ok=True)
    db_path, clue_path, keys_path = workspace_files(path)
    ring = KeyRing(secrets.token_bytes(ks.KEY_BYTES), secrets.token_bytes(ks.KEY_BYTES))
    slot_ring = KeyRing(secrets.token_bytes(ks.KEY_BYTES), secrets.token_bytes(ks.KEY_BYTES))  # what slots wrap
    recovery_code = ks.make_recovery_code() if with_recovery else None
    engine = None
    try:
        connect_raw(clue_path, ring.clue_key_sql(), create=True).close()
        engine = make_engine(db_path, ring, clue_path, create=True)
        upgrade_workspace(engine, with_clues=True)
        store = ks.Keystore(workspace_id=str(uuid.uuid4()), kind=str(kind), demo=demo)
        device_id = str(uuid.uuid4())
        user_id = str(uuid.uuid4())
        ws = WorkspaceSession(path, store, ring, engine, Actor(user_id, user_name, role), device_id, kind,
                              clock, team_no, demo)
        with ws.write() as tx:
            now = clock.now().replace(tzinfo=None)
            for key, value in {
                "workspace_id": store.workspace_id, "kind": str(kind), "device_id": device_id,
                "team_no": str(team_no or ""), "created_at": now.isoformat(), "demo": "1" if demo else "0",
            }.items():
                set_meta(tx.session, key, value)
            tx.session.add(UserAccount(id=user_id, name=user_name, role=str(role), created_at=now))
            tx.session.flush()
            tx.audit("workspace_created", detail={"kind": str(kind), "team_no": team_no, "demo": demo})
            tx.audit("user_added", entity="user_account", entity_id=user_id, detail={"role": str(role)})
            install_default_taxonomy(tx)
            # the database keys under the slot keys (rotatable, docs/security.md §1.7); the slots wrap the slot keys
            store.seal_envelope("current", slot_db=slot_ring.raw_db_key(), slot_clue=slot_ring.raw_clue_key(),
                                db_key=ring.raw_db_key(), clue_key=ring.raw_clue_key())
            store.add_slot(user_id=user_id, name=user_name, role=str(role), passphrase=passphrase,
                           db_key=slot_ring.raw_db_key(), clue_key=slot_ring.raw_clue_key(),
                           created_at=now.isoformat(), kdf=kdf)
            if recovery_code is not None:
                store.set_recovery(recovery_code, db_key=slot_ring.raw_db_key(), clue_key=slot_ring.raw_clue_key(),
                                   created_at=now.isoformat(), kdf=kdf)
                tx.audit("recovery_key_made", detail={"when": "creation"})
            store.save(keys_path)
        # Hand over a session on a fresh engine, as an unlock would give.
        engine.dispose()
        ws.engine = make_engine(db_path, ring, clue_path)
        ws.slot_ring, ws.recovery_code = slot_ring, recovery_code
        return ws
    except BaseException:
        if engine is not None:
            engine.dispose()
        ring.zero()
        slot_ring.zero()
        if created_dir:
            shutil.rmtree(path, ignore_errors=True)
        else:
            for child in path.iterdir():
                child.unlink() if child.is_file() else shutil.rmtree(child, ignore_errors=True)
        raise
