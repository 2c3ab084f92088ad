"""Create a demo workspace: the seed round 十三届市委第三轮巡察 with realistic, invented data.

HQ demo (no team): every team's data; users 王主任 (HQ administrator), 李干事 (member, no clue access) and
赵线索 (clue officer). Team demo (team_no=N): only team N's assignments, registers, findings and clues, plus
the round, the organisations it inspects and the taxonomy; users that team's 组长, 副组长, a 组员 and its
线索管理员. All users take the same passphrase. The round carries the seed's figures per inspection type
(data.SEED_FIGURES: 398 problems and 18 clues routine, 172 and 8 upgraded).

The data goes in through one write transaction, change records and audit events included (write_rows): each
working paper step by step as its people took the steps (drafted, reviewed, signed, ...: services/demo/acting.py),
so its 审核记录 tab shows them; the other rows through tx.insert_many. On failure or cancel the new folder is
removed. ``plan_only`` leaves out the field work, for services/demo/teams.py (``demo --with-teams``).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect

from models.base import HQ_SCOPE, Synced
from models.enums import Role, WorkspaceKind
from models.organisation import InspectedOrg, UserAccount
from services.accounts import add_user
from services.changes import WriteTx
from services.clock import SYSTEM_CLOCK, Clock
from services.demo import data
from services.demo.acting import write_history
from services.demo.clues import plan_clues
from services.demo.findings import plan_findings, plan_rectification
from services.demo.plan import PLAN_STAGES, STAGES, DemoPlan, Planned, demo_id, plan_reference
from services.demo.rectification import add_rectification_steps
from services.demo.registers import plan_registers
from services.errors import ValidationError
from services.evidence_store import blob_exists, store_blob
from services.progress import CancelToken, Progress, no_progress
from services.taxonomy import install_default_taxonomy
from services.workspace_create import create_workspace

DEMO_PASSPHRASE = "xuncha-demo-2026"
DEMO_SEED = 2026
BATCH = 100  # rows per insert_many (and per progress report and cancel check)


@dataclass
class DemoReport:
    path: Path
    kind: WorkspaceKind
    team_no: int | None
    users: list[tuple[str, Role]]
    counts: dict[str, int]
    seconds: float


@dataclass(frozen=True)
class DemoUser:
    name: str
    role: Role
    team_member_id: str | None = None


def demo_users(team_no: int | None) -> list[DemoUser]:
    """Who may unlock the demo; the first one creates it."""
    if team_no is None:
        return [DemoUser(name, role) for name, role in data.HQ_USERS]
    team = next(t for t in data.TEAMS if t.team_no == team_no)
    users = []
    for duty, role in data.TEAM_USER_ROLES:
        person = next(p for p in team.members if p.role == duty)
        users.append(DemoUser(person.name, role, demo_id("member", team_no, person.name)))
    return users


def create_demo_workspace(path: Path, passphrase: str | None = None, *, team_no: int | None = None,
                          plan_only: bool = False, clock: Clock = SYSTEM_CLOCK, progress: Progress = no_progress,
                          cancel: CancelToken | None = None) -> DemoReport:
    """Make a demo workspace at ``path`` (a new or empty folder) and lock it again; returns what it holds.

    ``plan_only``: only what HQ plans before the teams go out (the round, the teams and their members, the units,
    the assignments, the taxonomy), for team laptops to enroll to and bring their work (services/demo/teams.py)."""
    started = time.perf_counter()
    passphrase = DEMO_PASSPHRASE if passphrase is None else passphrase
    if team_no is not None and team_no not in {team.team_no for team in data.TEAMS}:
        raise ValidationError(f"the demo round has no team {team_no}", field="team", team_no=team_no)
    kind = WorkspaceKind.HQ if team_no is None else WorkspaceKind.TEAM
    users = demo_users(team_no)
    path = Path(path)
    existed = path.exists()
    progress("workspace", 0, 1)
    ws = create_workspace(path, user_name=users[0].name, role=users[0].role, passphrase=passphrase, kind=kind,
                          team_no=team_no, demo=True, clock=clock)
    try:
        progress("workspace", 1, 1)
        with ws.write() as tx:
            account = tx.session.get(UserAccount, ws.actor.user_id)
            if account is not None:
                account.team_member_id = users[0].team_member_id
            counts = _populate(tx, team_no, PLAN_STAGES if plan_only else STAGES, progress, cancel)
        if team_no is None and not plan_only:  # HQ's rectification after feedback (services/demo/rectification.py)
            counts.update(add_rectification_steps(ws))
        for done, user in enumerate(users[1:], start=1):
            if cancel is not None:
                cancel.check()
            progress("users", done, len(users) - 1)
            add_user(ws, user.name, user.role, passphrase, team_member_id=user.team_member_id)
        counts["users"] = len(users)
    except BaseException:
        ws.lock()
        _remove(path, existed)
        raise
    ws.lock()
    return DemoReport(path, kind, team_no, [(u.name, u.role) for u in users], dict(counts),
                      round(time.perf_counter() - started, 2))


def build_plan(tx: WriteTx) -> DemoPlan:
    """The whole demo round in memory (taxonomy installed first: findings point at its nodes)."""
    plan = DemoPlan(random.Random(DEMO_SEED), install_default_taxonomy(tx))
    plan_reference(plan)
    plan_registers(plan)
    findings = plan_findings(plan)
    plan_rectification(plan, findings)
    plan_clues(plan, findings)
    return plan


def _populate(tx: WriteTx, team_no: int | None, stages: tuple[str, ...], progress: Progress,
              cancel: CancelToken | None) -> Counter[str]:
    progress("taxonomy", 0, 1)
    plan = build_plan(tx)
    counts: Counter[str] = Counter(taxonomy_node=len(plan.taxonomy))
    progress("taxonomy", 1, 1)
    counts.update(write_rows(tx, plan, stages, team_filter(plan, team_no), progress, cancel))
    return counts


def write_rows(tx: WriteTx, plan: DemoPlan, stages: tuple[str, ...], include: Callable[[Planned], bool],
               progress: Progress, cancel: CancelToken | None) -> Counter[str]:
    """Write the plan's rows of ``stages`` that ``include`` keeps, stage by stage; returns rows per table.

    Rows with a history (the working papers) are written step by step as their people took the steps
    (services/demo/acting.py); the others go in per table and scope through ``tx.insert_many``, the same
    bookkeeping as ``tx.insert`` (change record, audit event) without an ORM object per row. Within a stage the
    groups keep the order their first rows were planned in, which puts parents before children."""
    counts: Counter[str] = Counter()
    for stage in stages:
        rows = [p for p in plan.stages[stage] if include(p)]
        if blobs := _store_blobs(tx, rows):
            counts["blob"] += blobs
        groups: dict[tuple[type[Synced], str], list[Planned]] = defaultdict(list)
        for planned in rows:
            scope = HQ_SCOPE if planned.team_no is None or planned.hq_scope else plan.teams[planned.team_no].id
            groups[type(planned.obj), scope].append(planned)
        done = 0
        for (entity, scope), group in groups.items():
            for start in range(0, len(group), BATCH):
                if cancel is not None:
                    cancel.check()
                progress(stage, done, len(rows))
                batch = group[start:start + BATCH]
                plain = [_values(p.obj) for p in batch if not p.history]
                tx.insert_many(entity, plain, scope_team_id=scope)
                for planned in batch:
                    if planned.history:
                        write_history(tx, planned.obj, planned.history, scope)
                done += len(batch)
            counts[entity.__tablename__] += len(group)
        progress(stage, len(rows), len(rows))
    return counts


def _values(obj: Synced) -> dict[str, Any]:
    """A planned row's column values (unset ones None: insert_many applies the column defaults)."""
    return {attr.key: getattr(obj, attr.key) for attr in sa_inspect(type(obj)).column_attrs}


