"""What every area of the main window has: a title, a line of context, and refresh/clear/shown hooks."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from services.workspace import WorkspaceSession


class Area(QWidget):
    """One area. ``refresh`` reads the session; ``clear`` forgets every row (on lock); ``shown`` on navigation."""

    def __init__(self, ws: WorkspaceSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: WorkspaceSession | None = ws
        self.title_label = QLabel(title)
        self.title_label.setObjectName("areaTitle")
        self.info_label = QLabel()
        self.info_label.setObjectName("areaInfo")
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.info_label, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(10)
        self.body.addLayout(header)
        self.header = header

    def refresh(self) -> None:
        """Read what the area shows from the session (cheap areas do it when built)."""

    def shown(self) -> None:
        """The person navigated here."""

    def clear(self) -> None:
        """Drop every row and the session (the workspace was locked)."""
        self.ws = None
        self.info_label.clear()
