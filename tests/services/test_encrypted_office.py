"""Switching an office to its encrypted database (services/encryption.py): the database and every backup become
unreadable without a password, the office opens locked and only an operator's password unlocks it, account
changes keep the key slots in step, an interrupted switch is finished at the next sign-in, and the city office
recovers the data with the hub's escrow key."""

from __future__ import annotations

import pytest

from jamsos_desktop.services import Services
from jamsos_desktop.services.auth import LoginRefused
from jamsos_desktop.services.encryption import EncryptionRefused
from jamsos_desktop.services.office import NotSignedIn, open_office
from jamsos_desktop.store import cipher
from jamsos_desktop.sync import keyslots
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file
from jamsos_desktop.sync.keyslots import KeySlots
from tests.conftest import ADMIN_PASSWORD

NIK = b"2171024505800003"


def _leaks(folder, needles=(NIK, b"SITI AMINAH")):
    return [f"{p.relative_to(folder)}" for p in folder.rglob("*") if p.is_file()
            for n in needles if n in p.read_bytes()]


def _reopen(folder) -> Services:
    return Services(open_office(folder, startup_backup=False))


def test_switching_on_encrypts_the_database_and_every_backup(services, valid_record):
    services.participants.register(valid_record)
    assert services.office.backup_if_changed() is not None  # a plain automatic backup from before
    services.auth.create_operator(username="ani", display_name="Ani", password="anisandi123", role="operator")
    with pytest.raises(EncryptionRefused, match="salah"):
        services.encryption.switch_on("bukan-sandinya1")
    result = services.encryption.switch_on(ADMIN_PASSWORD)
    assert result.without_slot == [] and result.backups_encrypted >= 2 and not result.recovery_slot
    assert services.participants.count() == 1  # the session goes on
    with pytest.raises(EncryptionRefused, match="sudah terenkripsi"):
        services.encryption.switch_on(ADMIN_PASSWORD)
    folder = services.office.data_dir
    services.office.close()
    assert _leaks(folder) == []  # no NIK or name in the database, its WAL or any backup
    assert cipher.is_encrypted(folder / "jamsos.sqlite")

    locked = _reopen(folder)
    try:
        assert locked.office.locked and locked.office.initialized
        assert locked.settings.get("office.name") == "Kelurahan Sungai Jodoh"  # the sign-in window's title
        with pytest.raises(NotSignedIn):
            locked.participants.count()
        with pytest.raises(LoginRefused):
            locked.auth.login("admin", "salah-sandi1")
        assert locked.office.locked
        locked.auth.login("admin", ADMIN_PASSWORD)
        assert locked.participants.count() == 1
    finally:
        locked.office.close()

    # Ani's account predates the switch: her slot was made from her password hash, so her password works; her
    # first sign-in replaces it (and the hash) so an old plain backup's hash no longer opens anything.
    before = KeySlots.load(folder / keyslots.FILE_NAME)
    assert before.from_hash("ani") and not before.from_hash("admin")
    old_slot = dict(before.slots["ani"])
    ani = _reopen(folder)
    try:
        assert ani.auth.login("ani", "anisandi123").username == "ani"
        assert ani.participants.count() == 1
    finally:
        ani.office.close()
    after = KeySlots.load(folder / keyslots.FILE_NAME)
    assert not after.from_hash("ani") and after.slots["ani"]["salt"] != old_slot["salt"]


def test_a_disabled_clerk_no_longer_opens_the_data_and_a_new_one_does(services, valid_record):
    services.participants.register(valid_record)
    services.auth.create_operator(username="ani", display_name="Ani", password="anisandi123", role="operator")
    services.encryption.switch_on(ADMIN_PASSWORD)
    services.auth.set_password("ani", "anibaru1234")
    services.auth.create_operator(username="budi", display_name="Budi", password="budisandi12", role="supervisor")
    services.auth.set_active("ani", False)
    folder = services.office.data_dir
    services.office.close()
    slots = KeySlots.load(folder / keyslots.FILE_NAME)
    assert sorted(slots.slots) == ["admin", "budi"]
    assert slots.unlock("ani", "anibaru1234") is None  # a copy of the PC does not open with her password
    budi = _reopen(folder)
    try:
        budi.auth.login("budi", "budisandi12")
        assert budi.participants.count() == 1
    finally:
        budi.office.close()
    admin = _reopen(folder)
    try:
        admin.auth.login("admin", ADMIN_PASSWORD)
        admin.auth.set_active("ani", True)  # enabled again, but her old password opens no slot
    finally:
        admin.office.close()
    locked = _reopen(folder)
    try:
        with pytest.raises(LoginRefused, match="belum punya kunci"):
            locked.auth.login("ani", "anibaru1234")
        assert locked.office.locked
    finally:
        locked.office.close()


