"""Crash mid-import (docs/security.md §10): an exception after k changes, and SIGKILL of an import subprocess
inside its write transaction. Afterwards the workspace is intact (integrity_check, cipher_integrity_check,
verify_workspace), holds no partial rows, and importing the same package again succeeds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from models.audit import AuditEvent
from services.sync.importer import import_package
from services.sync.merge import apply
from services.sync.report import ImportStatus
from services.verify import verify_workspace
from services.workspace import WorkspaceSession
from tests.services.sync.import_helpers import snapshot, team_packages
from tests.services.sync.world import World

CHILD = Path(__file__).with_name("import_child.py")
VOLATILE = ("main.audit_log", "main.meta", "audit_heads")  # unlocking writes an audit event and the clock


def state(ws: WorkspaceSession) -> dict[str, Any]:
    return {key: value for key, value in snapshot(ws).items() if key not in VOLATILE}


def actions_after(ws: WorkspaceSession, seq: int) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.device_id == ws.device_id, AuditEvent.seq > seq).order_by(AuditEvent.seq)))


def own_head(ws: WorkspaceSession) -> int:
    with ws.read() as session:
        return int(session.scalar(select(AuditEvent.seq).where(AuditEvent.device_id == ws.device_id)
                                  .order_by(AuditEvent.seq.desc()).limit(1)) or 0)


def assert_intact(ws: WorkspaceSession) -> None:
    with ws.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert list(session.execute(text("PRAGMA cipher_integrity_check"))) == []
    report = verify_workspace(ws)
    assert report.ok, report


def test_exception_inside_the_transaction_writes_nothing(world: World, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with world.opened("t1a") as (a,):
        package = team_packages(a, tmp_path / "out", 1)[0]
    real = apply.apply_main

    def failing(tx: Any, reader: Any, *args: Any, **kwargs: Any) -> Any:
        real(tx, reader, *args, **kwargs)  # every change applied, then the failure before commit
        tx.session.flush()
        raise RuntimeError("disk unplugged")

    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        monkeypatch.setattr(apply, "apply_main", failing)
        with pytest.raises(RuntimeError):
            import_package(hq, package)
        assert snapshot(hq) == before  # not a rejection: the error propagates, the transaction rolled back
        monkeypatch.setattr(apply, "apply_main", real)
        assert import_package(hq, package).status is ImportStatus.IMPORTED
        assert_intact(hq)


def test_sigkill_mid_import_then_reimport(world: World, tmp_path: Path) -> None:
    with world.opened("t1a") as (a,):
        package = team_packages(a, tmp_path / "out", 1)[0]
    with world.opened("hq") as (hq,):
        before, head = state(hq), own_head(hq)
    child = subprocess.Popen([sys.executable, str(CHILD), str(world.path("hq")), str(package)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            lines.append(line.strip())
            if line.strip() == "applying":
                break
        assert lines and lines[-1] == "applying", (lines, child.stderr.read() if child.stderr else "")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=20)
    assert child.returncode == -signal.SIGKILL
    with world.opened("hq") as (hq,):
        assert_intact(hq)
        assert state(hq) == {**before, "incoming": state(hq)["incoming"]}  # no partial row anywhere
        assert set(actions_after(hq, head)) == {"unlock", "verify"}  # both unlocks, our verify, nothing else
        result = import_package(hq, package)
        assert result.status is ImportStatus.IMPORTED, result
        assert not any((world.path("hq") / "incoming").iterdir())
        assert_intact(hq)


def test_crash_between_the_main_and_the_clue_commit_is_completed_by_importing_again(
        world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from models.clue import Clue
    from models.clue_sync import CluePackage
    from models.sync_inbox import SyncPackage
    from services.clues import create_clue
    from services.queries.clues import clue_assignments

    with world.opened("t1a") as (a,):
        create_clue(a, {"assignment_id": clue_assignments(a)[0].id, "clue_name": "关于某局长违规收受礼金的问题线索",
                        "reflected_person_name": "钱某", "reflected_person_post": "局长",
                        "problem_text": "反映其收受管理服务对象礼金。", "clue_source": "信访", "discipline": "廉洁纪律",
                        "accepted_at": "2026年3月5日", "feedback_due": date(2026, 6, 5)})
        package = team_packages(a, tmp_path / "out", 1)[0]
    real = apply.apply_clues

    def power_cut(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("power cut after the main commit")

    with world.opened("hq") as (hq,):
        monkeypatch.setattr(apply, "apply_clues", power_cut)
        with pytest.raises(RuntimeError):
            import_package(hq, package)
        with hq.read() as session:
            package_id = session.scalars(select(SyncPackage.package_id).where(SyncPackage.direction == "in")).one()
            assert session.get(SyncPackage, package_id).status == "part_main"
            assert session.get(CluePackage, package_id) is None and session.scalars(select(Clue)).all() == []
        monkeypatch.setattr(apply, "apply_clues", real)
        result = import_package(hq, package)
        assert result.status is ImportStatus.IMPORTED and "completed" in result.warnings, result
        assert sum(result.clue_counts.values()) >= 1 and not result.counts  # only the clue part was applied
        with hq.read() as session:
            assert session.get(SyncPackage, package_id).status == "imported"
            assert session.get(CluePackage, package_id) is not None
            assert [c.reflected_person_name for c in session.scalars(select(Clue))] == ["钱某"]
        assert import_package(hq, package).status is ImportStatus.ALREADY_IMPORTED
        assert_intact(hq)


def test_leftovers_of_a_crashed_import_go_but_a_running_import_keeps_its_files(tmp_path: Path) -> None:
    import time

    from services.sync.import_records import clean_incoming

    folder = tmp_path / "incoming"
    folder.mkdir()
    mine, running, crashed = (folder / "p-mine.main.db", folder / "p-other.main.db", folder / "p-old.clues.db")
    for path in (mine, running, crashed):
        path.write_bytes(b"x")
    old = time.time() - 2 * 3600
    os.utime(crashed, (old, old))
    clean_incoming(folder)  # at the start of an import: only what is stale
    assert sorted(p.name for p in folder.iterdir()) == ["p-mine.main.db", "p-other.main.db"]
    clean_incoming(folder, "p-mine")  # at its end: its own files too
    assert [p.name for p in folder.iterdir()] == ["p-other.main.db"]
