"""The sync tests' world: HQ, team 1 on two laptops (A and B) and team 2, sharing one round's reference rows.

Built once per test session (``build_world``) and copied per test (``copy_world``: ``shutil.copytree``, a few
ms). No enrollment files and no containers are needed to build it:

- ``seed_reference(hq, *teams)`` inserts the round, both teams, their members, the inspected organisations and
  the assignments on HQ through ``tx.insert`` (fixed ids, ``REF``), then gives each team workspace the rows of
  its own team exactly as a grant bootstrap leaves them: HQ's row with HQ's sync columns (head change, HLC,
  versions), ``sync_state`` 'synced', one ``apply_remote`` audit event per row, and **no** change record (a
  team never sends HQ-only rows back).
- ``pair(hq, team)`` writes the ``sync_key`` / ``sync_device`` rows and the team's enrolment facts on both sides
  through services/sync/devices/registry.py, as ``register_device`` and ``accept_grant`` would.

``fingerprint(ws)`` (row counts and content hash of every table, audit heads) backs "nothing changed"
assertions; ``forge_package`` (forge.py) makes packages with crafted content.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from models import keystore
from models.audit import AuditEvent
from models.base import HQ_SCOPE, Synced
from models.entities import Assignment, InspectedOrg, InspectionRound, InspectionTeam, TeamMember
from models.enums import InspectionType, OrgLevel, Role, WorkspaceKind
from services.clock import Clock, FakeClock
from services.findings import FindingInput, create_finding, load_finding_input, update_finding
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace

PASSPHRASE = "巡察口令-correct-horse"  # the same as tests/conftest.py
CHEAP_KDF = keystore.KdfParams(memory_kib=1024, iterations=1, lanes=1)
HQ_USER = "王主任"
LEADERS = {1: "刘组长", 2: "张组长"}
# name -> (team_no or None for HQ): the four workspaces of the world.
PLACES: dict[str, int | None] = {"hq": None, "t1a": 1, "t1b": 1, "t2": 2}
_NS = uuid.UUID("6f1d2c1e-5a0b-4c55-9d0e-2b7c9a1e0b05")


def fixed_id(*parts: object) -> str:
    return str(uuid.uuid5(_NS, "/".join(str(p) for p in parts)))


@dataclass(frozen=True)
class Reference:
    """The fixed ids of the world's reference rows."""

    round_id: str = fixed_id("round")
    county_id: str = fixed_id("org", "county")
    team_ids: dict[int, str] = field(default_factory=lambda: {n: fixed_id("team", n) for n in (1, 2)})
    org_ids: dict[int, str] = field(default_factory=lambda: {n: fixed_id("org", n) for n in (1, 2)})
    member_ids: dict[int, tuple[str, str]] = field(
        default_factory=lambda: {n: (fixed_id("member", n, 1), fixed_id("member", n, 2)) for n in (1, 2)})
    assignment_ids: dict[int, str] = field(default_factory=lambda: {n: fixed_id("assignment", n) for n in (1, 2)})


REF = Reference()
ORG_NAMES = {1: "市测试局", 2: "市示例局"}


def reference_rows(ref: Reference = REF) -> list[tuple[Synced, int | None]]:
    """(new row, team_no it belongs to or None for every team), parents first."""
    rows: list[tuple[Synced, int | None]] = [
        (InspectionRound(id=ref.round_id, term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察",
                         modes=[InspectionType.ROUTINE.value], start_date=date(2026, 9, 1),
                         end_date=date(2026, 12, 31), status="in_progress"), None),
        (InspectedOrg(id=ref.county_id, name="测试县", level=OrgLevel.COUNTY.value), None),
    ]
    for n in (1, 2):
        rows.append((InspectedOrg(id=ref.org_ids[n], name=ORG_NAMES[n], level=OrgLevel.MUNICIPAL_UNIT.value,
                                  party_org_name=f"{ORG_NAMES[n]}党组"), n))
        rows.append((InspectionTeam(id=ref.team_ids[n], round_id=ref.round_id, team_no=n, name=f"第{n}巡察组"), n))
        leader, member = ref.member_ids[n]
        rows.append((TeamMember(id=leader, team_id=ref.team_ids[n], name=LEADERS[n], role="leader"), n))
        rows.append((TeamMember(id=member, team_id=ref.team_ids[n], name=f"组员{n}", role="member"), n))
        rows.append((Assignment(id=ref.assignment_ids[n], round_id=ref.round_id, team_id=ref.team_ids[n],
                                org_id=ref.org_ids[n], inspection_type=InspectionType.ROUTINE.value,
                                member_ids=[leader, member]), n))
    return rows


def seed_reference(hq: WorkspaceSession, *teams: WorkspaceSession, ref: Reference = REF) -> None:
    """The reference rows on HQ (own inserts) and, bootstrapped from HQ's rows, on each team workspace."""
    rows = reference_rows(ref)
    with hq.write() as tx:
        for row, team_no in rows:
            scope = ref.team_ids[team_no] if isinstance(row, Assignment) and team_no else HQ_SCOPE
            tx.insert(row, scope_team_id=scope)
    wanted = [(type(row), row.id, team_no) for row, team_no in rows]
    with hq.read() as session:
        states = [(entity, _row_values(session, entity, row_id), team_no) for entity, row_id, team_no in wanted]
    for team in teams:
        with team.write() as tx:
            for entity, values, team_no in states:
                if team_no is None or team_no == team.team_no:
                    table = entity.__table__  # type: ignore[attr-defined]
                    tx.session.execute(insert(table), [{**values, "sync_state": "synced"}])
                    tx.audit("apply_remote", entity=entity.__tablename__, entity_id=values["id"],
                             detail={"outcome": "bootstrap"})


