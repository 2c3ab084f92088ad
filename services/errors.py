"""Errors carry codes and parameters, not sentences: ui/messages.py and cli/ turn them into words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


class DomainError(Exception):
    """An expected failure a person can act on. ``code`` is stable; ``params`` fill the message."""

    code = "domain_error"
    exit_code = 1

    def __init__(self, message: str = "", *, details: Sequence[str] | None = None, **params: Any) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        self.details: list[str] = list(details or [])
        self.params = params


class WrongPassphraseError(DomainError):
    code = "wrong_passphrase"
    exit_code = 3


class UnlockThrottledError(DomainError):
    """Too many failed unlocks in a row: the next attempt must wait ``seconds`` (docs/security.md §1.3)."""

    code = "unlock_throttled"
    exit_code = 3


class WrongRecoveryCodeError(DomainError):
    code = "wrong_recovery_code"
    exit_code = 3


class NoRecoverySlotError(DomainError):
    """The workspace was made before recovery codes (or never had one made): ``passwd --make-recovery``."""

    code = "no_recovery_slot"
    exit_code = 3


class UnknownUserError(DomainError):
    code = "unknown_user"
    exit_code = 3


class LockedError(DomainError):
    code = "locked"
    exit_code = 3


class WorkspaceBusyError(DomainError):
    """Another program (a second 巡察通 window or command) holds the workspace's write lock. Said at once, not
    after a long wait: the other program may take minutes (an import), and the person can close it."""

    code = "workspace_busy"
    exit_code = 3


class NotPermittedError(DomainError):
    code = "not_permitted"
    exit_code = 3


class WorkspaceNotFoundError(DomainError):
    code = "workspace_not_found"
    exit_code = 4


class WorkspaceExistsError(DomainError):
    code = "workspace_exists"
    exit_code = 4


class WorkspaceDamagedError(DomainError):
    """Key store unreadable, database not opening with an accepted key, or a plaintext file."""

    code = "workspace_damaged"
    exit_code = 4


class SchemaTooNewError(DomainError):
    code = "schema_too_new"
    exit_code = 4


class ValidationError(DomainError):
    """Input rejected; ``field`` names what is wrong."""

    code = "invalid_input"
    exit_code = 4


class VerificationFailedError(DomainError):
    code = "verification_failed"
    exit_code = 4


class StaleEditError(DomainError):
    """The row changed since it was read (optimistic lock)."""

    code = "stale_edit"
    exit_code = 4


class CancelledError(DomainError):
    code = "cancelled"
    exit_code = 1


@dataclass(frozen=True)
class FieldProblem:
    """One rejected value: which field (an entity attribute, or an Excel column key), why (a reason code from
    the faces' REASONS tables: required, too_long, ...), with the parameters the sentence needs. ``row`` and
    ``column`` locate it in a sheet when it came from one (the row number and column letter Excel shows)."""

    field: str
    reason: str
    params: dict[str, Any] = dc_field(default_factory=dict)
    entity: str | None = None
    row: int | None = None
    column: str | None = None


class InvalidFieldsError(ValidationError):
    """Several fields rejected at once (a form, a sheet row); ``problems`` says which and why. Nothing was written."""

    code = "invalid_fields"
    exit_code = 4

    def __init__(self, problems: Sequence[FieldProblem], message: str = "", **params: Any) -> None:
        super().__init__(message or f"{len(problems)} field(s) rejected", count=len(problems), **params)
        self.problems = list(problems)

    def fields(self) -> list[str]:
        return [problem.field for problem in self.problems]
