"""Search at a million rows: the full-text index becomes word-and-prefix (unicode61, prefix indexes 1-3,
detail=column, contentless) with the NIK's and phone's suffixes as words; indexes on the NIK (deleted rows
included) and the phone for exact lookups. See store/search.py for the query shape.

The old index (trigram, with its own copy of name, NIK, phone and address) is dropped and the new one filled from
the participant table, in the migration's transaction. Downgrade rebuilds the trigram index the same way.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

NIK_SUFFIXES = 14  # 16 digits: suffixes of 16 down to 3 digits
PHONE_SUFFIXES = 12  # 0 + up to 12 digits: suffixes down to 3 digits


def _local_phone(row: str) -> str:
    return f"CASE WHEN {row}.phone LIKE '+62%' THEN '0' || substr({row}.phone, 4) ELSE coalesce({row}.phone, '') END"


def _suffixes(expr: str, n: int) -> str:
    """The text's suffixes as words: a prefix query on them finds any part of the number."""
    return " || ' ' || ".join(f"substr({expr}, {i})" for i in range(1, n + 1))


def _values(row: str) -> str:
    numbers = f"{_suffixes(f'coalesce({row}.nik, {chr(39) * 2})', NIK_SUFFIXES)} || ' ' || " \
              f"{_suffixes(_local_phone(row), PHONE_SUFFIXES)}"
    return f"{row}.row_id, coalesce({row}.full_name, ''), {numbers}, coalesce({row}.address, '')"


COLUMNS = "rowid, full_name, numbers, address"
UP = [
    "CREATE VIRTUAL TABLE participant_fts USING fts5(full_name, numbers, address, content='', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', detail=column)",
    "CREATE TRIGGER participant_fts_ai AFTER INSERT ON participant BEGIN "
    f"INSERT INTO participant_fts({COLUMNS}) VALUES ({_values('new')}); END",
    "CREATE TRIGGER participant_fts_au AFTER UPDATE OF full_name, nik, phone, address ON participant BEGIN "
    f"INSERT INTO participant_fts(participant_fts, {COLUMNS}) VALUES ('delete', {_values('old')}); "
    f"INSERT INTO participant_fts({COLUMNS}) VALUES ({_values('new')}); END",
    "CREATE TRIGGER participant_fts_ad AFTER DELETE ON participant BEGIN "
    f"INSERT INTO participant_fts(participant_fts, {COLUMNS}) VALUES ('delete', {_values('old')}); END",
    f"INSERT INTO participant_fts({COLUMNS}) SELECT {_values('p')} FROM participant p",
    "CREATE INDEX ix_participant_nik ON participant (nik)",
    "CREATE INDEX ix_participant_phone ON participant (phone)",
]

OLD_COLUMNS = "coalesce(new.full_name, ''), coalesce(new.nik, ''), " \
    "CASE WHEN new.phone LIKE '+62%' THEN '0' || substr(new.phone, 4) ELSE coalesce(new.phone, '') END, " \
    "coalesce(new.address, '')"
DOWN = [
    "CREATE VIRTUAL TABLE participant_fts USING fts5(full_name, nik, phone, address, tokenize='trigram')",
    "CREATE TRIGGER participant_fts_ai AFTER INSERT ON participant BEGIN "
    f"INSERT INTO participant_fts(rowid, full_name, nik, phone, address) VALUES (new.row_id, {OLD_COLUMNS}); END",
    "CREATE TRIGGER participant_fts_au AFTER UPDATE OF full_name, nik, phone, address ON participant BEGIN "
    "DELETE FROM participant_fts WHERE rowid = old.row_id; "
    f"INSERT INTO participant_fts(rowid, full_name, nik, phone, address) VALUES (new.row_id, {OLD_COLUMNS}); END",
    "CREATE TRIGGER participant_fts_ad AFTER DELETE ON participant BEGIN "
    "DELETE FROM participant_fts WHERE rowid = old.row_id; END",
    "INSERT INTO participant_fts(rowid, full_name, nik, phone, address) SELECT row_id, "
    f"{OLD_COLUMNS.replace('new.', '')} FROM participant",
    "DROP INDEX IF EXISTS ix_participant_nik",
    "DROP INDEX IF EXISTS ix_participant_phone",
]
DROP = [
    "DROP TRIGGER IF EXISTS participant_fts_ai",
    "DROP TRIGGER IF EXISTS participant_fts_au",
    "DROP TRIGGER IF EXISTS participant_fts_ad",
    "DROP TABLE IF EXISTS participant_fts",
]


def upgrade() -> None:
    for statement in DROP + UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP + DOWN:
        op.execute(statement)
