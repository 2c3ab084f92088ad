"""How a team laptop says which of its edits wait in HQ's conflict inbox (services/queries/waiting_edits.py): one
sentence per edit, shared by the working-paper editor and the Packages area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.queries.waiting_edits import WaitingEdit
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "WaitingEdits"
SENTENCES = {
    "field": QT_TRANSLATE_NOOP(
        "WaitingEdits", "Your change of “%1” to “%2” waits in HQ's conflict inbox: HQ had changed it too. Until HQ "
        "decides, HQ's value “%3” is shown."),
    "duplicate_key": QT_TRANSLATE_NOOP(
        "WaitingEdits", "Your “%1” “%2” is used at HQ by another record: your record waits in HQ's conflict inbox "
        "until HQ gives one of them another number."),
    "delete_vs_edit": QT_TRANSLATE_NOOP(
        "WaitingEdits", "Your deletion of this record waits in HQ's conflict inbox: HQ had edited it. Until HQ "
        "decides, the record stays."),
    "edit_vs_delete": QT_TRANSLATE_NOOP(
        "WaitingEdits", "Your edit of this record waits in HQ's conflict inbox: HQ had deleted it."),
}
HEADING = QT_TRANSLATE_NOOP("WaitingEdits", "Waiting in HQ's conflict inbox (as of the last update from HQ):")
KINDS = {
    "field": QT_TRANSLATE_NOOP("WaitingEdits", "HQ changed it too"),
    "duplicate_key": QT_TRANSLATE_NOOP("WaitingEdits", "number used at HQ"),
    "delete_vs_edit": QT_TRANSLATE_NOOP("WaitingEdits", "you deleted it, HQ edited it"),
    "edit_vs_delete": QT_TRANSLATE_NOOP("WaitingEdits", "you edited it, HQ deleted it"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def sentence(edit: WaitingEdit) -> str:
    """One edit as a sentence (a record's values stay out: its fields are in the form)."""
    text = _tr(SENTENCES.get(edit.kind, SENTENCES["field"]))
    return text.replace("%1", edit.field_label).replace("%2", edit.mine).replace("%3", edit.shown)


def heading() -> str:
    return _tr(HEADING)


def kind_text(edit: WaitingEdit) -> str:
    return _tr(KINDS.get(edit.kind, KINDS["field"]))
