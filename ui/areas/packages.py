"""数据包: package exchange with HQ. A team laptop sees its enrolment and what HQ has not acknowledged yet (page
in packages_team.py); HQ sees the enrolled devices and the conflict inbox (packages_hq.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from models.enums import WorkspaceKind
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.areas.packages_hq import HqPackagesPage
from ui.areas.packages_team import TeamPackagesPage
from ui.tasks import TaskRunner


class PackagesArea(Area):
    """``runner`` is the window's TaskRunner when the controller hands it over (``area.runner = ...``); until
    then the area makes its own. ``workspace_changed`` fires after an import, a resolution or a close-out."""

    workspace_changed = Signal()

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(ws, self.tr("Packages"), parent)
        self.runner = runner
        self.page: TeamPackagesPage | HqPackagesPage
        if ws.kind is WorkspaceKind.HQ:
            self.page = HqPackagesPage(ws, self.task_runner, self)
        else:
            self.page = TeamPackagesPage(ws, self.task_runner, self)
        self.page.changed.connect(self._changed)
        self.body.addWidget(self.page, 1)
        self.info_label.setText(self.page.summary())

    def task_runner(self) -> TaskRunner:
        if self.runner is None:
            self.runner = TaskRunner(self)
        return self.runner

    def refresh(self) -> None:
        if self.ws is None:
            return
        self.page.refresh()
        self.info_label.setText(self.page.summary())

    def shown(self) -> None:
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self.page.clear()

    def _changed(self) -> None:
        self.info_label.setText(self.page.summary())
        self.workspace_changed.emit()
        view = self.parent()
        while view is not None and not hasattr(view, "built_areas"):
            view = view.parent()
        if view is not None:  # the WorkspaceView: every other area shows what the exchange changed
            for area in view.built_areas():  # type: ignore[attr-defined]  # the others read when first shown
                if area is not self:
                    area.refresh()
