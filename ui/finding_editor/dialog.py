"""The working-paper editor (问题底稿): every field of a finding, its evidence, its history and the review
steps this user may take. Saving a new paper keeps the window open on it (so evidence can be attached);
``saved`` is emitted after every write so the list can refresh."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.entities import Finding
from models.enums import FindingStatus, Role, WorkspaceKind
from services.clue_referrals import last_referral, refer_finding
from services.errors import DomainError, FieldProblem, InvalidFieldsError, StaleEditError
from services.findings import create_finding, load_finding_input, update_finding, validate_finding
from services.findings_validation import FindingInput
from services.queries.waiting_edits import waiting_edits_of
from services.review import EDIT, allowed_actions, history, person_name, revert, review, sign
from services.workspace import WorkspaceSession
from ui.evidence.panel import EvidencePanel
from ui.finding_editor.form import FindingForm
from ui.finding_editor.review_bar import HistoryView, RevertDialog, ReviewBar
from ui.i18n import current_language
from ui.messages import field_problem_text, show_error
from ui.sync import waiting_text

SIZE = (1060, 700)  # fits a 1366x768 screen with the task bar and the title bar, at 100 % scaling
SCREEN_MARGIN = (40, 80)  # left for the frame, the title bar and the task bar
FINISHED = frozenset({FindingStatus.CLOSED.value, FindingStatus.WITHDRAWN.value})


def fit_to_screen(dialog: QWidget) -> None:
    """At most SIZE, and never larger than the screen it opens on: a 1366x768 laptop at 125 % scaling is
    1093x614 logical pixels, where 700 pixels ran off the bottom with the buttons."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = max(min(SIZE[0], room.width() - SCREEN_MARGIN[0]), dialog.minimumSizeHint().width())
    height = max(min(SIZE[1], room.height() - SCREEN_MARGIN[1]), dialog.minimumSizeHint().height())
    dialog.resize(width, height)


