"""Pick one finding by its code, title or unit: a search line over a capped result list, asked of the database as
the person types (services/queries/finding_picks.py). The one finding picker of the windows: a clue's links
(every finding of the workspace) and a register entry's (this unit's findings first, every unit on request,
those already linked left out)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import FindingStatus
from services.queries.finding_picks import FindingChoice, search_findings
from services.workspace import WorkspaceSession
from ui.i18n import label

LIMIT = 50


def finding_text(choice: FindingChoice) -> str:
    return f"{choice.code}  {choice.title}  〔{choice.org_name} · {label(choice.status, FindingStatus)}〕"


class FindingPicker(QDialog):
    """``assignment_id``: start with that unit's findings, with a box to show every unit's; ``exclude``: findings
    not offered; ``own_assignments``: only those of this workspace's assignments (False: every live finding).
    After ``exec()``, ``chosen_id`` is the finding picked (None when cancelled)."""

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None, *, assignment_id: str | None = None,
                 exclude: Collection[str] = (), own_assignments: bool = False) -> None:
        super().__init__(parent)
        self.ws, self.assignment_id, self.own_assignments = ws, assignment_id, own_assignments
        self.exclude = frozenset(exclude)
        self.chosen_id: str | None = None
        self.setWindowTitle(self.tr("Link a finding"))
        self.resize(720, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of the finding's code or title"))
        self.search.setClearButtonEnabled(True)
        self.all_units = QCheckBox(self.tr("Show findings of every unit"))
        self.all_units.setVisible(assignment_id is not None)
        self.results = QListWidget()
        self.count_label = QLabel()
        self.count_label.setObjectName("areaInfo")
        self.count_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self.choose())
        self.results.currentRowChanged.connect(lambda row: self.ok_button.setEnabled(row >= 0))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.all_units.toggled.connect(lambda _checked: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.all_units)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.refresh()

    def scope(self) -> str | None:
        """The assignment searched, None for every unit."""
        return None if self.all_units.isChecked() else self.assignment_id

    def refresh(self) -> None:
        self.timer.stop()  # asked now: no later second asking
        self.results.clear()
        choices = search_findings(self.ws, self.search.text(), limit=LIMIT, assignment_id=self.scope(),
                                  exclude=self.exclude, own_assignments=self.own_assignments)
        for choice in choices:
            item = QListWidgetItem(finding_text(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.finding_id)
            self.results.addItem(item)
        if not choices:
            self.count_label.setText(self.tr("No finding matches. Tick “Show findings of every unit” to look wider.")
                                     if self.scope() is not None else self.tr("No finding matches."))
        elif len(choices) >= LIMIT:
            self.count_label.setText(self.tr("The first %1 matches; type more to narrow them down.")
                                     .replace("%1", str(LIMIT)))
        else:
            self.count_label.setText(self.tr("%n finding(s) match.", "", len(choices)))
        self.results.setCurrentRow(0 if choices else -1)
        self.ok_button.setEnabled(bool(choices))

    def choose(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
