"""End to end, through the command line: HQ and two teams enroll by file, work on all three sides, exchange
packages both ways; HQ ends with each team's counts, every engineered concurrent edit is one open conflict in
the inbox, and no marker text or file magic is found in plaintext anywhere the program wrote (TMPDIR included).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cli.main import run
from models.entities import Evidence, Finding, Interview
from models.enums import Role, WorkspaceKind
from services.clock import FakeClock
from services.evidence import attach_evidence
from services.interviews import InterviewInput, create_interview
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace
from tests.conftest import PASSPHRASE
from tests.services.sync.world import HQ_USER, LEADERS, REF, add_finding, edit_title, seed_reference

MARKER = "泄露标记XK7Q-9ZP2"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + MARKER.encode() + os.urandom(20_000) + b"\xff\xd9"
PDF = b"%PDF-1.4\n" + MARKER.encode() + b"\n" + os.urandom(20_000) + b"\n%%EOF\n"
ENCRYPTED = (".db", ".db-wal", ".db-shm", ".db-journal", ".xcpkg", ".xcgrant")


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Everything the program writes goes under here, temporary files included."""
    root = tmp_path / "sandbox"
    (root / "tmp").mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    yield root


def cli(capsys: pytest.CaptureFixture[str], *argv: object, exit_code: int = 0) -> dict[str, Any]:
    capsys.readouterr()
    code = run([str(a) for a in argv] + ["--json"])
    out = capsys.readouterr().out
    assert code == exit_code, out
    return json.loads(out)


def count(ws: WorkspaceSession, entity: Any, team_no: int) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(entity).where(
            entity.scope_team_id == REF.team_ids[team_no], entity.is_deleted.is_(False))) or 0)


def team_work(ws: WorkspaceSession, originals: Path, n: int) -> dict[str, str]:
    """Findings (one with the marker in its text), an interview and an attachment carrying the marker."""
    team_no = ws.team_no or 0
    ids = {"shared": add_finding(ws, f"第{n}组：公务接待问题"), "merged": add_finding(ws, f"第{n}组：车辆管理问题"),
           "marker": add_finding(ws, f"第{n}组：{MARKER}", description=f"含标记 {MARKER} 的描述。")}
    source = originals / (f"scan{n}.jpg" if n == 1 else f"report{n}.pdf")
    source.write_bytes(JPEG if n == 1 else PDF)
    attach_evidence(ws, "finding", ids["marker"], source, title=f"证据{n}")
    create_interview(ws, InterviewInput(assignment_id=REF.assignment_ids[team_no], interviewee_name=f"谈话对象{n}",
                                        interviewer_ids=list(REF.member_ids[team_no]),
                                        recorder_id=REF.member_ids[team_no][1], summary=f"谈话记录 {MARKER}"))
    return ids


def scan_for_leaks(root: Path) -> list[str]:
    leaks = []
    needles = [MARKER.encode(), MARKER.encode("utf-16-le")]
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        leaks += [f"{path}: marker" for needle in needles if needle in data]
        if not path.name.endswith(ENCRYPTED):  # random ciphertext may hold three magic bytes by chance
            leaks += [f"{path}: {name}" for name, magic in (("jpeg", b"\xff\xd8\xff"), ("pdf", b"%PDF-"))
                      if magic in data]
    return leaks


