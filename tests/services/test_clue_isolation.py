"""Clue isolation at the file level (docs/security.md §3.2, §10 "a member reads clues"): a member's session never
holds the clue key and never opens clues.db; no clue text reaches workspace.db, its -wal, the main audit
log or change log, or any file in plaintext. Each claim has a positive control showing the test can fail."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from models.audit import AuditEvent
from models.enums import Role
from models.keystore import Keystore
from models.store import KeyRing, StoreCorrupt, connect_raw
from models.sync import ChangeRecord
from services.accounts import add_user
from services.clues import create_clue, delete_clue, link_clue, unlink_clue, update_clue
from services.queries.clues import clue_assignments, clue_detail, linkable_findings, list_clues
from services.workspace import CLUES_DB, KEYS_FILE, WORKSPACE_DB, WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.ui.data import populate

MEMBER, OFFICER = "李组员", "赵线索"
# Distinctive words that exist only in clue fields: if they show up anywhere outside clues.db, clue text leaked.
MARKERS = ("甄别标记钱某某", "QX7-CLUE-MARKER", "收受礼金九万元标记", "删除原因标记", "取消关联标记")


def encodings(word: str) -> list[bytes]:
    return [word.encode("utf-8"), word.encode("utf-16-le"), word.encode("gb18030")]


def leaks(data: bytes) -> list[str]:
    return [word for word in MARKERS if any(form in data for form in encodings(word))]


@pytest.fixture
def edited(team_ws: WorkspaceSession, clock) -> Iterator[Path]:
    """A team workspace whose clue officer wrote, edited, linked, unlinked and deleted clues full of markers."""
    populate(team_ws, 4)
    add_user(team_ws, MEMBER, Role.MEMBER, PASSPHRASE)
    add_user(team_ws, OFFICER, Role.CLUE_OFFICER, PASSPHRASE)
    officer = unlock_workspace(team_ws.path, PASSPHRASE, OFFICER, clock=clock)
    try:
        values = {"assignment_id": clue_assignments(officer)[0].id, "clue_name": f"关于{MARKERS[0]}的问题线索",
                  "reflected_person_name": MARKERS[0], "problem_text": MARKERS[2], "discipline": ["integrity"],
                  "result": MARKERS[1]}
        finding = linkable_findings(officer)[0].id
        kept = create_clue(officer, values, from_finding_id=finding)
        update_clue(officer, kept, {"handling_note": MARKERS[1] + "补充", "reflected_person_post": MARKERS[0]})
        link = link_clue(officer, kept, "finding", linkable_findings(officer)[1].id)
        unlink_clue(officer, link, MARKERS[4])
        gone = create_clue(officer, values)
        delete_clue(officer, gone, MARKERS[3])
        list_clues(officer)
        clue_detail(officer, kept)
    finally:
        officer.lock()
    team_ws.lock()
    yield team_ws.path


def test_the_members_slot_holds_no_clue_key(edited: Path) -> None:
    store = Keystore.load(edited / KEYS_FILE)
    member = store.unwrap(MEMBER, PASSPHRASE)
    officer = store.unwrap(OFFICER, PASSPHRASE)
    assert member.clue_key is None and store.slots_of(MEMBER)[0].clue_key is None
    assert officer.clue_key is not None and len(officer.clue_key) == 32
    assert bytes(member.db_key) == bytes(officer.db_key) and bytes(officer.clue_key) != bytes(officer.db_key)


def test_clues_db_does_not_open_with_the_main_key(edited: Path) -> None:
    ring = KeyRing(database_keys(edited, MEMBER)[0])
    with pytest.raises(StoreCorrupt):
        connect_raw(edited / CLUES_DB, ring.db_key_sql())
    with pytest.raises(sqlite3.DatabaseError):  # nor as a plain SQLite file
        sqlite3.connect(edited / CLUES_DB).execute("SELECT count(*) FROM sqlite_master").fetchone()
    connect_raw(edited / CLUES_DB, KeyRing(*database_keys(edited, OFFICER)).clue_key_sql()).close()  # control


def database_keys(folder: Path, name: str) -> tuple[bytearray, bytearray | None]:
    """The database keys a user's slot reaches (through the envelope, docs/security.md §1.7)."""
    store = Keystore.load(folder / KEYS_FILE)
    ((db, clue),) = store.database_keys(store.unwrap(name, PASSPHRASE))
    return db, clue


def _open_files() -> set[str]:
    folder = Path("/proc/self/fd")
    names = set()
    for entry in folder.iterdir():
        try:
            names.add(os.path.basename(os.readlink(entry)))
        except OSError:
            continue
    return names


