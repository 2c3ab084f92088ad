"""登记簿: the four fact-finding registers, one tab each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from models.enums import InterviewCategory, PetitionChannel, PetitionDisposition
from services.queries.registers import list_document_requests, list_field_visits, list_interviews, list_petitions
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.i18n import label
from ui.item_models.records import Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy

CONTEXT = "RegistersArea"


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
        self.body.addWidget(self.tabs, 1)
        self.registers: list[tuple[str, Callable[[WorkspaceSession], Sequence[Any]], RecordTableModel, ListPage]] = []
        self._add(self.tr("Interviews"), list_interviews, INTERVIEW_COLUMNS,
                  self.tr("No interviews registered yet."), (150, 190, 110, 200, 80, 140, 90), 3)
        self._add(self.tr("Petitions"), list_petitions, PETITION_COLUMNS,
                  self.tr("No petitions registered yet."), (150, 190, 70, 140, 170, 320, 120), 5)
        self._add(self.tr("Document requests"), list_document_requests, DOCUMENT_COLUMNS,
                  self.tr("No document requests registered yet."), (150, 190, 360, 140, 60, 90), 2)
        self._add(self.tr("Field visits"), list_field_visits, VISIT_COLUMNS,
                  self.tr("No field visits registered yet."), (150, 190, 200, 100, 260, 260), 5)
        self.refresh()

    def _add(self, title: str, query: Callable[[WorkspaceSession], Sequence[Any]], columns: Sequence[Column],
             empty_text: str, widths: tuple[int, ...], stretch: int) -> None:
        model = RecordTableModel(CONTEXT, columns, self)
        proxy = sort_proxy(model)
        proxy.setParent(self)
        page = ListPage(model, empty_text, view=make_table(proxy), column_widths=widths, stretch_column=stretch)
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

    def clear(self) -> None:
        super().clear()
        for _title, _query, model, _page in self.registers:
            model.clear()
