"""HQ's conflict inbox: the list of conflicts, and for the chosen one the value before both changes, HQ's current
value and the team's incoming value side by side (read-only), an editable merged value, and three ways out:
keep current, take incoming, use the edited value. A resolution is a change of its own (services/sync/
conflicts.resolve): audited, and sent to the team with the next update package.

``ConflictInbox`` is a widget (the packages area embeds it); ``ConflictInboxDialog`` shows it on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from services.errors import DomainError, InvalidFieldsError
from services.sync.conflicts.inbox import ConflictDetail, conflict, list_conflicts, resolve
from services.workspace import WorkspaceSession
from ui.i18n import current_language
from ui.item_models.conflicts import ConflictTableModel, field_text, kind_text, record_text
from ui.list_page import centred_message, make_table
from ui.messages import field_problem_text, show_error
from ui.tasks import TaskRunner


def _read_only_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(90)
    return box


class ConflictInbox(QWidget):
    """The inbox. ``resolved(change_id)`` and ``changed()`` after each resolution; ``count_changed(open)`` after
    each reload. ``refresh()`` reloads (after an import), ``clear()`` empties it (before the workspace locks)."""

    resolved = Signal(str)
    changed = Signal()
    count_changed = Signal(int)

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.detail: ConflictDetail | None = None
        self.model = ConflictTableModel(self)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("conflictSummary")
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts too"))
        self.show_resolved.toggled.connect(self.reload)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_resolved)
        layout.addLayout(top)

        self.table = make_table(self.model, sortable=False)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.empty, self.empty_label = centred_message(self.tr(
            "No conflicts are waiting. When a package brings a change that clashes with HQ's own, it is listed "
            "here and the record keeps HQ's value until someone decides."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.reload()

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.heading, 0, 0, 1, 3)
        empty = self.tr("(empty)")
        self.base, self.current, self.incoming = _read_only_box(empty), _read_only_box(empty), _read_only_box(empty)
        self.captions = (QLabel(), QLabel(), QLabel())
        self.grid = grid
        for column, (label, box) in enumerate(zip(self.captions, (self.base, self.current, self.incoming),
                                                  strict=True)):
            grid.addWidget(label, 1, column)
            grid.addWidget(box, 2, column)
        self.merged_caption = QLabel()
        grid.addWidget(self.merged_caption, 3, 0, 1, 3)
        self.merged = QPlainTextEdit()
        self.merged.setMinimumHeight(60)
        self.merged.setMaximumHeight(110)
        grid.addWidget(self.merged, 4, 0, 1, 3)
        self.number = QLineEdit()  # duplicate_key: just the number
        self.number.setObjectName("conflictNumber")
        self.number.returnPressed.connect(self._merge_clicked)
        self.number.hide()
        grid.addWidget(self.number, 4, 0, 1, 3)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        grid.addWidget(self.problem, 5, 0, 1, 3)
        buttons = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons.addWidget(self.note, 1)
        self.keep_button = QPushButton(self.tr("Keep current"))
        self.take_button = QPushButton(self.tr("Take incoming"))
        self.merge_button = QPushButton(self.tr("Use edited value"))
        self.keep_button.clicked.connect(lambda: self._resolve(keep="current"))
        self.take_button.clicked.connect(lambda: self._resolve(keep="incoming"))
        self.merge_button.clicked.connect(lambda: self._resolve(value=self._typed()))
        for button in (self.keep_button, self.take_button, self.merge_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 6, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self._set_texts("field", True)
        return panel

    def _merge_clicked(self) -> None:
        self.merge_button.click()

    def _typed(self) -> str:
        number = self.detail is not None and self.detail.view.kind == "duplicate_key"
        return self.number.text() if number else self.merged.toPlainText()

    # ---- loading ----

    def refresh(self) -> None:
        self.reload()

    def clear(self) -> None:
        self.model.clear()
        self.stack.setCurrentWidget(self.empty)
        self._show(-1)

    def reload(self) -> None:
        chosen = self.detail.view.conflict_id if self.detail else None
        views = list_conflicts(self.ws, status="all" if self.show_resolved.isChecked() else "open",
                               language=current_language())
        self.model.set_rows(views)
        waiting = sum(1 for view in views if view.status == "open")
        self.summary.setText(self.tr("%n conflict(s) waiting for a decision.", "", waiting) if waiting
                             else self.tr("No conflicts waiting."))
        self.stack.setCurrentWidget(self.table if views else self.empty)
        rows = [i for i, view in enumerate(views) if view.conflict_id == chosen] or ([0] if views else [])
        if rows:
            self.table.selectRow(rows[0])
            self._show(rows[0])
        else:
            self._show(-1)
        self.table.resizeColumnsToContents()
        self.count_changed.emit(waiting)

    def _may_resolve(self, clue: bool) -> bool:
        roles = (Role.HQ_ADMIN, Role.CLUE_OFFICER) if clue else (Role.HQ_ADMIN,)
        return self.ws.actor.role in roles

    def _show(self, row: int) -> None:
        self.problem.clear()
        if row < 0 or row >= self.model.rowCount():
            self.detail = None
            for box in (self.base, self.current, self.incoming, self.merged, self.number):
                box.clear()
            self._set_texts("field", True)
            self.heading.setText(self.tr("Choose a conflict in the list."))
            self.note.clear()
            for widget in (self.keep_button, self.take_button, self.merge_button, self.merged, self.number):
                widget.setEnabled(False)
            return
        view = self.model.view_at(row)
        self.detail = detail = conflict(self.ws, view.conflict_id, language=current_language())
        team = self.tr("team %1").replace("%1", str(view.team_no)) if view.team_no else ""
        self.heading.setText(f"<b>{record_text(view)}</b> · {field_text(view)} · {kind_text(view.kind)}"
                             + (f" · {team}" if team else "")
                             + (f" · {view.device_label}" if view.device_label else ""))
        self.base.setPlainText(detail.base)
        self.current.setPlainText(detail.current)
        self.incoming.setPlainText(detail.incoming)
        is_open = view.status == "open"
        allowed = is_open and self._may_resolve(view.clue)
        new_row = view.kind == "duplicate_key" and isinstance(detail.incoming_value, dict)  # a new record's number
        self._set_texts(view.kind, not new_row)
        number = view.kind == "duplicate_key"
        typed = detail.resolved_value if not is_open else detail.suggested_value if number else detail.current
        self.merged.setPlainText("" if number else typed or "")
        self.number.setText((typed or "") if number else "")
        for button, choice in ((self.keep_button, "current"), (self.take_button, "incoming"),
                               (self.merge_button, "value")):
            button.setVisible(choice in detail.choices or view.kind == "field")
            button.setEnabled(allowed and choice in detail.choices)
        self.merged.setEnabled(allowed and "value" in detail.choices)
        self.number.setEnabled(allowed and "value" in detail.choices)
        notes = {"duplicate_key": self.tr("Give the incoming record a number that is not used yet.") if new_row
                 else self.tr("The team gave this record a number another record already has: keep its number "
                              "or give it a free one."),
                 "delete_vs_edit": self.tr("The team deleted this record while HQ edited it."),
                 "edit_vs_delete": self.tr("HQ deleted this record while the team edited it.")}
        if not is_open:
            self.note.setText(self.tr("Resolved. The decision goes to the team with the next update package."))
        elif not self._may_resolve(view.clue):
            self.note.setText(self.tr("Only the HQ administrator resolves conflicts."))
        else:
            marked = self.tr("● marks the fields where the two sides differ.")
            self.note.setText(notes.get(view.kind, "") + (" " + marked if "● " in detail.current + detail.incoming
                                                          else ""))

    def _set_texts(self, kind: str, with_base: bool) -> None:
        """Captions, buttons and the editor for the conflict's kind: a field's three values and a merged text;
        a duplicate number's records and just a new number; a deletion's two states and no editor."""
        if kind == "duplicate_key" and not with_base:
            captions = (self.tr("Before both changes"), self.tr("Record that already has this number"),
                        self.tr("Incoming record with the same number"))
        else:
            captions = (self.tr("Before both changes"), self.tr("HQ now (current)"), self.tr("Incoming from the team"))
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(f"<b>{caption}</b>")
        with_base = with_base and kind in ("field", "duplicate_key")
        self.captions[0].setVisible(with_base)
        self.base.setVisible(with_base)
        self.grid.setColumnStretch(0, 1 if with_base else 0)
        merged = {"field": self.tr("Merged value (you may edit it)"),
                  "duplicate_key": self.tr("New number for the incoming record") if not with_base
                  else self.tr("Number for this record")}
        self.merged_caption.setText(f"<b>{merged.get(kind, '')}</b>")
        self.merged_caption.setVisible(kind in merged)
        self.merged.setVisible(kind == "field")
        self.number.setVisible(kind == "duplicate_key")
        keep = {"duplicate_key": self.tr("Keep its number"), "delete_vs_edit": self.tr("Keep the record"),
                "edit_vs_delete": self.tr("Keep it deleted")}
        take = {"delete_vs_edit": self.tr("Delete it as the team did"),
                "edit_vs_delete": self.tr("Restore it with the team's changes")}
        self.keep_button.setText(keep.get(kind, self.tr("Keep current")))
        self.take_button.setText(take.get(kind, self.tr("Take incoming")))
        self.merge_button.setText(self.tr("Use this number") if kind == "duplicate_key"
                                  else self.tr("Use edited value"))

    # ---- resolving ----

    def _resolve(self, *, keep: str | None = None, value: str | None = None) -> None:
        if self.detail is None:
            return
        self.problem.clear()
        try:
            change_id = resolve(self.ws, self.detail.view.conflict_id, keep=keep, value=value)  # type: ignore[arg-type]
        except InvalidFieldsError as error:
            self.problem.setText("\n".join(field_problem_text(problem) for problem in error.problems))
            self.merged.setFocus()
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.resolved.emit(change_id)
        self.reload()
        self.changed.emit()


class ConflictInboxDialog(QDialog):
    """The inbox in a window of its own."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflict inbox"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        self.inbox = ConflictInbox(ws, runner, self)
        layout.addWidget(self.inbox)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
