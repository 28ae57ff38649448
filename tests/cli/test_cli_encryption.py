"""`jamsos encrypt` and `jamsos recover` on the command line: after the switch `sqlite3` cannot read the file,
every command (even `check`) needs an operator's password, a wrong one is refused without a traceback, and the
city office recovers the office with the escrow key file."""

import json
import sqlite3

import pytest

from jamsos_desktop.sync.escrowfile import write_escrow_file
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file
from tests.cli.test_cli import jamsos
from tests.cli.test_cli import office as office  # noqa: F401 - the set-up office fixture


def test_encrypt_then_every_command_needs_a_password_and_escrow_recovers(office, valid_record, tmp_path):
    keys, escrow = generate_hub_keys(), generate_escrow_key()
    identity = tmp_path / "hub.json"
    identity.write_bytes(hub_identity_file(keys, escrow_public=escrow.public_key(), name="Disnaker Batam"))
    assert jamsos(office, "device", "trust-hub", str(identity), "--yes").returncode == 0
    assert jamsos(office, "add", "-", stdin=json.dumps([valid_record])).returncode == 0
    proc = jamsos(office, "encrypt")
    assert proc.returncode == 0, proc.stderr
    assert "sekarang terenkripsi" in proc.stdout and "escrow hub: ada" in proc.stdout
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(office / "jamsos.sqlite").execute("SELECT * FROM participant").fetchall()

    assert "2171 **** **** 0003" in jamsos(office, "list").stdout
    wrong = jamsos(office, "check", env_extra={"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "salah-sandi1"})
    assert wrong.returncode == 1 and "kata sandi salah" in wrong.stderr
    nobody = jamsos(office, "check", env_extra={})
    assert nobody.returncode == 2 and "JAMSOS_USER" in nobody.stderr
    assert jamsos(office, "check").returncode == 0

    escrow_file = tmp_path / "escrow.key"
    escrow_file.write_bytes(write_escrow_file(escrow, b"frasa kota batam"))
    secrets = {"JAMSOS_ESCROW_PASSPHRASE": "salah", "JAMSOS_NEW_PASSWORD": "sandibaru123"}
    refused = jamsos(office, "recover", "--escrow-key", str(escrow_file), "--admin", "admin", env_extra=secrets)
    assert refused.returncode == 1 and "Frasa sandi kunci escrow salah" in refused.stderr
    secrets["JAMSOS_ESCROW_PASSPHRASE"] = "frasa kota batam"
    proc = jamsos(office, "recover", "--escrow-key", str(escrow_file), "--admin", "admin", env_extra=secrets)
    assert proc.returncode == 0, proc.stderr
    listed = jamsos(office, "list", env_extra={"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "sandibaru123"})
    assert listed.returncode == 0 and "2171 **** **** 0003" in listed.stdout


def test_init_encrypts_a_new_office_unless_told_otherwise(tmp_path):
    from jamsos_desktop.sync.identity import is_sealed

    encrypted, plain = tmp_path / "baru", tmp_path / "polos"
    proc = jamsos(encrypted, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin")
    assert proc.returncode == 0, proc.stderr
    assert "Basis data terenkripsi" in proc.stdout and "belum ada kunci pemulihan" in proc.stdout
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted / "jamsos.sqlite").execute("SELECT * FROM operator").fetchall()
    assert is_sealed(encrypted / "keys")  # the device key too
    assert jamsos(encrypted, "check").returncode == 0  # opens with the admin's password
    assert "sudah terenkripsi" in jamsos(encrypted, "encrypt").stderr

    proc = jamsos(plain, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin", "--plain")
    assert proc.returncode == 0 and "TIDAK dienkripsi (--plain)" in proc.stdout
    assert sqlite3.connect(plain / "jamsos.sqlite").execute("SELECT count(*) FROM operator").fetchone()[0] == 1
    assert not is_sealed(plain / "keys")
