"""keys.json: one Argon2id + AES-256-GCM key slot per user; no secret in clear (docs/security.md §1.2).

Each slot wraps the workspace's slot keys (one for the databases, and for clue roles only one for the
compartment) under a key derived from that user's passphrase. A slot is found by a salted tag of the user's
name, so the file does not list who is on the team. The role is in clear (to pick the default user) but bound
into the AES-GCM associated data, so editing it breaks the slot.

The slot keys open the ``envelope``: the SQLCipher keys sealed under them (docs/security.md §1.7), so the
database keys can be rotated (``rekey``) without any passphrase; during a rotation ``envelope["next"]`` holds the
new keys too, and each database opens with whichever it is under. A workspace made before the envelope has none:
its slot keys are its database keys. The ``recovery`` slot wraps the same slot keys under the printed recovery
code (its own Argon2id salt), so it can reset a user's slot.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from models.store import atomic_write

KEYSTORE_FORMAT = "xuncha-keystore"
KEYSTORE_VERSION = 2  # 2: slots wrap slot keys and an envelope holds the database keys (a program knowing only 1
KNOWN_VERSIONS = (1, 2)  # refuses such a file plainly instead of trying the slot keys as database keys)
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default follows RFC 9106's second recommended setting (64 MiB, t=3, p=4)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


DEFAULT_KDF = KdfParams()


def current_kdf() -> KdfParams:
    """The cost for new slots. Read at call time so the test suite can lower it in one place."""
    return DEFAULT_KDF


class WrongPassphrase(Exception):
    """No slot of this user opens with the passphrase given."""


class UnknownUser(Exception):
    """No slot belongs to a user of that name."""


class NoRecoverySlot(Exception):
    """The workspace was made before recovery codes, or never had one made."""


RECOVERY_ROLE = "recovery"
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
CODE_GROUPS, CODE_GROUP_LEN = 6, 5  # 30 characters, 150 bits


def make_recovery_code() -> str:
    """A fresh recovery code to print: six groups of five characters, e.g. ``7K2QD-...``."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    return "-".join(chars[i:i + CODE_GROUP_LEN] for i in range(0, len(chars), CODE_GROUP_LEN))


def normalise_code(code: str) -> str:
    """A code as typed -> its canonical form: case, spaces, dashes, full-width forms and I/L/O look-alikes folded."""
    text = unicodedata.normalize("NFKC", code).upper()
    text = text.translate(str.maketrans("ILO", "110"))
    return "".join(ch for ch in text if ch in CODE_ALPHABET)


