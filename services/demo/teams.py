"""The demo with the teams' laptops (``demo WS --with-teams DIR``): the whole USB exchange on one machine.

Everything goes through the real services, in the order it happens in a real round:

1. **HQ plans the round.** The HQ demo workspace holds the plan only: the round, the four teams with their
   members, the 22 units and their assignments, the taxonomy (``create_demo_workspace(plan_only=True)``).
2. **Each laptop is enrolled while still empty** (decision D1: a workspace that holds data cannot enroll): the
   team leader's request (services/sync/enrollment/request.py), HQ's registration and signed grant
   (enrollment.register_device), the leader's acceptance (enroll_accept.accept_grant). The grant brings the plan.
3. **The team does its field work on its laptop**: its rows of the demo plan (registers, the working papers
   with their drafting, review and signature by the team's people, evidence, rectification, clues), identical in
   ids and text to the HQ demo's, written in the laptop's own change log. What only HQ decides stays empty (a
   clue's outcome, a rectification's close-out: services/sync/merge/policy.HQ_ONLY_FIELDS), since a team may not send
   it. The team's 组长, 副组长, a 组员 and its 线索管理员 are the laptop's users, as in ``demo --team N``.
4. **Each laptop exports its first package** to ``DIR/usb`` (services/sync/exporter.export_package).

HQ's import is left to the person trying the exchange (``import-package WS DIR/usb``): every package then
applies with no rejection and no conflict, and HQ holds the seed's figures (570 problems, 26 clues). The
enrollment files stay in ``DIR/enrollment`` as the record of step 2.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from models.enums import Role, WorkspaceKind
from models.organisation import UserAccount
from services.accounts import add_user
from services.clock import SYSTEM_CLOCK, Clock
from services.demo import data
from services.demo.builder import (
    DEMO_PASSPHRASE,
    DemoReport,
    build_plan,
    create_demo_workspace,
    demo_users,
    team_filter,
    write_rows,
)
from services.demo.plan import FIELD_STAGES, DemoPlan
from services.errors import WorkspaceExistsError
from services.progress import CancelToken, Progress, no_progress
from services.sync.enrollment import accept_grant, make_request, register_device
from services.sync.exporter import export_package
from services.sync.merge.policy import HQ_ONLY_FIELDS
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace

USB, ENROLLMENT = "usb", "enrollment"


def laptop_folder(team_no: int) -> str:
    return f"team-{team_no}"


@dataclass
class TeamLaptop:
    """One enrolled team laptop of the demo and its first package to HQ."""

    team_no: int
    path: Path
    users: list[tuple[str, Role]]
    device_id: str
    fingerprint: str
    hq_fingerprint: str
    package: Path
    counts: dict[str, int] = field(default_factory=dict)  # rows written in the field work, per table


@dataclass
class DemoWithTeams:
    hq: DemoReport
    teams: list[TeamLaptop]
    usb: Path
    enrollment: Path
    seconds: float


def create_demo_with_teams(hq_path: Path, teams_dir: Path, passphrase: str | None = None, *,
                           clock: Clock = SYSTEM_CLOCK, progress: Progress = no_progress,
                           cancel: CancelToken | None = None) -> DemoWithTeams:
    """HQ's planned round at ``hq_path`` and every team's enrolled laptop in ``teams_dir`` (both new or empty
    folders), each laptop's first package in ``teams_dir/usb``; on failure or cancel both are emptied again."""
    started = time.perf_counter()
    passphrase = DEMO_PASSPHRASE if passphrase is None else passphrase
    hq_path, teams_dir = Path(hq_path), Path(teams_dir)
    if teams_dir.exists() and (not teams_dir.is_dir() or any(teams_dir.iterdir())):
        raise WorkspaceExistsError(f"{teams_dir} exists", path=str(teams_dir))
    hq_existed, teams_existed = hq_path.exists(), teams_dir.exists()
    hq = create_demo_workspace(hq_path, passphrase, plan_only=True, clock=clock, progress=progress, cancel=cancel)
    try:
        usb, enrollment = teams_dir / USB, teams_dir / ENROLLMENT
        usb.mkdir(parents=True)
        enrollment.mkdir()
        admin = unlock_workspace(hq_path, passphrase, clock=clock)
        laptops = []
        try:
            for done, team in enumerate(data.TEAMS):
                if cancel is not None:
                    cancel.check()
                progress("teams", done, len(data.TEAMS))
                laptops.append(_laptop(admin, team.team_no, teams_dir, passphrase, clock, cancel))
            progress("teams", len(data.TEAMS), len(data.TEAMS))
        finally:
            admin.lock()
    except BaseException:
        _empty(hq_path, remove=not hq_existed)
        _empty(teams_dir, remove=not teams_existed)
        raise
    return DemoWithTeams(hq, laptops, usb, enrollment, round(time.perf_counter() - started, 2))


def _laptop(admin: WorkspaceSession, team_no: int, teams_dir: Path, passphrase: str, clock: Clock,
            cancel: CancelToken | None) -> TeamLaptop:
    users = demo_users(team_no)
    leader = users[0]
    path = teams_dir / laptop_folder(team_no)
    ws = create_workspace(path, user_name=leader.name, role=leader.role, passphrase=passphrase,
                          kind=WorkspaceKind.TEAM, team_no=team_no, demo=True, clock=clock)
    try:
        folder = teams_dir / ENROLLMENT
        request = make_request(ws, folder / f"{laptop_folder(team_no)}.xcreq")
        grant = register_device(admin, request.path, team_no=team_no, round_id=None,
                                out=folder / f"{laptop_folder(team_no)}.xcgrant")
        accepted = accept_grant(ws, grant.path, cancel=cancel)
        with ws.write() as tx:  # the leader's account is the leader of the team the grant brought
            account = tx.session.get(UserAccount, ws.actor.user_id)
            if account is not None:
                account.team_member_id = leader.team_member_id
        for user in users[1:]:
            add_user(ws, user.name, user.role, passphrase, team_member_id=user.team_member_id)
        counts = field_work(ws, team_no, cancel)
        summary = export_package(ws, teams_dir / USB, cancel=cancel)
    finally:
        ws.lock()
    return TeamLaptop(team_no, path, [(u.name, u.role) for u in users], request.device_id, request.fingerprint,
                      accepted.hq_fingerprint, Path(summary.path), counts)


def field_work(ws: WorkspaceSession, team_no: int, cancel: CancelToken | None = None,
               progress: Progress = no_progress) -> dict[str, int]:
    """Write team ``team_no``'s field work of the demo plan on its enrolled laptop (the team leader's session),
    in one transaction; the plan's reference rows came with the grant and are not written again."""
    with ws.write() as tx:
        plan = build_plan(tx)  # the default taxonomy is there already: nothing is installed twice
        _leave_to_hq(plan)
        counts = write_rows(tx, plan, FIELD_STAGES, team_filter(plan, team_no), progress, cancel)
    return {table: n for table, n in counts.items() if n}


def _leave_to_hq(plan: DemoPlan) -> None:
    """Empty what only HQ records (a clue's outcome, a rectification's close-out): a team cannot send it."""
    for stage in FIELD_STAGES:
        for planned in plan.stages[stage]:
            for name in HQ_ONLY_FIELDS.get(type(planned.obj).__tablename__, ()):
                setattr(planned.obj, name, None)


def _empty(path: Path, *, remove: bool = False) -> None:
    if not path.exists():
        return
    if remove:
        shutil.rmtree(path, ignore_errors=True)
        return
    for child in path.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
