"""Sealing a data key to a recipient's X25519 key: round trip, and every wrong key/context/byte refused."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from services.sync.crypto.errors import SealError
from services.sync.crypto.sealing import SEALED_SIZE, PayloadKind, SealContext, new_data_key, open_sealed, seal, zero

RECIPIENT = X25519PrivateKey.generate()
CONTEXT = SealContext("pkg-1", "device-A", PayloadKind.MAIN)
DATA_KEY = bytes(new_data_key())
SEALED = seal(DATA_KEY, RECIPIENT.public_key(), CONTEXT)


def test_round_trip_and_fresh_every_time() -> None:
    opened = open_sealed(SEALED, RECIPIENT, CONTEXT)
    assert isinstance(opened, bytearray) and opened == DATA_KEY
    assert len(SEALED) == SEALED_SIZE
    assert seal(DATA_KEY, RECIPIENT.public_key(), CONTEXT) != SEALED  # a new ephemeral key each time
    zero(opened)
    assert opened == bytearray(32)


@pytest.mark.parametrize("context", [
    SealContext("pkg-2", "device-A", PayloadKind.MAIN),
    SealContext("pkg-1", "device-B", PayloadKind.MAIN),
    SealContext("pkg-1", "device-A", PayloadKind.CLUES),
    SealContext("pkg-1", "device-A", PayloadKind.MAIN, header_sha256="ab" * 32),
])
def test_wrong_context_refused(context: SealContext) -> None:
    with pytest.raises(SealError):
        open_sealed(SEALED, RECIPIENT, context)


def test_wrong_recipient_refused() -> None:
    with pytest.raises(SealError):
        open_sealed(SEALED, X25519PrivateKey.generate(), CONTEXT)


def test_low_order_keys_refused() -> None:
    with pytest.raises(SealError):
        seal(DATA_KEY, X25519PublicKey.from_public_bytes(bytes(32)), CONTEXT)
    with pytest.raises(SealError):  # an all-zero ephemeral key in the sealed bytes
        open_sealed(SEALED[:1] + bytes(32) + SEALED[33:], RECIPIENT, CONTEXT)


def test_header_hash_binding_round_trips() -> None:
    context = SealContext("pkg-1", "device-A", PayloadKind.CLUES, header_sha256="cd" * 32)
    assert open_sealed(seal(DATA_KEY, RECIPIENT.public_key(), context), RECIPIENT, context) == DATA_KEY


@settings(max_examples=150, deadline=None)
@given(position=st.integers(0, SEALED_SIZE - 1), mask=st.integers(1, 255))
def test_any_flipped_byte_refused(position: int, mask: int) -> None:
    altered = bytearray(SEALED)
    altered[position] ^= mask
    with pytest.raises(SealError):
        open_sealed(bytes(altered), RECIPIENT, CONTEXT)


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(0, SEALED_SIZE - 1), extra=st.binary(max_size=8))
def test_truncated_or_extended_refused(cut: int, extra: bytes) -> None:
    with pytest.raises(SealError):
        open_sealed(SEALED[:cut], RECIPIENT, CONTEXT)
    if extra:
        with pytest.raises(SealError):
            open_sealed(SEALED + extra, RECIPIENT, CONTEXT)
