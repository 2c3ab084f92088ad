"""The people who may unlock a workspace: add a user, change one's own passphrase, list users.

A user is a UserAccount row (local security configuration: audited, not synced) plus a key slot in
keys.json. Only the workspace's administrators (team leader, HQ administrator) add users; the clue key is
wrapped into a new slot only for clue roles. keys.json is rewritten atomically inside the same write
transaction as the row and its audit event, and put back as it was if that transaction fails. It is
re-read inside that transaction (BEGIN IMMEDIATE: one writer at a time), so a second session on the same
folder never writes back a stale list of slots.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Integer, literal_column, select

from models import keystore as ks
from models.enums import Role
from models.organisation import UserAccount
from services.errors import NotPermittedError, ValidationError, WorkspaceDamagedError, WrongPassphraseError
from services.workspace import (
    ADMIN_ROLES,
    KEYS_FILE,
    WorkspaceSession,
    check_passphrase_strength,
    check_role_for_kind,
)


def list_users(ws: WorkspaceSession) -> list[UserAccount]:
    """Every account of the workspace, oldest first (in the order added when the clock did not move)."""
    with ws.read() as session:
        rowid = literal_column("user_account.rowid", Integer)
        return list(session.scalars(select(UserAccount).order_by(UserAccount.created_at, rowid)))


def add_user(ws: WorkspaceSession, name: str, role: Role | str, passphrase: str, *,
             team_member_id: str | None = None) -> UserAccount:
    """Add a user with their own passphrase. Team leader or HQ administrator only."""
    ws.require(*ADMIN_ROLES)
    try:
        role = Role(role)
    except ValueError as exc:
        raise ValidationError(f"no role {role}", field="role", role=str(role)) from exc
    check_role_for_kind(role, ws.kind)
    name = ks.normalise_name(name)
    if not name:
        raise ValidationError("user name is empty", field="user")
    check_passphrase_strength(passphrase)
    clue_key = ws.keyring.raw_clue_key() if role.reads_clues else None
    if role.reads_clues and clue_key is None:
        raise NotPermittedError("this session holds no clue key to give", role=str(role))
    now = ws.clock.now().replace(tzinfo=None)
    account = UserAccount(name=name, role=str(role), team_member_id=team_member_id, created_at=now,
                          created_by=ws.actor.user_id)
    with _slots_guarded(ws) as reload_slots, ws.write() as tx:
        reload_slots()
        taken = tx.session.scalar(select(UserAccount.id).where(UserAccount.name == name))
        if taken is not None or ws.keystore.slots_of(name):
            raise ValidationError(f"a user named {name} exists", field="user", user=name)
        tx.session.add(account)
        tx.session.flush()
        tx.audit("user_added", entity="user_account", entity_id=account.id, detail={"role": str(role)})
        ws.keystore.add_slot(user_id=account.id, name=name, role=str(role), passphrase=passphrase,
                             db_key=ws.keyring.raw_db_key(), clue_key=clue_key, created_at=now.isoformat())
        ws.keystore.save(_keys_path(ws))
    return account


def change_passphrase(ws: WorkspaceSession, old: str, new: str) -> None:
    """Re-wrap the acting user's own slot under a new passphrase (new salt and nonces; keys unchanged)."""
    check_passphrase_strength(new)
    if new == old:
        raise ValidationError("the new passphrase is the old one", field="passphrase")
    opened: ks.UnwrappedKeys | None = None
    try:
        with _slots_guarded(ws) as reload_slots, ws.write() as tx:
            reload_slots()
            opened, slot = _open_own_slot(ws, old)
            tx.audit("passphrase_changed", entity="user_account", entity_id=ws.actor.user_id)
            others = list(ws.keystore.slots)
            fresh = ws.keystore.add_slot(
                user_id=slot.user_id, name=ws.actor.name, role=slot.role, passphrase=new,
                db_key=bytes(opened.db_key), clue_key=bytes(opened.clue_key) if opened.clue_key else None,
                created_at=slot.created_at,
            )
            fresh.name_tag = slot.name_tag
            ws.keystore.slots = [fresh if s is slot else s for s in others]
            ws.keystore.save(_keys_path(ws))
    finally:
        if opened is not None:
            for secret in (opened.db_key, opened.clue_key):
                if secret is not None:
                    secret[:] = bytes(len(secret))


def _open_own_slot(ws: WorkspaceSession, passphrase: str) -> tuple[ks.UnwrappedKeys, ks.Slot]:
    for slot in ws.keystore.slots:
        if slot.user_id == ws.actor.user_id:
            try:
                return ws.keystore.unwrap_slot(slot, passphrase), slot
            except ks.WrongPassphrase:
                continue
    raise WrongPassphraseError("wrong passphrase", user=ws.actor.name)


def _keys_path(ws: WorkspaceSession) -> Path:
    return ws.path / KEYS_FILE


@contextmanager
def _slots_guarded(ws: WorkspaceSession) -> Iterator[Callable[[], None]]:
    """Yield a function that re-reads the slots from keys.json. If the block fails after that, the slots
    (in memory, and in keys.json if it was already rewritten) go back to what was re-read."""
    path, before = _keys_path(ws), None

    def reload_slots() -> None:
        nonlocal before
        try:
            on_disk = ks.Keystore.load(path)
        except ks.KeystoreInvalid as exc:
            raise WorkspaceDamagedError(str(exc), path=str(ws.path)) from exc
        if on_disk.workspace_id != ws.keystore.workspace_id:
            raise WorkspaceDamagedError("keys.json belongs to another workspace", path=str(ws.path))
        ws.keystore.slots = on_disk.slots
        before = list(on_disk.slots)

    try:
        yield reload_slots
    except BaseException:
        if before is not None:
            ws.keystore.slots = before
            try:
                changed = ks.Keystore.load(path).slots != before
            except ks.KeystoreInvalid:
                changed = True
            if changed:
                ws.keystore.save(path)
        raise
