"""The open workspace: navigation on the left, the chosen area on the right, the demo banner on top.

Areas are built when first used (shown, or asked for through ``areas[key]``): unlocking builds the first area
only, so the window is usable as soon as its first list is (docs/architecture.md, "The window").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.areas.clues import CluesArea
from ui.areas.findings import FindingsArea
from ui.areas.packages import PackagesArea
from ui.areas.planning import PlanningArea
from ui.areas.rectification import RectificationArea
from ui.areas.registers import RegistersArea
from ui.areas.statistics import StatisticsArea
from ui.icons import icon
from ui.tasks import TaskRunner


class LazyAreas(Mapping[str, Area]):
    """Every area of the view by key, in the navigation's order; an area is built the first time it is looked up
    (``built()`` lists the ones that exist, without building the others)."""

    def __init__(self, build: Callable[[str], Area]) -> None:
        self._build = build
        self._keys: list[str] = []
        self._built: dict[str, Area] = {}

    def add_key(self, key: str) -> None:
        self._keys.append(key)

    def __getitem__(self, key: str) -> Area:
        area = self._built.get(key)
        if area is None:
            if key not in self._keys:
                raise KeyError(key)
            area = self._built[key] = self._build(key)
        return area

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> list[Area]:
        return [self._built[key] for key in self._keys if key in self._built]


class WorkspaceView(QWidget):
    """Built for one unlocked session; ``clear()`` drops every row before the session is locked."""

    area_changed = Signal(str)

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner  # the window's: areas whose work runs on it get it when built (locking waits for it)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.areas = LazyAreas(self._build_area)
        self._classes: dict[str, Callable[[WorkspaceSession], Area]] = {}  # each area class takes the session
        self._placeholders: dict[str, QWidget] = {}
        self.stale: set[str] = set()  # areas to read again when next shown (another area changed the data)

        entries: list[tuple[str, str, type[Area]]] = [
            ("findings", self.tr("Findings"), FindingsArea),
            ("registers", self.tr("Registers"), RegistersArea),
        ]
        if ws.can_read_clues:  # members never hold the clue key: the area is not built at all
            entries.append(("clues", self.tr("Clues"), CluesArea))
        entries.append(("rectification", self.tr("Rectification"), RectificationArea))
        if PlanningArea.available(ws):  # HQ; a team laptop once its grant brought the round
            entries.append(("planning", self.tr("Planning"), PlanningArea))
        entries += [
            ("packages", self.tr("Packages"), PackagesArea),
            ("statistics", self.tr("Statistics"), StatisticsArea),
        ]
        for key, title, area_class in entries:
            self.areas.add_key(key)
            self._classes[key] = area_class
            self._placeholders[key] = placeholder = QWidget()  # the area takes its place when first shown
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(150, 44))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._navigate)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner: QLabel | None = None
        if ws.demo:
            self.demo_banner = QLabel(self.tr("Demo data — every name, unit and figure in this workspace is made up, "
                                              "for trying the program out. Do not enter real cases here."))
            self.demo_banner.setObjectName("demoBanner")
            self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.demo_banner.setWordWrap(True)
            layout.addWidget(self.demo_banner)
        layout.addLayout(body, 1)
        self.nav.setCurrentRow(0)

    def _build_area(self, key: str) -> Area:
        area = self._classes[key](self.ws)
        if self.runner is not None and hasattr(area, "runner"):
            area.runner = self.runner
        placeholder = self._placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stale.discard(key)  # built just now from the data as it is
        if isinstance(area, PlanningArea):  # a planning write: the others read again when next shown
            area.workspace_changed.connect(lambda: self.mark_stale("planning"))
        if isinstance(area, RectificationArea):  # feedback and close-out move the findings' status too
            area.workspace_changed.connect(lambda: self.mark_stale("rectification"))
        return area

    def built_areas(self) -> list[Area]:
        """The areas built so far (the others read the data when they are first shown)."""
        return self.areas.built()

    def area_keys(self) -> list[str]:
        return list(self.areas)

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_area(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.areas).index(key))

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.areas)[row]
        area = self.areas[key]
        self.stack.setCurrentWidget(area)
        if key in self.stale:
            self.stale.discard(key)
            area.refresh()
        area.shown()
        self.area_changed.emit(key)

    def mark_stale(self, source: str) -> None:
        """``source`` changed the data: every other area reads it again the next time it is shown."""
        self.stale = {key for key in self.areas if key != source}

    def refresh(self) -> None:
        self.stale.clear()
        for area in self.areas.built():
            area.refresh()

    def clear(self) -> None:
        """Forget every row and the session in every area and item model (the workspace is being locked)."""
        for area in self.areas.built():
            area.clear()
        self.ws = None  # type: ignore[assignment]
