"""登记簿: the four fact-finding registers, one tab each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QPushButton, QTabWidget, QWidget

from models.enums import InterviewCategory, PetitionChannel, PetitionDisposition
from services.errors import DomainError
from services.queries.registers import list_document_requests, list_field_visits, list_interviews, list_petitions
from services.registers import delete_entry
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.i18n import QT_TRANSLATE_NOOP, label
from ui.item_models.records import ID_ROLE, Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy
from ui.messages import show_error
from ui.register_dialogs.base import RegisterDialog
from ui.register_dialogs.document_request import DocumentRequestDialog
from ui.register_dialogs.field_visit import FieldVisitDialog
from ui.register_dialogs.interview import InterviewDialog
from ui.register_dialogs.petition import PetitionDialog

CONTEXT = "RegistersArea"
# The tabs in order: the register's table name and its form.
KINDS: tuple[tuple[str, type[RegisterDialog]], ...] = (
    ("interview", InterviewDialog), ("petition", PetitionDialog), ("document_request", DocumentRequestDialog),
    ("field_visit", FieldVisitDialog),
)


def yes_no(value: object) -> str:
    if value:
        return QCoreApplication.translate("RegistersArea", "Yes")
    return QCoreApplication.translate("RegistersArea", "No")


INTERVIEW_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Inspected unit"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Interviewee"), lambda r: r.interviewee_name),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Post"), lambda r: r.interviewee_post),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Category"), lambda r: r.category,
           lambda r: label(r.category, InterviewCategory)),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Time"), lambda r: r.talk_time),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Signed by interviewee"), lambda r: r.signed, lambda r: yes_no(r.signed)),
)
PETITION_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Petition no."), lambda r: r.petition_no),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Inspected unit"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Channel"), lambda r: r.channel,
           lambda r: label(r.channel, PetitionChannel)),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Received"), lambda r: r.received_at),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Unit reflected on"), lambda r: r.reflected_unit),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Summary"), lambda r: r.summary, tooltip=True),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Disposition"), lambda r: r.disposition,
           lambda r: label(r.disposition, PetitionDisposition)),
)
DOCUMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Inspected unit"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Materials requested"), lambda r: r.content, tooltip=True),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Requested"), lambda r: r.request_time),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Items"), lambda r: r.item_count, right_aligned=True),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Signed by leader"), lambda r: r.leader_signed,
           lambda r: yes_no(r.leader_signed)),
)
VISIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Inspected unit"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Place"), lambda r: r.target_place),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Date"), lambda r: r.visit_date),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Purpose"), lambda r: r.purpose, tooltip=True),
    Column(QT_TRANSLATE_NOOP("RegistersArea", "Result"), lambda r: r.result_text, tooltip=True),
)


class RegistersArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Registers"), parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addWidget(self.tabs, 1)
        self.dialogs: list[RegisterDialog] = []
        self.registers: list[tuple[str, Callable[[WorkspaceSession], Sequence[Any]], RecordTableModel, ListPage]] = []
        self._add(self.tr("Interviews"), list_interviews, INTERVIEW_COLUMNS,
                  self.tr("No interviews registered yet."), (150, 190, 110, 200, 80, 140, 90), 3)
        self._add(self.tr("Petitions"), list_petitions, PETITION_COLUMNS,
                  self.tr("No petitions registered yet."), (150, 190, 70, 140, 170, 320, 120), 5)
        self._add(self.tr("Document requests"), list_document_requests, DOCUMENT_COLUMNS,
                  self.tr("No document requests registered yet."), (150, 190, 360, 140, 60, 90), 2)
        self._add(self.tr("Field visits"), list_field_visits, VISIT_COLUMNS,
                  self.tr("No field visits registered yet."), (150, 190, 200, 100, 260, 260), 5)
        self.tabs.currentChanged.connect(self._update_buttons)
        self.refresh()

    def _add(self, title: str, query: Callable[[WorkspaceSession], Sequence[Any]], columns: Sequence[Column],
             empty_text: str, widths: tuple[int, ...], stretch: int) -> None:
        model = RecordTableModel(CONTEXT, columns, self)
        proxy = sort_proxy(model)
        proxy.setParent(self)
        page = ListPage(model, empty_text, view=make_table(proxy), column_widths=widths, stretch_column=stretch)
        page.view.doubleClicked.connect(self._open_index)
        page.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.addTab(page, title)
        self.registers.append((title, query, model, page))

    def refresh(self) -> None:
        if self.ws is None:
            return
        total = 0
        for number, (title, query, model, _page) in enumerate(self.registers):
            model.set_rows(query(self.ws))
            total += model.rowCount()
            self.tabs.setTabText(number, f"{title} ({model.rowCount()})")
        self.info_label.setText(self.tr("%n entry(ies) in the four registers", "", total))
        self._update_buttons()

    # ---- entries ----

    def current_kind(self) -> tuple[str, type[RegisterDialog]]:
        return KINDS[self.tabs.currentIndex()]

    def selected_ids(self) -> list[str]:
        page = self.registers[self.tabs.currentIndex()][3]
        rows = page.view.selectionModel().selectedRows()
        return [str(index.data(ID_ROLE)) for index in rows if index.data(ID_ROLE)]

    def _update_buttons(self, *_: object) -> None:
        chosen = len(self.selected_ids()) if self.ws is not None else 0
        self.new_button.setEnabled(self.ws is not None)
        self.edit_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen == 1)

    def open_dialog(self, entry_id: str | None) -> RegisterDialog | None:
        """The register's form (new, or on ``entry_id``), non-blocking; the lists refresh after each save."""
        if self.ws is None:
            return None
        _kind, dialog_class = self.current_kind()
        try:
            dialog = dialog_class(self.ws, entry_id, self.window())
        except DomainError as error:
            show_error(self, error)
            return None
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.findings.changed.connect(self.refresh)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.show()
        return dialog

    def new_entry(self) -> RegisterDialog | None:
        return self.open_dialog(None)

    def edit_current(self) -> RegisterDialog | None:
        ids = self.selected_ids()
        return self.open_dialog(ids[0]) if len(ids) == 1 else None

    def _open_index(self, index: QModelIndex) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id:
            self.open_dialog(str(entry_id))

    def delete_current(self) -> bool:
        """Ask why, then tombstone the entry (it stays in the history, marked deleted, with the reason)."""
        ids = self.selected_ids()
        if self.ws is None or len(ids) != 1:
            return False
        kind, _dialog = self.current_kind()
        reason, ok = QInputDialog.getText(
            self, self.tr("Delete entry"),
            self.tr("Why is this entry deleted? It disappears from the register but stays in the history with "
                    "your reason; links from findings to it are removed."), QLineEdit.EchoMode.Normal, "")
        if not ok:
            return False
        if not reason.strip():
            QMessageBox.information(self, self.tr("Delete entry"), self.tr("Nothing was deleted: give a reason."))
            return False
        try:
            delete_entry(self.ws, kind, ids[0], reason)
        except DomainError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    def clear(self) -> None:
        for dialog in list(self.dialogs):  # the workspace is being locked: no form stays open on it
            dialog.evidence.clear()
            dialog.done(0)
            dialog.deleteLater()
        self.dialogs.clear()
        super().clear()
        self._update_buttons()
        for _title, _query, model, _page in self.registers:
            model.clear()
