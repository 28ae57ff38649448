"""BPJS's return file and the office notices of the programme: a registration BPJS rejected (when, why), BPJS's
own membership start date with a KPJ, and the waiting-list number last told to a person's office.

All three are new nullable columns: an older hub never wrote them, so existing rows mean "not rejected", "no
date from BPJS" and "nothing told yet".

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hub_participant") as batch:
        batch.add_column(sa.Column("bpjs_rejected_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("bpjs_rejected_reason", sa.String(500), nullable=True))
    with op.batch_alter_table("hub_kpj") as batch:
        batch.add_column(sa.Column("member_since", sa.Date, nullable=True))
    with op.batch_alter_table("hub_person") as batch:
        batch.add_column(sa.Column("place_told", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hub_person") as batch:
        batch.drop_column("place_told")
    with op.batch_alter_table("hub_kpj") as batch:
        batch.drop_column("member_since")
    with op.batch_alter_table("hub_participant") as batch:
        batch.drop_column("bpjs_rejected_reason")
        batch.drop_column("bpjs_rejected_at")
