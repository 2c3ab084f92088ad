"""The cryptographic primitives the package format is built from (docs/security.md §5). Both sides.

- ``keys``: device key pairs (X25519 to receive, Ed25519 to sign), raw 32-byte public keys, key ids.
- ``sealing``: a 256-bit data key sealed to one recipient's X25519 key, bound to the package's context.
- ``stream``: chunked AES-256-GCM of a file or byte iterator, in bounded memory, detecting any cut or reorder.
- ``signing``: Ed25519 signatures with a key id, short fingerprints people compare by eye.
- ``canonical``: canonical JSON, the one byte form that is hashed, sealed to or signed.
- ``errors``: one exception type per primitive; a bare ``cryptography`` exception never escapes.
"""
