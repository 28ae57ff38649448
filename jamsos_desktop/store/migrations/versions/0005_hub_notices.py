"""hub_notice: notices the hub sent about this office's participants on receipts (receipt level 3).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_notice',
    sa.Column('notice_id', sa.String(length=64), nullable=False),
    sa.Column('participant_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('data', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('bundle_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('read_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('read_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('notice_id')
    )
    with op.batch_alter_table('hub_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_notice_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hub_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_notice_participant_id'))
    op.drop_table('hub_notice')
