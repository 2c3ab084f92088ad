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
from services import unlock_failures
from services.clock import SYSTEM_CLOCK, Clock
from services.errors import (
    NoRecoverySlotError,
    NotPermittedError,
    UnknownUserError,
    ValidationError,
    WorkspaceDamagedError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from services.workspace import (
    ADMIN_ROLES,
    KEYS_FILE,
    WorkspaceSession,
    check_passphrase_strength,
    check_role_for_kind,
    default_user_slot,
    load_keystore,
    open_with_slot_keys,
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
    clue_key = ws.slot_keys().raw_clue_key() if role.reads_clues else None
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
                             db_key=ws.slot_keys().raw_db_key(), clue_key=clue_key, created_at=now.isoformat())
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


# ---- the recovery code (docs/security.md §1.7) ----


def has_recovery(ws_or_store: WorkspaceSession | ks.Keystore) -> bool:
    store = ws_or_store.keystore if isinstance(ws_or_store, WorkspaceSession) else ws_or_store
    return store.recovery is not None


def make_recovery_code(ws: WorkspaceSession) -> str:
    """A new recovery code for this workspace (replacing any earlier one, which stops working): the team leader
    or HQ administrator only, who holds both slot keys. Returned once, to be printed; audited."""
    ws.require(*ADMIN_ROLES)
    keys = ws.slot_keys()
    if keys.raw_clue_key() is None:
        raise NotPermittedError("this session holds no clue key for the recovery slot", role=str(ws.actor.role))
    code = ks.make_recovery_code()
    now = ws.clock.now().replace(tzinfo=None)
    with _slots_guarded(ws) as reload_slots, ws.write() as tx:
        reload_slots()
        replaced = ws.keystore.recovery is not None
        tx.audit("recovery_key_made", detail={"when": "replaced" if replaced else "later"})
        ws.keystore.set_recovery(code, db_key=keys.raw_db_key(), clue_key=keys.raw_clue_key(),
                                 created_at=now.isoformat())
        ws.keystore.save(_keys_path(ws))
    return code


def recover_passphrase(path: Path, code: str, new_passphrase: str, user_name: str | None = None, *,
                       clock: Clock = SYSTEM_CLOCK) -> WorkspaceSession:
    """Forgot the passphrase: the recovery code opens the recovery slot, which acts for ``user_name`` (default:
    the workspace's default user) to unlock, then that user's slot is made again under ``new_passphrase``. A
    wrong code counts as a failed unlock (and is throttled like one). Returns the unlocked session."""
    check_passphrase_strength(new_passphrase)
    store = load_keystore(path)
    unlock_failures.check_throttle(path, store, clock)
    if store.recovery is None:
        raise NoRecoverySlotError("this workspace has no recovery slot")
    try:
        target = store.slots_of(user_name)[0] if user_name else default_user_slot(store)
    except IndexError as exc:
        unlock_failures.record_failure(path, store, clock, user_name)
        raise UnknownUserError(f"no user named {user_name}", user=user_name or "") from exc
    try:
        opened = store.unwrap_recovery(code)
    except ks.WrongPassphrase as exc:
        unlock_failures.record_failure(path, store, clock, user_name)
        raise WrongRecoveryCodeError("wrong recovery code") from exc
    keys = ks.UnwrappedKeys(target.user_id, target.role, opened.slot_id, opened.db_key,
                            opened.clue_key if Role(target.role).reads_clues else None)
    if keys.clue_key is None and opened.clue_key is not None:
        opened.clue_key[:] = bytes(len(opened.clue_key))
    ws = open_with_slot_keys(path, store, keys, clock=clock, user_name=user_name)
    try:
        slot_keys = ws.slot_keys()
        now = ws.clock.now().replace(tzinfo=None)
        with _slots_guarded(ws) as reload_slots, ws.write() as tx:
            reload_slots()
            tx.audit("passphrase_recovered", entity="user_account", entity_id=target.user_id,
                     detail={"role": target.role, "by": "recovery_code"})
            old = [slot for slot in ws.keystore.slots if slot.user_id == target.user_id]
            position = ws.keystore.slots.index(old[0]) if old else len(ws.keystore.slots)
            ws.keystore.remove_slots_of_user(target.user_id)
            fresh = ws.keystore.add_slot(user_id=target.user_id, name=ws.actor.name, role=target.role,
                                         passphrase=new_passphrase, db_key=slot_keys.raw_db_key(),
                                         clue_key=slot_keys.raw_clue_key(),
                                         created_at=old[0].created_at if old else now.isoformat())
            fresh.name_tag = target.name_tag
            ws.keystore.slots.remove(fresh)
            ws.keystore.slots.insert(position, fresh)
            ws.keystore.save(_keys_path(ws))
    except BaseException:
        ws.lock()
        raise
    return ws


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
