"""问题线索 (C3): only built for a session that holds the clue key; every viewing is audited.

Two lists: the clues (read when the area is shown, each reading leaving ``clue_list_viewed``; opening one
leaves ``clue_viewed``), and the findings members passed on to the clue officer, waiting for a decision. At HQ a
third tab, the clue handovers (ui/areas/clues_handovers.py), read with the clues and audited the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from models.enums import Discipline, DisposalType, WorkspaceKind
from services.clue_referrals import Referral, dismiss_referral, open_referrals
from services.clues import delete_clue
from services.errors import DomainError
from services.queries.clues import finding_draft, list_clues
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.areas.clues_handovers import ClueHandoversTab
from ui.clue_dialog import ClueDialog
from ui.i18n import QT_TRANSLATE_NOOP, current_language, label
from ui.item_models.records import ID_ROLE, Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy
from ui.messages import show_error


def _disciplines(row: object) -> str:
    separator = "、" if current_language() == "zh_CN" else ", "
    return separator.join(label(code, Discipline) for code in row.discipline)  # type: ignore[attr-defined]


def _closed(row: object) -> str:
    if row.closed:  # type: ignore[attr-defined]
        return QCoreApplication.translate("CluesArea", "Closed")
    return QCoreApplication.translate("CluesArea", "Open")


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CluesArea", "Clue no."), lambda r: r.clue_no),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Inspected unit"), lambda r: r.org_name, tooltip=True),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Clue"), lambda r: r.clue_name, tooltip=True),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Person reflected on"), lambda r: r.reflected_person_name),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Disciplines"), lambda r: ",".join(r.discipline), _disciplines),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Accepted"), lambda r: r.accepted_at),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Disposal"), lambda r: r.disposal_type,
           lambda r: label(r.disposal_type, DisposalType)),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Feedback due"), lambda r: r.feedback_due),
    Column(QT_TRANSLATE_NOOP("CluesArea", "State"), lambda r: r.closed, _closed),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Findings"), lambda r: r.finding_links, right_aligned=True),
)
# The post, cadre level and receiver are in the clue's dialog: with them the list would not fit 1366 px.
COLUMN_WIDTHS = (178, 130, 260, 72, 140, 92, 80, 92, 64, 70)

REFERRAL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CluesArea", "Finding no."), lambda r: r.finding_code),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Finding"), lambda r: r.finding_title, tooltip=True),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Passed on by"), lambda r: r.referred_by),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Passed on at"), lambda r: r.referred_at),
)


class CluesArea(Area):
    """Rows are read when the area is shown (never in the background), so each viewing leaves its audit event."""

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Clues"), parent)
        self.new_button = QPushButton(self.tr("New clue…"))
        self.new_button.setObjectName("primaryButton")
        self.open_button = QPushButton(self.tr("Open…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        for button in (self.new_button, self.open_button, self.delete_button):
            self.header.addWidget(button)
        self.new_button.clicked.connect(lambda: self.new_clue())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        marking = QLabel(self.tr("Clue level (C3): for the team leader, the clue officer and HQ's clue reviewers "
                                 "only. Every viewing of this list and of each clue is recorded in the audit trail."))
        marking.setObjectName("clueMarking")
        marking.setWordWrap(True)
        self.body.addWidget(marking)

        self.model = RecordTableModel("CluesArea", COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        self.view = make_table(self.proxy)
        self.page = ListPage(self.model, self.tr("No clues registered yet. Use “New clue…” to register one, or "
                                                 "register one from a finding a member passed on to you."),
                             view=self.view, column_widths=COLUMN_WIDTHS, stretch_column=2)
        self.view.doubleClicked.connect(lambda index: self.open_clue(self._id_at(index)))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.referral_model = RecordTableModel("CluesArea", REFERRAL_COLUMNS, self)
        self.referral_view = make_table(self.referral_model, sortable=False)
        self.referral_page = ListPage(self.referral_model, self.tr(
            "No finding is waiting. When a member marks a finding as a possible clue, it appears here until you "
            "register a clue from it or decide there is none."),
            view=self.referral_view, column_widths=(190, 420, 100, 140), stretch_column=1)
        self.from_referral_button = QPushButton(self.tr("Register a clue from it…"))
        self.dismiss_button = QPushButton(self.tr("No clue in it"))
        self.from_referral_button.clicked.connect(self.clue_from_referral)
        self.dismiss_button.clicked.connect(self.dismiss_selected_referral)
        self.referral_view.doubleClicked.connect(lambda _index: self.clue_from_referral())
        self.referral_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        referral_tab = QWidget()
        referral_layout = QVBoxLayout(referral_tab)
        referral_layout.setContentsMargins(0, 6, 0, 0)
        explain = QLabel(self.tr("Findings members marked as possible clues. They see only that they passed a "
                                 "finding on, never what became of it."))
        explain.setWordWrap(True)
        referral_buttons = QHBoxLayout()
        referral_buttons.addWidget(self.from_referral_button)
        referral_buttons.addWidget(self.dismiss_button)
        referral_buttons.addStretch(1)
        referral_layout.addWidget(explain)
        referral_layout.addWidget(self.referral_page, 1)
        referral_layout.addLayout(referral_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.page, self.tr("Clues"))
        self.tabs.addTab(referral_tab, self.tr("Passed on by members"))
        self.handovers: ClueHandoversTab | None = None
        if ws.kind is WorkspaceKind.HQ:  # clue handovers are made at HQ (ui/areas/clues_handovers.py)
            self.handovers = ClueHandoversTab(ws, self)
            self.tabs.addTab(self.handovers, self.tr("Handed over"))
        self.body.addWidget(self.tabs, 1)
        self.views = 0
        self.referrals: list[Referral] = []
        self._update_buttons()

    # ---- reading ----

    def shown(self) -> None:
        self._load()

    def refresh(self) -> None:
        if self.isVisible():
            self._load()

    def _load(self) -> None:
        if self.ws is None:
            return
        rows = list_clues(self.ws)
        self.views += 1
        self.model.set_rows(rows)
        self.referrals = open_referrals(self.ws)
        self.referral_model.set_rows(self.referrals)
        waiting = len(self.referrals)
        self.tabs.setTabText(1, self.tr("Passed on by members (%1)").replace("%1", str(waiting)) if waiting
                             else self.tr("Passed on by members"))
        self.info_label.setText(self.tr("%n clue(s)", "", len(rows)))
        if self.handovers is not None:
            self.handovers.load()
        self._update_buttons()

    def _id_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        value = self.proxy.data(index.siblingAtColumn(0), ID_ROLE)
        return str(value) if value else None

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self._id_at(rows[0]) if rows else None

    def selected_referral(self) -> Referral | None:
        rows = self.referral_view.selectionModel().selectedRows()
        return self.referral_model.row_object(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        referral = self.selected_referral() is not None
        self.from_referral_button.setEnabled(referral)
        self.dismiss_button.setEnabled(referral)

    # ---- acting ----

    def new_clue(self, draft: dict | None = None, from_finding_id: str | None = None) -> ClueDialog | None:
        if self.ws is None:
            return None
        dialog = ClueDialog(self.ws, draft=draft, from_finding_id=from_finding_id, parent=self)
        if dialog.exec():
            self._load()
        return dialog

    def open_clue(self, clue_id: str | None) -> None:
        if self.ws is None or clue_id is None:
            return
        dialog = ClueDialog(self.ws, clue_id, parent=self)  # its reading is the audited clue_viewed
        dialog.finished.connect(lambda _result: self._load())
        dialog.exec()

    def open_selected(self) -> None:
        self.open_clue(self.selected_id())

    def delete_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if self.ws is None or not rows:
            return
        clue = self.model.row_object(self.proxy.mapToSource(rows[0]).row())
        reason, ok = QInputDialog.getText(self, self.tr("Delete clue"),
                                          self.tr("Why is clue %1 deleted? The reason is kept with it.")
                                          .replace("%1", clue.clue_no))
        if not ok:
            return
        try:
            delete_clue(self.ws, clue.id, reason)
        except DomainError as error:
            show_error(self, error)
            return
        self._load()

    def clue_from_referral(self) -> None:
        referral = self.selected_referral()
        if self.ws is None or referral is None:
            return
        self.new_clue(finding_draft(self.ws, referral.finding_id), from_finding_id=referral.finding_id)

    def dismiss_selected_referral(self) -> None:
        referral = self.selected_referral()
        if self.ws is None or referral is None:
            return
        dismiss_referral(self.ws, referral.key, referral.finding_id)
        self._load()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.referral_model.clear()
        self.referrals = []
        if self.handovers is not None:
            self.handovers.clear()
