"""Why a package is refused (or held): stable reason codes, the faces phrase them (cli/ui messages.py).

Every check of the import (docs/sync.md §6.1, §6.2) raises ``PackageRejected(code, **params)`` with one of
``REASONS``. A rejection writes nothing (decision D6); the importer turns it into a ``PackageResult`` with
status ``rejected``. ``PackageHeld`` is not a fault: the package is verified but changes before it are missing.

Parameters the sentences use (others may be given; they go to the JSON report):
  unsupported_version {version} · unknown_sender / revoked_sender / key_mismatch / history_regressed {device}
  · wrong_kind {kind} · stale_sequence {seq, last} · out_of_scope, hq_only_field, role_not_allowed,
  unknown_entity, unknown_field, bad_value, foreign_change, unaudited_change {change_id, entity, field}
  · blob_damaged / blob_missing {sha256} · audit_chain_broken {seq}.
"""

from __future__ import annotations

from typing import Any

from services.errors import DomainError
from services.sync.crypto.errors import KeyFormatError, SealError, SignatureError, StreamError

# Step 1 (container), 2 (sender), 3 (signature, sections), 4 (order), 5 (unseal), 6 (payload schema),
# 7 (blobs), 8 (content and audit chain), team side (HQ updates), and the workspace itself.
REASONS: tuple[str, ...] = (
    "malformed_package", "unsupported_version", "file_unreadable",
    "unknown_sender", "revoked_sender", "key_mismatch", "not_for_this_workspace", "wrong_kind", "not_enrolled",
    "bad_signature", "payload_damaged",
    "history_regressed", "stale_sequence",
    "not_addressed_to_us", "needs_clue_key",
    "schema_mismatch", "newer_schema",
    "blob_damaged", "blob_missing",
    "out_of_scope", "hq_only_field", "role_not_allowed", "unknown_entity", "unknown_field", "bad_value",
    "foreign_change", "audit_chain_broken", "audit_regressed", "unaudited_change", "range_mismatch",
    "peer_ahead", "import_failed",
)


class PackageRejected(DomainError):
    """The package fails a check: nothing of it is written. ``code`` is one of REASONS; ``params`` say more."""

    code = "package_rejected"
    exit_code = 4

    def __init__(self, code: str, message: str = "", **params: Any) -> None:
        super().__init__(message or code, **params)
        self.code = code


class PackageHeld(DomainError):
    """Verified, but the sender's changes ``missing_from``..``missing_to`` are not here yet: kept in ``held/``."""

    code = "package_held"
    exit_code = 0

    def __init__(self, *, device: str, missing_from: int, missing_to: int, log: str = "main",
                 message: str = "", **params: Any) -> None:
        super().__init__(message or f"missing {log} changes #{missing_from}-#{missing_to} of {device}",
                         device=device, missing_from=missing_from, missing_to=missing_to, log=log, **params)
        self.device, self.missing_from, self.missing_to, self.log = device, missing_from, missing_to, log


def rejection_code(error: BaseException) -> str:
    """The reason code of an error met while checking a package (crypto primitives' errors included)."""
    if isinstance(error, PackageRejected):
        return error.code

    if isinstance(error, SignatureError):
        return "bad_signature"
    if isinstance(error, SealError):
        return "not_addressed_to_us"
    if isinstance(error, StreamError):
        return "payload_damaged"
    if isinstance(error, KeyFormatError):
        return "malformed_package"
    return "malformed_package"
