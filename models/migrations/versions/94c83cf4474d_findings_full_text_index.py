"""findings full-text index

Revision ID: 94c83cf4474d
Revises: 4220ebdc9ec2
Create Date: 2026-11-25 00:01:34.951916

``finding_fts`` is an FTS5 trigram index (with its own copy of the text) of every live finding's title,
description, legal basis and the names of the persons involved; ``finding_search_key`` maps its rowids to
finding ids (an INTEGER docid that VACUUM never renumbers; a narrow table, so a search that matches many
findings reads few pages). Triggers on ``finding`` keep both in step: a tombstoned finding drops out. Both
live in the encrypted workspace.db like every other table. Existing findings are backfilled.

``ix_finding_list`` and ``ix_finding_list_by_id`` cover the columns the findings list filters and sorts on (read
in order, and looked up by id for the findings a search matched), so a list of 100k findings reads narrow
indexes instead of the wide rows.

Every indexed value ends with two U+001F characters, so that each character of the text starts a trigram:
a one- or two-character term is then found through ``finding_fts_vocab`` (the index's vocabulary) as the
trigrams it begins, instead of by scanning every finding's text.
"""

from alembic import op

revision = '94c83cf4474d'
down_revision = '4220ebdc9ec2'
branch_labels = None
depends_on = None

COLUMNS = "title, description, legal_basis, persons"
END = "char(31, 31)"  # appended to every indexed value (NULL stays NULL)
LIST_COLUMNS = ["is_deleted", "assignment_id", "seq_no", "code", "id", "org_id", "status", "amount_involved",
                "discovered_at", "category_id", "is_key", "is_common", "immediate_fix"]
BY_ID_COLUMNS = ["id", *(column for column in LIST_COLUMNS if column != "id")]


def _persons(row: str) -> str:
    """The names in ``row.persons_involved`` (a JSON list of objects with "name", or of plain strings)."""
    return (
        "(SELECT group_concat(CASE type WHEN 'object' THEN json_extract(value, '$.name') "
        "WHEN 'text' THEN value END, ' ') "
        f"FROM json_each(CASE WHEN json_valid({row}.persons_involved) THEN {row}.persons_involved ELSE '[]' END))"
    )


def _index_row(row: str) -> str:
    """Statements of a trigger body: the key and the index entry of finding ``row`` when it is live."""
    docid = f"(SELECT docid FROM finding_search_key WHERE finding_id = {row}.id)"
    return (
        f"INSERT INTO finding_search_key(finding_id) SELECT {row}.id WHERE {row}.is_deleted = 0; "
        f"INSERT INTO finding_fts(rowid, {COLUMNS}) SELECT {docid}, {row}.title || {END}, "
        f"{row}.description || {END}, {row}.legal_basis || {END}, {_persons(row)} || {END} "
        f"WHERE {row}.is_deleted = 0; "
    )


def _unindex_row(row: str) -> str:
    return (
        f"DELETE FROM finding_fts WHERE rowid = (SELECT docid FROM finding_search_key WHERE finding_id = {row}.id); "
        f"DELETE FROM finding_search_key WHERE finding_id = {row}.id; "
    )


def upgrade() -> None:
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index("ix_finding_list", LIST_COLUMNS, unique=False)
        batch_op.create_index("ix_finding_list_by_id", BY_ID_COLUMNS, unique=False)
    op.execute("CREATE TABLE finding_search_key (docid INTEGER PRIMARY KEY, finding_id VARCHAR(36) NOT NULL UNIQUE)")
    op.execute(f"CREATE VIRTUAL TABLE finding_fts USING fts5({COLUMNS}, tokenize='trigram')")
    op.execute("CREATE VIRTUAL TABLE finding_fts_vocab USING fts5vocab(finding_fts, 'row')")
    op.execute(f"CREATE TRIGGER finding_search_ai AFTER INSERT ON finding BEGIN {_index_row('new')}END")
    op.execute("CREATE TRIGGER finding_search_au AFTER UPDATE OF title, description, legal_basis, persons_involved, "
               f"is_deleted, id ON finding BEGIN {_unindex_row('old')}{_index_row('new')}END")
    op.execute(f"CREATE TRIGGER finding_search_ad AFTER DELETE ON finding BEGIN {_unindex_row('old')}END")
    # Backfill, in two statements over the live findings.
    op.execute("INSERT INTO finding_search_key(finding_id) SELECT id FROM finding WHERE is_deleted = 0 ORDER BY rowid")
    op.execute(
        f"INSERT INTO finding_fts(rowid, {COLUMNS}) SELECT k.docid, f.title || {END}, f.description || {END}, "
        f"f.legal_basis || {END}, {_persons('f')} || {END} "
        "FROM finding_search_key AS k JOIN finding AS f ON f.id = k.finding_id"
    )


def downgrade() -> None:
    for trigger in ("finding_search_ad", "finding_search_au", "finding_search_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS finding_fts_vocab")
    op.execute("DROP TABLE IF EXISTS finding_fts")
    op.execute("DROP TABLE IF EXISTS finding_search_key")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index("ix_finding_list_by_id")
        batch_op.drop_index("ix_finding_list")