def test_a_members_engine_has_no_clue_schema_and_never_opens_the_file(edited: Path, clock) -> None:
    member = unlock_workspace(edited, PASSPHRASE, MEMBER, clock=clock)
    try:
        assert not member.can_read_clues and not member.engine.info_clue_attached  # type: ignore[attr-defined]
        with member.read() as session:
            schemas = [row[1] for row in session.execute(text("PRAGMA database_list"))]
            assert "clues" not in schemas
            with pytest.raises(OperationalError):
                session.execute(text("SELECT count(*) FROM clues.clue"))
            if Path("/proc/self/fd").is_dir():
                assert CLUES_DB not in _open_files() and WORKSPACE_DB in _open_files()
    finally:
        member.lock()
    officer = unlock_workspace(edited, PASSPHRASE, OFFICER, clock=clock)
    try:  # the control: the officer's connection does attach it
        with officer.read() as session:
            assert "clues" in [row[1] for row in session.execute(text("PRAGMA database_list"))]
            if Path("/proc/self/fd").is_dir():
                assert CLUES_DB in _open_files()
    finally:
        officer.lock()


def _plaintext_export(database: Path, key_sql: str, target: Path) -> bytes:
    con = connect_raw(database, key_sql)
    try:
        con.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
        con.execute("SELECT sqlcipher_export('plaintext')")
        con.execute("DETACH DATABASE plaintext")
    finally:
        con.close()
    return target.read_bytes()


def test_the_main_database_exported_to_plaintext_holds_no_clue_text(edited: Path, tmp_path: Path) -> None:
    ring = KeyRing(*database_keys(edited, OFFICER))
    main = _plaintext_export(edited / WORKSPACE_DB, ring.db_key_sql(), tmp_path / "main-plain.db")
    assert main.startswith(b"SQLite format 3\x00") and "第1号问题".encode() in main  # it is readable
    assert leaks(main) == []
    clues = _plaintext_export(edited / CLUES_DB, ring.clue_key_sql(), tmp_path / "clues-plain.db")
    assert set(leaks(clues)) == set(MARKERS)  # the control: every marker was written, in the compartment


def test_the_audit_log_and_change_log_of_the_main_database_name_ids_only(edited: Path, clock) -> None:
    member = unlock_workspace(edited, PASSPHRASE, MEMBER, clock=clock)
    try:
        with member.read() as session:
            events = list(session.scalars(select(AuditEvent)))
            changes = list(session.scalars(select(ChangeRecord)))
    finally:
        member.lock()
    audit_text = "\n".join(f"{e.action} {e.entity} {e.entity_id} {e.detail_json}" for e in events)
    change_text = "\n".join(f"{c.entity} {c.before_json} {c.after_json}" for c in changes)
    assert leaks(audit_text.encode()) == [] and leaks(change_text.encode()) == []
    assert not any(c.entity in {"clue", "clue_link"} for c in changes)  # clue changes go to the compartment's log
    clue_events = [e for e in events if e.entity == "clue"]
    assert {e.action for e in clue_events} >= {"create", "update", "delete", "clue_list_viewed", "clue_viewed"}


def test_no_file_holds_clue_text_in_plaintext(edited: Path, tmp_path: Path) -> None:
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {WORKSPACE_DB, CLUES_DB, KEYS_FILE}
    for path in files:
        data = path.read_bytes()
        assert leaks(data) == [], path
        if path.suffix in (".db", ".db-wal") and data:
            assert not data.startswith(b"SQLite format 3\x00"), path


def test_no_clue_text_in_the_write_ahead_logs_while_the_officer_works(edited: Path, clock) -> None:
    officer = unlock_workspace(edited, PASSPHRASE, OFFICER, clock=clock)
    try:
        create_clue(officer, {"assignment_id": clue_assignments(officer)[0].id, "clue_name": MARKERS[0],
                              "reflected_person_name": MARKERS[1], "problem_text": MARKERS[2],
                              "discipline": "廉洁纪律"})
        with officer.read() as session:  # hold a connection open so the -wal files stay
            session.execute(text("SELECT 1"))
            wal_files = {path.name: path.read_bytes() for path in edited.iterdir() if path.name.endswith("-wal")}
            assert f"{WORKSPACE_DB}-wal" in wal_files and f"{CLUES_DB}-wal" in wal_files
            for name, data in wal_files.items():
                assert leaks(data) == [], name
    finally:
        officer.lock()