def _row_values(session: Session, entity: type[Synced], row_id: str) -> dict[str, Any]:
    table = entity.__table__  # type: ignore[attr-defined]
    return dict(session.execute(select(table).where(table.c.id == row_id)).mappings().one())


def pair(hq: WorkspaceSession, team: WorkspaceSession, *, ref: Reference = REF) -> None:
    """Both sides know each other as after enrolment (keys, device rows, the team's enrolment facts)."""
    from services.sync.devices import registry

    assert team.team_no is not None
    with hq.write() as tx:
        registry.ensure_own_keys(tx)
    with team.write() as tx:
        registry.ensure_own_keys(tx)
    with team.read() as session:
        team_record = registry.own_device_record(session)
    with hq.read() as session:
        hq_record = registry.own_device_record(session)
    facts = {"team_id": ref.team_ids[team.team_no], "team_no": team.team_no, "round_id": ref.round_id}
    with hq.write() as tx:
        registry.add_device(tx, team_record, kind="team", **facts)  # type: ignore[arg-type]
    with team.write() as tx:
        registry.pin_hq(tx, hq_record, **facts)  # type: ignore[arg-type]


@dataclass
class World:
    """Where the four workspaces of one world live, and how to open them."""

    root: Path
    paired: bool = False

    def path(self, place: str) -> Path:
        return self.root / place

    def unlock(self, place: str, *, clock: Clock | None = None, user: str | None = None) -> WorkspaceSession:
        return unlock_workspace(self.path(place), PASSPHRASE, user, clock=clock or FakeClock())

    @contextmanager
    def opened(self, *places: str, clock: Clock | None = None) -> Iterator[list[WorkspaceSession]]:
        """The named workspaces unlocked (same clock), locked again afterwards."""
        sessions = [self.unlock(place, clock=clock) for place in places]
        try:
            yield sessions
        finally:
            for ws in sessions:
                ws.lock()


def create_place(root: Path, place: str, clock: Clock) -> WorkspaceSession:
    team_no = PLACES[place]
    if team_no is None:
        return create_workspace(root / place, user_name=HQ_USER, role=Role.HQ_ADMIN, passphrase=PASSPHRASE,
                                kind=WorkspaceKind.HQ, clock=clock, kdf=CHEAP_KDF)
    return create_workspace(root / place, user_name=LEADERS[team_no], role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                            kind=WorkspaceKind.TEAM, team_no=team_no, clock=clock, kdf=CHEAP_KDF)


def build_world(root: Path, *, paired: bool = True, clock: Clock | None = None) -> World:
    """HQ + team 1 laptops A/B + team 2 at ``root``: reference rows seeded and (``paired``) devices paired."""
    clock = clock or FakeClock()
    sessions = {place: create_place(root, place, clock) for place in PLACES}
    try:
        hq = sessions["hq"]
        teams = [sessions[p] for p in PLACES if p != "hq"]
        seed_reference(hq, *teams)
        if paired:
            for team in teams:
                pair(hq, team)
    finally:
        for ws in sessions.values():
            ws.lock()
    return World(root, paired)


def copy_world(template: World, dest: Path) -> World:
    shutil.copytree(template.root, dest)
    return World(dest, template.paired)


def add_finding(ws: WorkspaceSession, title: str, *, description: str = "问题描述。", ref: Reference = REF) -> str:
    """A new draft finding on the workspace's own team's assignment (HQ: team 1's)."""
    team_no = ws.team_no or 1
    return create_finding(ws, FindingInput(org_id=ref.org_ids[team_no], title=title, description=description,
                                           assignment_id=ref.assignment_ids[team_no]))


def edit_title(ws: WorkspaceSession, finding_id: str, title: str, **more: Any) -> None:
    """Change a finding's title (and any other FindingInput field given) as the editor would."""
    data, version = load_finding_input(ws, finding_id)
    data.title = title
    for key, value in more.items():
        setattr(data, key, value)
    update_finding(ws, finding_id, data, expected_version=version)


def fingerprint(ws: WorkspaceSession) -> dict[str, Any]:
    """Row count and content hash of every table of every attached database, and every audit chain's head."""
    result: dict[str, Any] = {}
    with ws.read() as session:
        schemas = [str(row[1]) for row in session.execute(text("PRAGMA database_list")) if row[1] != "temp"]
        for schema in schemas:
            names = session.scalars(text(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name"))
            for name in list(names):
                rows = sorted(repr(tuple(row)) for row in session.execute(text(f'SELECT * FROM {schema}."{name}"')))
                digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
                result[f"{schema}.{name}"] = (len(rows), digest)
        heads = session.execute(select(AuditEvent.device_id, func.max(AuditEvent.seq)).group_by(AuditEvent.device_id))
        result["audit_heads"] = {
            device: (seq, session.scalar(select(AuditEvent.entry_hash).where(
                AuditEvent.device_id == device, AuditEvent.seq == seq)))
            for device, seq in heads.all()
        }
    return result


def counts(ws: WorkspaceSession, *entities: type[Synced], scope_team_id: str | None = None) -> dict[str, int]:
    """Live rows per entity (optionally of one team's scope)."""
    result = {}
    with ws.read() as session:
        for entity in entities:
            query = select(func.count()).select_from(entity).where(entity.is_deleted.is_(False))
            if scope_team_id is not None:
                query = query.where(entity.scope_team_id == scope_team_id)
            result[entity.__tablename__] = int(session.scalar(query) or 0)
    return result
