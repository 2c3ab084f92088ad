"""数据包: package exchange with HQ. Not in this version yet, and the area says so plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.list_page import centred_message


class PackagesArea(Area):
    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Packages"), parent)
        holder, self.empty_label = centred_message(
            self.tr("Package exchange with HQ is not available in this version yet.\n\n"
                    "A later version will export this workspace's changes as a signed, encrypted package for a USB "
                    "stick, and import HQ's packages. Until then nothing leaves this computer.")
        )
        self.body.addWidget(holder, 1)
