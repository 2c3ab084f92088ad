"""The workspaces the sync benchmarks exchange packages between, built through the program's own services:
HQ with one round, N teams, one inspected unit and one assignment per team; team laptops enrolled by file
(request, grant, accept); bulk changes (findings inserted with ``insert_many``, then edited with ``tx.update``)
and attachments stored through ``attach_files``. Every workspace uses a cheap key-slot KDF (the benchmarks are
about packages, not about unlocking)."""

from __future__ import annotations

import os
import random
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.workload import CHEAP_KDF, DESCRIPTION, PASSPHRASE, TITLES
from models.entities import Assignment, Finding, InspectedOrg, InspectionRound, InspectionTeam
from models.enums import FindingStatus, InspectionType, OrgLevel, Role, WorkspaceKind
from services.evidence import attach_files
from services.sync.enrollment import accept_grant, make_request, register_device
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace


@dataclass
class Reference:
    round_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    team_ids: dict[int, str] = field(default_factory=dict)
    org_ids: dict[int, str] = field(default_factory=dict)
    assignment_ids: dict[int, str] = field(default_factory=dict)


def open_ws(path: Path) -> WorkspaceSession:
    return unlock_workspace(path, PASSPHRASE)


def make_hq(path: Path, teams: int) -> Reference:
    """An HQ workspace with the round, ``teams`` teams, one unit and one assignment each (locked again)."""
    ref = Reference()
    ws = create_workspace(path, user_name="王主任", role=Role.HQ_ADMIN, passphrase=PASSPHRASE, kind=WorkspaceKind.HQ,
                          kdf=CHEAP_KDF)
    with ws.write() as tx:
        tx.insert(InspectionRound(id=ref.round_id, term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察",
                                  modes=[InspectionType.ROUTINE.value]))
        for n in range(1, teams + 1):
            ref.team_ids[n], ref.org_ids[n], ref.assignment_ids[n] = (str(uuid.uuid4()) for _ in range(3))
            tx.insert(InspectionTeam(id=ref.team_ids[n], round_id=ref.round_id, team_no=n, name=f"第{n}巡察组"))
            tx.insert(InspectedOrg(id=ref.org_ids[n], name=f"测试局{n}", level=OrgLevel.MUNICIPAL_UNIT.value))
            tx.insert(Assignment(id=ref.assignment_ids[n], round_id=ref.round_id, team_id=ref.team_ids[n],
                                 org_id=ref.org_ids[n], inspection_type=InspectionType.ROUTINE.value, member_ids=[]),
                      scope_team_id=ref.team_ids[n])
    ws.lock()
    return ref


def enroll(hq_path: Path, path: Path, team_no: int, ref: Reference) -> None:
    """A new team laptop at ``path``, enrolled with HQ by request and grant files (as a person would)."""
    team = create_workspace(path, user_name=f"组长{team_no}", role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                            kind=WorkspaceKind.TEAM, team_no=team_no, kdf=CHEAP_KDF)
    request = make_request(team, path.parent / f"{path.name}.xcreq")
    hq = open_ws(hq_path)
    grant = register_device(hq, request.path, team_no=team_no, round_id=ref.round_id,
                            out=path.parent / f"{path.name}.xcgrant")
    hq.lock()
    accept_grant(team, grant.path)
    team.lock()


def finding_values(i: int, code: str, ref: Reference, team_no: int) -> dict[str, Any]:
    return {"code": code, "seq_no": i, "assignment_id": ref.assignment_ids[team_no], "org_id": ref.org_ids[team_no],
            "title": TITLES[i % len(TITLES)], "description": DESCRIPTION, "discipline_tags": [], "other_tags": [],
            "persons_involved": [], "status": FindingStatus.DRAFT.value, "is_key": False, "is_common": False,
            "immediate_fix": False, "in_report": False}


def add_changes(ws: WorkspaceSession, ref: Reference, *, inserts: int, updates: int, tag: str, start: int = 0,
                shared: int = 0, rng: random.Random | None = None, batch: int = 2_000) -> list[str]:
    """``inserts`` new findings (codes unique per ``tag``), then ``updates`` edits of this laptop's own findings
    and ``shared`` edits of findings it did not write (a sibling laptop's, received through an update)."""
    rng = rng or random.Random(7)
    team_no = ws.team_no or 1
    ids: list[str] = []
    for first in range(0, inserts, batch):
        rows = [finding_values(start + i, f"{tag}-{start + i}", ref, team_no)
                for i in range(first, min(inserts, first + batch))]
        with ws.write() as tx:
            ids += tx.insert_many(Finding, rows, scope_team_id=ref.team_ids[team_no])
    with ws.read() as session:
        # In code order, not the table's (random ids): the same workload every run, so outcome counts compare.
        own = list(session.scalars(select(Finding.id).where(Finding.created_on_device == ws.device_id)
                                   .order_by(Finding.code)))
        others = list(session.scalars(select(Finding.id).where(Finding.created_on_device != ws.device_id)
                                      .order_by(Finding.code)))
    plan = [(rng.choice(own), "own") for _ in range(updates if own else 0)]
    plan += [(rng.choice(others), "shared") for _ in range(shared if others else 0)]
    for first in range(0, len(plan), batch):
        with ws.write() as tx:
            for n, (finding_id, kind) in enumerate(plan[first:first + batch], start=first):
                row = tx.session.get(Finding, finding_id)
                assert row is not None
                if kind == "own" and n % 2:
                    tx.update(row, title=f"{TITLES[n % len(TITLES)]}（{tag}第{n}次修改）")
                else:  # the owner and the sibling both edit locations: some edits meet and conflict
                    tx.update(row, location=f"{tag}-{n}")
    return ids


def add_attachments(ws: WorkspaceSession, finding_id: str, folder: Path, count: int, mib: int = 2, *,
                    baseline: Path | None = None) -> int:
    """``count`` random files of ``mib`` MiB attached to one finding (their bytes appended to ``baseline``);
    returns the bytes stored."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"scan-{i:03d}.bin"
        with path.open("wb") as out:
            for _ in range(mib):
                out.write(os.urandom(1 << 20))
        paths.append(path)
    attach_files(ws, "finding", finding_id, paths)
    for path in paths:
        if baseline is not None:
            with baseline.open("ab") as out, path.open("rb") as source:
                while piece := source.read(1 << 20):
                    out.write(piece)
        path.unlink()
    return count * mib << 20
