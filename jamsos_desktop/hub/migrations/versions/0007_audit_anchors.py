"""audit anchors: each office audit chain head carried by a changes bundle, to check the next one against.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_audit_anchor",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=24), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_audit_anchor")),
    )
    op.create_index(op.f("ix_hub_audit_anchor_device_id"), "hub_audit_anchor", ["device_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_hub_audit_anchor_device_id"), table_name="hub_audit_anchor")
    op.drop_table("hub_audit_anchor")
