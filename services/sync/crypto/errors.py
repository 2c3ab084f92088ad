"""The failures of the package primitives: each means "reject this input", never "the program is broken"."""

from __future__ import annotations

from services.errors import DomainError


class SyncCryptoError(DomainError):
    """Input that fails a cryptographic check: the package (or key) is damaged, altered or not for us."""

    code = "package_crypto"
    exit_code = 4


class SealError(SyncCryptoError):
    """A sealed data key does not open: wrong recipient key, wrong context, truncated or altered."""

    code = "seal_invalid"


class StreamError(SyncCryptoError):
    """An encrypted stream does not decrypt: wrong key or header, a chunk altered, moved, dropped or cut off."""

    code = "stream_invalid"


class SignatureError(SyncCryptoError):
    """A signature is missing, malformed, made by an unknown key, or does not match the signed bytes."""

    code = "signature_invalid"


class KeyFormatError(SyncCryptoError):
    """Bytes or text that are not a valid key of the expected kind."""

    code = "key_invalid"
