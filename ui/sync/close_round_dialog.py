"""Close out a round (清退) on a team laptop: pick the round, see whether HQ has confirmed all of it, type its
title to confirm, and wipe it on the TaskRunner (services/sync/closeout/wipe.close_round; team leader only).

The wipe cannot be undone: the OK button stays off until HQ's acknowledgement covers the round and the title
typed matches. When it is done the dialog says what was removed and ``result`` holds the CloseReport.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from services.errors import DomainError
from services.progress import CancelToken, Progress
from services.sync.closeout.wipe import CloseReport, Coverage, close_round, coverage, rounds
from services.workspace import WorkspaceSession
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import show_error
from ui.tasks import TaskRunner

STAGES = {
    "checking": QT_TRANSLATE_NOOP("Tasks", "Checking HQ's confirmation…"),
    "wipe_changes": QT_TRANSLATE_NOOP("Tasks", "Removing confirmed change records…"),
    "wipe_rows": QT_TRANSLATE_NOOP("Tasks", "Removing the round's records…"),
    "wipe_blobs": QT_TRANSLATE_NOOP("Tasks", "Removing attachments…"),
    "wipe_index": QT_TRANSLATE_NOOP("Tasks", "Tidying the search index…"),
    "compact": QT_TRANSLATE_NOOP("Tasks", "Rewriting the database files…"),
}
OK_STYLE = "color: #1b6e3a;"
BAD_STYLE = "color: #b3261e;"


class CloseRoundDialog(QDialog):
    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.result: CloseReport | None = None  # type: ignore[assignment]  # hides QDialog.result(), the exit code, which no caller asks of this dialog
        self.cover: Coverage | None = None
        self.setWindowTitle(self.tr("Close out a round"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Closing out removes the round's records, attachments and confirmed change records from this laptop "
            "for good, once HQ has confirmed that it holds all of them. The removal is recorded in the audit "
            "trail and cannot be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = QComboBox()
        for round_id, title in rounds(ws):
            self.picker.addItem(title, round_id)
        self.picker.currentIndexChanged.connect(self._check)
        form.addRow(self.tr("Round:"), self.picker)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.tr("HQ's confirmation:"), self.status)
        self.confirm = QLineEdit()
        self.confirm.textChanged.connect(self._update_ok)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        form.addRow(self.confirm_label)
        form.addRow(self.tr("Round title:"), self.confirm)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(self.tr("Close out round"))
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _title(self) -> str:
        return self.picker.currentText()

    def _check(self) -> None:
        round_id = self.picker.currentData()
        self.confirm.clear()
        self.cover = None
        if round_id is None:
            self.status.setText(self.tr("This workspace holds no round."))
            self.status.setStyleSheet("")
        elif self.ws.actor.role != Role.TEAM_LEADER:
            self.status.setText(self.tr("Only the team leader closes out a round."))
            self.status.setStyleSheet(BAD_STYLE)
        else:
            self.cover = cover = coverage(self.ws, round_id)
            if cover.ok:
                self.status.setText(self.tr("HQ has confirmed everything of this round (%n record(s)).", "",
                                            cover.rows))
                self.status.setStyleSheet(OK_STYLE)
            else:
                self.status.setText(self.tr(
                    "Not yet confirmed by HQ: %1 change(s), %2 clue change(s), %3 audit record(s). Export a package "
                    "for HQ, import HQ's update package, then close out.")
                    .replace("%1", str(cover.unacked_changes)).replace("%2", str(cover.unacked_clue_changes))
                    .replace("%3", str(cover.unacked_audit)))
                self.status.setStyleSheet(BAD_STYLE)
        ready = self.cover is not None and self.cover.ok
        self.confirm.setEnabled(ready)
        self.confirm_label.setText(self.tr("To confirm, type the round's title: %1").replace("%1", self._title())
                                   if ready else "")
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self.cover is not None and self.cover.ok
        self.ok.setEnabled(ready and self.confirm.text().strip() == self._title())

    def _start(self) -> None:
        round_id = self.picker.currentData()
        if not self.ok.isEnabled() or round_id is None:
            return
        self.ok.setEnabled(False)

        def work(progress: Progress, cancel: CancelToken) -> CloseReport:
            return close_round(self.ws, round_id, progress=progress, cancel=cancel)

        self.runner.start(work, parent=self, title=self.tr("Close out a round"), label=self.tr("Closing out…"),
                          on_done=self._done, on_error=self._failed, on_cancel=self._check, stages=STAGES)

    def _done(self, report: CloseReport) -> None:
        self.result = report
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            show_error(self, error)
            self._check()
        else:
            self.runner.report_error(self, error)
