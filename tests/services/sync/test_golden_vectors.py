"""Golden vectors (lead's decision R9): the hand-made seal, signatures, fingerprints and the package container.

Fixed private keys, ephemeral key, data key and context give exactly these bytes. If one of these tests fails,
packages written by an older version no longer open (or verify) in this one: change the format version, not
the vector. Each vector is also recomputed here from the primitives as documented in sealing.py/signing.py,
so the constants pin the documented construction, not just whatever the code happens to do.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.sync.crypto.keys import key_id, public_raw
from services.sync.crypto.sealing import PayloadKind, SealContext, open_sealed, seal
from services.sync.crypto.signing import Signature, fingerprint, sign_bytes, sign_manifest, verify_bytes
from services.sync.package.container import verify_bytes_only, write_container
from services.sync.package.header import PackageHeader, Recipient, Section

RECIPIENT_PRIVATE = bytes(range(1, 33))
EPHEMERAL_PRIVATE = bytes(range(33, 65))
DATA_KEY = bytes(range(65, 97))
SIGNING_PRIVATE = bytes(range(97, 129))
PACKAGE_ID = "00000000-0000-4000-8000-000000000001"
SENDER = "00000000-0000-4000-8000-0000000000aa"
HEADER_SHA256 = "ab" * 32

RECIPIENT_PUBLIC_HEX = "07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c"
EPHEMERAL_PUBLIC_HEX = "5869aff450549732cbaaed5e5df9b30a6da31cb0e5742bad5ad4a1a768f1a67b"
SIGNING_PUBLIC_HEX = "882d0ea3b2864e7a587f3e698cea4459998312e655e05fa5e8b5119d8baac8cd"
SIGNING_KEY_ID = "b4cb4b93c4027ce3d455f29a17582ec2"

AAD_MAIN = (b'{"header_sha256":"' + HEADER_SHA256.encode() + b'","kind":"main","package_id":"' + PACKAGE_ID.encode()
            + b'","sender_device":"' + SENDER.encode() + b'","v":1}')
SEALED_MAIN_HEX = (
    "01" + EPHEMERAL_PUBLIC_HEX
    + "deea58fcebf47057626972557e6a9f08df6bce3ac941c360d7de71aa34fb2e0f103e4dbca26fecba292be90352735c1f")
SEALED_CLUES_NO_HEADER_HEX = (
    "01" + EPHEMERAL_PUBLIC_HEX
    + "deea58fcebf47057626972557e6a9f08df6bce3ac941c360d7de71aa34fb2e0f10c1f5b689975668a7258028c5a8c3ef")

SIGNED_MESSAGE = b"xuncha golden message"
SIGNATURE_PKG_HEX = ("3dc24129ffc56902a10c52400930434d560503e73e52d33a1d5119da70d642b9"
                     "334cf555b5d9c923295a24bdf29c3d12f8b6806e82c911512a37f345cf176b0c")
SIGNATURE_MANIFEST_HEX = ("233faaf52a468da820735cbf7865f27cf84c9945efb8e345b53dadb37416f3b0"
                          "45da9cf4e734d794b1990e18267462f3145e588afd911a5ae23dcd9c9d7a2f08")
FINGERPRINT_SIGNING = "BZJR UGU7 YWCR UCJS D72C"
FINGERPRINT_RECIPIENT = "5XZT RED7 PZ6N XT42 DQNP"


def _recipient() -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(RECIPIENT_PRIVATE)


def _signer() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(SIGNING_PRIVATE)


def test_fixed_public_keys_and_key_id() -> None:
    assert public_raw(_recipient().public_key()).hex() == RECIPIENT_PUBLIC_HEX
    assert public_raw(X25519PrivateKey.from_private_bytes(EPHEMERAL_PRIVATE).public_key()).hex() == EPHEMERAL_PUBLIC_HEX
    assert public_raw(_signer().public_key()).hex() == SIGNING_PUBLIC_HEX
    assert key_id(bytes.fromhex(SIGNING_PUBLIC_HEX)) == SIGNING_KEY_ID
    assert hashlib.sha256(bytes.fromhex(SIGNING_PUBLIC_HEX)).hexdigest()[:32] == SIGNING_KEY_ID


def test_seal_golden_vector() -> None:
    context = SealContext(PACKAGE_ID, SENDER, PayloadKind.MAIN, header_sha256=HEADER_SHA256)
    assert context.aad() == AAD_MAIN
    ephemeral = X25519PrivateKey.from_private_bytes(EPHEMERAL_PRIVATE)
    sealed = seal(DATA_KEY, _recipient().public_key(), context, ephemeral=ephemeral)
    assert sealed.hex() == SEALED_MAIN_HEX
    assert open_sealed(bytes.fromhex(SEALED_MAIN_HEX), _recipient(), context) == DATA_KEY

    clues = SealContext(PACKAGE_ID, SENDER, PayloadKind.CLUES)
    assert seal(DATA_KEY, _recipient().public_key(), clues, ephemeral=ephemeral).hex() == SEALED_CLUES_NO_HEADER_HEX
    assert open_sealed(bytes.fromhex(SEALED_CLUES_NO_HEADER_HEX), _recipient(), clues) == DATA_KEY


def test_seal_matches_documented_construction() -> None:
    """Recompute the sealed bytes from X25519, HKDF-SHA256 and AES-256-GCM as sealing.py's docstring says."""
    ephemeral = X25519PrivateKey.from_private_bytes(EPHEMERAL_PRIVATE)
    eph_public = bytes.fromhex(EPHEMERAL_PUBLIC_HEX)
    recipient_public = bytes.fromhex(RECIPIENT_PUBLIC_HEX)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    okm = HKDF(algorithm=hashes.SHA256(), length=44, salt=None,
               info=b"xuncha/seal/v1\0" + eph_public + recipient_public).derive(shared)
    ct = AESGCM(okm[:32]).encrypt(okm[32:], DATA_KEY, AAD_MAIN)
    assert (b"\x01" + eph_public + ct).hex() == SEALED_MAIN_HEX


