"""notices: what the hub tells an office about its participants, carried on receipts (receipt level 3).

- hub_notice: one row per notice (device, participant, kind, text, data as JSON), the number of the first receipt
  that carried it, and when the office acknowledged a receipt that carried it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_notice",
        sa.Column("notice_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=24), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("receipt", sa.Integer(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["hub_device.device_id"],
                                name=op.f("fk_hub_notice_device_id_hub_device")),
        sa.PrimaryKeyConstraint("notice_id", name=op.f("pk_hub_notice")),
    )
    op.create_index(op.f("ix_hub_notice_participant_id"), "hub_notice", ["participant_id"], unique=False)
    op.create_index("ix_hub_notice_pending", "hub_notice", ["device_id", "delivered_at", "receipt"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_hub_notice_pending", table_name="hub_notice")
    op.drop_index(op.f("ix_hub_notice_participant_id"), table_name="hub_notice")
    op.drop_table("hub_notice")
