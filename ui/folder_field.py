"""A folder path: a line edit and a "Browse…" button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class FolderField(QWidget):
    """``new_name``: when the folder chosen already holds files, propose this new sub-folder inside it."""

    def __init__(self, path: Path | None = None, *, new_name: str = "", caption: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_name, self.caption = new_name, caption
        self.edit = QLineEdit(str(path) if path else "")
        self.edit.setMinimumWidth(320)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def browse(self) -> None:
        start = self.path()
        start_dir = str(start.parent if start and not start.exists() else start or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.caption or self.tr("Choose a folder"), start_dir)
        if not chosen:
            return
        folder = Path(chosen)
        if self.new_name and any(folder.iterdir()):
            folder = folder / self.new_name
        self.set_path(folder)
