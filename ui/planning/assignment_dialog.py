"""巡察任务: which team inspects which units of the round, how (常规, 提级, 专项, 机动 …) and over what period.

A new assignment ticks one or more units in the tree (the ones the round has already are greyed, with their
team); all are assigned in one write, or none when one is refused (assigned twice, a village away from its
township's team, a recused member on the team). Editing changes the team, the mode or the period of one unit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from models.entities import Assignment
from models.enums import InspectionType, OrgLevel
from services.planning.assignments import AssignmentInput, assign_units, update_assignment
from services.queries.planning import AssignmentRow, TeamRow
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import DateField
from ui.i18n import label
from ui.planning.form import PlanningDialog
from ui.planning.org_tree import OrgTree
from ui.tasks import TaskRunner


def team_title(team: TeamRow) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AssignmentDialog", "Team %1 · %2").replace("%1", str(team.team_no)) \
        .replace("%2", team.name)


class AssignmentDialog(PlanningDialog):
    """``assignment`` None: assign new units of ``round_id``; ``saved`` carries the assignment ids (a list)."""

    ENTITY = Assignment.__tablename__

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, round_id: str, teams: list[TeamRow],
                 assigned: list[AssignmentRow], assignment: AssignmentRow | None = None, *,
                 team_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Assign units") if assignment is None else
                         self.tr("Edit the assignment of %1").replace("%1", assignment.org_name), parent)
        self.round_id, self.assignment = round_id, assignment
        self.team = QComboBox()
        for team in teams:
            self.team.addItem(team_title(team), team.id)
        wanted = assignment.team_id if assignment is not None else team_id
        self.team.setCurrentIndex(max(0, self.team.findData(wanted)) if wanted else 0)
        self.units: OrgTree | None = None
        if assignment is None:
            self.resize(720, 640)
            self.units = OrgTree(ws, checkable=True, note=self.tr("Assigned"))
            self.units.setMinimumHeight(300)
            self.units.set_notes({row.org_id: self.tr("Team %1").replace("%1", str(row.team_no)) for row in assigned})
            self.units.set_locked({row.org_id for row in assigned})
            self.units.checks_changed.connect(self._count)
            self.add_field("org_id", self.units)
            self.set_intro(self.tr("Tick the units this team inspects in the round. A village or community goes to "
                                   "the team of its township; greyed units are assigned already."))
        else:
            unit = QLabel(f"{assignment.org_name}（{label(assignment.level, OrgLevel)}）"
                          + (f" · {assignment.parent_name}" if assignment.parent_name else ""))
            self.add_field("org_id", unit)
        self.add_field("team_id", self.team)
        self.mode = QComboBox()
        for member in InspectionType:
            self.mode.addItem(label(member), member.value)
        self.period_from, self.period_to = DateField(), DateField()
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.period_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.period_to)
        row.addStretch(1)
        self.key_object = QCheckBox(self.tr("A key object of this round"))
        self.add_field("inspection_type", self.mode)
        self.add_field("period_from", period, text=self.tr("Period covered"))
        self.problem_labels[(self.ENTITY, "period_to")] = self.problem_for("period_from")
        self.add_field("is_key_object", self.key_object)
        if assignment is not None:
            self.mode.setCurrentIndex(max(0, self.mode.findData(assignment.mode)))
            self.period_from.set_value(assignment.period_from)
            self.period_to.set_value(assignment.period_to)
            with ws.read() as session:
                stored = session.get(Assignment, assignment.id)
                self.key_object.setChecked(bool(stored and stored.is_key_object))
        self.save_button.setText(self.tr("Assign") if assignment is None else self.tr("Save"))
        self._count()

    def _count(self) -> None:
        if self.units is not None:
            count = len(self.units.checked_ids())
            self.save_button.setEnabled(count > 0)
            self.save_button.setText(self.tr("Assign %n unit(s)", "", count) if count else self.tr("Assign"))

    def collect(self) -> list[AssignmentInput]:
        team_id = str(self.team.currentData() or "")
        common = {"inspection_type": str(self.mode.currentData()),
                  "period_from": self.date_value("period_from", self.period_from),
                  "period_to": self.date_value("period_to", self.period_to),
                  "is_key_object": self.key_object.isChecked()}
        if self.assignment is not None:
            return [AssignmentInput(team_id, self.assignment.org_id, **common)]  # type: ignore[arg-type]
        assert self.units is not None
        return [AssignmentInput(team_id, org_id, **common)  # type: ignore[arg-type]
                for org_id in self.units.checked_ids()]

    def write(self, data: list[AssignmentInput]) -> Any:
        if self.assignment is None:
            return assign_units(self.ws, self.round_id, data)
        return [update_assignment(self.ws, self.assignment.id, data[0], expected_version=self.assignment.version)]
