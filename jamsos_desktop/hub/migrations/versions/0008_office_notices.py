"""office notices: card revocations and retention purges told by the offices (changes level 2).

- hub_card_revocation: cards an office revoked (replaced by a reprint), keyed by its kelurahan and the serial.
- hub_participant.purged_at: when the office's retention purge erased the registration's personal data here.
Nothing existing changes: an older hub never received these notices (the offices hold them until it upgrades).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hub_participant", sa.Column("purged_at", sa.DateTime(), nullable=True))
    op.create_table(
        "hub_card_revocation",
        sa.Column("kelurahan_code", sa.String(length=13), nullable=False),
        sa.Column("serial", sa.String(length=32), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("replaced_by", sa.String(length=32), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=24), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kelurahan_code", "serial", name=op.f("pk_hub_card_revocation")),
    )


def downgrade() -> None:
    op.drop_table("hub_card_revocation")
    with op.batch_alter_table("hub_participant") as batch:
        batch.drop_column("purged_at")
