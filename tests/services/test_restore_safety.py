"""Restores that never lose data: every hostile or wrong backup is refused before anything is replaced, the
copy made before a restore is never rotated away, and automatic backups are kept by generation."""

import datetime as dt
import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

from jamsos_desktop.safefile import DiskProblem
from jamsos_desktop.services import Services
from jamsos_desktop.services.maintenance import RestoreRefused
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import backup, retention
from tests.conftest import ADMIN_PASSWORD


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _people(services: Services, valid_record: dict, n: int) -> None:
    records = [{**valid_record, "nik": f"21710245058{i + 1:05d}", "full_name": "Warga " + chr(65 + i % 26) * (1 + i // 26)}
               for i in range(n)]
    services.participants.register_many(records, confirm_warnings=False)


def _assert_unchanged(services: Services, before: str, count: int) -> None:
    services.office.db.dispose()
    assert _digest(services.office.db_path) == before
    assert services.participants.count() == count
    assert not list(services.office.data_dir.glob("*.restoring*"))


@pytest.fixture
def office_with_people(services, valid_record):
    _people(services, valid_record, 20)
    return services


def test_a_database_another_program_holds_open(office_with_people, valid_record, tmp_path):
    """Windows cannot replace a file another program holds open (the app in another window, a backup program, an
    antivirus scan): the restore says so, not "read-only", and changes nothing. Linux can: the holder keeps
    reading the old file, and the restore goes through."""
    services = office_with_people
    saved = services.maintenance.backup(tmp_path / "cadangan.sqlite")
    services.participants.register_many([{**valid_record, "nik": "2171024505800021", "full_name": "Warga Baru"}],
                                        confirm_warnings=False)
    holder = sqlite3.connect(services.office.db_path)
    try:
        assert holder.execute("SELECT count(*) FROM participant").fetchone()[0] == 21
        if sys.platform == "win32":
            with pytest.raises(DiskProblem, match="sedang dibuka program lain") as refused:
                services.maintenance.restore(saved)
            assert "hanya bisa dibaca" not in refused.value.message
        else:
            services.maintenance.restore(saved)
    finally:
        holder.close()
    assert services.participants.count() == (21 if sys.platform == "win32" else 20)


def test_a_crafted_file_with_only_the_header_and_version_is_refused(office_with_people, tmp_path):
    services = office_with_people
    crafted = tmp_path / "crafted.sqlite"
    with sqlite3.connect(crafted) as conn:
        conn.execute(f"PRAGMA application_id={backup.APPLICATION_ID}")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0002')")
    services.office.db.dispose()
    before = _digest(services.office.db_path)
    with pytest.raises(RestoreRefused, match="Susunan data berkas itu berbeda"):
        services.maintenance.restore(crafted)
    _assert_unchanged(services, before, 20)


def test_another_offices_backup_with_a_spy_trigger_is_refused(office_with_people, tmp_path, valid_record):
    services = office_with_people
    other = open_office(tmp_path / "other", startup_backup=False)
    initialize(other, kelurahan="21.71.01.1002", admin_username="admin", admin_password=ADMIN_PASSWORD)
    theirs = Services(other)
    theirs.auth.login("admin", ADMIN_PASSWORD)
    foreign = theirs.maintenance.backup(tmp_path / "foreign.sqlite")
    other.close()
    plain_foreign = tmp_path / "foreign-plain.sqlite"
    plain_foreign.write_bytes(foreign.read_bytes())
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE loot (nik TEXT)")
        conn.execute("CREATE TRIGGER steal AFTER INSERT ON participant BEGIN INSERT INTO loot VALUES (new.nik); END")
    services.office.db.dispose()
    before = _digest(services.office.db_path)
    with pytest.raises(RestoreRefused, match="tambahan table loot; tambahan trigger steal"):
        services.maintenance.restore(foreign)
    with pytest.raises(RestoreRefused, match="milik kantor lain"):
        services.maintenance.restore(plain_foreign)
    _assert_unchanged(services, before, 20)
    assert services.office.setting("office.kelurahan_code") == "21.71.02.1002"


def test_a_backup_of_another_device_of_the_same_office_is_refused(office_with_people, tmp_path):
    services = office_with_people
    copy = services.maintenance.backup(tmp_path / "copy.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE setting SET value='dev-someoneelse0000000' WHERE key='office.device_id'")
    with pytest.raises(RestoreRefused, match="perangkat lain"):
        services.maintenance.restore(copy)


def test_a_backup_whose_audit_chain_was_edited_is_refused(office_with_people, tmp_path):
    services = office_with_people
    copy = services.maintenance.backup(tmp_path / "copy.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM audit_event WHERE id = 3")
    with pytest.raises(RestoreRefused, match="Jejak audit di cadangan itu putus di peristiwa nomor 3"):
        services.maintenance.restore(copy)


def test_a_good_backup_restores_and_its_safety_copy_is_pinned(office_with_people, tmp_path, valid_record):
    services = office_with_people
    copy = services.maintenance.backup(tmp_path / "copy.sqlite")
    _people(services, {**valid_record, "nik": "2171034505800003"}, 0)
    services.participants.delete(services.participants.page()[0]["id"], reason="salah_input")
    safety = services.maintenance.restore(copy)
    assert services.participants.count() == 20
    assert retention.parse_name(safety).pinned
    # a month of daily changes, each followed by an automatic backup: the pinned copy survives every rotation
    start = dt.datetime.now()
    for day in range(40):
        services.participants.update(services.participants.page()[0]["id"], {"address": f"Jl. Hari {day}"})
        with services.office.db.read() as s:
            from jamsos_desktop.store import audit
            mark = audit.change_mark(s)
        backup.automatic_backup(services.office.db_path, services.office.backups_dir, reason="auto", state=mark,
                                now=start + dt.timedelta(days=day))
    assert safety.exists()
    kept = retention.automatic_backups(services.office.backups_dir)
    assert len([b for b in kept if not b.pinned]) <= retention.KEEP_NEWEST + 7 + 4 + 12


def test_backups_are_made_only_when_data_changed(services, valid_record):
    office = services.office
    first = office.backup_if_changed()
    assert first is not None
    assert office.backup_if_changed() is None  # nothing changed
    services.participants.page()
    services.auth.login("admin", ADMIN_PASSWORD)  # sign-ins and reading change nothing
    with pytest.raises(Exception):  # noqa: B017 - a failed login is audited but changes no data
        services.auth.login("admin", "salah-sandi-1")
    assert office.backup_if_changed() is None
    services.participants.register(valid_record)
    assert office.backup_if_changed() is not None


def test_generations_keep_days_weeks_and_months():
    now = dt.datetime(2026, 12, 31, 12, 0)
    made = [retention.AutoBackup(Path(retention.file_name(now - dt.timedelta(hours=6 * i), "auto")),
                                 now - dt.timedelta(hours=6 * i), "auto") for i in range(4 * 400)]
    pinned = retention.AutoBackup(Path(retention.file_name(now - dt.timedelta(days=300), "before-restore")),
                                  now - dt.timedelta(days=300), "before-restore")
    gone = {b.path for b in retention.to_delete([*made, pinned], now)}
    kept = sorted((b for b in made if b.path not in gone), key=lambda b: b.made_at)
    assert pinned.path not in gone
    assert made[0].path not in gone and made[1].path not in gone  # the newest few
    days = {b.made_at.date() for b in kept if now - b.made_at <= dt.timedelta(days=7)}
    assert len(days) >= 7
    assert any(dt.timedelta(days=60) < now - b.made_at <= dt.timedelta(days=372) for b in kept)  # monthly ones
    assert len(kept) <= retention.KEEP_NEWEST + 7 + 4 + 12
    assert len(kept) >= 12


def test_eleven_failed_starts_on_a_broken_database_keep_the_real_data(tmp_path, valid_record):
    import subprocess
    import sys

    data = tmp_path / "office"
    office = open_office(data)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password=ADMIN_PASSWORD)
    services = Services(office)
    services.auth.login("admin", ADMIN_PASSWORD)
    _people(services, valid_record, 20)
    assert office.backup_if_changed() is not None
    office.close()
    # the database is replaced behind the app's back by a file that only looks like ours
    db = data / "jamsos.sqlite"
    db.unlink()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA application_id={backup.APPLICATION_ID}")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0002')")
    env = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": ADMIN_PASSWORD, "PATH": "/usr/bin:/bin"}
    for _ in range(11):
        with pytest.raises(Exception):  # noqa: B017 - the desktop start fails on it, as it must
            Services(open_office(data)).auth.login("admin", ADMIN_PASSWORD)
        proc = subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data), "list"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
    from jamsos_desktop.store import migrate, restore_check

    def participants(path):
        try:
            return restore_check.read_facts(path, known_revisions=migrate.known_revisions()).participants
        except backup.BackupRefused:
            return None  # a copy of the broken file itself (made before a migration attempt): not a good one

    good = [b for b in retention.automatic_backups(data / "backups") if participants(b.path) == 20]
    assert good, "every copy of the 20 participants was rotated away"


@pytest.mark.skipif(__import__("os").name != "posix", reason="Windows has no POSIX file modes: the user "
                    "profile's permissions protect the data folder (README: checklist for the first office PC)")
def test_the_data_folder_database_and_backups_are_private(services, valid_record, tmp_path):
    services.participants.register(valid_record)
    office = services.office
    made = office.backup_if_changed()
    manual = services.maintenance.backup(tmp_path / "cadangan.sqlite")
    exported = tmp_path / "peserta.xlsx"
    services.imports.export(exported)
    assert office.data_dir.stat().st_mode & 0o777 == 0o700
    assert office.backups_dir.stat().st_mode & 0o777 == 0o700
    for path in (office.db_path, made, manual, exported):
        assert path.stat().st_mode & 0o077 == 0, path
