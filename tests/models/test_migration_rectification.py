"""Issue 12's migration: a workspace of the released schema before it (tests/fixtures/workspace_v2) opens,
migrates to head and keeps its ledger; the new rectification tables are there and writable."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from models.entities import Handover, RectificationItem, RectificationProgress
from models.keystore import Keystore
from models.migrate import current_revision, head_revision
from models.store import KeyRing, connect_raw
from services.verify import verify_workspace
from services.workspace import unlock_workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace_v2"
PASSPHRASE = "fixture-v2-passphrase"
RELEASED_REVISION = "cb277f8d2004"


def test_fixture_is_at_the_released_revision(tmp_path: Path) -> None:
    copy = tmp_path / "ws"
    shutil.copytree(FIXTURE, copy)
    keys = Keystore.load(copy / "keys.json").unwrap("王主任", PASSPHRASE)
    con = connect_raw(copy / "workspace.db", KeyRing(keys.db_key).db_key_sql())
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(RELEASED_REVISION,)]
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "rectification_progress" not in tables
    finally:
        con.close()


def test_released_workspace_migrates_and_keeps_its_ledger(tmp_path: Path) -> None:
    copy = tmp_path / "ws"
    shutil.copytree(FIXTURE, copy)
    ws = unlock_workspace(copy, PASSPHRASE)
    try:
        with ws.read() as session:
            assert current_revision(session.connection()) == head_revision()
            item = session.scalars(select(RectificationItem)).one()
            assert item.progress_text == "FIXTURE-V2-PROGRESS" and item.status == "in_progress"
            assert item.feedback_id is None
            assert session.scalars(select(Handover.handover_no)).one() == "YJ-2026-2-1"
        with ws.write() as tx:
            tx.insert(RectificationProgress(item_id=item.id, reported_on=date(2026, 7, 1), text="已建立台账"),
                      scope_team_id=item.scope_team_id)
        assert verify_workspace(ws).ok
    finally:
        ws.lock()
