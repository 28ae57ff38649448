"""ledger: one index less to write.

- ix_hub_ledger_month_area (month, kelurahan_code, category) is dropped. Every ledger query by month (the recap,
  the console's Ringkasan, the bill's reconciliation) reads the month through the primary key (month, nik) as
  well, and none is answered from that index alone (each also reads `covered` and `amount`); it only cost every
  KPJ import and `period open` a third B-tree to fill (24,300 people x 6 months = 145,800 entries).
Only an index: no row changes, and the downgrade builds it again. An older hub version runs unchanged without it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_hub_ledger_month_area", table_name="hub_ledger")


def downgrade() -> None:
    op.create_index("ix_hub_ledger_month_area", "hub_ledger", ["month", "kelurahan_code", "category"], unique=False)