class KeystoreInvalid(Exception):
    """keys.json is missing, unreadable or of a format this program does not know."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip()


def name_tag(workspace_id: str, name: str) -> str:
    digest = hashlib.sha256(f"xuncha-user|{workspace_id}|{normalise_name(name)}".encode())
    return digest.hexdigest()


def derive_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes, memory_cost=kdf.memory_kib
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


@dataclass
class Slot:
    slot_id: str
    user_id: str
    name_tag: str
    role: str
    kdf: dict[str, Any]
    db_key: dict[str, str]
    clue_key: dict[str, str] | None = None
    created_at: str = ""

    def aad(self, workspace_id: str, what: str) -> bytes:
        return f"xuncha|{what}|{workspace_id}|{self.slot_id}|{self.user_id}|{self.role}|v1".encode()


@dataclass
class UnwrappedKeys:
    user_id: str
    role: str
    slot_id: str
    db_key: bytearray
    clue_key: bytearray | None


@dataclass
class Keystore:
    workspace_id: str
    kind: str
    demo: bool = False
    slots: list[Slot] = field(default_factory=list)
    recovery: Slot | None = None
    envelope: dict[str, Any] | None = None

    # ---- reading and writing the file ----

    @classmethod
    def load(cls, path: Path) -> Keystore:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise KeystoreInvalid(f"{path} is missing") from exc
        except (OSError, ValueError) as exc:
            raise KeystoreInvalid(f"{path} is not a readable key store: {exc}") from exc
        if not isinstance(raw, dict) or raw.get("format") != KEYSTORE_FORMAT:
            raise KeystoreInvalid(f"{path} is not a 巡察通 key store")
        if raw.get("version") not in KNOWN_VERSIONS:
            raise KeystoreInvalid(f"{path} has key store version {raw.get('version')}, expected {KEYSTORE_VERSION}")
        try:
            slots = [Slot(**slot) for slot in raw["slots"]]
            recovery = Slot(**raw["recovery"]) if raw.get("recovery") else None
            envelope = raw.get("envelope")
            if envelope is not None and not isinstance(envelope, dict):
                raise TypeError("envelope is not an object")
            return cls(workspace_id=raw["workspace_id"], kind=raw["kind"], demo=bool(raw.get("demo")), slots=slots,
                       recovery=recovery, envelope=envelope)
        except (KeyError, TypeError) as exc:
            raise KeystoreInvalid(f"{path} is damaged: {exc}") from exc

    def save(self, path: Path) -> None:
        document = {
            "format": KEYSTORE_FORMAT, "version": KEYSTORE_VERSION if self.envelope is not None else 1,
            "workspace_id": self.workspace_id,
            "kind": self.kind, "demo": self.demo, "cipher": "sqlcipher4-raw-key",
            "slots": [asdict(slot) for slot in self.slots],
        }
        if self.recovery is not None:
            document["recovery"] = asdict(self.recovery)
        if self.envelope is not None:
            document["envelope"] = self.envelope
        with atomic_write(path) as handle:
            handle.write(json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))

    # ---- slots ----

    def slots_of(self, name: str) -> list[Slot]:
        tag = name_tag(self.workspace_id, name)
        return [slot for slot in self.slots if slot.name_tag == tag]

    def add_slot(self, *, user_id: str, name: str, role: str, passphrase: str, db_key: bytes,
                 clue_key: bytes | None, created_at: str, kdf: KdfParams | None = None) -> Slot:
        kdf = kdf or current_kdf()
        salt = secrets.token_bytes(16)
        slot = Slot(
            slot_id=secrets.token_hex(8), user_id=user_id, name_tag=name_tag(self.workspace_id, name),
            role=role, kdf={"alg": "argon2id", "salt": _b64(salt), **asdict(kdf)}, db_key={},
            created_at=created_at,
        )
        kek = AESGCM(derive_kek(passphrase, salt, kdf))
        slot.db_key = self._seal(kek, db_key, slot.aad(self.workspace_id, "db"))
        if clue_key is not None:
            slot.clue_key = self._seal(kek, clue_key, slot.aad(self.workspace_id, "clue"))
        self.slots.append(slot)
        return slot

    # ---- the recovery slot ----

    def set_recovery(self, code: str, *, db_key: bytes, clue_key: bytes | None, created_at: str,
                     kdf: KdfParams | None = None) -> Slot:
        """The recovery slot (replacing any earlier one): the slot keys under the recovery code."""
        kdf = kdf or current_kdf()
        salt = secrets.token_bytes(16)
        slot = Slot(slot_id=secrets.token_hex(8), user_id="", name_tag="", role=RECOVERY_ROLE,
                    kdf={"alg": "argon2id", "salt": _b64(salt), **asdict(kdf)}, db_key={}, created_at=created_at)
        kek = AESGCM(derive_kek(normalise_code(code), salt, kdf))
        slot.db_key = self._seal(kek, db_key, slot.aad(self.workspace_id, "db"))
        if clue_key is not None:
            slot.clue_key = self._seal(kek, clue_key, slot.aad(self.workspace_id, "clue"))
        self.recovery = slot
        return slot

    def unwrap_recovery(self, code: str) -> UnwrappedKeys:
        """The slot keys, opened with the recovery code (NoRecoverySlot, WrongPassphrase)."""
        if self.recovery is None:
            raise NoRecoverySlot(self.workspace_id)
        return self.unwrap_slot(self.recovery, normalise_code(code))

    # ---- the envelope: database keys under the slot keys ----

    def database_keys(self, slot_keys: UnwrappedKeys) -> list[tuple[bytearray, bytearray | None]]:
        """The (DB key, clue key) candidates the slot keys reach: the current pair, then during a rotation the
        next. Without an envelope the slot keys are the database keys. WrongPassphrase when the envelope does
        not open (it was altered)."""
        if self.envelope is None:
            return [(bytearray(slot_keys.db_key),
                     bytearray(slot_keys.clue_key) if slot_keys.clue_key is not None else None)]
        out = []
        for which in ("current", "next"):
            sealed = self.envelope.get(which)
            if not sealed:
                continue
            try:
                db = self._open(AESGCM(bytes(slot_keys.db_key)), sealed["db"], self._envelope_aad("db", which))
                clue = None
                if slot_keys.clue_key is not None and sealed.get("clue"):
                    clue = self._open(AESGCM(bytes(slot_keys.clue_key)), sealed["clue"],
                                      self._envelope_aad("clue", which))
            except (InvalidTag, KeyError, TypeError) as exc:
                raise WrongPassphrase("envelope") from exc
            out.append((db, clue))
        return out

    def seal_envelope(self, which: str, *, slot_db: bytes, slot_clue: bytes | None, db_key: bytes,
                      clue_key: bytes | None) -> None:
        """Put the database keys under the slot keys as ``which`` ("current" or "next")."""
        sealed = {"db": self._seal(AESGCM(bytes(slot_db)), db_key, self._envelope_aad("db", which))}
        if slot_clue is not None and clue_key is not None:
            sealed["clue"] = self._seal(AESGCM(bytes(slot_clue)), clue_key, self._envelope_aad("clue", which))
        envelope = dict(self.envelope or {})
        envelope[which] = sealed
        self.envelope = envelope

    def finish_rotation(self) -> None:
        """The next keys become the current ones (both databases are under them now)."""
        assert self.envelope is not None and self.envelope.get("next")
        self.envelope = {"current": self.envelope["next"]}

    def _envelope_aad(self, what: str, which: str) -> bytes:
        # one label for "current" and "next": finish_rotation moves the next keys into place unchanged
        return f"xuncha|envelope|{what}|{self.workspace_id}|v1".encode()

    def remove_slots_of_user(self, user_id: str) -> None:
        self.slots = [slot for slot in self.slots if slot.user_id != user_id]

    def unwrap(self, name: str, passphrase: str) -> UnwrappedKeys:
        """Open the user's slot. Touches no file; a wrong passphrase fails on the AES-GCM tag."""
        slots = self.slots_of(name)
        if not slots:
            raise UnknownUser(name)
        for slot in slots:
            try:
                return self.unwrap_slot(slot, passphrase)
            except WrongPassphrase:
                continue
        raise WrongPassphrase(name)

    def unwrap_slot(self, slot: Slot, passphrase: str) -> UnwrappedKeys:
        params = KdfParams(
            memory_kib=int(slot.kdf["memory_kib"]), iterations=int(slot.kdf["iterations"]),
            lanes=int(slot.kdf["lanes"]),
        )
        kek = AESGCM(derive_kek(passphrase, _unb64(slot.kdf["salt"]), params))
        try:
            db_key = self._open(kek, slot.db_key, slot.aad(self.workspace_id, "db"))
            clue_key = (
                self._open(kek, slot.clue_key, slot.aad(self.workspace_id, "clue")) if slot.clue_key else None
            )
        except InvalidTag as exc:
            raise WrongPassphrase(slot.slot_id) from exc
        return UnwrappedKeys(slot.user_id, slot.role, slot.slot_id, db_key, clue_key)

    @staticmethod
    def _seal(kek: AESGCM, key: bytes, aad: bytes) -> dict[str, str]:
        nonce = secrets.token_bytes(12)
        return {"nonce": _b64(nonce), "ct": _b64(kek.encrypt(nonce, bytes(key), aad))}

    @staticmethod
    def _open(kek: AESGCM, sealed: dict[str, str], aad: bytes) -> bytearray:
        try:
            return bytearray(kek.decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ct"]), aad))
        except (KeyError, ValueError) as exc:
            raise InvalidTag() from exc
