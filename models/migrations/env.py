"""Alembic environment for workspace.db: runs on the keyed connection handed over in config.attributes."""

from alembic import context

import models.entities  # noqa: F401  (registers every table on Base.metadata)
from models.base import Base, WanYuan
from models.search import is_search_table


def render_item(type_, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Migrations store what the column is in SQL, not the Python type that reads it."""
    if type_ == "type" and isinstance(obj, WanYuan):
        return "sa.BigInteger()"
    return False


def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    """The full-text index (a virtual table, its shadow tables, its text table) is managed by hand."""
    return not (type_ == "table" and is_search_table(name))


connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True, render_item=render_item, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
