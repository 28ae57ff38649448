"""The office database encrypted with SQLCipher (store/cipher.py): only the key opens it, FTS5 and WAL keep
working, a plain office is encrypted in place with its data intact, backups stay encrypted, no NIK or name is
readable anywhere in the data folder, a full disk leaves the plain file as it was, and the hub's escrow key
recovers the database when every password is forgotten."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from jamsos_desktop.safefile import DiskProblem
from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.store import cipher, migrate
from jamsos_desktop.store.engine import Database
from jamsos_desktop.sync import keyslots
from jamsos_desktop.sync.envelope import x25519_raw
from jamsos_desktop.sync.escrowfile import read_escrow_file, write_escrow_file
from jamsos_desktop.sync.hubkeys import generate_escrow_key
from jamsos_desktop.sync.keyslots import KeySlots
from tests.conftest import ADMIN_PASSWORD, missing_tool


def _file_says(path: Path) -> str:
    if shutil.which("file") is None:
        pytest.skip(missing_tool("the `file` command", "apt-get install file"))
    return subprocess.run(["file", "-b", str(path)], capture_output=True, text=True, check=True).stdout


def _plain_sqlite_cannot_read(path: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert not path.read_bytes().startswith(b"SQLite format 3\0")  # no plain SQLite header
    if sys.platform != "win32":  # Windows has no `file` command: the header check above is what it would read
        assert "SQLite" not in _file_says(path)


def test_sqlcipher_opens_only_with_the_key_and_keeps_fts5_and_wal(tmp_path):
    key = keyslots.new_database_key()
    path = tmp_path / "x.sqlite"
    conn = sqlcipher.connect(str(path))
    conn.execute(cipher.key_pragma(key))
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(name, tokenize='trigram')")
    conn.execute("INSERT INTO f VALUES ('SITI AMINAH')")
    conn.commit()
    conn.close()
    assert cipher.is_encrypted(path)
    with pytest.raises(sqlcipher.DatabaseError):
        cipher.connect(path, keyslots.new_database_key())
    right = cipher.connect(path, key)
    assert right.execute("SELECT name FROM f WHERE f MATCH 'AMI'").fetchall() == [("SITI AMINAH",)]
    right.close()
    _plain_sqlite_cannot_read(path)


def test_the_office_schema_migrates_encrypted(tmp_path):
    key = keyslots.new_database_key()
    db = Database(tmp_path / "jamsos.sqlite", key)
    assert migrate.upgrade(db)
    with db.write() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('office.name', 'Kelurahan Sungai Jodoh')"))
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert s.execute(text("SELECT value FROM setting")).scalar_one() == "Kelurahan Sungai Jodoh"
    assert db.integrity_problems() == []
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()
    _plain_sqlite_cannot_read(tmp_path / "jamsos.sqlite")


def _grep_folder(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.relative_to(folder)}: {n!r}" for n in needles if n in data]
    return found


def test_a_plain_office_is_encrypted_in_place_and_keeps_working(services, valid_record, tmp_path):
    services.participants.register(valid_record)
    folder = services.office.data_dir
    services.office.close()
    db_path = folder / "jamsos.sqlite"
    assert not cipher.is_encrypted(db_path)
    key = keyslots.new_database_key()
    cipher.encrypt_in_place(db_path, key)
    assert cipher.is_encrypted(db_path) and not list(folder.glob(".*part"))
    _plain_sqlite_cannot_read(db_path)

    enc = Services(open_office(folder, startup_backup=True, key=key))
    try:
        enc.auth.login("admin", ADMIN_PASSWORD)
        assert [row["full_name"] for row in enc.participants.search("amina")] == ["SITI AMINAH"]  # FTS5
        second = dict(valid_record, nik="2171020101900001", full_name="Rahmat Hidayat", sex="L",
                      phone="0812-1111-2222")
        enc.participants.register(second)
        stick = tmp_path / "stick"
        stick.mkdir()
        manual = enc.maintenance.backup(stick)
        auto = enc.office.backup_if_changed()
        assert auto is not None
        assert enc.maintenance.check().ok
    finally:
        enc.office.close()
    for copy in (manual, auto):
        _plain_sqlite_cannot_read(copy)
        conn = cipher.connect(copy, key)
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 2
        conn.close()
    # Nothing in the data folder (database, WAL, automatic backups, state files) shows a NIK or a name.
    leaks = _grep_folder(folder, [b"2171024505800003", b"2171020101900001", b"SITI AMINAH", b"RAHMAT HIDAYAT"])
    # ...except backups made before encryption, which the caller keeps (the pre-encryption safety copy).
    assert [leak for leak in leaks if "before-" not in leak and "startup" not in leak] == []


def test_a_full_disk_while_encrypting_leaves_the_plain_file_as_it_was(small_disks, services, valid_record):
    services.participants.register(valid_record)
    source = services.office.db_path
    services.office.close()
    size_kb = source.stat().st_size // 1024
    disk = small_disks.mount("disk", size_kb=size_kb + 64)  # room for the file, not for a second copy
    db_path = disk / "jamsos.sqlite"
    shutil.copyfile(source, db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DiskProblem):
        cipher.encrypt_in_place(db_path, keyslots.new_database_key())
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in disk.iterdir()) == ["jamsos.sqlite"]
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM participant").fetchone()[0] == 1


def test_every_password_forgotten_the_escrow_key_recovers_the_office(services, valid_record, tmp_path):
    """End to end: slots for two clerks and the hub's escrow key; both passwords are lost and the clerk who
    knew the admin password has left; the city office opens its escrow key file and recovers the data."""
    services.participants.register(valid_record)
    folder = services.office.data_dir
    services.office.close()
    escrow = generate_escrow_key()
    escrow_file = write_escrow_file(escrow, b"frasa rahasia kota batam")  # kept offline at the city office
    key = keyslots.new_database_key()
    slots = KeySlots.create(key, office={"kelurahan_code": "21.71.02.1002", "name": "Sungai Jodoh"})
    slots.set_password(key, "admin", ADMIN_PASSWORD)
    slots.set_password(key, "ani", "anisandi123")
    slots.set_recovery(key, x25519_raw(escrow.public_key()))
    slots.save(folder / keyslots.FILE_NAME)
    cipher.encrypt_in_place(folder / "jamsos.sqlite", key)

    on_disk = KeySlots.load(folder / keyslots.FILE_NAME)
    assert on_disk.unlock("admin", "lupa-sandinya") is None and on_disk.unlock("ani", "juga-lupa1") is None
    with pytest.raises(keyslots.KeySlotError):
        on_disk.recover(generate_escrow_key())  # another hub's escrow key does not open it
    recovered = on_disk.recover(read_escrow_file(escrow_file, b"frasa rahasia kota batam"))
    assert recovered == key
    on_disk.remove("ani")  # the clerk who left
    on_disk.set_password(recovered, "admin", "sandibaru123")
    on_disk.save(folder / keyslots.FILE_NAME)

    again = KeySlots.load(folder / keyslots.FILE_NAME)
    assert again.unlock("ani", "anisandi123") is None
    opened = Services(open_office(folder, startup_backup=False, key=again.unlock("admin", "sandibaru123")))
    try:
        opened.auth.login("admin", ADMIN_PASSWORD)  # the account password is unchanged inside the database
        assert opened.participants.count() == 1
    finally:
        opened.office.close()


def test_an_encrypted_office_restores_its_encrypted_backups_and_its_plain_ones(services, valid_record, tmp_path):
    services.participants.register(valid_record)
    stick = tmp_path / "stick"
    stick.mkdir()
    plain_backup = services.maintenance.backup(stick / "sebelum-enkripsi.sqlite")
    folder = services.office.data_dir
    services.office.close()
    key = keyslots.new_database_key()
    cipher.encrypt_in_place(folder / "jamsos.sqlite", key)
    enc = Services(open_office(folder, startup_backup=False, key=key))
    try:
        enc.auth.login("admin", ADMIN_PASSWORD)
        enc.participants.register(dict(valid_record, nik="2171020101900001", full_name="Rahmat Hidayat", sex="L",
                                       phone="0812-1111-2222"))
        two = enc.maintenance.backup(stick / "dua.sqlite")
        enc.participants.register(dict(valid_record, nik="2171020202900002", full_name="Dewi Lestari",
                                       phone="0812-3333-4444"))
        foreign = stick / "kunci-lain.sqlite"
        shutil.copyfile(plain_backup, foreign)
        cipher.encrypt_in_place(foreign, keyslots.new_database_key())  # same data, another office's key
        with pytest.raises(Exception, match="kunci lain") as refused:
            enc.maintenance.restore(foreign)
        assert type(refused.value).__name__ == "RestoreRefused"
        assert enc.participants.count() == 3  # a refused file changes nothing

        enc.maintenance.restore(two)
        assert enc.participants.count() == 2
        enc.maintenance.restore(plain_backup)  # a copy from before encryption comes back encrypted
        assert enc.participants.count() == 1
    finally:
        enc.office.close()
    _plain_sqlite_cannot_read(folder / "jamsos.sqlite")
    assert not list(folder.glob("*.restoring*")) and not list(folder.glob(".*part"))
