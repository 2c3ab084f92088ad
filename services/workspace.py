"""A workspace is a folder: workspace.db, clues.db and keys.json. Unlock it, lock it (creating one, with its first
user and default taxonomy: workspace_create.py).

Unlocking opens the user's key slot first (Argon2id + AES-GCM); only a passphrase that opens it lets
the program touch the database files. A member's session never receives the clue key, so clues.db is
never attached for it: the compartment is closed by cryptography, not by hiding a menu.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from models import keystore as ks
from models.enums import CLUE_ROLES, Role, WorkspaceKind
from models.migrate import SchemaTooNew, upgrade_workspace
from models.organisation import UserAccount
from models.store import (
    KeyRing,
    PlaintextDatabase,
    StoreCorrupt,
    StoreLocked,
    connect_raw,
    is_busy,
    make_engine,
    write_engine,
)
from models.sync import get_meta
from services import unlock_failures
from services.changes import WriteTx
from services.clock import SYSTEM_CLOCK, Clock
from services.errors import (
    LockedError,
    NotPermittedError,
    SchemaTooNewError,
    UnknownUserError,
    ValidationError,
    WorkspaceBusyError,
    WorkspaceDamagedError,
    WorkspaceNotFoundError,
    WrongPassphraseError,
)
from services.leftovers import Leftovers
from services.leftovers import clean as clean_leftovers
from services.progress import Progress, no_progress

WORKSPACE_DB = "workspace.db"
CLUES_DB = "clues.db"
KEYS_FILE = "keys.json"
MIN_PASSPHRASE = 8

TEAM_ROLES = frozenset({Role.TEAM_LEADER, Role.DEPUTY_LEADER, Role.MEMBER, Role.CLUE_OFFICER})
HQ_ROLES = frozenset({Role.HQ_ADMIN, Role.MEMBER, Role.CLUE_OFFICER})
ADMIN_ROLES = frozenset({Role.TEAM_LEADER, Role.HQ_ADMIN})


_WRITERS: dict[Path, threading.RLock] = {}
_WRITERS_GUARD = threading.Lock()


def writer_lock(path: Path) -> threading.RLock:
    """The lock the writers of this process take, per workspace folder, before SQLite's own.

    Two writers of one process (the window's worker and a save in the GUI thread; two sessions of one folder)
    wait for each other here, for as long as it takes; so when SQLite still finds the database locked, the
    holder is another program, and that is said at once (models/store.BUSY_TIMEOUT)."""
    key = path.resolve()
    with _WRITERS_GUARD:
        return _WRITERS.setdefault(key, threading.RLock())


@contextmanager
def another_program_check(path: Path) -> Iterator[None]:
    """Turn SQLite's "database is locked" into WorkspaceBusyError (another program has the workspace open)."""
    try:
        yield
    except Exception as exc:
        if is_busy(exc):
            raise WorkspaceBusyError("another program holds the workspace's write lock", path=str(path)) from exc
        raise


@dataclass(frozen=True)
class Actor:
    user_id: str
    name: str
    role: Role


@dataclass
class WorkspaceSession:
    """One unlocked workspace, acting as one user. The services take it as their first argument."""

    path: Path
    keystore: ks.Keystore
    keyring: KeyRing
    engine: Engine
    actor: Actor
    device_id: str
    kind: WorkspaceKind
    clock: Clock = SYSTEM_CLOCK
    team_no: int | None = None
    demo: bool = False
    leftovers_removed: Leftovers = field(default_factory=Leftovers)  # what a dead export left, removed at unlock
    failed_unlocks: dict[str, Any] | None = None  # the failed attempts folded into the audit chain at this unlock
    slot_ring: KeyRing | None = field(default=None, repr=False)  # the slot keys keys.json wraps (models/keystore.py)
    recovery_code: str | None = field(default=None, repr=False)  # made by create_workspace: shown once, then None
    _locked: bool = field(default=False, repr=False)

    @property
    def can_read_clues(self) -> bool:
        return self.actor.role in CLUE_ROLES and self.keyring.has_clue_key and not self._locked

    @property
    def locked(self) -> bool:
        return self._locked

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._check_open()
        with another_program_check(self.path), Session(self.engine, expire_on_commit=False) as session, \
                session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        """One write transaction (BEGIN IMMEDIATE): commits on success, rolls back on any exception.
        WorkspaceBusyError when another program is writing to the workspace."""
        self._check_open()
        with writer_lock(self.path), another_program_check(self.path), \
                Session(write_engine(self.engine), expire_on_commit=False) as session, session.begin():
            session.connection()  # BEGIN IMMEDIATE now: inside this block the write lock is held (leftovers.py)
            tx = WriteTx(session, self)
            yield tx
            tx.finish()

    def require(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            raise NotPermittedError(f"{self.actor.role} may not do this", role=self.actor.role)

    def lock(self) -> None:
        """Roll back nothing pending (services hold no open transaction), close every connection, zero keys."""
        if self._locked:
            return
        self._locked = True
        self.engine.dispose()
        self.keyring.zero()
        if self.slot_ring is not None:
            self.slot_ring.zero()
        self.recovery_code = None

    def slot_keys(self) -> KeyRing:
        """The keys a new or re-made slot wraps: the slot keys (the database keys themselves in a workspace made
        before the envelope, docs/security.md §1.7)."""
        return self.slot_ring if self.slot_ring is not None else self.keyring

    def _check_open(self) -> None:
        if self._locked or self.keyring.locked:
            raise LockedError("workspace is locked")


# ---- paths and discovery ----


def workspace_files(path: Path) -> tuple[Path, Path, Path]:
    return path / WORKSPACE_DB, path / CLUES_DB, path / KEYS_FILE


def is_workspace(path: Path) -> bool:
    return (path / KEYS_FILE).is_file() and (path / WORKSPACE_DB).is_file()


def load_keystore(path: Path) -> ks.Keystore:
    if not is_workspace(path):
        raise WorkspaceNotFoundError(f"{path} is not a 巡察通 workspace", path=str(path))
    try:
        return ks.Keystore.load(path / KEYS_FILE)
    except ks.KeystoreInvalid as exc:
        raise WorkspaceDamagedError(str(exc), path=str(path)) from exc


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"passphrase shorter than {MIN_PASSPHRASE} characters", field="passphrase",
                              minimum=MIN_PASSPHRASE)


def check_role_for_kind(role: Role, kind: WorkspaceKind) -> None:
    allowed = HQ_ROLES if kind is WorkspaceKind.HQ else TEAM_ROLES
    if role not in allowed:
        raise ValidationError(f"role {role} does not exist in a {kind} workspace", field="role", role=str(role))


# ---- unlock ----


def default_user_slot(store: ks.Keystore) -> ks.Slot:
    """Without --as: the only user, else the first team leader (HQ: the first HQ administrator)."""
    if len(store.slots) == 1:
        return store.slots[0]
    wanted = Role.HQ_ADMIN if store.kind == WorkspaceKind.HQ else Role.TEAM_LEADER
    for slot in store.slots:
        if slot.role == wanted:
            return slot
    raise UnknownUserError("no default user; name one", user="")


UNLOCK_STAGES = ("unlock_slot", "unlock_open", "unlock_upgrade", "unlock_record")  # what an unlock says it does


def unlock_workspace(path: Path, passphrase: str, user_name: str | None = None, *,
                     clock: Clock = SYSTEM_CLOCK, progress: Progress = no_progress) -> WorkspaceSession:
    """Open the user's slot, then the database. A wrong passphrase touches no database file: it appends one line
    to the failed-unlock log beside keys.json, folded into the audit chain at the next successful unlock; after
    too many, UnlockThrottledError until the wait is over (services/unlock_failures.py)."""
    store = load_keystore(path)
    unlock_failures.check_throttle(path, store, clock)
    progress("unlock_slot", 0, len(UNLOCK_STAGES))  # Argon2id: the long part on a slow laptop
    try:
        if user_name is None:
            slot = default_user_slot(store)
            keys = store.unwrap_slot(slot, passphrase)
        else:
            keys = store.unwrap(user_name, passphrase)
    except ks.UnknownUser as exc:
        unlock_failures.record_failure(path, store, clock, user_name)
        raise UnknownUserError(f"no user named {user_name}", user=user_name or "") from exc
    except ks.WrongPassphrase as exc:
        unlock_failures.record_failure(path, store, clock, user_name)
        raise WrongPassphraseError("wrong passphrase", user=user_name or "") from exc

    return open_with_slot_keys(path, store, keys, clock=clock, user_name=user_name, progress=progress)


def open_with_slot_keys(path: Path, store: ks.Keystore, keys: ks.UnwrappedKeys, *, clock: Clock = SYSTEM_CLOCK,
                        user_name: str | None = None, audit: Any = None,
                        progress: Progress = no_progress) -> WorkspaceSession:
    """The rest of an unlock, once a slot (a user's, or the recovery slot acting for a user) gave the slot keys:
    reach the database keys through the envelope, open the database, audit the unlock (and ``audit(tx)``, when
    given, in the same transaction). The unwrapped copies in ``keys`` are zeroed."""
    db_path, clue_path, _ = workspace_files(path)
    role = Role(keys.role)
    clue_slot = keys.clue_key if role in CLUE_ROLES else None
    slot_ring = KeyRing(keys.db_key, clue_slot)
    keys.clue_key = clue_slot  # a member's envelope opening never reaches the clue key
    try:
        candidates = store.database_keys(keys)
    except ks.WrongPassphrase as exc:
        slot_ring.zero()
        raise WorkspaceDamagedError("the key envelope of keys.json does not open", path=str(path)) from exc
    finally:
        _wipe(keys.db_key, keys.clue_key)
    try:
        db_key = _first_that_opens(db_path, [db for db, _ in candidates])
        clue_key = (_first_that_opens(clue_path, [clue for _, clue in candidates if clue is not None])
                    if clue_slot is not None else None)
        ring = KeyRing(db_key, clue_key)
    except (StoreCorrupt, PlaintextDatabase) as exc:
        slot_ring.zero()
        raise WorkspaceDamagedError(str(exc), path=str(path)) from exc
    finally:
        _wipe(*(secret for pair in candidates for secret in pair))
    engine = None
    try:
        progress("unlock_open", 1, len(UNLOCK_STAGES))
        engine = make_engine(db_path, ring, clue_path if clue_key is not None else None)
        progress("unlock_upgrade", 2, len(UNLOCK_STAGES))
        with writer_lock(path), another_program_check(path):  # a migration writes
            upgrade_workspace(engine, with_clues=clue_key is not None)
        with another_program_check(path), Session(engine) as session:
            account = session.get(UserAccount, keys.user_id)
            if account is None or not account.active:
                raise UnknownUserError("this user's account is disabled", user=user_name or "")
            device_id = get_meta(session, "device_id") or ""
            team = get_meta(session, "team_no") or ""
            demo = get_meta(session, "demo") == "1"
            name = account.name
        ws = WorkspaceSession(path, store, ring, engine, Actor(keys.user_id, name, role), device_id,
                              WorkspaceKind(store.kind), clock, int(team) if team else None, demo,
                              slot_ring=slot_ring)
        progress("unlock_record", 3, len(UNLOCK_STAGES))
        with ws.write() as tx:
            ws.failed_unlocks = unlock_failures.fold_into_audit(tx, path, store, clock)
            tx.audit("unlock", entity="user_account", entity_id=keys.user_id)
            if audit is not None:
                audit(tx)
            ws.leftovers_removed = clean_leftovers(path)  # under the write lock: no live export owns them
            if ws.leftovers_removed:
                tx.audit("leftovers_removed", detail={"where": "workspace", "count": len(ws.leftovers_removed.names),
                                                      "bytes": ws.leftovers_removed.size})
        return ws
    except SchemaTooNew as exc:
        _abandon(engine, ring, slot_ring)
        raise SchemaTooNewError("workspace written by a newer program", revision=str(exc)) from exc
    except (StoreCorrupt, PlaintextDatabase) as exc:
        _abandon(engine, ring, slot_ring)
        raise WorkspaceDamagedError(str(exc), path=str(path)) from exc
    except StoreLocked as exc:
        _abandon(engine, ring, slot_ring)
        raise LockedError("workspace is locked") from exc
    except BaseException:
        _abandon(engine, ring, slot_ring)
        raise


def _abandon(engine: Engine | None, ring: KeyRing, slot_ring: KeyRing | None = None) -> None:
    if engine is not None:
        engine.dispose()
    ring.zero()
    if slot_ring is not None:
        slot_ring.zero()


def _wipe(*secrets: bytearray | None) -> None:
    for secret in secrets:
        if secret is not None:
            secret[:] = bytes(len(secret))


def _first_that_opens(path: Path, keys: list[bytearray]) -> bytearray:
    """The key ``path`` is under: the only candidate as it is (the engine's probe checks it), else the first whose
    probe passes (during a rotation each database is under the old or the new key, docs/security.md §1.7)."""
    if len(keys) == 1:
        return keys[0]
    for key in keys:
        try:
            connect_raw(path, f"x'{key.hex()}'").close()
            return key
        except StoreCorrupt:
            continue
    raise StoreCorrupt(f"{path.name} opens with none of the keys of keys.json")


def count_rows(ws: WorkspaceSession, entity: type) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)
