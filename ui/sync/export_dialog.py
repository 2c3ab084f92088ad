"""Export packages: on a team laptop one package for HQ, at HQ one update package per enrolled team device.

The folder is usually a USB stick. The work runs on the TaskRunner's worker (services.sync.exporter / updates);
the dialog shows its progress in place and its Stop button cancels it: the service then leaves no file and no
record behind. When it is done, the dialog says what went into the package(s) and where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.enums import WorkspaceKind
from services.progress import CancelToken, Progress
from services.sync.devices.registry import list_devices
from services.sync.exporter import export_package
from services.sync.report import ExportSummary
from services.sync.updates.hq_export import export_updates
from services.workspace import WorkspaceSession
from ui.background import Background, numbers
from ui.folder_field import FolderField
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Task, TaskRunner

STAGES = {
    "export_blobs": QT_TRANSLATE_NOOP("ExportDialog", "Packing attachments: %1 of %2"),
    "export_devices": QT_TRANSLATE_NOOP("ExportDialog", "Update packages: %1 of %2 devices"),
    "payload": QT_TRANSLATE_NOOP("ExportDialog", "Encrypting…"),
    "write": QT_TRANSLATE_NOOP("ExportDialog", "Writing the package file…"),
}
WORKING = QT_TRANSLATE_NOOP("ExportDialog", "Collecting the changes…")
MB = 1024 * 1024


def megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"


class ExportDialog(QDialog):
    """``ExportDialog(ws, runner, parent)``; after a successful run ``.result`` lists what was written."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None, *,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.hq = ws.kind == WorkspaceKind.HQ
        self.result: list[ExportSummary] = []  # type: ignore[assignment]  # hides QDialog.result(), the exit code, which no caller asks of this dialog
        self.setWindowTitle(self.tr("Export update packages") if self.hq else self.tr("Export a package for HQ"))
        self.setMinimumWidth(620)

        heading = QLabel(self.windowTitle())
        heading.setObjectName("dialogHeading")
        explain = QLabel(
            self.tr("One package per enrolled team laptop: HQ's corrections, rectification status and new "
                    "assignments for that team only, and the acknowledgement of what HQ received. Each package is "
                    "encrypted for its laptop and signed by HQ.") if self.hq else
            self.tr("The package holds every change HQ has not confirmed yet, the audit trail since then and the "
                    "attachments those changes need. It is encrypted for HQ and signed by this laptop. Until HQ "
                    "confirms receipt, every new package carries them again, so a lost stick loses nothing."))
        explain.setWordWrap(True)
        self.folder_field = FolderField(folder, caption=self.tr("Choose the folder for the package"))
        form = QFormLayout()
        form.addRow(self.tr("Save in:"), self.folder_field)
        self.team_combo = QComboBox()
        if self.hq:
            self.team_combo.addItem(self.tr("Every enrolled team"), None)
            for team_no in sorted({d.team_no for d in list_devices(ws)
                                   if d.kind == "team" and d.revoked_at is None and d.team_no is not None}):
                self.team_combo.addItem(self.tr("Team %1").replace("%1", str(team_no)), team_no)
            form.addRow(self.tr("For:"), self.team_combo)
        self.clue_note = QLabel(self.tr("You do not hold the clue key: clue changes are not included. The team "
                                        "leader or the clue officer exports them."))
        self.clue_note.setObjectName("hintBox")
        self.clue_note.setWordWrap(True)
        self.clue_note.setVisible(not self.hq and not ws.can_read_clues)

        self.background = Background(runner, self, describe=self._describe)
        self.background.running_changed.connect(self._set_running)
        self.background.shown.connect(self._fit_height)

        self.buttons = QDialogButtonBox()
        self.go_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setDefault(True)
        self.buttons.addButton(self.background.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.background.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.go_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.clue_note)
        for widget in (self.background.progress_label, self.background.progress_bar, self.background.error_label,
                       self.background.done_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(height, self.sizeHint().height()))

    def show_error(self, text: str) -> None:
        self.background.show_error(text)

    # ---- running ----

    def start(self) -> Task | None:
        folder = self.folder_field.path()
        self.background.hide_messages()
        if folder is None:
            self.show_error(self.tr("Choose the folder (for example the USB stick) to save the package in."))
            return None
        ws, team_no = self.ws, self.team_combo.currentData() if self.hq else None

        def work(progress: Progress, cancel: CancelToken) -> list[ExportSummary]:
            if self.hq:
                return export_updates(ws, folder, team_no=team_no, progress=progress, cancel=cancel)
            return [export_package(ws, folder, progress=progress, cancel=cancel)]

        return self.background.run(work, on_done=self._finished, stopped=self.tr("Stopped. No package was written."),
                                   starting=QCoreApplication.translate("ExportDialog", WORKING),
                                   folder=lambda summaries: Path(summaries[0].path).parent)

    def _set_running(self, running: bool) -> None:
        for widget in (self.folder_field, self.team_combo):
            widget.setEnabled(not running)
        self.go_button.setVisible(not running)
        self.close_button.setVisible(not running)

    def _describe(self, stage: str, done: int, total: int) -> str:
        return numbers(QCoreApplication.translate("ExportDialog", STAGES.get(stage, WORKING)), done, total)

    def summary_text(self, summaries: list[ExportSummary]) -> str:
        if self.hq:
            lines = [self.tr("%n update package(s) written to %1:", "", len(summaries))
                     .replace("%1", str(Path(summaries[0].path).parent))]
            for s in summaries:
                lines.append(self.tr("• Team %1, laptop %2: %3 record(s), %4 attachment(s), %5")
                             .replace("%1", str(s.team_no)).replace("%2", s.recipient_device[:8])
                             .replace("%3", str(s.row_states)).replace("%4", str(s.blobs))
                             .replace("%5", megabytes(s.size_bytes)))
            lines.append(self.tr("Give each team its own files; each opens only on its laptop."))
            lines += self.leftover_lines(summaries)
            return "\n".join(lines)
        s = summaries[0]
        lines = [self.tr("Package no. %1 was written:").replace("%1", str(s.seq)), s.path,
                 self.tr("%1 change(s), %2 clue change(s), %3 audit record(s), %4 attachment(s) (%5); file size %6.")
                 .replace("%1", str(s.changes)).replace("%2", str(s.clue_changes)).replace("%3", str(s.audit_events))
                 .replace("%4", str(s.blobs)).replace("%5", megabytes(s.blob_bytes))
                 .replace("%6", megabytes(s.size_bytes))]
        if s.unconfirmed_bytes:
            lines.append(self.tr("It includes %1 of attachments sent before that HQ has not confirmed yet.")
                         .replace("%1", megabytes(s.unconfirmed_bytes)))
        if "main_only" in s.warnings:
            lines.append(self.tr("Clue changes are not included (you do not hold the clue key)."))
        lines.append(self.tr("Take the file to HQ; it is encrypted and signed."))
        lines += self.leftover_lines(summaries)
        return "\n".join(lines)

    def leftover_lines(self, summaries: list[ExportSummary]) -> list[str]:
        """What an interrupted export had left (services/leftovers.py), removed by this one."""
        count, size = sum(s.leftovers_removed for s in summaries), sum(s.leftover_bytes for s in summaries)
        if not count:
            return []
        return [self.tr("Removed %n temporary file(s) (%1) that an interrupted export had left.", "", count)
                .replace("%1", megabytes(size))]

    def _finished(self, summaries: list[ExportSummary]) -> None:
        self.result = summaries
        self.go_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.background.show_done(self.summary_text(summaries))

    def reject(self) -> None:
        if not self.background.stop_instead_of_closing():
            super().reject()
