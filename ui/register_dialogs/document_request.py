"""调阅资料: the form of one request list — what was asked for, when, the leader's signature — and its items
with their provision and return (归还)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.entities import DocumentRequest, DocumentRequestItem
from services.document_requests import (
    ITEM,
    DocumentRequestInput,
    RequestItemInput,
    create_document_request,
    request_input,
    update_document_request,
)
from services.errors import FieldProblem
from services.registers import Entry
from ui.messages import field_problem_text
from ui.register_dialogs.base import RegisterDialog
from ui.register_dialogs.widgets import DateTimeField, MemberCombo, RowsTable

ITEM_KEYS = ("item_name", "count", "material_type", "origin_type", "time_limit", "provider_name", "provided_at",
             "returned", "returned_to", "returned_at")
ITEM_WIDTHS = (170, 50, 90, 90, 95, 80, 95, 70, 90)


class ItemsTable(RowsTable):
    """The requested items; "returned" is a tick box, the dates are typed as 2026-09-03."""

    def add_row(self, values: dict[str, object] | None = None, row_id: str | None = None, *,
                start_editing: bool = False) -> int:
        values = dict(values or {})
        returned = bool(values.pop("returned", False))
        values.setdefault("count", 1)
        row = super().add_row(values, row_id, start_editing=start_editing)
        box = QTableWidgetItem()
        box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        box.setCheckState(Qt.CheckState.Checked if returned else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.keys.index("returned"), box)
        return row

    def returned(self, row: int) -> bool:
        item = self.table.item(row, self.keys.index("returned"))
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def mark_returned(self, today: str) -> None:
        """The selected items (or the current one) came back today."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()} or {self.table.currentRow()}
        for row in sorted(r for r in rows if r >= 0):
            item = self.table.item(row, self.keys.index("returned"))
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)
            date_item = self.table.item(row, self.keys.index("returned_at"))
            if date_item is not None and not date_item.text().strip():
                date_item.setText(today)


