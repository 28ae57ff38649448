"""dashboard: the quota's waiting line as a partial index.

- ix_hub_person_waiting on hub_person, only for the people waiting for a funded place (no place yet, not ended,
  a live home registration; quota.in_line): the console's Ringkasan counts the line from this index instead of
  reading every person. Its columns are those of its own condition, so that SQLite too counts from the index
  alone (SQLite's planner takes a partial index as covering only when it holds every column the query names).
Only an index: no row changes, and the downgrade drops it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

WAITING = sa.text("placed_at IS NULL AND ended_reason IS NULL AND home_participant_id IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_hub_person_waiting", "hub_person", ["placed_at", "ended_reason", "home_participant_id"], sqlite_where=WAITING,
                    postgresql_where=WAITING)


def downgrade() -> None:
    op.drop_index("ix_hub_person_waiting", table_name="hub_person")
