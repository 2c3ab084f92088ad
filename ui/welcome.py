"""The first screen: create a workspace, open one (chooser or recent list), or make the demo workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.workspace import is_workspace
from ui.icons import icon


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    open_path = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        title = QLabel(self.tr("Xuncha"))
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("Offline work of an inspection team: findings, registers, clues and rectification. "
                                  "Everything is encrypted on this computer; nothing goes over a network."))
        subtitle.setObjectName("appSubtitle")
        subtitle.setWordWrap(True)

        self.create_button = self._big_button("new", self.tr("New workspace…"),
                                              self.tr("Start a team's or the office's encrypted workspace"))
        self.open_button = self._big_button("workspace", self.tr("Open workspace…"),
                                            self.tr("Choose a workspace folder on this computer or a USB disk"))
        self.demo_button = self._big_button("demo", self.tr("Create the demo workspace…"),
                                            self.tr("Made-up data to try the program out"))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        left = QVBoxLayout()
        left.setSpacing(14)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addSpacing(8)
        heading.addWidget(title)
        heading.addStretch(1)
        left.addLayout(heading)
        left.addWidget(subtitle)
        left.addSpacing(12)
        for button in (self.create_button, self.open_button, self.demo_button):
            left.addWidget(button)
        left.addStretch(1)

        recent_title = QLabel(self.tr("Recent workspaces"))
        recent_title.setObjectName("sectionTitle")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setIconSize(QSize(20, 20))
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_empty = QLabel(self.tr("Workspaces you open appear here."))
        self.recent_empty.setObjectName("emptyState")
        self.recent_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_recent_button = QPushButton(self.tr("Open selected"))
        self.open_recent_button.clicked.connect(lambda: self._open_item(self.recent_list.currentItem()))
        right = QVBoxLayout()
        right.addWidget(recent_title)
        right.addWidget(self.recent_list, 1)
        right.addWidget(self.recent_empty, 1)
        right.addWidget(self.open_recent_button, 0, Qt.AlignmentFlag.AlignRight)

        panel = QFrame()
        panel.setObjectName("welcomePanel")
        columns = QHBoxLayout(panel)
        columns.setContentsMargins(32, 28, 32, 28)
        columns.setSpacing(40)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addWidget(panel)

    def _big_button(self, icon_name: str, text: str, detail: str) -> QPushButton:
        button = QPushButton(icon(icon_name), f"{text}\n{detail}")
        button.setObjectName("bigButton")
        button.setIconSize(QSize(28, 28))
        button.setMinimumHeight(64)
        return button

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for text in paths:
            path = Path(text)
            item = QListWidgetItem(icon("workspace"), f"{path.name}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, text)
            if not is_workspace(path):
                item.setText(f"{path.name}\n{path}  " + self.tr("(not found)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent_list.addItem(item)
        has_any = bool(paths)
        self.recent_list.setVisible(has_any)
        self.open_recent_button.setVisible(has_any)
        self.recent_empty.setVisible(not has_any)
        if has_any:
            self.recent_list.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.open_path.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