def _store_blobs(tx: WriteTx, rows: list[Planned]) -> int:
    """Store the stage's evidence bytes first, each once, before its rows are added: one flush per new blob with
    nothing else pending (storing them row by row flushed the pending rows in small batches). Returns how many
    blobs were new."""
    stored: dict[str, bool] = {}
    for planned in rows:
        if planned.blob is None:
            continue
        blob, mime = planned.blob()
        sha = hashlib.sha256(blob).hexdigest()
        if sha not in stored:
            stored[sha] = not blob_exists(tx.session, sha)
            store_blob(tx.session, blob, mime)
        planned.obj.blob_sha256 = sha  # type: ignore[attr-defined]
    return sum(stored.values())


def team_filter(plan: DemoPlan, team_no: int | None) -> Callable[[Planned], bool]:
    """HQ keeps everything; a team keeps its own rows, the shared reference data and the orgs it inspects."""
    if team_no is None:
        return lambda planned: True
    by_id = {org.id: org for org in plan.orgs.values()}
    orgs: set[str] = set()
    for item in plan.inspected:
        if item.team_no == team_no:
            org: InspectedOrg | None = item.org
            while org is not None and org.id not in orgs:
                orgs.add(org.id)
                org = by_id.get(org.parent_id) if org.parent_id else None

    def include(planned: Planned) -> bool:
        if planned.team_no is not None:
            return planned.team_no == team_no
        return not isinstance(planned.obj, InspectedOrg) or planned.obj.id in orgs

    return include


def _remove(path: Path, existed: bool) -> None:
    if not path.exists():
        return
    if not existed:
        shutil.rmtree(path, ignore_errors=True)
        return
    for child in path.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
