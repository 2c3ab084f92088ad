"""The conflict inbox's table: one row per conflict (team, record, field, kind, status, when, from which laptop)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from services.sync.conflicts.inbox import ConflictView
from ui.i18n import QT_TRANSLATE_NOOP
from ui.item_models.records import Column, RecordTableModel

CONTEXT = "ConflictTable"

KINDS = {
    "field": QT_TRANSLATE_NOOP("ConflictTable", "Both changed this field"),
    "delete_vs_edit": QT_TRANSLATE_NOOP("ConflictTable", "Team deleted, HQ edited"),
    "edit_vs_delete": QT_TRANSLATE_NOOP("ConflictTable", "Team edited, HQ deleted"),
    "duplicate_key": QT_TRANSLATE_NOOP("ConflictTable", "Number already used"),
}
STATUS = {
    "open": QT_TRANSLATE_NOOP("ConflictTable", "Open"),
    "resolved": QT_TRANSLATE_NOOP("ConflictTable", "Resolved"),
}
RESOLUTIONS = {
    "keep_current": QT_TRANSLATE_NOOP("ConflictTable", "kept current"),
    "take_incoming": QT_TRANSLATE_NOOP("ConflictTable", "took incoming"),
    "merged": QT_TRANSLATE_NOOP("ConflictTable", "merged value"),
    "superseded": QT_TRANSLATE_NOOP("ConflictTable", "superseded"),
}
# The records a conflict can be about (table names), as a person calls them.
ENTITIES = {
    "finding": QT_TRANSLATE_NOOP("ConflictTable", "Finding"),
    "finding_source": QT_TRANSLATE_NOOP("ConflictTable", "Finding source"),
    "evidence": QT_TRANSLATE_NOOP("ConflictTable", "Evidence"),
    "interview": QT_TRANSLATE_NOOP("ConflictTable", "Interview"),
    "petition": QT_TRANSLATE_NOOP("ConflictTable", "Petition"),
    "document_request": QT_TRANSLATE_NOOP("ConflictTable", "Document request"),
    "document_request_item": QT_TRANSLATE_NOOP("ConflictTable", "Requested document"),
    "field_visit": QT_TRANSLATE_NOOP("ConflictTable", "Field visit"),
    "rectification_item": QT_TRANSLATE_NOOP("ConflictTable", "Rectification item"),
    "inspected_org": QT_TRANSLATE_NOOP("ConflictTable", "Inspected unit"),
    "clue": QT_TRANSLATE_NOOP("ConflictTable", "Clue"),
    "clue_link": QT_TRANSLATE_NOOP("ConflictTable", "Clue link"),
    "petitioner_identity": QT_TRANSLATE_NOOP("ConflictTable", "Petitioner"),
    "clue_handover": QT_TRANSLATE_NOOP("ConflictTable", "Clue handover"),
}
WHOLE_RECORD = QT_TRANSLATE_NOOP("ConflictTable", "(whole record)")


def local_time(value: datetime) -> str:
    """A stored time (naive UTC) in the laptop's local time, to the minute."""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return tr(KINDS[kind]) if kind in KINDS else kind


def entity_text(entity: str) -> str:
    return tr(ENTITIES[entity]) if entity in ENTITIES else entity


def status_text(view: ConflictView) -> str:
    text = tr(STATUS[view.status]) if view.status in STATUS else view.status
    if view.resolution:
        text += f" ({tr(RESOLUTIONS.get(view.resolution, view.resolution))})"
    return text


def record_text(view: ConflictView) -> str:
    return f"{entity_text(view.entity)} {view.row_label}"


def field_text(view: ConflictView) -> str:
    return view.field_label or tr(WHOLE_RECORD)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ConflictTable", "Team"), lambda v: v.team_no),
    Column(QT_TRANSLATE_NOOP("ConflictTable", "Record"), record_text, tooltip=True),
    Column(QT_TRANSLATE_NOOP("ConflictTable", "Field"), field_text),
    Column(QT_TRANSLATE_NOOP("ConflictTable", "Kind"), lambda v: v.kind, show=lambda v: kind_text(v.kind)),
    Column(QT_TRANSLATE_NOOP("ConflictTable", "Status"), lambda v: v.status, show=status_text),
    Column(QT_TRANSLATE_NOOP("ConflictTable", "Found"), lambda v: v.opened_at, show=lambda v: local_time(v.opened_at)),
    Column(QT_TRANSLATE_NOOP("ConflictTable", "From laptop"), lambda v: v.device_label),
)


class ConflictTableModel(RecordTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTEXT, COLUMNS, parent)

    def view_at(self, row: int) -> ConflictView:
        view: ConflictView = self.row_object(row)
        return view
