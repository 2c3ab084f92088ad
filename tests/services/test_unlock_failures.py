"""Failed unlocks (issue 15, item 4): recorded beside keys.json without touching a database, surviving a restart,
tampering-evident, folded into the audit chain at the next unlock, and throttled after too many (docs/security.md
§1.3). The clock is injected: nothing sleeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.unlock_log import LOG_FILE, read_log
from services.clock import FakeClock
from services.errors import UnknownUserError, UnlockThrottledError, WrongPassphraseError
from services.unlock_failures import FREE_ATTEMPTS, wait_after
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, load_keystore, unlock_workspace
from tests.conftest import PASSPHRASE


def fail(folder: Path, clock: FakeClock, times: int = 1, user: str | None = None) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphraseError):
            unlock_workspace(folder, "not-the-passphrase", user, clock=clock)


def events(ws: WorkspaceSession, action: str) -> list[dict]:
    with ws.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))
        return [json.loads(row.detail_json) for row in rows]


def db_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != LOG_FILE}


@pytest.fixture
def folder(team_ws: WorkspaceSession) -> Path:
    team_ws.lock()
    return team_ws.path


def test_failures_touch_no_database_and_the_count_survives_a_restart(folder: Path, clock: FakeClock) -> None:
    before = db_files(folder)
    fail(folder, clock, 2)
    with pytest.raises(UnknownUserError):
        unlock_workspace(folder, PASSPHRASE, "王五", clock=clock)
    assert db_files(folder) == before  # keys.json and both databases byte-identical, no -wal/-shm
    # a new process knows nothing but the file: read it afresh
    state = read_log(folder, load_keystore(folder).workspace_id)
    assert [e.kind for e in state.entries] == ["failed"] * 3 and not state.problem
    assert state.entries[2].user and "王五" not in (folder / LOG_FILE).read_text()  # a salted tag, not the name


def test_the_next_unlock_audits_them_once(folder: Path, clock: FakeClock) -> None:
    fail(folder, clock, 3)
    ws = unlock_workspace(folder, PASSPHRASE, clock=clock)
    try:
        assert ws.failed_unlocks is not None and ws.failed_unlocks["attempts"] == 3
        (event,) = events(ws, "unlock_failed")
        assert event["attempts"] == 3 and event["first_at"] and event["last_at"]
        assert verify_workspace(ws).ok
    finally:
        ws.lock()
    again = unlock_workspace(folder, PASSPHRASE, clock=clock)
    try:
        assert again.failed_unlocks is None and len(events(again, "unlock_failed")) == 1
        assert events(again, "unlock_log_tampered") == []
    finally:
        again.lock()


def test_an_edited_line_is_evident_and_set_aside(folder: Path, clock: FakeClock) -> None:
    fail(folder, clock, 2)
    log = folder / LOG_FILE
    lines = log.read_text().splitlines()
    lines[0] = lines[0].replace('"failed"', '"unlocked"')  # pretend it was a success
    log.write_text("\n".join(lines) + "\n")
    ws = unlock_workspace(folder, PASSPHRASE, clock=clock)
    try:
        (tampered,) = events(ws, "unlock_log_tampered")
        assert tampered["problem"] == "damaged" and tampered["unreadable_lines"] == 2
        assert events(ws, "unlock_failed")[0]["attempts"] == 2  # the unreadable lines still count
    finally:
        ws.lock()
    assert [p.name for p in folder.glob(LOG_FILE + ".damaged-*")]  # kept as evidence
    assert not read_log(folder, load_keystore(folder).workspace_id).problem


@pytest.mark.parametrize("how", ["deleted", "cut_back"])
def test_a_log_deleted_or_cut_back_after_an_unlock_is_evident(folder: Path, clock: FakeClock, how: str) -> None:
    fail(folder, clock, 2)
    unlock_workspace(folder, PASSPHRASE, clock=clock).lock()  # folded: the database now anchors the file
    log = folder / LOG_FILE
    if how == "deleted":
        log.unlink()
    else:
        log.write_text(log.read_text().splitlines()[0] + "\n")
    ws = unlock_workspace(folder, PASSPHRASE, clock=clock)
    try:
        (tampered,) = events(ws, "unlock_log_tampered")
        assert tampered["rewound"] is True
    finally:
        ws.lock()


def test_too_many_failures_slow_the_next_attempt(folder: Path, clock: FakeClock) -> None:
    fail(folder, clock, FREE_ATTEMPTS)
    with pytest.raises(UnlockThrottledError) as caught:
        unlock_workspace(folder, PASSPHRASE, clock=clock)  # even the right passphrase waits
    assert caught.value.params["seconds"] == wait_after(FREE_ATTEMPTS) == 30 and caught.value.exit_code == 3
    clock.advance(10)
    with pytest.raises(UnlockThrottledError) as caught:
        unlock_workspace(folder, PASSPHRASE, clock=clock)
    assert caught.value.params["seconds"] == 20
    clock.advance(20)
    fail(folder, clock)  # the wait is over: one more try, wrong again -> twice as long
    with pytest.raises(UnlockThrottledError) as caught:
        unlock_workspace(folder, PASSPHRASE, clock=clock)
    assert caught.value.params["seconds"] == 60
    clock.advance(-3600)  # a clock set back does not shorten the wait
    with pytest.raises(UnlockThrottledError) as caught:
        unlock_workspace(folder, PASSPHRASE, clock=clock)
    assert caught.value.params["seconds"] == 60
    clock.advance(3600 + 60)
    ws = unlock_workspace(folder, PASSPHRASE, clock=clock)
    try:
        assert events(ws, "unlock_failed")[0]["attempts"] == FREE_ATTEMPTS + 1
    finally:
        ws.lock()
    fail(folder, clock)  # a successful unlock starts the count again
    unlock_workspace(folder, PASSPHRASE, clock=clock).lock()


def test_the_wait_doubles_up_to_fifteen_minutes() -> None:
    assert [wait_after(n) for n in range(FREE_ATTEMPTS)] == [0.0] * FREE_ATTEMPTS
    assert [wait_after(FREE_ATTEMPTS + k) for k in range(4)] == [30, 60, 120, 240]
    assert wait_after(100) == 15 * 60
