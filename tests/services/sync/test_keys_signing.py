"""Device keys, key ids, canonical JSON, Ed25519 manifest signatures and fingerprints."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.errors import KeyFormatError, SignatureError
from services.sync.crypto.keys import (
    DeviceKeys,
    decode_b64,
    decode_hex,
    encode_b64,
    encode_hex,
    generate_device_keys,
    key_id,
    load_ed25519_public,
    load_x25519_public,
)
from services.sync.crypto.signing import (
    ALPHABET,
    Signature,
    fingerprint,
    sign_bytes,
    sign_manifest,
    verify_bytes,
    verify_manifest,
)

FIXED_ED25519 = bytes(range(32))

MANIFEST = {"package_id": "5d0c", "seq": 42, "changes": [{"id": "c1", "after": {"title": "违规发放津贴"}}]}


def test_device_keys_round_trip_through_private_bytes() -> None:
    keys = generate_device_keys()
    enc, sig = keys.private_parts()
    assert isinstance(enc, bytearray) and len(enc) == 32 and len(sig) == 32
    again = DeviceKeys.from_private(enc, sig)
    assert again.encryption_public == keys.encryption_public
    assert again.signing_public == keys.signing_public
    assert again.signing_key_id == keys.signing_key_id and len(keys.signing_key_id) == 32


def test_public_key_text_forms_round_trip_and_reject_junk() -> None:
    raw = generate_device_keys().encryption_public
    assert decode_b64(encode_b64(raw)) == raw
    assert decode_hex(encode_hex(raw)) == raw
    load_x25519_public(raw)
    for bad in ("", "!!!!", encode_b64(raw[:31]), "é" * 44):
        with pytest.raises(KeyFormatError):
            decode_b64(bad)
    for bad in ("zz" * 32, encode_hex(raw) + "00"):
        with pytest.raises(KeyFormatError):
            decode_hex(bad)
    with pytest.raises(KeyFormatError):
        load_ed25519_public(raw[:16])


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": ["问题", None, True]}) == '{"a":["问题",null,true],"b":1}'.encode()
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def _trusted(private: Ed25519PrivateKey) -> dict[str, object]:
    public = private.public_key()
    return {key_id(public): public}


def test_manifest_signature_round_trip_and_json_form() -> None:
    private = Ed25519PrivateKey.generate()
    signature = sign_manifest(MANIFEST, private)
    again = Signature.from_json(signature.to_json())
    assert verify_manifest(dict(reversed(list(MANIFEST.items()))), again, _trusted(private)) == signature.key_id


def test_manifest_signature_rejects_every_alteration() -> None:
    private = Ed25519PrivateKey.generate()
    signature = sign_manifest(MANIFEST, private)
    trusted = _trusted(private)
    altered = {**MANIFEST, "seq": 43}
    with pytest.raises(SignatureError):
        verify_manifest(altered, signature, trusted)
    flipped = Signature(signature.key_id, bytes([signature.value[0] ^ 1]) + signature.value[1:])
    with pytest.raises(SignatureError):
        verify_manifest(MANIFEST, flipped, trusted)
    with pytest.raises(SignatureError):  # unknown signer
        verify_manifest(MANIFEST, signature, _trusted(Ed25519PrivateKey.generate()))
    other = Ed25519PrivateKey.generate()
    with pytest.raises(SignatureError):  # a trusted key filed under the wrong id
        verify_manifest(MANIFEST, signature, {signature.key_id: other.public_key()})
    with pytest.raises(SignatureError):  # same bytes, other purpose
        verify_bytes(b"x", sign_bytes(b"x", private, purpose=b"package"), trusted, purpose=b"manifest")
    with pytest.raises(SignatureError):
        verify_manifest({"x": float("inf")}, signature, trusted)
    for bad in ({}, {"alg": "RSA", "key_id": "k", "sig": ""}, {"alg": "Ed25519", "key_id": "k", "sig": "%%"},
                {"alg": "Ed25519", "key_id": "k", "sig": "AAAA"}, None):
        with pytest.raises(SignatureError):
            Signature.from_json(bad)


def test_fingerprint_known_answer() -> None:
    public = Ed25519PrivateKey.from_private_bytes(FIXED_ED25519).public_key()
    assert fingerprint(public) == fingerprint(public.public_bytes_raw()) == KNOWN_FINGERPRINT
    assert fingerprint(bytes(32)) == KNOWN_ZERO_FINGERPRINT


def test_fingerprint_shape_and_distinct_keys() -> None:
    prints = {fingerprint(X25519PrivateKey.generate().public_key()) for _ in range(200)}
    assert len(prints) == 200
    for text in prints:
        groups = text.split(" ")
        assert [len(g) for g in groups] == [4] * 5
        assert set("".join(groups)) <= set(ALPHABET)
        assert not set("".join(groups)) & set("01OIL")


# Computed once (SHA-256 -> first 13 bytes -> base 31); must never change, or enrolled devices stop matching.
KNOWN_FINGERPRINT = "7FHX 5U8Z NF4Y UYEX ZTVB"  # public key 03a107bf...125531b8
KNOWN_ZERO_FINGERPRINT = "4EKC JJPD 55TW 8SQX E4KA"  # SHA-256 66687aad...0d5f2925
