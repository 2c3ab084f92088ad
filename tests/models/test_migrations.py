"""Schema versions: a workspace of the first released schema opens and migrates; models match migrations."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from models import migrate
from models.base import Base, ClueBase
from models.clue import Clue
from models.finding import Finding
from models.keystore import Keystore
from models.migrate import CLUE_SCRIPTS, current_revision, head_revision, upgrade_workspace
from models.search import is_search_table
from models.store import KeyRing, connect_raw, make_engine
from services.verify import verify_workspace
from services.workspace import unlock_workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace_v1"
FIXTURE_PASSPHRASE = "fixture-v1-passphrase"
FIRST_MAIN_REVISION = "4220ebdc9ec2"


def test_first_schema_fixture_opens_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    copy = tmp_path / "ws"
    shutil.copytree(FIXTURE, copy)
    ws = unlock_workspace(copy, FIXTURE_PASSPHRASE)
    try:
        with ws.read() as session:
            assert current_revision(session.connection()) == head_revision()
            finding = session.scalars(select(Finding)).one()
            assert finding.code == "[2026]3巡-2组-1号" and str(finding.amount_involved) == "12.5"
            assert session.scalars(select(Clue.problem_text)).one() == "FIXTURE-CLUE-MARKER"
        assert verify_workspace(ws).ok
    finally:
        ws.lock()


def test_fixture_is_at_the_first_revision(tmp_path: Path) -> None:
    """Guard: the fixture stays the first released format (nobody regenerated it with a newer schema)."""
    copy = tmp_path / "ws"
    shutil.copytree(FIXTURE, copy)
    keys = Keystore.load(copy / "keys.json").unwrap("张组长", FIXTURE_PASSPHRASE)
    con = connect_raw(copy / "workspace.db", KeyRing(keys.db_key).db_key_sql())
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST_MAIN_REVISION,)]
    finally:
        con.close()


def test_models_match_the_migrations(tmp_path: Path) -> None:
    ring = KeyRing(secrets.token_bytes(32), secrets.token_bytes(32))
    connect_raw(tmp_path / "clues.db", ring.clue_key_sql(), create=True).close()
    engine = make_engine(tmp_path / "workspace.db", ring, tmp_path / "clues.db", create=True)
    try:
        upgrade_workspace(engine, with_clues=True)
        with engine.connect() as connection:
            main_ctx = MigrationContext.configure(connection, opts={
                "compare_type": True,
                "include_name": lambda name, type_, parents: not (type_ == "table" and is_search_table(name)),
            })
            main_diff = compare_metadata(main_ctx, Base.metadata)
            clue_ctx = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_schemas": True, "version_table_schema": "clues",
                "include_name": lambda name, type_, parents: type_ != "schema" or name == "clues",
            })
            clue_diff = compare_metadata(clue_ctx, ClueBase.metadata)
        assert main_diff == [], main_diff
        assert clue_diff == [], clue_diff
        assert CLUE_SCRIPTS.is_dir()
    finally:
        engine.dispose()


def test_an_up_to_date_workspace_is_not_handed_to_alembic(team_ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 (unlock): at the head, unlocking reads the version and stops; below it, Alembic upgrades."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Alembic asked to upgrade a workspace already at the head")

    monkeypatch.setattr(command, "upgrade", refuse)
    upgrade_workspace(team_ws.engine, with_clues=team_ws.can_read_clues)  # at the head: no call
    with team_ws.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'cb277f8d2004'")
    with pytest.raises(AssertionError, match="already at the head"):
        upgrade_workspace(team_ws.engine, with_clues=False)
    with team_ws.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    with pytest.raises(migrate.SchemaTooNew):
        upgrade_workspace(team_ws.engine, with_clues=False)
    assert migrate.warm().join(5) is None and head_revision() == migrate._script_facts(migrate.MAIN_SCRIPTS)[0]
