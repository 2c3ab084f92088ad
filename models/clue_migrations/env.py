"""Alembic environment for the clue compartment, attached to the keyed connection as schema ``clues``."""

from alembic import context

import models.entities  # noqa: F401  (registers every table on ClueBase.metadata)
from models.base import ClueBase, WanYuan


def only_clue_schema(name, type_, parent_names):  # type: ignore[no-untyped-def]
    if type_ == "schema":
        return name == "clues"
    return True




def render_item(type_, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Migrations store what the column is in SQL, not the Python type that reads it."""
    if type_ == "type" and isinstance(obj, WanYuan):
        return "sa.BigInteger()"
    return False


connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=ClueBase.metadata, render_as_batch=True,
                  compare_type=True, render_item=render_item, include_schemas=True, include_name=only_clue_schema,
                  version_table_schema="clues")
with context.begin_transaction():
    context.run_migrations()
