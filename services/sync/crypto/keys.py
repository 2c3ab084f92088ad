"""Device key pairs: X25519 to receive sealed data keys, Ed25519 to sign packages (docs/security.md §1.6).

Public keys travel as their raw 32 bytes, written as standard base64 (with padding) or lowercase hex. Private
keys leave this module only as raw 32-byte ``bytearray`` values for the caller to store inside the encrypted
workspace (and to zero after use); they are never written anywhere by this module. A key id names a public
key in headers and signatures: the first 16 bytes of SHA-256 of the raw key, as 32 lowercase hex characters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from services.sync.crypto.errors import KeyFormatError

KEY_SIZE = 32
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


def public_raw(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, _RAW_PUBLIC)


def private_raw(key: X25519PrivateKey | Ed25519PrivateKey) -> bytearray:
    """The 32 private bytes, for the caller to store in the encrypted workspace and then zero."""
    return bytearray(key.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption()))


def key_id(public: bytes | X25519PublicKey | Ed25519PublicKey) -> str:
    raw = public if isinstance(public, bytes) else public_raw(public)
    _check_length(raw)
    return hashlib.sha256(raw).digest()[:16].hex()


@dataclass(frozen=True)
class DeviceKeys:
    """One device's two key pairs. Hold it only while the workspace is unlocked."""

    encryption: X25519PrivateKey
    signing: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @classmethod
    def from_private(cls, encryption: bytes | bytearray, signing: bytes | bytearray) -> DeviceKeys:
        return cls(load_x25519_private(encryption), load_ed25519_private(signing))

    @property
    def encryption_public(self) -> bytes:
        return public_raw(self.encryption.public_key())

    @property
    def signing_public(self) -> bytes:
        return public_raw(self.signing.public_key())

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_public)

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_public)

    def private_parts(self) -> tuple[bytearray, bytearray]:
        """(X25519 private, Ed25519 private), raw bytes the caller stores encrypted and zeroes afterwards."""
        return private_raw(self.encryption), private_raw(self.signing)


def generate_device_keys() -> DeviceKeys:
    return DeviceKeys.generate()


def _check_length(raw: bytes | bytearray) -> None:
    if len(raw) != KEY_SIZE:
        raise KeyFormatError("a key is 32 bytes", length=len(raw))


def load_x25519_private(raw: bytes | bytearray) -> X25519PrivateKey:
    _check_length(raw)
    return X25519PrivateKey.from_private_bytes(bytes(raw))


def load_ed25519_private(raw: bytes | bytearray) -> Ed25519PrivateKey:
    _check_length(raw)
    return Ed25519PrivateKey.from_private_bytes(bytes(raw))


def load_x25519_public(raw: bytes) -> X25519PublicKey:
    _check_length(raw)
    return X25519PublicKey.from_public_bytes(raw)


def load_ed25519_public(raw: bytes) -> Ed25519PublicKey:
    _check_length(raw)
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:  # not a point on the curve
        raise KeyFormatError("not an Ed25519 public key") from exc


def encode_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_b64(text: str) -> bytes:
    """A raw 32-byte public key from its base64 text; anything else raises KeyFormatError."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise KeyFormatError("not base64") from exc
    _check_length(raw)
    return raw


def encode_hex(raw: bytes) -> str:
    return raw.hex()


def decode_hex(text: str) -> bytes:
    try:
        raw = bytes.fromhex(text)
    except ValueError as exc:
        raise KeyFormatError("not hexadecimal") from exc
    _check_length(raw)
    return raw
