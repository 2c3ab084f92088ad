"""Developer tool: autogenerate a migration from the models against a scratch workspace at head.

    .venv/bin/python scripts/new_migration.py "message" [--clues]
"""

import secrets
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command

from models.migrate import CLUE_SCRIPTS, MAIN_SCRIPTS, _config, _upgrade
from models.store import KeyRing, connect_raw, make_engine


def main() -> None:
    message = sys.argv[1]
    clues = "--clues" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        ring = KeyRing(secrets.token_bytes(32), secrets.token_bytes(32))
        db, clue_db = Path(tmp, "workspace.db"), Path(tmp, "clues.db")
        connect_raw(clue_db, ring.clue_key_sql(), create=True).close()
        engine = make_engine(db, ring, clue_db, create=True)
        _upgrade(engine, MAIN_SCRIPTS, clues=False)
        if clues:
            _upgrade(engine, CLUE_SCRIPTS, clues=True)
        with engine.begin() as connection:
            command.revision(_config(CLUE_SCRIPTS if clues else MAIN_SCRIPTS, connection), message=message,
                             autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main()
