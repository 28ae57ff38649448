"""personal data rights (UU PDP): signed consent forms, retention purge mark, audit seals.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent_form',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cancelled_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('cancelled_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent_form', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_form_participant_id'), ['participant_id'], unique=False)
    op.create_table('audit_seal',
    sa.Column('event_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('purge_event_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['audit_event.id'], ),
    sa.PrimaryKeyConstraint('event_id')
    )
    with op.batch_alter_table('audit_seal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_seal_purge_event_id'), ['purge_event_id'], unique=False)
    # A plain ADD COLUMN (no table rebuild): the FTS triggers on participant stay as they are.
    op.add_column('participant', sa.Column('purged_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
    with op.batch_alter_table('audit_seal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_seal_purge_event_id'))
    op.drop_table('audit_seal')
    with op.batch_alter_table('consent_form', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_form_participant_id'))
    op.drop_table('consent_form')
