"""Ed25519 signatures over canonical manifests and raw bytes, and fingerprints people compare by eye.

- Signed message: ``b"xuncha/sig/v1\\0" || purpose || b"\\0" || key_id || b"\\0" || message``. The purpose
  (e.g. ``b"manifest"``, ``b"package"``) keeps a signature made for one use from being valid for another; the
  key id binds the signer's name for its key. For a manifest the message is ``canonical_json(manifest)``.
- A ``Signature`` carries ``key_id`` (``keys.key_id``) and the 64 signature bytes; as JSON
  ``{"alg": "Ed25519", "key_id": ..., "sig": <base64>}``. Verification looks the key id up among the keys the
  caller trusts (pinned at enrollment; never from the package) and raises ``SignatureError`` on any failure.
- Fingerprint: SHA-256 of the raw 32-byte public key, its first 13 bytes as a big-endian integer written in
  base 31 over ``23456789ABCDEFGHJKMNPQRSTUVWXYZ`` (no 0/O, 1/I/L), 20 characters (~99 bits) in groups of 4:
  ``"7KQ2 M9XD ..."``. Pure integer arithmetic, so the same on every platform.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.errors import SignatureError
from services.sync.crypto.keys import key_id as key_id_of
from services.sync.crypto.keys import public_raw

LABEL = b"xuncha/sig/v1\0"
SIGNATURE_SIZE = 64
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
FINGERPRINT_CHARS = 20
MANIFEST = b"manifest"


@dataclass(frozen=True)
class Signature:
    key_id: str
    value: bytes

    def to_json(self) -> dict[str, str]:
        return {"alg": "Ed25519", "key_id": self.key_id, "sig": base64.b64encode(self.value).decode("ascii")}

    @classmethod
    def from_json(cls, data: Any) -> Signature:
        try:
            if data["alg"] != "Ed25519" or not isinstance(data["key_id"], str):
                raise SignatureError("unsupported signature")
            value = base64.b64decode(str(data["sig"]).encode("ascii"), validate=True)
        except (KeyError, TypeError, UnicodeEncodeError, binascii.Error) as exc:
            raise SignatureError("malformed signature") from exc
        if len(value) != SIGNATURE_SIZE:
            raise SignatureError("malformed signature")
        return cls(data["key_id"], value)


def _message(purpose: bytes, key_id: str, message: bytes) -> bytes:
    if b"\0" in purpose:
        raise ValueError("purpose must not contain NUL")
    return LABEL + purpose + b"\0" + key_id.encode("ascii") + b"\0" + message


def sign_bytes(message: bytes, private: Ed25519PrivateKey, *, purpose: bytes) -> Signature:
    kid = key_id_of(public_raw(private.public_key()))
    return Signature(kid, private.sign(_message(purpose, kid, message)))


def verify_bytes(message: bytes, signature: Signature, trusted: Mapping[str, Ed25519PublicKey], *,
                 purpose: bytes) -> str:
    """The signer's key id if ``signature`` is valid by a trusted key; else ``SignatureError``."""
    public = trusted.get(signature.key_id)
    if public is None:
        raise SignatureError("signed by an unknown key", key_id=signature.key_id)
    if key_id_of(public_raw(public)) != signature.key_id:
        raise SignatureError("trusted key does not match its key id", key_id=signature.key_id)
    if len(signature.value) != SIGNATURE_SIZE:
        raise SignatureError("malformed signature")
    try:
        public.verify(signature.value, _message(purpose, signature.key_id, message))
    except InvalidSignature as exc:
        raise SignatureError("signature does not match", key_id=signature.key_id) from exc
    return signature.key_id


def sign_manifest(manifest: Mapping[str, Any], private: Ed25519PrivateKey) -> Signature:
    return sign_bytes(canonical_json(manifest), private, purpose=MANIFEST)


def verify_manifest(manifest: Mapping[str, Any], signature: Signature,
                    trusted: Mapping[str, Ed25519PublicKey]) -> str:
    try:
        message = canonical_json(manifest)
    except (TypeError, ValueError) as exc:
        raise SignatureError("manifest is not canonical JSON") from exc
    return verify_bytes(message, signature, trusted, purpose=MANIFEST)


def fingerprint(public: bytes | Ed25519PublicKey | X25519PublicKey) -> str:
    """20 characters in groups of 4 naming a public key (X25519 or Ed25519), for two people to compare."""
    raw = public if isinstance(public, bytes) else public_raw(public)
    number = int.from_bytes(hashlib.sha256(raw).digest()[:13], "big")
    chars = []
    for _ in range(FINGERPRINT_CHARS):
        number, digit = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[digit])
    text = "".join(reversed(chars))
    return " ".join(text[i:i + 4] for i in range(0, FINGERPRINT_CHARS, 4))
