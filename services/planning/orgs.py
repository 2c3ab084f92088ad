"""被巡察单位: the units HQ may assign, in one hierarchy 市 → 县（市、区） → 乡镇（街道） → 村（社区）.

Units are HQ's reference rows (scope ``hq``), shared by every round. A name is unique under its parent; a village
or community sits under a township (rules.PARENT_LEVELS); a unit that is assigned or has units under it cannot be
removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.base import HQ_SCOPE
from models.entities import Assignment, InspectedOrg
from models.enums import OrgLevel, PartyOrgType
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError
from services.planning.rules import PARENT_LEVELS, lineage, live_orgs, require_planner
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

ENTITY = InspectedOrg.__tablename__


@dataclass
class OrgInput:
    name: str = ""
    level: str = OrgLevel.MUNICIPAL_UNIT.value
    parent_id: str | None = None
    short_name: str | None = None
    party_org_name: str | None = None
    party_org_type: str | None = None
    division_code: str | None = None
    principal_name: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    village_class: str | None = None

    @classmethod
    def from_row(cls, row: InspectedOrg) -> OrgInput:
        return cls(row.name, row.level, row.parent_id, row.short_name, row.party_org_name, row.party_org_type,
                   row.division_code, row.principal_name, row.contact_name, row.contact_phone, row.village_class)


def add_org(ws: WorkspaceSession, data: OrgInput) -> str:
    """A new unit; its id."""
    require_planner(ws)
    with ws.write() as tx:
        return add_org_in(tx, data)


def add_org_in(tx: WriteTx, data: OrgInput) -> str:
    """``add_org`` inside an open transaction (several units in one, as the copy of a unit list does)."""
    org = InspectedOrg(**validated_org(tx, data, None))
    tx.insert(org, scope_team_id=HQ_SCOPE)
    return org.id


def update_org(ws: WorkspaceSession, org_id: str, data: OrgInput, expected_version: int | None = None) -> None:
    require_planner(ws)
    with ws.write() as tx:
        org = live_org(tx, org_id)
        tx.update(org, expected_version=expected_version, **validated_org(tx, data, org))


def delete_org(ws: WorkspaceSession, org_id: str, reason: str) -> None:
    require_planner(ws)
    problems = Problems(ENTITY)
    problems.required("delete_reason", reason)
    problems.check()
    with ws.write() as tx:
        org = live_org(tx, org_id)
        assigned = tx.session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.org_id == org.id, Assignment.is_deleted.is_(False)))
        if assigned:
            problems.add("name", "org_assigned", value=org.name, count=int(assigned))
        children = tx.session.scalar(select(func.count()).select_from(InspectedOrg).where(
            InspectedOrg.parent_id == org.id, InspectedOrg.is_deleted.is_(False)))
        if children:
            problems.add("name", "org_has_children", value=org.name, count=int(children))
        problems.check()
        tx.delete(org, reason=reason.strip())


def live_org(tx: WriteTx, org_id: str) -> InspectedOrg:
    org = tx.session.get(InspectedOrg, org_id)
    if org is None or org.is_deleted:
        raise InvalidFieldsError([FieldProblem("org_id", "unknown_reference", {"value": org_id}, entity="assignment")])
    return org


def validated_org(tx: WriteTx, data: OrgInput, row: InspectedOrg | None) -> dict[str, object]:
    """The row values of ``data`` (trimmed), or InvalidFieldsError naming each rejected field."""
    problems = Problems(ENTITY)
    name = clean(data.name) or ""
    problems.required("name", name)
    problems.choice("level", data.level, OrgLevel)
    problems.choice("party_org_type", data.party_org_type, PartyOrgType, required=False)
    values: dict[str, object] = {
        "name": name, "level": data.level, "parent_id": data.parent_id or None,
        **{key: clean(getattr(data, key)) for key in (
            "short_name", "party_org_name", "party_org_type", "division_code", "principal_name", "contact_name",
            "contact_phone", "village_class")},
    }
    problems.lengths(InspectedOrg, values)
    orgs = live_orgs(tx.session)
    parent = orgs.get(data.parent_id) if data.parent_id else None
    if data.parent_id and parent is None:
        problems.add("parent_id", "unknown_reference", value=data.parent_id)
    elif row is not None and data.parent_id and row.id in lineage(orgs, data.parent_id):
        problems.add("parent_id", "parent_cycle", value=parent.name if parent else data.parent_id)
    elif data.level in PARENT_LEVELS and (parent.level if parent else None) not in PARENT_LEVELS[data.level]:
        reason = "village_outside_township" if data.level in (OrgLevel.VILLAGE.value, OrgLevel.COMMUNITY.value) \
            else "parent_level"
        problems.add("parent_id", reason, value=parent.name if parent else "",
                     level=OrgLevel(data.level).zh, parent_level=OrgLevel(parent.level).zh if parent else "")
    if name and not problems.items:
        same = [o for o in orgs.values() if o.name == name and o.parent_id == (data.parent_id or None)
                and (row is None or o.id != row.id)]
        if same:
            problems.add("name", "duplicate", value=name)
    if row is not None and not problems.items and data.level != row.level:
        for child in (o for o in orgs.values() if o.parent_id == row.id):
            if data.level not in PARENT_LEVELS.get(child.level, frozenset()):
                problems.add("level", "parent_level", value=child.name, level=OrgLevel(child.level).zh,
                             parent_level=OrgLevel(data.level).zh)
                break
    problems.check()
    return values
