"""web console: operator accounts, sessions, sign-in throttle, BPJS file history; who decided a duplicate.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_operator",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_hub_operator")),
    )
    op.create_table(
        "hub_session",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("operator_name", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["operator_name"], ["hub_operator.name"],
                                name=op.f("fk_hub_session_operator_name_hub_operator")),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_hub_session")),
    )
    op.create_index(op.f("ix_hub_session_operator_name"), "hub_session", ["operator_name"], unique=False)
    op.create_table(
        "hub_login_throttle",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_hub_login_throttle")),
    )
    op.create_table(
        "hub_bpjs_file",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_bpjs_file")),
    )
    op.create_index("ix_hub_participant_name", "hub_participant", ["full_name", "participant_id"])
    op.create_index("ix_hub_participant_nik_any", "hub_participant", ["nik"])
    live = sa.text("deleted_at IS NULL AND nik IS NOT NULL")
    op.create_index("ix_hub_participant_kelurahan_live", "hub_participant", ["kelurahan_code", "participant_id"],
                    sqlite_where=live, postgresql_where=live)
    op.create_index("ix_hub_change_verdict_device", "hub_change", ["verdict", "device_id"])
    with op.batch_alter_table("hub_duplicate") as batch:
        batch.add_column(sa.Column("decided_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("decided_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hub_duplicate") as batch:
        batch.drop_column("decided_at")
        batch.drop_column("decided_by")
    for name, table in (("ix_hub_change_verdict_device", "hub_change"),
                        ("ix_hub_participant_kelurahan_live", "hub_participant"),
                        ("ix_hub_participant_nik_any", "hub_participant"), ("ix_hub_participant_name", "hub_participant")):
        op.drop_index(name, table_name=table)
    op.drop_table("hub_bpjs_file")
    op.drop_table("hub_login_throttle")
    op.drop_index(op.f("ix_hub_session_operator_name"), table_name="hub_session")
    op.drop_table("hub_session")
    op.drop_table("hub_operator")
