"""Migrations: every revision upgrades a database that holds data, and the models match the migrations."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from jamsos_desktop.store import migrate
from jamsos_desktop.store.engine import Database

SAMPLE_PARTICIPANT = (
    "INSERT INTO participant (id, nik, kk_number, full_name, birth_place, birth_date, sex, mother_name, "
    "marital_status, address, rt, rw, kelurahan_code, phone, email, category, position, sk_number, posyandu_name, "
    "company, kusuka_number, farmer_group, job, work_location, programs, kpj_number, status, status_reason, "
    "revision, created_at, created_by, updated_at, updated_by, deleted_reason) VALUES ('p-1', '2171024505800003', "
    "'', 'SITI AMINAH', 'Batam', '1980-05-05', 'P', '', '', 'Jl. Mawar', '003', '012', '21.71.02.1002', "
    "'+6281234567890', '', 'ketua_rt', '', '', '', '', '', '', '', '', 'JKK,JKM', '', 'ready', '', 1, "
    "'2026-01-01 00:00:00', 'admin', '2026-01-01 00:00:00', 'admin', '')"
)


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def test_upgrade_from_each_revision_to_head_keeps_data(tmp_path):
    revisions = _revisions_oldest_first()
    assert revisions[0] == "0001"
    for start in revisions:
        db = Database(tmp_path / f"from-{start}.sqlite")
        migrate.upgrade(db, target=start)
        with sqlite3.connect(db.path) as conn:
            conn.execute(SAMPLE_PARTICIPANT)
        migrate.upgrade(db, backups_dir=tmp_path / "backups")
        assert migrate.current_revision(db) == migrate.head_revision()
        with sqlite3.connect(db.path) as conn:
            assert conn.execute("SELECT full_name FROM participant WHERE id='p-1'").fetchone() == ("SITI AMINAH",)
            # The search index was filled by the trigger and survives the upgrades.
            hits = conn.execute("SELECT rowid FROM participant_fts WHERE participant_fts MATCH '\"amin\"*'").fetchall()
            assert len(hits) == 1
        db.dispose()


def test_models_match_migrations(tmp_path):
    db = Database(tmp_path / "office.sqlite")
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": migrate.include_object, "compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == []


def test_database_from_a_newer_app_is_refused(tmp_path):
    db = Database(tmp_path / "office.sqlite")
    migrate.upgrade(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    try:
        migrate.upgrade(db)
    except RuntimeError as exc:
        assert "versi Jamsos Desktop yang lebih baru" in str(exc)
    else:
        raise AssertionError("a newer schema must be refused")


def test_upgrade_backs_up_a_database_with_data_first(tmp_path):
    db = Database(tmp_path / "office.sqlite")
    migrate.upgrade(db, target=_revisions_oldest_first()[0])
    with sqlite3.connect(db.path) as conn:
        conn.execute(SAMPLE_PARTICIPANT)
    assert migrate.upgrade(db, backups_dir=tmp_path / "b") is True
    (copy,) = (tmp_path / "b").glob("*before-migration*.sqlite")
    with sqlite3.connect(copy) as conn:  # the copy is the old schema with the data
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM participant").fetchone() == (1,)
    assert migrate.upgrade(db, backups_dir=tmp_path / "b") is False  # already at head: nothing runs


def test_head_constant_matches_the_migrations():
    assert migrate.head_revision() == migrate.HEAD


def test_0007_downgrades_and_upgrades_again(tmp_path):
    db = Database(tmp_path / "office.sqlite")
    migrate.upgrade(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute(SAMPLE_PARTICIPANT)
    from alembic import command

    with db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    assert migrate.current_revision(db) == "0006"
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_participant_deleted'").fetchone() is None
    migrate.upgrade(db)
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_participant_deleted'").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM participant").fetchone() == (1,)
    db.dispose()
