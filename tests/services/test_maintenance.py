"""Integrity and audit-chain check, backups and restore."""

import sqlite3

import pytest

from jamsos_desktop.services.maintenance import RestoreRefused


def test_check_names_the_first_edited_audit_event(services, valid_record):
    services.participants.register(valid_record)
    services.participants.update(services.participants.page()[0]["id"], {"address": "Jl. Baru"})
    assert services.maintenance.check().ok
    with sqlite3.connect(services.office.db_path) as conn:
        target = conn.execute("SELECT id FROM audit_event WHERE action='update'").fetchone()[0]
        conn.execute("UPDATE audit_event SET operator='penyusup' WHERE id=?", (target,))
    report = services.maintenance.check()
    assert not report.ok and report.chain_break.event_id == target


def test_backup_and_restore_round_trip(services, valid_record, tmp_path):
    services.participants.register(valid_record)
    copy = services.maintenance.backup(tmp_path / "cadangan.sqlite")
    services.participants.delete(services.participants.page()[0]["id"], reason="salah_input")
    assert services.participants.count() == 0
    safety = services.maintenance.restore(copy)
    assert services.participants.count() == 1 and safety.exists()


def test_restore_refuses_files_that_are_not_ours(services, tmp_path):
    junk = tmp_path / "foto.sqlite"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(RestoreRefused, match="bukan berkas cadangan Jamsos"):
        services.maintenance.restore(junk)
    other = tmp_path / "lain.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(RestoreRefused, match="bukan milik Jamsos"):
        services.maintenance.restore(other)


def test_restore_refuses_a_backup_from_a_newer_app(services, tmp_path):
    copy = services.maintenance.backup(tmp_path / "baru.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(RestoreRefused, match="lebih baru"):
        services.maintenance.restore(copy)
