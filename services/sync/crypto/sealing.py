"""A fresh 256-bit data key sealed to one recipient's X25519 public key (one recipient stanza of a package).

Construction (ephemeral-static Diffie-Hellman, like age's X25519 stanza):

- ``eph`` = a new X25519 key pair for every seal; ``shared = X25519(eph_private, recipient_public)``
  (an all-zero shared secret, i.e. a low-order recipient key, is refused).
- ``okm = HKDF-SHA256(ikm=shared, salt="", info=LABEL || eph_public || recipient_public, length=44)``;
  ``wrap_key = okm[:32]``, ``nonce = okm[32:44]``. ``LABEL = b"xuncha/seal/v1\\0"``. Both keys are fresh
  per seal, so the nonce never repeats under a key.
- ``ct = AES-256-GCM(wrap_key, nonce, data_key, aad=context.aad())`` (32 bytes + 16-byte tag).
- Sealed bytes (81): ``0x01 (version) || eph_public (32) || ct (48)``.

The AAD is canonical JSON of the package context ``{"kind": "main"|"clues", "package_id", "sender_device",
"v": 1}`` plus whatever extra header hash the package layer adds (``SealContext.header_sha256``), so a sealed
key lifted into another package, from another sender, or moved between the main and the clue payload does
not open. Every failure of ``open_sealed`` is a ``SealError``.

Zeroing: the data key is a ``bytearray`` the caller owns and zeroes (``zero``). The derived wrap key and the
ephemeral private key live inside ``cryptography``/OpenSSL objects or immutable ``bytes``, which Python cannot
wipe; they are dropped as soon as the call returns.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.errors import SealError
from services.sync.crypto.keys import KEY_SIZE, public_raw

VERSION = 1
LABEL = b"xuncha/seal/v1\0"
DATA_KEY_SIZE = 32
SEALED_SIZE = 1 + KEY_SIZE + DATA_KEY_SIZE + 16


class PayloadKind(StrEnum):
    MAIN = "main"
    CLUES = "clues"


@dataclass(frozen=True)
class SealContext:
    """What a sealed key is bound to. ``header_sha256`` (hex) lets the package bind its whole header too."""

    package_id: str
    sender_device_id: str
    kind: PayloadKind
    header_sha256: str = ""

    def aad(self) -> bytes:
        fields: dict[str, object] = {"v": VERSION, "package_id": self.package_id,
                                     "sender_device": self.sender_device_id, "kind": PayloadKind(self.kind).value}
        if self.header_sha256:
            fields["header_sha256"] = self.header_sha256
        return canonical_json(fields)


def new_data_key() -> bytearray:
    return bytearray(os.urandom(DATA_KEY_SIZE))


def zero(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


def _wrap_key_and_nonce(shared: bytes, eph_public: bytes, recipient_public: bytes) -> tuple[bytes, bytes]:
    okm = HKDF(algorithm=hashes.SHA256(), length=44, salt=None,
               info=LABEL + eph_public + recipient_public).derive(shared)
    return okm[:32], okm[32:]


def seal(data_key: bytes | bytearray, recipient: X25519PublicKey, context: SealContext, *,
         ephemeral: X25519PrivateKey | None = None) -> bytes:
    """The data key sealed to ``recipient``, bound to ``context``: 81 bytes to store in the package header.

    ``ephemeral`` exists only for the golden-vector test; real seals always take a fresh key (the default).
    """
    if len(data_key) != DATA_KEY_SIZE:
        raise ValueError("the data key is 32 bytes")
    eph = ephemeral if ephemeral is not None else X25519PrivateKey.generate()
    eph_public = public_raw(eph.public_key())
    try:
        shared = eph.exchange(recipient)
    except ValueError as exc:  # low-order point: the shared secret would be all zeros
        raise SealError("recipient key rejected") from exc
    wrap_key, nonce = _wrap_key_and_nonce(shared, eph_public, public_raw(recipient))
    ct = AESGCM(wrap_key).encrypt(nonce, bytes(data_key), context.aad())
    return bytes([VERSION]) + eph_public + ct


def open_sealed(sealed: bytes, recipient: X25519PrivateKey, context: SealContext) -> bytearray:
    """The data key from ``sealed``; ``SealError`` for a wrong key, wrong context, or damaged bytes."""
    if len(sealed) != SEALED_SIZE or sealed[0] != VERSION:
        raise SealError("sealed key has the wrong length or version", length=len(sealed))
    eph_public = bytes(sealed[1:1 + KEY_SIZE])
    try:
        shared = recipient.exchange(X25519PublicKey.from_public_bytes(eph_public))
    except ValueError as exc:
        raise SealError("sealed key has an invalid ephemeral key") from exc
    wrap_key, nonce = _wrap_key_and_nonce(shared, eph_public, public_raw(recipient.public_key()))
    try:
        return bytearray(AESGCM(wrap_key).decrypt(nonce, bytes(sealed[1 + KEY_SIZE:]), context.aad()))
    except InvalidTag as exc:
        raise SealError("sealed key does not open: not for this key, another package, or altered") from exc
