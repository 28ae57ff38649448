"""Search at a million rows: a small partial index of the removed participants' row ids, so a keystroke counts its
matches off the full-text index alone (the few removed rows are left out through this index) instead of reading
every matching participant row for its `deleted_at` (store/search.py, `hits`).

Only an index: no table or row changes; downgrade drops it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_participant_deleted ON participant (row_id) WHERE deleted_at IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_participant_deleted")
