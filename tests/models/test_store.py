"""The lost-laptop and wrong-passphrase promises, checked on the files themselves (docs/security.md §10)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models import store
from models.clue import Clue
from models.enums import Role
from models.finding import Finding
from models.organisation import Assignment, InspectedOrg, InspectionRound, InspectionTeam
from services.errors import LockedError, WorkspaceDamagedError, WrongPassphraseError
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE

MARKER = "绝密标记-PLAINTEXT-MARKER-7f3a"


def seed_finding(ws: WorkspaceSession, text_value: str = MARKER) -> Finding:
    with ws.write() as tx:
        rnd = InspectionRound(term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察")
        tx.insert(rnd)
        team = InspectionTeam(round_id=rnd.id, team_no=2, name="市委第二巡察组")
        tx.insert(team)
        org = InspectedOrg(name="市财政局", level="municipal_unit")
        tx.insert(org)
        asg = Assignment(round_id=rnd.id, team_id=team.id, org_id=org.id, inspection_type="routine")
        tx.insert(asg, scope_team_id=team.id)
        finding = Finding(code="[2026]3巡-2组-1号", seq_no=1, assignment_id=asg.id, org_id=org.id,
                          title="违规发放津补贴问题", description=text_value)
        tx.insert(finding, scope_team_id=team.id)
    return finding


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_files_are_unreadable_without_the_key_even_while_open(team_ws: WorkspaceSession) -> None:
    seed_finding(team_ws)
    with team_ws.write() as tx:
        tx.insert(Clue(clue_no="XS-1", assignment_id="a", org_id="o", clue_name="线索",
                       reflected_person_name="某某", problem_text=MARKER + "-clue"))
    # Keep a connection open so -wal and -shm exist and hold recent pages.
    with team_ws.read() as session:
        session.execute(text("SELECT count(*) FROM finding")).one()
        files = [p for p in team_ws.path.iterdir() if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            data = path.read_bytes()
            assert MARKER.encode() not in data, path.name
            assert b"SQLite format 3\x00" not in data[:16], path.name
    for name in ("workspace.db", "clues.db"):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(team_ws.path / name).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_touches_nothing(team_ws: WorkspaceSession) -> None:
    seed_finding(team_ws)
    folder = team_ws.path
    team_ws.lock()
    before = snapshot(folder)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(folder, "not-the-passphrase")
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(folder, "not-the-passphrase", user_name="张组长")
    after = snapshot(folder)
    after.pop("unlock-failures.log")
    assert (folder / "unlock-failures.log").read_bytes().count(b"\n") == 2  # only this log (docs/security.md §1.3)
    assert after == before


def test_plaintext_database_file_is_refused(team_ws: WorkspaceSession) -> None:
    folder = team_ws.path
    team_ws.lock()
    (folder / "workspace.db").unlink()
    sqlite3.connect(folder / "workspace.db").execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(WorkspaceDamagedError):
        unlock_workspace(folder, PASSPHRASE)


def test_mis_wired_engine_is_refused_and_writes_no_plaintext(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the driver were plain SQLite (PRAGMA key silently ignored), the guard must stop before any table exists."""
    monkeypatch.setattr(store, "sqlcipher", sqlite3)
    ring = store.KeyRing(bytes(range(32)))
    target = tmp_path / "workspace.db"
    with pytest.raises(store.PlaintextDatabase):
        store.connect_raw(target, ring.db_key_sql(), create=True)
    assert not target.exists() or target.stat().st_size == 0


def test_wrong_raw_key_fails_fast(team_ws: WorkspaceSession) -> None:
    with pytest.raises(store.StoreCorrupt):
        store.connect_raw(team_ws.path / "workspace.db", store.KeyRing(bytes(32)).db_key_sql())


def test_lock_disposes_engine_and_zeroes_keys(team_ws: WorkspaceSession) -> None:
    seed_finding(team_ws)
    ring = team_ws.keyring
    team_ws.lock()
    assert ring.is_zeroed()
    assert team_ws.engine.pool.checkedin() == 0
    with pytest.raises(LockedError):
        with team_ws.read():
            pass
    with pytest.raises(store.StoreLocked):
        team_ws.engine.connect()


def test_member_session_never_attaches_the_compartment(team_ws: WorkspaceSession) -> None:
    from services.accounts import add_user

    with team_ws.write() as tx:
        tx.insert(Clue(clue_no="XS-1", assignment_id="a", org_id="o", clue_name="线索",
                       reflected_person_name="某某", problem_text=MARKER))
    add_user(team_ws, "王组员", Role.MEMBER, PASSPHRASE)
    folder = team_ws.path
    team_ws.lock()
    member = unlock_workspace(folder, PASSPHRASE, user_name="王组员")
    try:
        assert not member.can_read_clues
        assert not member.keyring.has_clue_key
        with member.read() as session:
            databases = [row[1] for row in session.execute(text("PRAGMA database_list"))]
            assert databases == ["main"]
            with pytest.raises(Exception, match="no such table"):
                session.execute(text("SELECT * FROM clues.clue")).all()
        # The member's own DB key does not open the compartment either.
        with pytest.raises(store.StoreCorrupt):
            store.connect_raw(folder / "clues.db", member.keyring.db_key_sql())
        # A plaintext copy of everything the member can open holds no clue content.
        plain = folder.parent / "member-export.db"
        with member.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
            raw.execute("SELECT sqlcipher_export('plain')")
            raw.execute("DETACH DATABASE plain")
        exported = plain.read_bytes()
        assert exported.startswith(b"SQLite format 3\x00")
        assert MARKER.encode() not in exported
    finally:
        member.lock()


def test_a_dangling_reference_is_refused_at_commit(team_ws: WorkspaceSession) -> None:
    """Foreign keys are deferred to COMMIT, not switched off: a row pointing nowhere never lands."""
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), team_ws.write() as tx:
        tx.insert(Assignment(round_id="no-such-round", team_id="t", org_id="o", inspection_type="routine"))
    with team_ws.read() as session:
        assert session.execute(text("SELECT count(*) FROM assignment")).scalar() == 0
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_errors_never_carry_the_values(team_ws: WorkspaceSession) -> None:
    """A failing statement's message goes to logs and crash dialogs: it must not hold clue text."""
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as caught, team_ws.write() as tx:
        tx.session.execute(text("INSERT INTO meta (key, value) VALUES ('device_id', :v)"), {"v": MARKER})
    assert "UNIQUE" in str(caught.value)
    assert MARKER not in str(caught.value)
