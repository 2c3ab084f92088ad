"""An inspected unit: name, level, the unit above it (a village or community under its township), short name,
party organisation and contacts. Units are HQ's and shared by every round."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from models.entities import InspectedOrg
from models.enums import OrgLevel, PartyOrgType
from services.planning.orgs import OrgInput, add_org, update_org
from services.queries.planning import org_tree
from services.workspace import WorkspaceSession
from ui.i18n import label
from ui.planning.form import PlanningDialog
from ui.tasks import TaskRunner

# the level a unit under a parent of this level usually has
CHILD_LEVEL = {OrgLevel.COUNTY.value: OrgLevel.TOWNSHIP.value, OrgLevel.TOWNSHIP.value: OrgLevel.VILLAGE.value,
               OrgLevel.MUNICIPAL_UNIT.value: OrgLevel.MUNICIPAL_UNIT.value}


class OrgDialog(PlanningDialog):
    """``org_id`` None: a new unit (under ``parent_id`` when given); ``saved`` carries the unit's id."""

    ENTITY = InspectedOrg.__tablename__

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, org_id: str | None = None, *,
                 parent_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("New unit") if org_id is None else self.tr("Edit unit"), parent)
        self.org_id = org_id
        self.version: int | None = None
        self.name, self.short_name = QLineEdit(), QLineEdit()
        self.level = QComboBox()
        for member in OrgLevel:
            self.level.addItem(label(member), member.value)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("(none: directly under the city)"), None)
        nodes = org_tree(ws)
        levels = {node.id: node.level for node in nodes}
        for node in nodes:
            if node.id != org_id:
                self.parent_combo.addItem("　" * node.depth + f"{node.name}（{label(node.level, OrgLevel)}）", node.id)
        self.party_org_name = QLineEdit()
        self.party_org_type = QComboBox()
        self.party_org_type.addItem("", None)
        for party_type in PartyOrgType:
            self.party_org_type.addItem(label(party_type), party_type.value)
        self.principal, self.contact_name, self.contact_phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.division_code = QLineEdit()
        for name, widget in (("name", self.name), ("short_name", self.short_name), ("level", self.level),
                             ("parent_id", self.parent_combo), ("party_org_name", self.party_org_name),
                             ("party_org_type", self.party_org_type), ("principal_name", self.principal),
                             ("contact_name", self.contact_name), ("contact_phone", self.contact_phone),
                             ("division_code", self.division_code)):
            self.add_field(name, widget)
        if org_id is not None:
            with ws.read() as session:
                row = session.get(InspectedOrg, org_id)
                assert row is not None
                data, self.version = OrgInput.from_row(row), row.local_version
        else:
            under = levels.get(parent_id or "")
            data = OrgInput(level=CHILD_LEVEL.get(under or "", OrgLevel.MUNICIPAL_UNIT.value), parent_id=parent_id)
        self.name.setText(data.name)
        self.short_name.setText(data.short_name or "")
        self.level.setCurrentIndex(max(0, self.level.findData(data.level)))
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(data.parent_id))
                                          if data.parent_id else 0)
        self.party_org_name.setText(data.party_org_name or "")
        self.party_org_type.setCurrentIndex(max(0, self.party_org_type.findData(data.party_org_type))
                                            if data.party_org_type else 0)
        self.principal.setText(data.principal_name or "")
        self.contact_name.setText(data.contact_name or "")
        self.contact_phone.setText(data.contact_phone or "")
        self.division_code.setText(data.division_code or "")
        self.kept = data  # fields the form does not show keep their values

    def collect(self) -> OrgInput:
        parent_id = self.parent_combo.currentData()
        party_type = self.party_org_type.currentData()
        return OrgInput(self.name.text(), str(self.level.currentData()), str(parent_id) if parent_id else None,
                        self.short_name.text(), self.party_org_name.text(), str(party_type) if party_type else None,
                        self.division_code.text(), self.principal.text(), self.contact_name.text(),
                        self.contact_phone.text(), self.kept.village_class)

    def write(self, data: OrgInput) -> Any:
        if self.org_id is None:
            return add_org(self.ws, data)
        update_org(self.ws, self.org_id, data, expected_version=self.version)
        return self.org_id
