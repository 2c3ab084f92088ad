"""A team of a round (组号, name, contacts, stationing dates) and a member of a team (duty role, home unit, post,
recusals 回避 picked from the unit tree). A recusal from a unit the team inspects is refused under the picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from models.entities import InspectionTeam, TeamMember
from models.enums import TeamRole
from services.planning.naming import team_name
from services.planning.teams import MemberInput, TeamInput, add_member, create_team, update_member, update_team
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import DateField
from ui.i18n import label
from ui.planning.form import PlanningDialog
from ui.planning.org_tree import OrgTree
from ui.planning.round_dialogs import spin
from ui.tasks import TaskRunner


class TeamDialog(PlanningDialog):
    """``team_id`` None: a new team of ``round_id``; ``saved`` carries the team's id."""

    ENTITY = InspectionTeam.__tablename__

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, round_id: str, team_id: str | None = None, *,
                 next_no: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("New team") if team_id is None else self.tr("Edit team"), parent)
        self.round_id, self.team_id = round_id, team_id
        self.version: int | None = None
        self.team_no = spin(1, 99, next_no)
        self.name = QLineEdit()
        self.phone, self.mailbox, self.letterbox = QLineEdit(), QLineEdit(), QLineEdit()
        self.station_start, self.station_end = DateField(), DateField()
        for name, widget in (("team_no", self.team_no), ("name", self.name), ("contact_phone", self.phone),
                             ("mailbox", self.mailbox), ("letterbox_location", self.letterbox),
                             ("station_start", self.station_start), ("station_end", self.station_end)):
            self.add_field(name, widget)
        self.team_no.valueChanged.connect(lambda n: self.name.setPlaceholderText(team_name(n)))
        self.name.setPlaceholderText(team_name(next_no))
        if team_id is not None:
            with ws.read() as session:
                row = session.get(InspectionTeam, team_id)
                assert row is not None
                data, self.version = TeamInput.from_row(row), row.local_version
            self.team_no.setValue(data.team_no or 1)
            self.name.setText(data.name)
            self.phone.setText(data.contact_phone or "")
            self.mailbox.setText(data.mailbox or "")
            self.letterbox.setText(data.letterbox_location or "")
            self.station_start.set_value(data.station_start)
            self.station_end.set_value(data.station_end)

    def collect(self) -> TeamInput:
        return TeamInput(self.team_no.value(), self.name.text(), self.phone.text(), self.mailbox.text(),
                         self.letterbox.text(), self.date_value("station_start", self.station_start),
                         self.date_value("station_end", self.station_end))

    def write(self, data: TeamInput) -> Any:
        if self.team_id is None:
            return create_team(self.ws, self.round_id, data)
        update_team(self.ws, self.team_id, data, expected_version=self.version)
        return self.team_id


class MemberDialog(PlanningDialog):
    """``member_id`` None: a new member of ``team_id``; ``saved`` carries the member's id."""

    ENTITY = TeamMember.__tablename__

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, team_id: str, team_title: str,
                 member_id: str | None = None, parent: QWidget | None = None) -> None:
        title = (self.tr("New member of %1") if member_id is None else self.tr("Edit member of %1"))
        super().__init__(ws, runner, title.replace("%1", team_title), parent)
        self.team_id, self.member_id = team_id, member_id
        self.version: int | None = None
        self.resize(680, 660)
        self.name = QLineEdit()
        self.role = QComboBox()
        for member in TeamRole:
            self.role.addItem(label(member), member.value)
        self.role.setCurrentIndex(self.role.findData(TeamRole.MEMBER.value))
        self.source_unit, self.post, self.contact = QLineEdit(), QLineEdit(), QLineEdit()
        self.part_time = QCheckBox(self.tr("Serves part-time"))
        self.recusals = OrgTree(ws, checkable=True)
        self.recusals.setMinimumHeight(260)
        self.recusals.search.setPlaceholderText(self.tr("Search the units this person must stay away from…"))
        self.recusal_note = QLineEdit()
        for name, widget in (("name", self.name), ("role", self.role), ("source_unit", self.source_unit),
                             ("post", self.post), ("contact", self.contact), ("is_part_time", self.part_time),
                             ("recusal_org_ids", self.recusals), ("recusal_note", self.recusal_note)):
            self.add_field(name, widget)
        self.set_intro(self.tr("Tick the units this person must be recused from (回避): a recusal covers the units "
                               "under it too, and the person cannot be on a team that inspects one of them."))
        if member_id is not None:
            with ws.read() as session:
                row = session.get(TeamMember, member_id)
                assert row is not None
                data, self.version = MemberInput.from_row(row), row.local_version
            self.name.setText(data.name)
            self.role.setCurrentIndex(max(0, self.role.findData(data.role)))
            self.source_unit.setText(data.source_unit or "")
            self.post.setText(data.post or "")
            self.contact.setText(data.contact or "")
            self.part_time.setChecked(data.is_part_time)
            self.recusals.set_checked(data.recusal_org_ids)
            self.recusal_note.setText(data.recusal_note or "")

    def collect(self) -> MemberInput:
        return MemberInput(self.name.text(), str(self.role.currentData()), self.source_unit.text(), self.post.text(),
                           self.contact.text(), self.part_time.isChecked(), self.recusals.checked_ids(),
                           self.recusal_note.text())

    def write(self, data: MemberInput) -> Any:
        if self.member_id is None:
            return add_member(self.ws, self.team_id, data)
        update_member(self.ws, self.member_id, data, expected_version=self.version)
        return self.member_id
