"""hub trust: registration ownership, receipt acknowledgement, announcements, revocation, security events, audit.

- hub_participant.owner_kelurahan: the kelurahan that owns each registration, fixed at creation. Existing rows
  get the kelurahan of the device whose change first created them (not the last writer, which v0.1.0 let any
  office be), else of the last writing device, else the record's own kelurahan.
- hub_participant.news_receipt: number of the first receipt that carried the participant's pending news.
- hub_device: reads/reads_at (the office's latest announcement), acked_receipt (highest receipt number it
  acknowledged), revoked_at/revoked_reason.
- hub_security_event and the hash-chained hub_audit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hub_participant", sa.Column("owner_kelurahan", sa.String(length=13), nullable=False,
                                               server_default=""))
    op.add_column("hub_participant", sa.Column("news_receipt", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_hub_participant_owner_kelurahan"), "hub_participant", ["owner_kelurahan"], unique=False)
    op.execute(sa.text("""
        UPDATE hub_participant SET owner_kelurahan = coalesce(
            (SELECT d.kelurahan_code FROM hub_change c JOIN hub_device d ON d.device_id = c.device_id
              WHERE c.participant_id = hub_participant.participant_id AND c.outcome IN ('applied', 'deleted')
              ORDER BY c.received_at, c.seq LIMIT 1),
            (SELECT d.kelurahan_code FROM hub_device d WHERE d.device_id = hub_participant.device_id),
            hub_participant.kelurahan_code, '')"""))
    op.add_column("hub_device", sa.Column("reads", sa.Text(), nullable=True))
    op.add_column("hub_device", sa.Column("reads_at", sa.DateTime(), nullable=True))
    op.add_column("hub_device", sa.Column("acked_receipt", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("hub_device", sa.Column("revoked_at", sa.DateTime(), nullable=True))
    op.add_column("hub_device", sa.Column("revoked_reason", sa.String(length=200), nullable=True))
    op.create_table(
        "hub_security_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=24), nullable=True),
        sa.Column("kelurahan_code", sa.String(length=13), nullable=True),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("participant_id", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_security_event")),
    )
    op.create_index(op.f("ix_hub_security_event_at"), "hub_security_event", ["at"], unique=False)
    op.create_table(
        "hub_audit",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_hub_audit")),
    )


def downgrade() -> None:
    op.drop_table("hub_audit")
    op.drop_index(op.f("ix_hub_security_event_at"), table_name="hub_security_event")
    op.drop_table("hub_security_event")
    with op.batch_alter_table("hub_device") as batch:
        for column in ("revoked_reason", "revoked_at", "acked_receipt", "reads_at", "reads"):
            batch.drop_column(column)
    op.drop_index(op.f("ix_hub_participant_owner_kelurahan"), table_name="hub_participant")
    op.drop_column("hub_participant", "news_receipt")
    op.drop_column("hub_participant", "owner_kelurahan")