def test_signature_golden_vector() -> None:
    signature = sign_bytes(SIGNED_MESSAGE, _signer(), purpose=b"pkg")
    assert signature.key_id == SIGNING_KEY_ID
    assert signature.value.hex() == SIGNATURE_PKG_HEX
    # the documented message: LABEL || purpose || NUL || key id || NUL || message, plain Ed25519 (RFC 8032)
    documented = b"xuncha/sig/v1\0" + b"pkg\0" + SIGNING_KEY_ID.encode() + b"\0" + SIGNED_MESSAGE
    _signer().public_key().verify(bytes.fromhex(SIGNATURE_PKG_HEX), documented)
    trusted = {SIGNING_KEY_ID: _signer().public_key()}
    assert verify_bytes(SIGNED_MESSAGE, Signature(SIGNING_KEY_ID, bytes.fromhex(SIGNATURE_PKG_HEX)), trusted,
                        purpose=b"pkg") == SIGNING_KEY_ID
    assert sign_manifest({"b": 1, "a": "巡察"}, _signer()).value.hex() == SIGNATURE_MANIFEST_HEX


def test_fingerprint_golden_vector() -> None:
    assert fingerprint(bytes.fromhex(SIGNING_PUBLIC_HEX)) == FINGERPRINT_SIGNING
    assert fingerprint(_recipient().public_key()) == FINGERPRINT_RECIPIENT


CONTAINER_SHA256 = "b04cc44462f94dfd8ade4a573258e5b689d3c168edf2b7fb2b3920c1ec59a0b1"
CONTAINER_SIGNATURE_HEX = ("f9c8e75bc9cac74fe615b80839374714e45b0f261171b2aa99fbd6f13168c369"
                           "0dfdf3421952cc8231bdb82c88d7dfdb37e9db99fb1883f6754c3a684a196000")
CONTAINER_SEAL_HASH = "3c5827f950b74a002310eacdad87b82d5cc1edc2a452e81f46bb5fde58cbf601"


def test_container_golden_vector(tmp_path: Path) -> None:
    """A fixed header and fixed section bytes give exactly this file: prefix, header, sections, signature."""
    main, clues = b"M" * 1000, b"C" * 300
    header = PackageHeader(
        package_id=PACKAGE_ID, kind="team_to_hq", sender_device=SENDER, sender_key_id=SIGNING_KEY_ID,
        recipient_device="00000000-0000-4000-8000-0000000000bb", seq=3,
        schema={"main": "cb277f8d2004", "clues": "a5377790f1c4"}, app_version="0.5.0",
        created_wall="2026-11-25T03:00:00Z", created_hlc="0000000000000001:00000:dev", main_range=(1, 20),
        audit_range=(4, 25), sections=(
            Section("main", len(main), hashlib.sha256(main).hexdigest(), (Recipient("11" * 16, bytes(81)),)),
            Section("clues", len(clues), hashlib.sha256(clues).hexdigest(), (Recipient("22" * 16, b"\x01" * 81),))))
    assert header.hash_for_seal() == CONTAINER_SEAL_HASH
    (tmp_path / "m").write_bytes(main)
    (tmp_path / "c").write_bytes(clues)
    out = write_container(tmp_path / "p.xcpkg", header, [tmp_path / "m", tmp_path / "c"], _signer())
    data = out.read_bytes()
    raw = header.to_bytes()
    assert data[:11] == b"XCPKG\0\x01" + len(raw).to_bytes(4, "big")
    assert data[11:11 + len(raw)] == raw and data[11 + len(raw):-64] == main + clues
    assert data[-64:].hex() == CONTAINER_SIGNATURE_HEX
    assert hashlib.sha256(data).hexdigest() == CONTAINER_SHA256
    # the documented signature: sign_bytes(SHA-512(b"xuncha/pkg/v1\0" || bytes before it), purpose=b"pkg")
    prehash = hashlib.sha512(b"xuncha/pkg/v1\0" + data[:-64]).digest()
    assert sign_bytes(prehash, _signer(), purpose=b"pkg").value == data[-64:]
    assert verify_bytes_only(data, header, bytes.fromhex(SIGNING_PUBLIC_HEX)) == header
