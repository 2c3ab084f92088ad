"""Alembic environment for workspace.db: runs on the keyed connection handed over in config.attributes."""

from alembic import context

import models.entities  # noqa: F401  (registers every table on Base.metadata)
from models.base import Base, WanYuan


def render_item(type_, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Migrations store what the column is in SQL, not the Python type that reads it."""
    if type_ == "type" and isinstance(obj, WanYuan):
        return "sa.BigInteger()"
    return False


connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True, render_item=render_item)
with context.begin_transaction():
    context.run_migrations()
