"""Schema migrations (Alembic) for workspace.db and the attached clue compartment.

Migrations run on an already keyed connection: Alembic never sees a URL or a key. Each database keeps
its own version table (``alembic_version`` in main, ``clues.alembic_version`` in the compartment).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent
MAIN_SCRIPTS = HERE / "migrations"
CLUE_SCRIPTS = HERE / "clue_migrations"


class SchemaTooNew(Exception):
    """The database was written by a newer version of the program."""


def _config(scripts: Path, connection: Connection | None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(scripts))
    config.attributes["connection"] = connection
    return config


def head_revision(scripts: Path = MAIN_SCRIPTS) -> str:
    head = ScriptDirectory.from_config(_config(scripts, None)).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection, *, clues: bool = False) -> str | None:
    opts = {"version_table_schema": "clues"} if clues else {}
    return MigrationContext.configure(connection, opts=opts).get_current_revision()


def _upgrade(engine: Engine, scripts: Path, *, clues: bool) -> None:
    known = {rev.revision for rev in ScriptDirectory.from_config(_config(scripts, None)).walk_revisions()}
    with engine.begin() as connection:
        current = current_revision(connection, clues=clues)
        if current is not None and current not in known:
            raise SchemaTooNew(current)
        command.upgrade(_config(scripts, connection), "head")


def upgrade_workspace(engine: Engine, *, with_clues: bool) -> None:
    """Bring workspace.db (and clues.db, when attached) to the newest schema this program knows."""
    _upgrade(engine, MAIN_SCRIPTS, clues=False)
    if with_clues:
        _upgrade(engine, CLUE_SCRIPTS, clues=True)
