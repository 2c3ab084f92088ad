"""Where to make the demo workspace, and which one (the office's, or one team's). The demo data itself
comes from services.demo, made off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from models.enums import WorkspaceKind
from services.demo.data import TEAMS
from ui.folder_field import FolderField
from ui.i18n import label


def default_demo_folder() -> Path:
    base = Path.home() / "巡察通"
    candidate, number = base / "演示工作区", 2
    while candidate.exists() and any(candidate.iterdir()):
        candidate, number = base / f"演示工作区{number}", number + 1
    return candidate


class DemoDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create the demo workspace"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Create the demo workspace"))
        heading.setObjectName("dialogHeading")
        explain = QLabel(self.tr("The demo workspace holds a made-up round: units, findings, registers, clues and "
                                 "rectification tasks, with several demo users. It takes a little while to make; "
                                 "you can cancel at any time."))
        explain.setWordWrap(True)
        self.folder = FolderField(folder or default_demo_folder(), new_name="巡察通演示工作区",
                                  caption=self.tr("Folder for the demo workspace"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("%1 (all four teams' results)").replace("%1", label(WorkspaceKind.HQ)), None)
        for team in TEAMS:
            self.kind_combo.addItem(f"{label(WorkspaceKind.TEAM)} · {team.name}", team.team_no)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Workspace:"), self.kind_combo)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def path(self) -> Path | None:
        return self.folder.path()

    def team_no(self) -> int | None:
        data = self.kind_combo.currentData()
        return int(data) if data is not None else None

    def _check(self) -> None:
        path = self.path()
        if path is None:
            self.error_label.setText(self.tr("Choose a folder for the demo workspace."))
        elif path.exists() and (not path.is_dir() or any(path.iterdir())):
            self.error_label.setText(self.tr("This folder is not empty. Choose an empty or new folder."))
        else:
            self.accept()
            return
        self.error_label.show()
