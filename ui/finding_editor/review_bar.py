"""The review bar of a working paper: where it stands (草稿 / 已审核 / 已签字, who drafted, reviewed and
signed it and when) and only the steps this user may take now; the reason dialog of a revert; the history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.entities import Finding
from models.enums import FindingStatus, Role
from services.errors import FieldProblem
from services.review import EDIT, REVERT, REVIEW, SIGN, HistoryEntry
from ui.finding_editor.fields import ProblemLabel
from ui.finding_editor.form import name_of
from ui.i18n import label
from ui.messages import field_problem_text


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class ReviewBar(QWidget):
    """Status and people on the left, the permitted steps on the right."""

    review_requested = Signal()
    sign_requested = Signal()
    revert_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setObjectName("statusCount")
        self.people = QLabel()
        self.people.setObjectName("areaInfo")
        self.people.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("ruleLabel")
        self.hint.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Pass review"))
        self.review_button.setToolTip(self.tr("Deputy leader's review: the paper is checked and may go to the "
                                              "leader for signature."))
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setToolTip(self.tr("Leader's signature on the reviewed paper."))
        self.revert_button = QPushButton(self.tr("Send back…"))
        self.revert_button.setToolTip(self.tr("Take the paper back one step (needs a reason)."))
        self.review_button.clicked.connect(self.review_requested)
        self.sign_button.clicked.connect(self.sign_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.status)
        text.addWidget(self.people)
        text.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text, 1)
        for button in (self.revert_button, self.review_button, self.sign_button):
            layout.addWidget(button)
        self.set_state(None, [], {})

    def set_state(self, finding: Finding | None, actions: list[str], names: dict[str, str]) -> None:
        """Show ``finding``'s step and people; only the buttons of ``actions``."""
        if finding is None:
            self.status.setText(self.tr("New working paper (not saved yet)"))
            self.people.setText(self.tr("Save it first; then it can be reviewed and signed."))
        else:
            self.status.setText(self.tr("Status: %1").replace("%1", label(finding.status, FindingStatus)))
            parts = [self.tr("Drafted by %1 %2").replace("%1", names.get("drafted_by", "—"))
                     .replace("%2", when(finding.drafted_at))]
            if finding.reviewed_by:
                parts.append(self.tr("reviewed by %1 %2").replace("%1", names.get("reviewed_by", ""))
                             .replace("%2", when(finding.reviewed_at)))
            if finding.signed_by:
                parts.append(self.tr("signed by %1 %2").replace("%1", names.get("signed_by", ""))
                             .replace("%2", when(finding.signed_at)))
            self.people.setText(self.tr("; ").join(part.strip() for part in parts))
        self.hint.setText(self.read_only_hint(finding, actions))
        self.hint.setVisible(bool(self.hint.text()))
        self.review_button.setVisible(REVIEW in actions)
        self.sign_button.setVisible(SIGN in actions)
        self.revert_button.setVisible(REVERT in actions)
        if finding is not None and finding.status == FindingStatus.SIGNED.value:
            self.revert_button.setText(self.tr("Withdraw signature…"))
        else:
            self.revert_button.setText(self.tr("Send back…"))


    def read_only_hint(self, finding: Finding | None, actions: list[str]) -> str:
        """Why the fields cannot be changed, when they cannot."""
        if finding is None or EDIT in actions:
            return ""
        if finding.status in (FindingStatus.REVIEWED.value, FindingStatus.SIGNED.value):
            if REVERT in actions:
                return self.tr("A reviewed paper is not edited: send it back to draft first.")
            return self.tr("A reviewed paper is not edited; the deputy leader or the leader can send it back.")
        return self.tr("This paper has left the review and is read-only here.")


class RevertDialog(QDialog):
    """Asks why the paper goes back; refuses an empty reason (the service refuses it too)."""

    def __init__(self, signed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw the signature") if signed else self.tr("Send back to draft"))
        question = QLabel(self.tr("The signature will be withdrawn and the paper returns to “reviewed”. Why?")
                          if signed else
                          self.tr("The review will be undone and the paper returns to “draft” for editing. Why?"))
        question.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("The reason is kept in the paper's history."))
        self.problem = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def try_accept(self) -> None:
        if not self.text():
            self.show_problem(FieldProblem("reason", "required"))
            return
        self.accept()

    def show_problem(self, problem: FieldProblem) -> None:
        self.problem.show_problems([field_problem_text(problem)])
        self.reason.setFocus()


class HistoryView(QTableWidget):
    """The paper's history, newest first: when, who, what (the step, or the fields changed), why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("Step"), self.tr("Details")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for column, width in enumerate((135, 110, 120)):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def step_name(self, entry: HistoryEntry) -> str:
        return {
            "create": self.tr("Created"), "update": self.tr("Edited"), "delete": self.tr("Deleted"),
            "finding_reviewed": self.tr("Reviewed"), "finding_signed": self.tr("Signed"),
            "finding_reverted": self.tr("Sent back"),
        }.get(entry.action, entry.action)

    def details(self, entry: HistoryEntry) -> str:
        if entry.action == "finding_reverted":
            moved = self.tr("%1 → %2").replace("%1", label(entry.status_from, FindingStatus)).replace(
                "%2", label(entry.status_to, FindingStatus))
            return self.tr("%1; reason: %2").replace("%1", moved).replace("%2", entry.reason or "")
        if entry.action in ("update", "create") and entry.fields:
            shown = [name_of(f) for f in entry.fields if f not in ("seq_no", "assignment_id", "category_l1",
                                                                      "category_l2", "category_l3")]
            return self.tr("Fields: %1").replace("%1", self.tr(", ").join(shown)) if entry.action == "update" else ""
        return ""

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.setRowCount(0)
        for entry in reversed(entries):
            row = self.rowCount()
            self.insertRow(row)
            who = f"{entry.who}（{label(entry.role, Role)}）" if entry.role else entry.who
            for column, text in enumerate((when(entry.when), who, self.step_name(entry), self.details(entry))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
