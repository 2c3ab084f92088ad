"""The findings' full-text index: ``finding_fts`` (FTS5, trigram tokenizer, holding the searchable text of live
findings, each value ending in two U+001F), ``finding_search_key`` (its rowid -> the finding's id) and
``finding_fts_vocab`` (its vocabulary, for terms shorter than a trigram).

Both are created by migration 94c83cf4474d and kept in step with ``finding`` by triggers, never written by
the program. They are not on ``Base.metadata`` (an FTS5 virtual table and its shadow tables are not ORM
tables); ``is_search_table`` tells Alembic's comparison to leave them alone.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table

SEARCH_METADATA = MetaData()

finding_search_key = Table(
    "finding_search_key", SEARCH_METADATA,
    Column("docid", Integer, primary_key=True),
    Column("finding_id", String(36), nullable=False, unique=True),
)

# The searched columns, in the order of the index.
TEXT_COLUMNS = ("title", "description", "legal_basis", "persons")
FTS_TABLE = "finding_fts"
# A term shorter than this cannot be matched by the trigram index (and needs a plain substring scan).
TRIGRAM = 3


def is_search_table(name: str | None) -> bool:
    """``finding_search_key``, ``finding_fts`` and FTS5's shadow tables (``finding_fts_data`` and so on)."""
    return bool(name) and (name == "finding_search_key" or name == FTS_TABLE or str(name).startswith(FTS_TABLE + "_"))
