"""The sync schema (issue 5): both change logs stay immutable after the migration added log_pos & co., only
acknowledged changes may be purged, and an existing workspace keeps its data with log_pos backfilled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models.clue import Clue, ClueChange, ClueMeta
from models.migrate import CLUE_SCRIPTS, current_revision, head_revision
from models.organisation import InspectedOrg
from models.sync import ChangeRecord, get_meta
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace_v1"
FIXTURE_PASSPHRASE = "fixture-v1-passphrase"


def _one_change_each(ws: WorkspaceSession) -> tuple[str, str]:
    with ws.write() as tx:
        main = tx.insert(InspectedOrg(name="市财政局", level="municipal_unit"))
        clue = tx.insert(Clue(clue_no="XS-2-1", assignment_id="a", org_id="o", clue_name="某某违规收受礼金",
                              reflected_person_name="张某"))
    return main, clue


@pytest.mark.parametrize("table", ["change_log", "clues.clue_change_log"])
def test_change_logs_are_immutable_and_only_acked_rows_may_be_purged(team_ws: WorkspaceSession, table: str) -> None:
    main, clue = _one_change_each(team_ws)
    change_id = clue if table.startswith("clues") else main
    where = {"id": change_id}
    for column, value in (("after_json", "'{}'"), ("before_json", "'{}'"), ("log_pos", "log_pos - 1"),
                          ("log_pos", "NULL"),
                          ("origin_package_id", "'p'"), ("device_seq", "999999"), ("hlc", "'x'")):
        with pytest.raises(DBAPIError, match="immutable"), team_ws.write() as tx:
            tx.session.execute(text(f"UPDATE {table} SET {column} = {value} WHERE change_id = :id"), where)
    with pytest.raises(DBAPIError, match="immutable"), team_ws.write() as tx:
        tx.session.execute(text(f"DELETE FROM {table} WHERE change_id = :id"), where)
    # acked, sync_outcome and log_pos (forward: a released backlog entry) may change; an acknowledged change may
    # be deleted (close-out).
    with team_ws.write() as tx:
        tx.session.execute(text(f"UPDATE {table} SET sync_outcome = 'applied', acked = 1, log_pos = log_pos + 100 "
                                "WHERE change_id = :id"), where)
    with team_ws.write() as tx:
        assert tx.session.execute(text(f"DELETE FROM {table} WHERE change_id = :id"), where).rowcount == 1  # type: ignore[attr-defined]
    with team_ws.read() as session:
        assert session.execute(text(f"SELECT count(*) FROM {table} WHERE change_id = :id"), where).scalar() == 0


def test_verify_requires_the_clue_log_triggers(team_ws: WorkspaceSession) -> None:
    assert verify_workspace(team_ws).ok
    with team_ws.write() as tx:
        tx.session.execute(text("DROP TRIGGER clues.clue_change_log_no_delete"))
    report = verify_workspace(team_ws)
    assert [p.params["name"] for p in report.problems if p.code == "trigger_missing"] == ["clue_change_log_no_delete"]


def test_migration_keeps_data_and_backfills_log_pos(tmp_path: Path) -> None:
    """The first released workspace (two revisions back) migrates through the previous head to this one."""
    copy = tmp_path / "ws"
    shutil.copytree(FIXTURE, copy)
    ws = unlock_workspace(copy, FIXTURE_PASSPHRASE)
    try:
        with ws.read() as session:
            assert current_revision(session.connection()) == head_revision()
            assert current_revision(session.connection(), clues=True) == head_revision(CLUE_SCRIPTS)
            for log, counter in ((ChangeRecord, get_meta(session, "log_pos")),
                                 (ClueChange, session.get(ClueMeta, "log_pos").value)):  # type: ignore[union-attr]
                rows = session.execute(select(log.device_seq, log.log_pos).order_by(log.device_seq)).all()
                assert rows, log
                assert [pos for _, pos in rows] == list(range(1, len(rows) + 1))
                assert counter == str(len(rows))
            n_main = len(rows := session.execute(select(ChangeRecord.change_id)).all())
            assert rows
            assert session.scalars(select(Clue.problem_text)).one() == "FIXTURE-CLUE-MARKER"
        assert verify_workspace(ws).ok
        main, clue = _one_change_each(ws)
        with ws.read() as session:
            assert session.get(ChangeRecord, main).log_pos == n_main + 1  # type: ignore[union-attr]
            assert session.get(ClueChange, clue).log_pos == session.scalar(  # type: ignore[union-attr]
                select(ClueChange.log_pos).order_by(ClueChange.log_pos.desc()).limit(1))
        # The recreated triggers hold on the migrated log too.
        with pytest.raises(DBAPIError, match="immutable"), ws.write() as tx:
            tx.session.execute(text("UPDATE change_log SET after_json = '{}' WHERE change_id = :id"), {"id": main})
    finally:
        ws.lock()