class DocumentRequestDialog(RegisterDialog):
    KIND = "document_request"
    ENTITY = DocumentRequest

    def build_form(self) -> None:
        self.requester_combo = MemberCombo()
        self.content_edit = QPlainTextEdit()
        self.content_edit.setMaximumHeight(90)
        self.time_field = DateTimeField()
        self.signed_box = QCheckBox(self.tr("The team leader signed the request"))
        self.signed_at_field = DateTimeField()
        self.add_field("requester_id", self.requester_combo)
        self.add_field("request_time", self.time_field)
        self.add_field("content", self.content_edit, 1)
        self.add_field("leader_signed", self.signed_box)
        self.add_field("leader_signed_at", self.signed_at_field, 1)
        headers = [self.label_of(key, DocumentRequestItem) for key in ITEM_KEYS]
        self.items = ItemsTable(ITEM_KEYS, headers, widths=ITEM_WIDTHS)
        self.items.table.setMinimumHeight(200)
        self.return_button = QPushButton(self.tr("Mark selected as returned today"))
        self.return_button.clicked.connect(self._mark_returned)
        self.items.buttons.insertWidget(2, self.return_button)
        self.items_problems = QLabel()
        self.items_problems.setObjectName("errorLabel")
        self.items_problems.setWordWrap(True)
        self.items_problems.hide()
        items_layout = self.items.layout()  # the row table's own column layout
        assert items_layout is not None
        items_layout.addWidget(self.items_problems)
        self.items_caption = QLabel(self.tr("Items requested (dates as 2026-09-03)"))
        self.items_caption.setObjectName("sectionTitle")
        self._items_host().addWidget(self.items_caption)
        self._items_host().addWidget(self.items, 1)
        self.signed_box.toggled.connect(self._signed_changed)
        self.item_rows: list[int] = []

    def _items_host(self) -> Any:
        """The items table spans both columns, below them."""
        if not hasattr(self, "_host"):
            scroll = self.tabs.widget(0)
            assert isinstance(scroll, QScrollArea)
            old = scroll.takeWidget()
            holder = QWidget()
            self._host = QVBoxLayout(holder)
            self._host.setContentsMargins(0, 0, 0, 0)
            self._host.addWidget(old)
            scroll.setWidget(holder)
        return self._host

    def _signed_changed(self, signed: bool) -> None:
        self.signed_at_field.setEnabled(signed)
        if signed and self.signed_at_field.date.edit.text() == "":
            self.signed_at_field.set_value(self.ws.clock.now().astimezone().replace(tzinfo=None, second=0,
                                                                                   microsecond=0))

    def _mark_returned(self) -> None:
        self.items.mark_returned(self.ws.clock.now().astimezone().date().isoformat())

    def members_changed(self) -> None:
        self.requester_combo.set_members(self.members, self.tr("(nobody named)"))

    def fill(self, row: Entry | None) -> None:
        if isinstance(row, DocumentRequest):
            data, _version = request_input(self.ws, row.id)
        else:
            data = DocumentRequestInput(assignment_id=self.assignment_id(), request_time=self.ws.clock.now()
                                        .astimezone().replace(tzinfo=None, second=0, microsecond=0))
        self.requester_combo.set_value(data.requester_id)
        self.content_edit.setPlainText(data.content)
        self.time_field.set_value(data.request_time)
        self.signed_box.setChecked(data.leader_signed)
        self.signed_at_field.set_value(data.leader_signed_at)
        self.signed_at_field.setEnabled(data.leader_signed)
        self.items.set_rows([{key: getattr(item, key) for key in ITEM_KEYS} for item in data.items],
                            [item.id for item in data.items])

    def collect(self) -> DocumentRequestInput:
        items = []
        self.item_rows = []
        for row in range(self.items.table.rowCount()):
            text = {key: self.items.text(row, key) for key in ITEM_KEYS if key != "returned"}
            blank = not any(v for k, v in text.items() if k != "count") and text["count"] in ("", "1")
            if blank and not self.items.returned(row):  # an untouched row (its count shows the default 1)
                continue
            count_text = text.pop("count")
            try:
                count = int(count_text) if count_text else 1
            except ValueError:
                self.local_problems.append(FieldProblem("count", "not_a_number", {"value": count_text},
                                                        entity=ITEM, row=row + 1))
                count = 1
            self.item_rows.append(row + 1)
            items.append(RequestItemInput(id=self.items.row_id(row), count=count, returned=self.items.returned(row),
                                          **text))
        return DocumentRequestInput(
            assignment_id=self.assignment_id(), requester_id=self.requester_combo.value(),
            content=self.content_edit.toPlainText(), request_time=self.date_value("request_time", self.time_field),
            leader_signed=self.signed_box.isChecked(),
            leader_signed_at=self.date_value("leader_signed_at", self.signed_at_field), items=items)

    def write(self, data: DocumentRequestInput) -> str:
        if self.entry_id is None:
            return create_document_request(self.ws, data)
        return update_document_request(self.ws, self.entry_id, data, expected_version=self.version)

    def clear_problems(self) -> None:
        super().clear_problems()
        self.items_problems.hide()
        for row in range(self.items.table.rowCount()):
            self.items.mark_row(row + 1, False)

    def show_row_problems(self, problems: list[FieldProblem]) -> None:
        # the service numbers the items it was given; empty rows were left out, so go back to the table's rows
        problems = [replace(p, row=self.item_rows[p.row - 1]) if p.entity == ITEM and p.row and p.row <= len(
            self.item_rows) and p.reason != "not_a_number" else p for p in problems]
        for problem in problems:
            if problem.row is not None:
                self.items.mark_row(problem.row, True)
        self.items_problems.setText("\n".join(field_problem_text(p) for p in problems))
        self.items_problems.setVisible(bool(problems))

    def entry_title(self) -> str:
        if self.entry_id is None:
            return self.tr("New document request")
        return self.tr("Document request %1").replace("%1", self.code)