@pytest.mark.slow  # three workspaces, packages both ways (~5 s)
def test_two_teams_and_hq_exchange_packages_both_ways(sandbox: Path, tmp_path: Path, capsys) -> None:
    clock = FakeClock()
    originals = tmp_path / "originals"  # the person's own files: outside what the scan covers
    originals.mkdir()
    stick = sandbox / "stick"
    for folder in ("up1", "up2", "again1", "again2", "down"):
        (stick / folder).mkdir(parents=True)
    hq_path, team_paths = sandbox / "hq", {n: sandbox / f"team{n}" for n in (1, 2)}
    hq = create_workspace(hq_path, user_name=HQ_USER, role=Role.HQ_ADMIN, passphrase=PASSPHRASE,
                          kind=WorkspaceKind.HQ, clock=clock)
    seed_reference(hq)
    hq.lock()
    for n, path in team_paths.items():
        create_workspace(path, user_name=LEADERS[n], role=Role.TEAM_LEADER, passphrase=PASSPHRASE,
                         kind=WorkspaceKind.TEAM, team_no=n, clock=clock).lock()

    # Enrollment by file: request, HQ registers and grants, the team accepts; both show one fingerprint.
    for n, path in team_paths.items():
        request = cli(capsys, "enroll-request", path, "--out", stick / f"t{n}.xcreq")
        grant = cli(capsys, "enroll", hq_path, stick / f"t{n}.xcreq", "--team", n, "--round", REF.round_id,
                    "--out", stick / f"t{n}.xcgrant")
        accepted = cli(capsys, "enroll-accept", path, stick / f"t{n}.xcgrant")
        assert accepted["device_fingerprint"] == request["fingerprint"] == grant["device_fingerprint"]
        assert accepted["hq_fingerprint"] == grant["hq_fingerprint"]
    devices = cli(capsys, "devices", hq_path)["devices"]
    assert sorted(d["team_no"] for d in devices if d["kind"] == "team") == [1, 2]

    # Work on both teams, then packages to HQ.
    ids: dict[int, dict[str, str]] = {}
    for n, path in team_paths.items():
        ws = unlock_workspace(path, PASSPHRASE, clock=clock)
        with ws.read() as session:  # the grant brought HQ's reference rows
            assert session.scalar(select(func.count()).select_from(Finding)) == 0
        ids[n] = team_work(ws, originals, n)
        ws.lock()
        cli(capsys, "export-package", path, "--out", stick / f"up{n}")
    imported = cli(capsys, "import-package", hq_path, stick / "up1", stick / "up2")
    assert imported["ok"] and imported["by_status"] == {"imported": 2}

    hq = unlock_workspace(hq_path, PASSPHRASE, clock=clock)
    teams = {n: unlock_workspace(path, PASSPHRASE, clock=clock) for n, path in team_paths.items()}
    for n, ws in teams.items():
        for entity in (Finding, Evidence, Interview):
            assert count(hq, entity, n) == count(ws, entity, n) > 0, (n, entity.__tablename__)

    # Concurrent edits: the same field on both sides (-> one conflict each), different fields (-> merged).
    for n, ws in teams.items():
        edit_title(hq, ids[n]["shared"], f"第{n}组：巡察办改的标题")
        edit_title(ws, ids[n]["shared"], f"第{n}组：组里改的标题")
        edit_title(hq, ids[n]["merged"], f"第{n}组：车辆管理使用问题")
        edit_title(ws, ids[n]["merged"], f"第{n}组：车辆管理问题", description="组里补充的描述。")
    hq_edits = add_finding(hq, "巡察办新增的问题")
    hq.lock()
    for n, ws in teams.items():
        ws.lock()
        cli(capsys, "export-package", team_paths[n], "--out", stick / f"again{n}")
    second = cli(capsys, "import-package", hq_path, stick / "again1", stick / "again2")
    assert second["ok"] and second["totals"].get("conflict") == 2

    listed = cli(capsys, "conflicts", "list", hq_path)
    conflicts = listed["conflicts"]
    assert sorted((c["entity_id"], c["field"]) for c in conflicts) == sorted(
        (ids[n]["shared"], "title") for n in (1, 2))

    # Updates back to the teams: HQ's corrections and the merge arrive, the teams' changes are acknowledged.
    cli(capsys, "export-package", hq_path, "--out", stick / "down")
    for path in team_paths.values():
        update = cli(capsys, "import-package", path, stick / "down")
        assert update["ok"] and update["by_status"].get("imported") == 1
    hq = unlock_workspace(hq_path, PASSPHRASE, clock=clock)
    for n, path in team_paths.items():
        ws = unlock_workspace(path, PASSPHRASE, clock=clock)
        with ws.read() as session, hq.read() as hq_session:
            merged = session.get(Finding, ids[n]["merged"])
            assert merged is not None and merged.title == f"第{n}组：车辆管理使用问题"
            assert merged.description == "组里补充的描述。"
            assert (session.get(Finding, hq_edits) is not None) == (n == 1)  # HQ's new finding is team 1's
            assert hq_session.get(Finding, ids[n]["shared"]).open_conflicts == 1
        for entity in (Finding, Evidence, Interview):
            assert count(hq, entity, n) == count(ws, entity, n)
        ws.lock()
    hq.lock()

    # HQ revokes team 2's laptop: its next package is refused and changes nothing.
    team2 = next(d for d in devices if d["kind"] == "team" and d["team_no"] == 2)
    cli(capsys, "revoke", hq_path, team2["device_id"], "--reason", "笔记本遗失")
    ws = unlock_workspace(team_paths[2], PASSPHRASE, clock=clock)
    add_finding(ws, "撤销后录入的问题")
    ws.lock()
    (stick / "late").mkdir()
    cli(capsys, "export-package", team_paths[2], "--out", stick / "late")
    late = cli(capsys, "import-package", hq_path, stick / "late", exit_code=4)
    assert [p["code"] for p in late["packages"]] == ["revoked_sender"]

    leaks = scan_for_leaks(sandbox)
    assert not leaks, leaks
    assert len(scan_for_leaks(originals)) >= 4  # the scan does find the marker and both magics in plain files
