"""Schema migrations (Alembic) for workspace.db and the attached clue compartment.

Migrations run on an already keyed connection: Alembic never sees a URL or a key. Each database keeps
its own version table (``alembic_version`` in main, ``clues.alembic_version`` in the compartment).

The scripts are read once per process (``_script_facts``; ``warm()`` reads them on a thread while the unlock
dialog waits for the passphrase), and a database already at the head is not handed to Alembic at all: unlocking
an up-to-date workspace costs one SELECT of its version, not a load of every migration script.
"""

from __future__ import annotations

import threading
from functools import cache
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


_facts_lock = threading.Lock()


@cache
def _cached_facts(scripts: Path) -> tuple[str, frozenset[str]]:
    directory = ScriptDirectory.from_config(_config(scripts, None))
    head = directory.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in directory.walk_revisions())


def _script_facts(scripts: Path) -> tuple[str, frozenset[str]]:
    """The head revision and every known revision of a script folder, read once per process."""
    with _facts_lock:  # warm() may be reading them on its thread
        return _cached_facts(scripts)


def warm() -> threading.Thread:
    """Read both script folders on a daemon thread (the window calls it before the passphrase is typed)."""
    thread = threading.Thread(target=lambda: [_script_facts(s) for s in (MAIN_SCRIPTS, CLUE_SCRIPTS)],
                              name="xuncha-migrations-warm", daemon=True)
    thread.start()
    return thread


def head_revision(scripts: Path = MAIN_SCRIPTS) -> str:
    return _script_facts(scripts)[0]


def current_revision(connection: Connection, *, clues: bool = False) -> str | None:
    opts = {"version_table_schema": "clues"} if clues else {}
    return MigrationContext.configure(connection, opts=opts).get_current_revision()


def _upgrade(engine: Engine, scripts: Path, *, clues: bool) -> None:
    head, known = _script_facts(scripts)
    with engine.begin() as connection:
        current = current_revision(connection, clues=clues)
        if current == head:
            return  # up to date: nothing for Alembic to do
        if current is not None and current not in known:
            raise SchemaTooNew(current)
        command.upgrade(_config(scripts, connection), "head")


def upgrade_workspace(engine: Engine, *, with_clues: bool) -> None:
    """Bring workspace.db (and clues.db, when attached) to the newest schema this program knows."""
    _upgrade(engine, MAIN_SCRIPTS, clues=False)
    if with_clues:
        _upgrade(engine, CLUE_SCRIPTS, clues=True)
