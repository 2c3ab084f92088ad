"""The rows the foundation benchmarks write: realistic findings of one team, and a raw DB-API inserter.

Both paths start from the same ``finding_content(i)``: the service path wraps it in a ``Finding`` and
hands it to ``WriteTx.insert``; the raw path adds the sync columns itself and sends tuples through one
``executemany`` per batch, converted by the columns' own bind processors so the bytes stored match.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.pool import QueuePool

from models import keystore
from models.enums import Discipline, FindingStatus, InspectionType, OrgLevel, Role, SourceMethod, WorkspaceKind
from models.finding import Finding
from models.organisation import Assignment, InspectedOrg, InspectionRound, InspectionTeam
from models.store import PRAGMAS, write_engine
from services.workspace import WorkspaceSession
from services.workspace_create import create_workspace

PASSPHRASE = "巡察通-benchmark-口令"
# Insert benchmarks are about the database, not the key slot: keep workspace creation cheap there.
CHEAP_KDF = keystore.KdfParams(memory_kib=1024, iterations=1, lanes=1)

TITLES = ("村集体资金管理不规范", "惠民补贴发放把关不严", "三重一大事项未经集体决策", "工程项目未按规定招标",
          "公务接待超标准", "党费收缴不及时")
DESCRIPTION = ("经查阅2023年至2025年会计凭证及村务公开资料，发现该村在集体资金使用中存在白条入账、"
               "大额现金支付、未经村民代表会议审议等问题，涉及金额较大，群众反映强烈。") * 2
DISCIPLINES = [d.value for d in Discipline]
METHODS = [m.value for m in SourceMethod]


@dataclass(frozen=True)
class Parents:
    """The rows a finding points at: one round, one team, one organisation, one assignment."""

    round_id: str
    team_id: str
    org_id: str
    assignment_id: str


def new_workspace(path: Path, kdf: keystore.KdfParams | None = CHEAP_KDF) -> WorkspaceSession:
    return create_workspace(path, user_name="张组长", role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                            kind=WorkspaceKind.TEAM, team_no=2, kdf=kdf)


def parent_objects() -> tuple[InspectionRound, InspectionTeam, InspectedOrg, Assignment]:
    ids = [str(uuid.uuid4()) for _ in range(4)]
    rnd = InspectionRound(id=ids[0], term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察", modes=[])
    team = InspectionTeam(id=ids[1], round_id=ids[0], team_no=2, name="第二巡察组")
    org = InspectedOrg(id=ids[2], name="青山镇红旗村", level=OrgLevel.VILLAGE.value, village_profile={})
    assignment = Assignment(id=ids[3], round_id=ids[0], team_id=ids[1], org_id=ids[2],
                            inspection_type=InspectionType.ROUTINE.value, member_ids=[])
    return rnd, team, org, assignment


def add_parents(ws: WorkspaceSession) -> Parents:
    """The parent rows through the service layer, as the program would write them."""
    rnd, team, org, assignment = parent_objects()
    with ws.write() as tx:
        for obj in (rnd, team, org, assignment):
            tx.insert(obj)
    return Parents(rnd.id, team.id, org.id, assignment.id)


def finding_content(i: int, parents: Parents) -> dict[str, Any]:
    """The content fields of finding number ``i`` (what a person would have typed or imported)."""
    return {
        "code": f"[2026]3巡-2组-{i}号", "seq_no": i, "assignment_id": parents.assignment_id,
        "org_id": parents.org_id, "title": TITLES[i % len(TITLES)], "description": DESCRIPTION,
        "category_l1": "违反廉洁纪律", "category_l2": "资金管理", "category_l3": None,
        "discipline_tags": [DISCIPLINES[i % len(DISCIPLINES)]], "other_tags": [], "is_key": i % 7 == 0,
        "is_common": False, "source_method": METHODS[i % len(METHODS)],
        "amount_involved": Decimal(i % 5000) / 100, "persons_involved": [{"name": "李某", "post": "村会计"}],
        "occurred_from": date(2024, 1 + i % 12, 1), "occurred_to": None, "location": "红旗村村委会",
        "discovered_by": "王组员", "discovered_at": date(2026, 11, 1 + i % 20),
        "status": FindingStatus.DRAFT.value,
    }


def finding_object(i: int, parents: Parents) -> Finding:
    return Finding(**finding_content(i, parents))


def finding_row(i: int, parents: Parents, ws_actor: str, device_id: str, now: datetime) -> dict[str, Any]:
    """Content plus the sync columns a raw writer must fill itself (no change record, no audit event)."""
    return {
        **finding_content(i, parents), "id": str(uuid.uuid4()), "scope_team_id": parents.team_id,
        "created_at": now, "created_by": ws_actor, "created_on_device": device_id, "updated_at": now,
        "updated_by": ws_actor, "updated_on_device": device_id,
        "hlc": f"{int(now.timestamp() * 1000):015d}:{i % 100000:05d}:{device_id}",
        "head_change_id": str(uuid.uuid4()), "local_version": 1, "hq_version": None, "sync_state": "pending",
        "is_deleted": False, "deleted_at": None, "deleted_by": None, "delete_reason": None, "open_conflicts": 0,
        "qualitative_analysis": None, "legal_basis": None, "responsibility_analysis": None, "category_id": None,
        "drafted_by": None, "drafted_at": None, "reviewed_by": None, "reviewed_at": None,
        "group_meeting_opinion": None, "signed_by": None, "signed_at": None, "immediate_fix": False,
        "in_report": False, "feedback_text": None,
    }


class RawInserter:
    """``INSERT INTO table (...) VALUES (?, ...)`` with the columns' own bind processors, via executemany."""

    def __init__(self, table: Table, engine: Engine) -> None:
        dialect = engine.dialect
        self.columns = [col.name for col in table.columns]
        self.processors = [col.type.dialect_impl(dialect).bind_processor(dialect) for col in table.columns]
        marks = ", ".join("?" for _ in self.columns)
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.columns)}) VALUES ({marks})"

    def tuples(self, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        pairs = list(zip(self.columns, self.processors))
        return [tuple(proc(r[name]) if proc else r[name] for name, proc in pairs) for r in rows]

    def insert(self, engine: Engine, rows: list[dict[str, Any]]) -> None:
        """One transaction (BEGIN IMMEDIATE, like every write of the program), one executemany."""
        with write_engine(engine).begin() as conn:
            conn.exec_driver_sql(self.sql, self.tuples(rows))


def plain_sqlite_engine(path: Path) -> Engine:
    """The stdlib sqlite3 twin of models.store.make_engine: same pragmas, pool and BEGIN handling, no cipher."""

    def creator() -> sqlite3.Connection:
        con = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in PRAGMAS:
            # The stdlib's SQLite (older than SQLCipher's) does not mark FTS5 innocuous, so with trusted_schema
            # off the findings' full-text triggers fail ("unsafe use of virtual table"); the setting does not
            # change the cost of a write, so the plain twin keeps it on.
            con.execute("PRAGMA trusted_schema = ON" if pragma.startswith("trusted_schema") else f"PRAGMA {pragma}")
        return con

    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=QueuePool, pool_size=2, max_overflow=0)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("xuncha_write") else "BEGIN")

    return engine


def raw_parents(engine: Engine, device_id: str, actor: str) -> Parents:
    """The parent rows written raw (for a database that has no workspace session)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    objects = parent_objects()
    for obj in objects:
        table = type(obj).__table__  # type: ignore[attr-defined]
        values = {col.name: getattr(obj, col.key, None) for col in table.columns}
        values.update(scope_team_id="hq", created_at=now, updated_at=now, created_by=actor, updated_by=actor,
                      created_on_device=device_id, updated_on_device=device_id, hlc="", head_change_id="",
                      local_version=1, sync_state="pending", is_deleted=False, open_conflicts=0,
                      committee_name="市委", code_format="[{year}]{round_no}巡-{team_no}组-{seq}号",
                      status="planned", is_part_time=False, is_key_object=False)
        RawInserter(table, engine).insert(engine, [{k: values.get(k) for k in values if k in table.c}])
    rnd, team, org, assignment = objects
    return Parents(rnd.id, team.id, org.id, assignment.id)
