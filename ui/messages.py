"""DomainError codes -> translated sentences (docs/architecture.md §4: errors carry codes, not sentences).

The services' English ``message`` is for logs and developers; a person reads the text made here, with the
row, column and field the error names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.errors import DomainError, FieldProblem, InvalidFieldsError
from services.phrasing import Phrasebook, phrase_error, phrase_field_problem, phrase_problem
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages_hardening import HARDENING_TEMPLATES
from ui.messages_rectification import RECTIFICATION_REASONS

CONTEXT = "Messages"

TEMPLATES: dict[str, str] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "The passphrase is not correct."),
    "unknown_user": QT_TRANSLATE_NOOP("Messages", "There is no user named “{user}” in this workspace."),
    "locked": QT_TRANSLATE_NOOP("Messages", "The workspace is locked. Unlock it to go on."),
    "workspace_busy": QT_TRANSLATE_NOOP(
        "Messages", "The workspace “{path}” is open in another program, which is writing to it (another Xuncha "
        "window or command, for instance). Wait until it has finished, or close it, and try again."),
    "not_permitted": QT_TRANSLATE_NOOP("Messages", "Your role ({role}) may not do this."),
    "workspace_not_found": QT_TRANSLATE_NOOP("Messages", "“{path}” is not a Xuncha workspace."),
    "workspace_exists": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” already exists and is not empty. Choose an empty or new folder."),
    "workspace_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The workspace in “{path}” is damaged or was replaced and cannot be opened."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Messages", "This workspace was written by a newer version of Xuncha. Please update the program."),
    "invalid_input": QT_TRANSLATE_NOOP("Messages", "The input was not accepted."),
    "invalid_fields": QT_TRANSLATE_NOOP("Messages", "{count} value(s) need correcting; nothing was saved."),
    "verification_failed": QT_TRANSLATE_NOOP("Messages", "The check found problems."),
    "stale_edit": QT_TRANSLATE_NOOP(
        "Messages", "Someone changed this record after you opened it. Reload it and make your change again."),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled."),
    "excel_xls": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” is an old Excel 97-2003 workbook (.xls) and cannot be read. Open it in Excel or WPS, "
        "save it as an Excel workbook (.xlsx) and import that."),
    "excel_encrypted": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” has an opening password or is not an .xlsx file. Remove the password in Excel or WPS "
        "and save it as .xlsx."),
    "excel_not_xlsx": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” is not an Excel workbook (.xlsx/.xlsm); it may be another file renamed, or damaged."),
    "excel_csv_encoding": QT_TRANSLATE_NOOP(
        "Messages", "The text encoding of “{path}” is not recognised. Save it as UTF-8 or as an Excel workbook."),
    "excel_empty": QT_TRANSLATE_NOOP("Messages", "“{path}” holds no data."),
    "excel_unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "The headers of “{path}” do not match any ledger this program knows. Use HQ's template, or "
        "choose the kind of ledger."),
    "import_rejected": QT_TRANSLATE_NOOP("Messages", "{count} row(s) did not pass the check; nothing was imported."),
}

# Why a package was refused (services/sync/package/rejections.REASONS) or held; nothing of a refused package is written.
PACKAGE_REASONS: dict[str, str] = {
    "package_rejected": QT_TRANSLATE_NOOP(
        "Messages", "The package did not pass the check; nothing of it was "
        "imported."),
    "package_held": QT_TRANSLATE_NOOP(
        "Messages", "The package is held: changes #{missing_from}–#{missing_to} of device {device} are missing. "
        "Import the packages in between, or ask the team for a fresh export."),
    "malformed_package": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a complete Xuncha package (damaged, cut short or "
        "altered)."),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "Messages", "This program does not support the package format version ({version}). Update the "
        "program."),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "The package file cannot be read."),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "Messages", "The package comes from a device that is not registered ({device}). Register the device "
        "first."),
    "revoked_sender": QT_TRANSLATE_NOOP(
        "Messages", "The device that sent the package ({device}) was revoked; its packages are no longer "
        "accepted."),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The package's signing key does not match the registered device "
        "({device})."),
    "not_for_this_workspace": QT_TRANSLATE_NOOP("Messages", "This package is not addressed to this workspace."),
    "wrong_kind": QT_TRANSLATE_NOOP("Messages", "This workspace cannot import this kind of package ({kind})."),
    "not_enrolled": QT_TRANSLATE_NOOP("Messages", "This workspace is not enrolled yet and cannot import packages."),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "The package's signature does not match: the file was altered or not signed by a registered "
        "device."),
    "payload_damaged": QT_TRANSLATE_NOOP("Messages", "The package's content is damaged or was altered."),
    "history_regressed": QT_TRANSLATE_NOOP(
        "Messages", "The history of device {device} went backwards: the laptop may have been restored from an old "
        "copy. Contact HQ."),
    "stale_sequence": QT_TRANSLATE_NOOP(
        "Messages", "This is an older package (number {seq}; imported up to number {last}); it was not "
        "imported."),
    "not_addressed_to_us": QT_TRANSLATE_NOOP(
        "Messages", "The package is not encrypted for this workspace and cannot be "
        "opened."),
    "needs_clue_key": QT_TRANSLATE_NOOP(
        "Messages", "The package holds clues; only a user holding the clue key (HQ administrator) can import "
        "it."),
    "schema_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The package's inner structure is not as expected (it may have been tampered "
        "with)."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "Messages", "The package was made by a newer version of Xuncha. Update the program "
        "first."),
    "blob_damaged": QT_TRANSLATE_NOOP("Messages", "An attachment in the package is damaged or was altered."),
    "blob_missing": QT_TRANSLATE_NOOP("Messages", "The package lacks an attachment it needs."),
    "out_of_scope": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package is outside the team's scope; the whole package was not "
        "imported."),
    "hq_only_field": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package alters what only HQ may change; the whole package was not "
        "imported."),
    "role_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package goes beyond its author's role; the whole package was not "
        "imported."),
    "unknown_entity": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package concerns an unknown kind of record; the whole package was not "
        "imported."),
    "unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package concerns an unknown field; the whole package was not "
        "imported."),
    "bad_value": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package holds a value that is not accepted; the whole package was not "
        "imported."),
    "foreign_change": QT_TRANSLATE_NOOP(
        "Messages", "The package holds a change that does not belong to the sending device; the whole package was "
        "not imported."),
    "audit_chain_broken": QT_TRANSLATE_NOOP(
        "Messages", "The package's audit trail does not link up or was altered; it was not "
        "imported."),
    "audit_regressed": QT_TRANSLATE_NOOP(
        "Messages", "The package's audit trail is shorter than the one HQ holds: the laptop may have been restored "
        "from an old copy."),
    "unaudited_change": QT_TRANSLATE_NOOP(
        "Messages", "A change in the package has no audit entry; it was not "
        "imported."),
    "range_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The change numbers in the package do not match its header; it was not "
        "imported."),
    "peer_ahead": QT_TRANSLATE_NOOP(
        "Messages", "HQ has confirmed more than this laptop holds: it may have been restored from an old copy. "
        "Contact HQ."),
    "import_failed": QT_TRANSLATE_NOOP(
        "Messages", "The program failed while importing this package ({kind}); nothing of it was written, and the "
        "other packages were imported as usual. Give the error log to technical support."),
}
TEMPLATES.update(PACKAGE_REASONS)
# conflicts and close-out (services/sync/conflicts/inbox.py, closeout/wipe.py)
TEMPLATES.update({
    "conflict_not_found": QT_TRANSLATE_NOOP("Messages", "There is no conflict “{conflict}”."),
    "conflict_closed": QT_TRANSLATE_NOOP("Messages", "This conflict was resolved already."),
    "resolution_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "This conflict cannot be resolved that way: a duplicate number needs a new number typed in; a "
        "delete conflict is settled by keeping the current state or taking the incoming one."),
    "round_not_found": QT_TRANSLATE_NOOP("Messages", "There is no such inspection round in this workspace."),
    "round_not_acknowledged": QT_TRANSLATE_NOOP(
        "Messages", "HQ has not yet confirmed everything of “{round}” ({changes} change(s), {clue_changes} clue "
        "change(s), {audit} audit record(s) unconfirmed), so it cannot be closed out. Export a package for HQ, "
        "import HQ's update package, then try again."),
    "round_already_wiped": QT_TRANSLATE_NOOP("Messages", "This round has been closed out already."),
})

# Enrollment and the device registry (services/sync/devices/registry.EnrollmentError).
ENROLL_REASONS: dict[str, str] = {
    "enrollment_refused": QT_TRANSLATE_NOOP("Messages", "Enrollment could not be completed."),
    "no_device_keys": QT_TRANSLATE_NOOP(
        "Messages", "This workspace has no device keys yet: the team leader makes an enrollment request first."),
    "no_clue_key": QT_TRANSLATE_NOOP(
        "Messages", "The current user does not hold the clue key and cannot make an enrollment request; act as "
        "the team leader."),
    "already_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This workspace is already enrolled; it cannot request or accept another grant."),
    "device_already_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This device ({device}) is already registered at HQ. To replace it, revoke it and make a "
        "new request from a new workspace."),
    "workspace_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "This workspace already holds data ({count} records) and cannot be enrolled. Enroll before "
        "entering any data: create a new workspace and enroll it first, or ask HQ for a grant "
        "before entering data."),
    "bad_request": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a valid enrollment request (damaged, altered, or its signature does not "
        "match)."),
    "team_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The team numbers differ: the request comes from a team {requested} workspace, but team "
        "{given} was chosen."),
    "demo_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "A demo workspace can only enroll with a demo HQ, and a real one only with a real HQ."),
    "unknown_team": QT_TRANSLATE_NOOP(
        "Messages", "Team {team_no} does not exist in this HQ workspace. Set up the round and its teams first in the "
        "Planning area."),
    "not_a_grant": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a valid enrollment grant (damaged, altered, or its signature does not "
        "match)."),
    "grant_not_for_us": QT_TRANSLATE_NOOP(
        "Messages", "This grant is for another device and cannot be accepted on this laptop."),
    "unknown_request": QT_TRANSLATE_NOOP(
        "Messages", "This grant does not answer an unused enrollment request of this laptop. Make a new request"
        " and have HQ register it."),
    "team_workspace_only": QT_TRANSLATE_NOOP("Messages", "This can only be done in a team workspace."),
    "hq_workspace_only": QT_TRANSLATE_NOOP("Messages", "This can only be done in the HQ workspace."),
    "unknown_device": QT_TRANSLATE_NOOP("Messages", "There is no device “{device}”."),
    "already_revoked": QT_TRANSLATE_NOOP("Messages", "Device {device} was already revoked on {at}."),
}
TEMPLATES.update(ENROLL_REASONS)
TEMPLATES.update(HARDENING_TEMPLATES)
# exporting packages (services/sync/package/files.py, updates/hq_export.py)
TEMPLATES.update({
    "export_not_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This workspace is not enrolled with HQ yet, so it cannot export a package. The team leader "
        "first makes an enrollment request for HQ, then accepts the grant HQ sends back."),
    "export_folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist. Plug in the USB stick or choose an existing folder."),
    "export_inside_workspace": QT_TRANSLATE_NOOP(
        "Messages", "A package cannot be saved inside the workspace folder ({path}). Choose a USB stick or another "
        "folder."),
    "export_file_exists": QT_TRANSLATE_NOOP("Messages", "The file {path} exists already and was not replaced."),
    "export_no_devices": QT_TRANSLATE_NOOP(
        "Messages", "No enrolled device to send an update to (check the team number or the device)."),
})

# Rejected input, by field and by the parameter that tells the case apart: the sentence says what to do.
FIELD_TEMPLATES: dict[tuple[str, str | None], str] = {
    ("passphrase", "minimum"): QT_TRANSLATE_NOOP("Messages", "The passphrase needs at least {minimum} characters."),
    ("passphrase", None): QT_TRANSLATE_NOOP("Messages", "This passphrase cannot be used. Choose another one."),
    ("user", "user"): QT_TRANSLATE_NOOP("Messages", "A user named “{user}” already exists."),
    ("user", None): QT_TRANSLATE_NOOP("Messages", "Enter a user name."),
    ("team", None): QT_TRANSLATE_NOOP("Messages", "A team workspace needs its team number."),
    ("keep", None): QT_TRANSLATE_NOOP(
        "Messages", "Keep the current value, take the incoming one, or enter a merged value."),
    ("role", None): QT_TRANSLATE_NOOP("Messages", "This role cannot be chosen here."),
}

# Why a field was rejected (services.errors.FieldProblem.reason); {field} is the field's official name.
REASONS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "“{field}” must be filled in."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "“{field}” is too long: at most {maximum} characters, now {length}."),
    "too_few": QT_TRANSLATE_NOOP("Messages", "“{field}” needs at least {minimum}, now {count}."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "“{field}” must be a number; “{value}” is not."),
    "not_an_amount": QT_TRANSLATE_NOOP(
        "Messages", "“{field}” must be an amount in 10,000 yuan (up to six decimals); “{value}” is not."),
    "negative": QT_TRANSLATE_NOOP("Messages", "“{field}” cannot be negative."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "“{field}” must be between {minimum} and {maximum}."),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Messages", "“{field}” must be a date (such as 2026-03-05); “{value}” is not."),
    "date_order": QT_TRANSLATE_NOOP("Messages", "“{field}” cannot be earlier than “{other}”."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "“{field}” cannot be later than today."),
    "unknown_choice": QT_TRANSLATE_NOOP("Messages", "“{field}” must be one of {choices}; “{value}” is not."),
    "unknown_reference": QT_TRANSLATE_NOOP("Messages", "“{field}”: “{value}” does not exist in this workspace."),
    "not_assigned": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not among your team's assignments; “{field}” must be one of them."),
    "assigned_by_hq": QT_TRANSLATE_NOOP(
        "Messages", "“{field}”: “{value}” is not among what HQ assigned to this team. Rounds, teams and inspected "
        "units are assigned by HQ; ask HQ for an update package."),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "A record with “{field}” “{value}” already exists."),
    "inactive": QT_TRANSLATE_NOOP("Messages", "“{field}”: “{value}” is no longer in use; choose another."),
    "not_a_yes_no": QT_TRANSLATE_NOOP("Messages", "“{field}” must be yes or no; “{value}” is neither."),
    "same_person": QT_TRANSLATE_NOOP("Messages", "“{field}” cannot be the same person as “{other}”."),
    "ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "More than one record has “{field}” “{value}” ({choices}); give it in full."),
    "invalid": QT_TRANSLATE_NOOP("Messages", "“{field}”: the value “{value}” is not accepted."),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file “{value}” cannot be read."),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "The file “{value}” is empty."),
    "file_too_large": QT_TRANSLATE_NOOP("Messages", "The file “{value}” is too large: at most {maximum}."),
    "file_changed": QT_TRANSLATE_NOOP(
        "Messages", "The file “{value}” changed while it was being read. Close the program editing it and try again."),
    "inside_workspace": QT_TRANSLATE_NOOP(
        "Messages", "A plaintext copy cannot be saved inside the workspace folder (“{value}”). Choose another folder."),
    "not_writable": QT_TRANSLATE_NOOP("Messages", "“{value}” cannot be written. Choose another file name or folder."),
    "file_exists": QT_TRANSLATE_NOOP("Messages", "The file “{value}” already exists and was not replaced."),
    "person_name_missing": QT_TRANSLATE_NOOP("Messages", "“{field}”, line {line}: a post is given but no name."),
    "wrong_status": QT_TRANSLATE_NOOP("Messages", "“{field}” is “{value}”; this step needs “{expected}”."),
    "duplicate_row": QT_TRANSLATE_NOOP("Messages", "“{field}” “{value}” repeats row {other}."),
    "not_draft": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is already “{status}” and cannot be changed by an import; revert its review first."),
    "other_team": QT_TRANSLATE_NOOP(
        "Messages", "“{field}” is “{value}”, not your team (team {team}); a team workspace imports only its own data."),
    # planning a round (services/planning/)
    "status_backwards": QT_TRANSLATE_NOOP(
        "Messages", "A round moves forward, or back one stage to correct a "
            "mistake; it is “{current}” and cannot become “{value}”."),
    "round_without_teams": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” has no team yet and cannot be stationed; form the teams and assign the units first."),
    "leader_missing": QT_TRANSLATE_NOOP(
        "Messages", "{value} (team {team}) has no leader yet."),
    "team_without_units": QT_TRANSLATE_NOOP(
        "Messages", "{value} (team {team}) has no inspected unit assigned yet."),
    "round_has_teams": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” still has {count} team(s) and cannot be removed; remove the teams first."),
    "team_has_units": QT_TRANSLATE_NOOP(
        "Messages", "{value} still inspects {count} unit(s) and cannot be removed; unassign them first."),
    "one_leader": QT_TRANSLATE_NOOP(
        "Messages", "Team {team} already has the leader “{value}”; a team has one leader."),
    "recused_member": QT_TRANSLATE_NOOP(
        "Messages", "{value} is recused from “{org}” and cannot be on team {team},"
            " which inspects it; change the members or assign another team."),
    "org_assigned": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is assigned in {count} assignment(s) and cannot be removed."),
    "org_has_children": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” has {count} unit(s) under it and cannot be removed."),
    "parent_cycle": QT_TRANSLATE_NOOP(
        "Messages", "“{field}” cannot be “{value}”: it lies under this unit."),
    "village_outside_township": QT_TRANSLATE_NOOP(
        "Messages", "A village or community belongs to a township; “{field}” “{value}” is not a township."),
    "parent_level": QT_TRANSLATE_NOOP(
        "Messages", "A {level} cannot belong to the {parent_level} “{value}”."),
    "assigned_twice": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is already assigned to team {team} in this round; a unit is assigned once per round."),
    "village_other_team": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” belongs to “{township}”, which team {team} "
            "inspects; a village goes to the team of its township."),
    "other_round": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not of this round."),
    "assignment_has_work": QT_TRANSLATE_NOOP(
        "Messages", "Team {team} has filed {count} finding(s), register entries or rect"
            "ification items under “{value}”; it cannot be unassigned or moved."),
}
REASONS.update(RECTIFICATION_REASONS)

FIELD_NAMES: dict[str, str] = {
    "passphrase": QT_TRANSLATE_NOOP("Messages", "passphrase"),
    "user": QT_TRANSLATE_NOOP("Messages", "user name"),
    "team": QT_TRANSLATE_NOOP("Messages", "team number"),
    "role": QT_TRANSLATE_NOOP("Messages", "role"),
    "path": QT_TRANSLATE_NOOP("Messages", "folder"),
    "reason": QT_TRANSLATE_NOOP("Messages", "reason"),
}

# What verification found (models.audit.Problem codes); an unknown code shows its English text.
PROBLEMS: dict[str, str] = {
    "audit_entry_altered": QT_TRANSLATE_NOOP("Messages", "Audit entry #{seq} was altered."),
    "audit_entry_missing": QT_TRANSLATE_NOOP("Messages", "Audit entry #{seq} is missing (the next one is #{next})."),
    "audit_link_broken": QT_TRANSLATE_NOOP("Messages", "Audit entry #{seq} does not link to the entry before it."),
    "trigger_missing": QT_TRANSLATE_NOOP("Messages", "The append-only guard {name} is missing."),
    "sequence_broken": QT_TRANSLATE_NOOP(
        "Messages", "The {log_label} sequence breaks at #{expected} (found #{found})."),
    "unaudited_changes": QT_TRANSLATE_NOOP(
        "Messages", "{count} change(s) in the {log_label} have no audit entry; the first is {first}."),
    "integrity": QT_TRANSLATE_NOOP("Messages", "Database integrity ({schema_label}): {detail}"),
}
LABELS = {
    "change_log": QT_TRANSLATE_NOOP("Messages", "change log"),
    "clue_change_log": QT_TRANSLATE_NOOP("Messages", "clue change log"),
    "main": QT_TRANSLATE_NOOP("Messages", "main database"),
    "clues": QT_TRANSLATE_NOOP("Messages", "clue database"),
}
ON_DEVICE = QT_TRANSLATE_NOOP("Messages", "Device {device}: {text}")

UNKNOWN = QT_TRANSLATE_NOOP("Messages", "The operation could not be completed (error code {code}).")
AT_ROW = QT_TRANSLATE_NOOP("Messages", "row {row}")
AT_COLUMN = QT_TRANSLATE_NOOP("Messages", "column “{column}”")
AT_FIELD = QT_TRANSLATE_NOOP("Messages", "field “{field}”")
WHERE = QT_TRANSLATE_NOOP("Messages", "Where: {where}")
ERROR_TITLE = QT_TRANSLATE_NOOP("Messages", "Xuncha")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _role_label(value: str) -> str:
    from models.enums import Role
    from ui.i18n import label

    return label(value, Role)


BOOK = Phrasebook(
    templates=TEMPLATES, field_templates=FIELD_TEMPLATES, field_names=FIELD_NAMES, problems=PROBLEMS,
    labels=LABELS, unknown=UNKNOWN, at_row=AT_ROW, at_column=AT_COLUMN, at_field=AT_FIELD, on_device=ON_DEVICE,
    role_label=_role_label, translate=_tr, reasons=REASONS, language=lambda: _language(),
)


def _language() -> str:
    from ui.i18n import current_language

    return current_language()


def message_for(error: DomainError) -> str:
    """The translated sentence for ``error``, with where it happened (row, column, field) when it says."""
    phrased = phrase_error(error.code, error.params, BOOK)
    text = phrased.text
    if phrased.where:
        separator = "，" if _tr(AT_ROW) != AT_ROW else ", "
        text += "\n" + _tr(WHERE).format(where=separator.join(phrased.where))
    if isinstance(error, InvalidFieldsError):
        text += "\n" + "\n".join(f"• {field_problem_text(problem)}" for problem in error.problems[:20])
    if error.details:
        text += "\n" + "\n".join(f"• {line}" for line in error.details[:20])
    return text


def field_problem_text(problem: FieldProblem) -> str:
    """One rejected field as a translated sentence (the editors show it beside the field)."""
    phrased = phrase_field_problem(problem, BOOK)
    if not phrased.where:
        return phrased.text
    separator = "，" if _tr(AT_ROW) != AT_ROW else ", "
    return separator.join(phrased.where) + ": " + phrased.text


def problem_text(problem: str) -> str:
    """One verification problem as a translated sentence, from its code and parameters."""
    return phrase_problem(problem, BOOK)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    """A warning box with the translated sentence of ``error``."""
    QMessageBox.warning(parent, _tr(ERROR_TITLE), message_for(error))
