"""The window's sentences for issue 12 (rectification to close-out, classified handover), merged into
ui/messages.REASONS; kept apart so the shared table changes by one line."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

RECTIFICATION_REASONS: dict[str, str] = {
    "finding_not_signed": QT_TRANSLATE_NOOP(
        "Messages", "The problem “{value}” is “{status}”: only signed (or reported) problems are fed back to a unit."),
    "other_unit": QT_TRANSLATE_NOOP(
        "Messages", "The problem “{value}” is not one of “{org}”'s and cannot be in its feedback."),
    "already_fed_back": QT_TRANSLATE_NOOP(
        "Messages", "The problem “{value}” has been fed back already and has its tasks."),
    "closed_out": QT_TRANSLATE_NOOP(
        "Messages", "The task “{value}” is closed out and can no longer change; if it proves false, flag it first."),
    "closure_pending": QT_TRANSLATE_NOOP(
        "Messages", "Close-out of the task “{value}” was requested and waits for review: its state cannot change."),
    "already_requested": QT_TRANSLATE_NOOP(
        "Messages", "Close-out of the task “{value}” was requested already and waits for HQ's review."),
    "closure_without_evidence": QT_TRANSLATE_NOOP(
        "Messages", "The task “{value}” has no evidence yet: it cannot be closed out without. Attach the evidence "
        "to a progress report first."),
    "not_requested": QT_TRANSLATE_NOOP(
        "Messages", "Close-out of the task “{value}” has not been requested: request it before the review."),
    "other_unit_task": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a task of this ledger's unit: a unit's ledger updates that unit's tasks only."),
    "not_fed_back": QT_TRANSLATE_NOOP("Messages", "“{value}” has not been fed back yet and has no task."),
    "no_receipt": QT_TRANSLATE_NOOP(
        "Messages", "The handover “{value}” has no receipt yet: record who received it and when first."),
}
