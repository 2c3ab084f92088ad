"""问题线索 (C3): only built for a session that holds the clue key; every viewing is audited."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from models.enums import CadreLevel, Discipline, Receiver
from services.queries.clues import list_clues
from services.workspace import WorkspaceSession
from ui.areas.base import Area
from ui.i18n import current_language, label
from ui.item_models.records import Column, RecordTableModel
from ui.list_page import ListPage, make_table, sort_proxy


def _disciplines(row: object) -> str:
    separator = "、" if current_language() == "zh_CN" else ", "
    return separator.join(label(code, Discipline) for code in row.discipline)  # type: ignore[attr-defined]


def _closed(row: object) -> str:
    if row.closed:  # type: ignore[attr-defined]
        return QCoreApplication.translate("CluesArea", "Closed")
    return QCoreApplication.translate("CluesArea", "Open")


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CluesArea", "Clue no."), lambda r: r.clue_no),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Clue"), lambda r: r.clue_name, tooltip=True),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Person reflected on"), lambda r: r.reflected_person_name),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Post"), lambda r: r.reflected_person_post),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Cadre level"), lambda r: r.reflected_person_level,
           lambda r: label(r.reflected_person_level, CadreLevel)),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Disciplines"), lambda r: ",".join(r.discipline), _disciplines),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Accepted"), lambda r: r.accepted_at),
    Column(QT_TRANSLATE_NOOP("CluesArea", "Proposed receiver"), lambda r: r.proposed_receiver,
           lambda r: label(r.proposed_receiver, Receiver)),
    Column(QT_TRANSLATE_NOOP("CluesArea", "State"), lambda r: r.closed, _closed),
)


class CluesArea(Area):
    """Rows are read when the area is shown (never in the background), so each viewing leaves its audit event."""

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Clues"), parent)
        marking = QLabel(self.tr("Clue level (C3): for the team leader, the clue officer and HQ's clue reviewers "
                                 "only. Every viewing of this list is recorded in the audit trail."))
        marking.setObjectName("clueMarking")
        marking.setWordWrap(True)
        self.body.addWidget(marking)
        self.model = RecordTableModel("CluesArea", COLUMNS, self)
        self.proxy = sort_proxy(self.model)
        self.proxy.setParent(self)
        self.page = ListPage(self.model, self.tr("No clues registered yet."), view=make_table(self.proxy),
                             column_widths=(150, 260, 90, 160, 100, 150, 100, 130, 80),
                             stretch_column=1)
        self.body.addWidget(self.page, 1)
        self.views = 0

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
        self.info_label.setText(self.tr("%n clue(s)", "", len(rows)))

    def clear(self) -> None:
        super().clear()
        self.model.clear()
