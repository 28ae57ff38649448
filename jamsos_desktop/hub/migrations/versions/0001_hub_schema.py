"""hub schema: devices, bundles, changes, the merged register, duplicates, KPJ, coverage, receipts, settings.

Written for both SQLite and PostgreSQL (the partial unique index on live NIKs exists on both).

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_device',
    sa.Column('device_id', sa.String(length=24), nullable=False),
    sa.Column('kelurahan_code', sa.String(length=13), nullable=False),
    sa.Column('office_name', sa.String(length=100), nullable=False),
    sa.Column('signing_public', sa.LargeBinary(length=32), nullable=False),
    sa.Column('encryption_public', sa.LargeBinary(length=32), nullable=False),
    sa.Column('fingerprint', sa.String(length=39), nullable=False),
    sa.Column('app_version', sa.String(length=32), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_hub_device'))
    )
    op.create_index(op.f('ix_hub_device_kelurahan_code'), 'hub_device', ['kelurahan_code'], unique=False)
    op.create_table('hub_duplicate',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('participant_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=24), nullable=False),
    sa.Column('kelurahan_code', sa.String(length=13), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('record', sa.Text(), nullable=False),
    sa.Column('first_participant_id', sa.String(length=64), nullable=False),
    sa.Column('first_kelurahan_code', sa.String(length=13), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolution', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_duplicate')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_hub_duplicate_participant_id'))
    )
    op.create_index(op.f('ix_hub_duplicate_nik'), 'hub_duplicate', ['nik'], unique=False)
    op.create_index(op.f('ix_hub_duplicate_status'), 'hub_duplicate', ['status'], unique=False)
    op.create_table('hub_participant',
    sa.Column('participant_id', sa.String(length=64), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=24), nullable=False),
    sa.Column('kelurahan_code', sa.String(length=13), nullable=True),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('full_name', sa.String(length=100), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=True),
    sa.Column('record', sa.Text(), nullable=True),
    sa.Column('first_received_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_reason', sa.String(length=32), nullable=True),
    sa.Column('bpjs_exported_at', sa.DateTime(), nullable=True),
    sa.Column('news_pending', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('participant_id', name=op.f('pk_hub_participant'))
    )
    op.create_index(op.f('ix_hub_participant_device_id'), 'hub_participant', ['device_id'], unique=False)
    op.create_index('ix_hub_participant_nik_live', 'hub_participant', ['nik'], unique=True, sqlite_where=sa.text('deleted_at IS NULL AND nik IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND nik IS NOT NULL'))
    op.create_table('hub_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_hub_setting'))
    )
    op.create_table('hub_bundle',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=24), nullable=False),
    sa.Column('kelurahan_code', sa.String(length=13), nullable=False),
    sa.Column('seq_from', sa.BigInteger(), nullable=False),
    sa.Column('seq_to', sa.BigInteger(), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('previous_bundle_id', sa.String(length=36), nullable=True),
    sa.Column('previous_sha256', sa.String(length=64), nullable=True),
    sa.Column('chain', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['hub_device.device_id'], name=op.f('fk_hub_bundle_device_id_hub_device')),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_hub_bundle')),
    sa.UniqueConstraint('sha256', name=op.f('uq_hub_bundle_sha256'))
    )
    op.create_index(op.f('ix_hub_bundle_device_id'), 'hub_bundle', ['device_id'], unique=False)
    op.create_index(op.f('ix_hub_bundle_previous_bundle_id'), 'hub_bundle', ['previous_bundle_id'], unique=False)
    op.create_table('hub_change',
    sa.Column('device_id', sa.String(length=24), nullable=False),
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('participant_id', sa.String(length=64), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sa.String(length=20), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('verdict', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=True),
    sa.Column('dup_nik', sa.String(length=16), nullable=True),
    sa.Column('dup_kelurahan_code', sa.String(length=13), nullable=True),
    sa.Column('answered_in', sa.String(length=36), nullable=True),
    sa.Column('snapshot', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['hub_device.device_id'], name=op.f('fk_hub_change_device_id_hub_device')),
    sa.PrimaryKeyConstraint('device_id', 'seq', name=op.f('pk_hub_change'))
    )
    op.create_index('ix_hub_change_device_answered', 'hub_change', ['device_id', 'answered_in'], unique=False)
    op.create_table('hub_coverage',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('participant_id', sa.String(length=64), nullable=False),
    sa.Column('month_from', sa.String(length=7), nullable=False),
    sa.Column('month_to', sa.String(length=7), nullable=False),
    sa.Column('funding_source', sa.String(length=100), nullable=False),
    sa.Column('budget_year', sa.Integer(), nullable=False),
    sa.Column('tariff', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['hub_participant.participant_id'], name=op.f('fk_hub_coverage_participant_id_hub_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_coverage'))
    )
    op.create_index(op.f('ix_hub_coverage_participant_id'), 'hub_coverage', ['participant_id'], unique=False)
    op.create_table('hub_kpj',
    sa.Column('participant_id', sa.String(length=64), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('kpj_number', sa.String(length=11), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['hub_participant.participant_id'], name=op.f('fk_hub_kpj_participant_id_hub_participant')),
    sa.PrimaryKeyConstraint('participant_id', name=op.f('pk_hub_kpj')),
    sa.UniqueConstraint('kpj_number', name=op.f('uq_hub_kpj_kpj_number'))
    )
    op.create_table('hub_receipt',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=24), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('seq_from', sa.BigInteger(), nullable=False),
    sa.Column('seq_to', sa.BigInteger(), nullable=False),
    sa.Column('change_count', sa.Integer(), nullable=False),
    sa.Column('participant_count', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['hub_device.device_id'], name=op.f('fk_hub_receipt_device_id_hub_device')),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_hub_receipt')),
    sa.UniqueConstraint('device_id', 'number', name=op.f('uq_hub_receipt_device_id_number'))
    )
    op.create_index(op.f('ix_hub_receipt_device_id'), 'hub_receipt', ['device_id'], unique=False)


def downgrade() -> None:
    op.drop_table('hub_receipt')
    op.drop_table('hub_kpj')
    op.drop_table('hub_coverage')
    op.drop_table('hub_change')
    op.drop_table('hub_bundle')
    op.drop_table('hub_setting')
    op.drop_table('hub_participant')
    op.drop_table('hub_duplicate')
    op.drop_table('hub_device')