def test_a_switch_cut_off_after_the_slot_file_is_finished_at_the_next_sign_in(services, valid_record):
    services.participants.register(valid_record)
    folder = services.office.data_dir
    services.office.close()
    key = keyslots.new_database_key()  # the slot file written, then the power went before the database
    slots = KeySlots.create(key, office={"office.name": "Kelurahan Sungai Jodoh"})
    slots.set_password(key, "admin", ADMIN_PASSWORD)
    slots.save(folder / keyslots.FILE_NAME)
    assert not cipher.is_encrypted(folder / "jamsos.sqlite")
    again = _reopen(folder)
    try:
        again.auth.login("admin", ADMIN_PASSWORD)
        assert again.participants.count() == 1
    finally:
        again.office.close()
    assert cipher.is_encrypted(folder / "jamsos.sqlite")


def test_the_escrow_key_of_the_trusted_hub_recovers_a_locked_office(services, valid_record, tmp_path):
    from jamsos_desktop.sync.escrowfile import write_escrow_file

    services.participants.register(valid_record)
    services.encryption.switch_on(ADMIN_PASSWORD)
    keys, escrow = generate_hub_keys(), generate_escrow_key()
    identity = tmp_path / "hub.json"
    identity.write_bytes(hub_identity_file(keys, escrow_public=escrow.public_key(), name="Disnaker Batam"))
    services.sync.trust_hub(identity)  # trusted after the switch: the recovery slot is sealed now
    escrow_file = tmp_path / "escrow.key"
    escrow_file.write_bytes(write_escrow_file(escrow, b"frasa kota batam"))
    folder = services.office.data_dir
    services.office.close()

    office = _reopen(folder)
    try:
        with pytest.raises(EncryptionRefused, match="Frasa sandi"):
            office.encryption.recover(escrow_file, b"salah", username="admin", new_password="sandibaru123")
        other = tmp_path / "lain.key"
        other.write_bytes(write_escrow_file(generate_escrow_key(), b"frasa kota batam"))
        with pytest.raises(EncryptionRefused, match="bukan kunci hub"):
            office.encryption.recover(other, b"frasa kota batam", username="admin", new_password="sandibaru123")
        assert office.office.locked
        office.encryption.recover(escrow_file, b"frasa kota batam", username="admin", new_password="sandibaru123")
        assert office.participants.count() == 1
    finally:
        office.office.close()
    after = _reopen(folder)
    try:
        after.auth.login("admin", "sandibaru123")
        assert after.maintenance.check().ok
    finally:
        after.office.close()


def test_a_full_disk_while_switching_on_leaves_a_plain_office_that_still_works(small_disks, services, valid_record):
    import os
    import shutil

    services.participants.register(valid_record)
    source = services.office.data_dir
    services.office.close()
    size_kb = sum(p.stat().st_size for p in source.rglob("*") if p.is_file()) // 1024
    disk = small_disks.mount("disk", size_kb=size_kb + 400)  # room for a backup, not for an encrypted copy too
    folder = disk / "office"
    shutil.copytree(source, folder)
    office = _reopen(folder)
    try:
        office.auth.login("admin", ADMIN_PASSWORD)
        office.participants.count()  # the database is open (WAL made) before the disk fills
        small_disks.fill(disk)
        db_size = (folder / "jamsos.sqlite").stat().st_size
        filler = disk / "filler.bin"
        os.truncate(filler, filler.stat().st_size - db_size * 3 // 2)  # room for the backup, not the encrypted copy
        with pytest.raises(Exception, match="penuh") as refused:
            office.encryption.switch_on(ADMIN_PASSWORD)
        assert type(refused.value).__name__ == "DiskProblem"
    finally:
        office.office.close()
    assert list((folder / "backups").glob("*before-encryption*"))  # it failed while encrypting, after the backup
    assert not (folder / keyslots.FILE_NAME).exists() and not cipher.is_encrypted(folder / "jamsos.sqlite")
    assert not list(folder.glob(".*part"))
    (disk / "filler.bin").unlink()
    again = _reopen(folder)
    try:
        again.auth.login("admin", ADMIN_PASSWORD)
        assert not again.office.encrypted and again.participants.count() == 1
    finally:
        again.office.close()
