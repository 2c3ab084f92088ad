"""The window's sentences for issue 15's errors (hostile files, key recovery and rotation, failed unlocks),
merged into ui/messages.TEMPLATES; kept apart so the shared table changes by one line."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

HARDENING_TEMPLATES: dict[str, str] = {
    "wrong_recovery_code": QT_TRANSLATE_NOOP(
        "Messages", "The recovery code is not correct. Check the printed or written code (case, spaces and dashes "
        "do not matter)."),
    "no_recovery_slot": QT_TRANSLATE_NOOP(
        "Messages", "This workspace has no recovery code (it was made before recovery codes, or none was ever "
        "made). The team leader or HQ administrator can make one."),
    "unlock_throttled": QT_TRANSLATE_NOOP(
        "Messages", "{attempts} unlock attempts have failed since the last successful unlock. So that nobody can "
        "guess the passphrase, wait {seconds} seconds (about {minutes} min) and try again."),
    "excel_damaged": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” is damaged or incomplete (a copy or download cut short) and cannot be read; nothing "
        "was imported. Get the file again."),
    "excel_no_workbook": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” is a zip file but holds no Excel workbook; nothing was imported."),
    "excel_bad_entry_name": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” has an entry named “{part}” (with “..”, an absolute path or control characters); it "
        "may be a crafted file and was not read."),
    "excel_duplicate_entry": QT_TRANSLATE_NOOP(
        "Messages", "The entry “{part}” appears more than once in “{path}”; it may be a crafted file and was "
        "not read."),
    "excel_unsupported_compression": QT_TRANSLATE_NOOP(
        "Messages", "The entry “{part}” of “{path}” uses a compression Excel never uses; the file was not read."),
    "excel_too_large": QT_TRANSLATE_NOOP(
        "Messages", "“{part}” of “{path}” expands to more than {limit_mb} MB, far more than any ledger (perhaps a zip "
        "bomb); the file was not read."),
    "excel_too_many_parts": QT_TRANSLATE_NOOP(
        "Messages", "“{path}” has {count} entries, more than the {limit} allowed; the file was not read."),
    "excel_unsafe_xml": QT_TRANSLATE_NOOP(
        "Messages", "“{part}” of “{path}” has a DTD or entity declarations, or an unusual text encoding. Excel and WPS "
        "never write these; the file may be crafted and was not read. If you need it, open it in Excel or WPS and "
        "save it as a new .xlsx."),
    "excel_too_many_merges": QT_TRANSLATE_NOOP(
        "Messages", "Sheet “{sheet}” of “{path}” has more than {limit} merged ranges; the file was not read."),
    "excel_cell_ref": QT_TRANSLATE_NOOP(
        "Messages", "Sheet “{sheet}” of “{path}” has a cell position “{cell}” beyond Excel's limits (1,048,576 rows, "
        "16,384 columns); the file is damaged or altered and was not read."),
    "excel_too_complex": QT_TRANSLATE_NOOP(
        "Messages", "Sheet “{sheet}” of “{path}” is malformed near row {cell} (too many elements); the file is "
        "damaged or altered and was not read."),
    "excel_bad_number": QT_TRANSLATE_NOOP(
        "Messages", "Cell {cell} of sheet “{sheet}” in “{path}” holds “{value}”, which is not a number Excel can "
        "store (not a number, infinite or out of range); the file was not read."),
    "excel_formula_no_value": QT_TRANSLATE_NOOP(
        "Messages", "Cell {cell} of sheet “{sheet}” in “{path}” is a formula whose result was not saved (common in "
        "files made by other programs). Open the file in Excel or WPS, save it, and import it again."),
    "excel_shared_string": QT_TRANSLATE_NOOP(
        "Messages", "Cell {cell} of sheet “{sheet}” in “{path}” refers to shared text no. {index}, but the file has "
        "only {count}; the file is damaged and was not read."),
    "excel_csv_malformed": QT_TRANSLATE_NOOP(
        "Messages", "Line {line} of “{path}” cannot be read as CSV (a field too long, a NUL character or an "
        "unclosed quote); nothing was imported."),
}