class FindingEditor(QDialog):
    saved = Signal(str)

    def __init__(self, ws: WorkspaceSession, finding_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.finding_id = finding_id
        self.version = 0
        self.steps: list[str] = [EDIT]
        self.saved_input: FindingInput | None = None
        self.resize(*SIZE)
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.waiting_label = QLabel()  # the laptop's edits of this paper that wait in HQ's conflict inbox
        self.waiting_label.setObjectName("hintBox")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.hide()
        self.form = FindingForm(ws)
        self.evidence = EvidencePanel(ws, "finding", finding_id)
        self.evidence_tab = self.form.addTab(self.evidence, self.tr("Evidence"))
        self.history = HistoryView()
        self.history_tab = self.form.addTab(self.history, self.tr("History"))
        self.review_bar = ReviewBar()
        self.review_bar.review_requested.connect(lambda: self.take_step("review"))
        self.review_bar.sign_requested.connect(lambda: self.take_step("sign"))
        self.review_bar.revert_requested.connect(lambda: self.take_step("revert"))
        self.other_problems = QLabel()
        self.other_problems.setObjectName("errorLabel")
        self.other_problems.setWordWrap(True)
        self.other_problems.hide()
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(self.tr("Save"),
                                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.refer_button = self.buttons.addButton(self.tr("Refer to the clue officer…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.refer_button.clicked.connect(lambda: self.refer_to_clue_officer())
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.other_problems)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._update_title)
        self.reload()
        fit_to_screen(self)

    # ---- state ----

    def reload(self) -> None:
        """Read the paper (or start a new one) and show only what this user may do with it."""
        finding: Finding | None = None
        names: dict[str, str] = {}
        if self.finding_id is None:
            data = FindingInput(discovered_by=self.ws.actor.name, discovered_at=self.ws.clock.now().date())
            if len(self.form.orgs) == 1:
                data.org_id = self.form.orgs[0].org_id
            self.form.set_input(data)
            self.steps = [EDIT]
        else:
            data, self.version = load_finding_input(self.ws, self.finding_id)
            with self.ws.read() as session:
                finding = session.get(Finding, self.finding_id)
                assert finding is not None
                self.steps = allowed_actions(self.ws, finding)
                names = {key: person_name(session, getattr(finding, key))
                         for key in ("drafted_by", "reviewed_by", "signed_by")}
            snapshot = " / ".join(filter(None, (finding.category_l1, finding.category_l2, finding.category_l3)))
            self.form.set_input(data, category_snapshot=snapshot or None)
            self.history.set_entries(history(self.ws, self.finding_id))
        self.finding = finding
        self.saved_input, _ = self.form.to_input()
        editable = EDIT in self.steps
        self.form.set_read_only(not editable, org_locked=finding is not None and len(self.form.orgs) <= 1)
        self.save_button.setVisible(editable)
        self.evidence.set_owner("finding", self.finding_id)
        self.evidence.set_read_only(not editable)
        self.form.setTabEnabled(self.history_tab, finding is not None)
        self.review_bar.set_state(finding, self.steps, names)
        self._show_referral()
        self._show_waiting()
        self.other_problems.hide()
        self._update_title()

    def _show_waiting(self) -> None:
        """On a team laptop, the edits of this paper HQ holds in its conflict inbox (HQ's value is shown meanwhile):
        named until HQ's update says they are resolved."""
        edits = [] if self.finding_id is None or self.ws.kind is not WorkspaceKind.TEAM else waiting_edits_of(
            self.ws, entity="finding", entity_id=self.finding_id, language=current_language())
        self.waiting_label.setText("\n".join([waiting_text.heading(), *(f"• {waiting_text.sentence(e)}"
                                                                         for e in edits)]))
        self.waiting_label.setVisible(bool(edits))

    def is_dirty(self) -> bool:
        if EDIT not in self.steps:
            return False
        current, bad = self.form.to_input()
        return bool(bad) or current != self.saved_input

    def _update_title(self) -> None:
        finding = self.finding
        title = self.tr("New working paper") if finding is None else f"{finding.code}  {finding.title}"
        self.heading.setText(title)
        self.setWindowTitle(("* " if self.is_dirty() else "") + title)

    # ---- writing ----

    def show_problems(self, problems: list[FieldProblem]) -> None:
        orphans = self.form.show_problems(problems)
        self.other_problems.setText("\n".join(field_problem_text(p) for p in orphans))
        self.other_problems.setVisible(bool(orphans))

    def save(self) -> bool:
        """Write the form; True when saved. Problems are shown beside their fields."""
        if EDIT not in self.steps:
            return False
        data, bad = self.form.to_input()
        try:
            if bad:
                with self.ws.read() as session:
                    others = validate_finding(session, self.ws, data, finding_id=self.finding_id)
                unread = {p.field for p in bad}
                raise InvalidFieldsError([*bad, *(p for p in others if p.field not in unread)])
            if self.finding_id is None:
                self.finding_id = create_finding(self.ws, data)
            else:
                update_finding(self.ws, self.finding_id, data, expected_version=self.version)
        except InvalidFieldsError as error:
            self.show_problems(error.problems)
            return False
        except StaleEditError as error:
            show_error(self, error)
            return False
        except DomainError as error:
            show_error(self, error)
            return False
        self.reload()
        self.saved.emit(self.finding_id)
        return True

    def take_step(self, step: str) -> None:
        """Review, sign or revert. Unsaved edits are saved first (a review passes what is on screen)."""
        if self.finding_id is None or step not in self.steps:
            return
        if self.is_dirty() and not self.save():
            return
        try:
            if step == "review":
                review(self.ws, self.finding_id, expected_version=self.version)
            elif step == "sign":
                sign(self.ws, self.finding_id, expected_version=self.version)
            else:
                dialog = RevertDialog(self.finding is not None and self.finding.status == "signed", self)
                while True:
                    if dialog.exec() != QDialog.DialogCode.Accepted:
                        return
                    try:
                        revert(self.ws, self.finding_id, dialog.text(), expected_version=self.version)
                        break
                    except InvalidFieldsError as error:
                        dialog.show_problem(error.problems[0])
        except InvalidFieldsError as error:
            self.show_problems(error.problems)
            return
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return
        self.reload()
        self.saved.emit(self.finding_id)

    # ---- passing a possible clue on ----

    def may_refer(self) -> bool:
        """Passing a paper to the clue officer is offered on a saved paper that is still being worked on, to whom
        cannot judge clues himself: not to the clue officer or HQ's administrator (they read the compartment and
        open a clue themselves), and not on a closed or withdrawn paper."""
        finding = self.finding
        if self.finding_id is None or finding is None:
            return self.finding_id is not None
        if self.ws.actor.role in (Role.CLUE_OFFICER, Role.HQ_ADMIN):
            return False
        return finding.status not in FINISHED

    def _show_referral(self) -> None:
        """Any other role may pass a saved, unfinished paper to the clue officer; the button says when it last was."""
        self.refer_button.setVisible(self.may_refer())
        when = last_referral(self.ws, self.finding_id) if self.finding_id is not None else None
        self.refer_button.setToolTip(
            self.tr("Passes this working paper to the clue officer, who decides whether it holds a clue. "
                    "Nothing about the clue is written here.") if when is None else
            self.tr("Last passed to the clue officer on %1.").replace("%1", f"{when:%Y-%m-%d %H:%M}"))

    def refer_to_clue_officer(self, ask: bool = True) -> bool:
        """Record the referral (an audit event naming the finding only); True when recorded."""
        if self.finding_id is None or not self.may_refer():
            return False
        if ask and QMessageBox.question(
            self, self.tr("Refer to the clue officer"),
            self.tr("Pass this working paper to the clue officer for a decision on a possible clue?\n\n"
                    "Only the paper's number is passed on; put what you know in the paper itself."),
        ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            refer_finding(self.ws, self.finding_id)
        except DomainError as error:
            show_error(self, error)
            return False
        self._show_referral()
        return True

    # ---- closing ----

    def may_close(self) -> bool:
        """Ask about unsaved edits: save them, drop them, or stay."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("This working paper has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Escape, the Close button and the window's close box all come here
        if self.may_close():
            super().reject()
