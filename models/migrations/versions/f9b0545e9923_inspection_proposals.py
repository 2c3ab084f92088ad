"""inspection proposals

Revision ID: f9b0545e9923
Revises: 24f5eea46b33
Create Date: 2026-12-08 02:21:11.624101

Issue 12: ``handover.theme``, the special-governance theme of a 巡察建议 (models/rectification_enums.ProposalTheme)
handed to a responsible department. Plain ALTER TABLE (a batch rebuild of ``handover`` would drop a table its
items reference).
"""

import sqlalchemy as sa
from alembic import op


revision = 'f9b0545e9923'
down_revision = '24f5eea46b33'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('handover', sa.Column('theme', sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE handover DROP COLUMN theme")
