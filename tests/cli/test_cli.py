"""The jamsos command as a user runs it: a real process, exit codes, messages, never a traceback."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # every test runs the real command as programs; tests/cli/test_cli_admin.py is quick

ENV_USER = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "rahasia123"}


def jamsos(data_dir, *args, stdin=None, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_") or k == "JAMSOS_TEST_CHEAP_PASSWORDS"}
    env.update(ENV_USER if env_extra is None else env_extra)
    proc = subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in proc.stderr + proc.stdout
    return proc


@pytest.fixture
def office(tmp_path):
    data = tmp_path / "office"
    # plain (the commands' own behaviour, and `jamsos encrypt` on it); the encrypted default: test_cli_encryption.py
    proc = jamsos(data, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin", "--plain")
    assert proc.returncode == 0, proc.stderr
    assert "Kelurahan Sungai Jodoh" in proc.stdout
    return data


def test_add_list_search_show_approve(office, valid_record):
    proc = jamsos(office, "add", "-", "--json", stdin=json.dumps([valid_record]))
    assert proc.returncode == 0, proc.stderr
    (saved,) = json.loads(proc.stdout)
    assert saved["status"] == "ready"
    listed = jamsos(office, "list")
    assert "2171 **** **** 0003" in listed.stdout and "2171024505800003" not in listed.stdout
    found = json.loads(jamsos(office, "--json", "search", "aminah").stdout)
    assert [r["id"] for r in found] == [saved["id"]]
    assert jamsos(office, "approve", "--all-ready").returncode == 0
    shown = json.loads(jamsos(office, "show", saved["id"], "--json").stdout)
    assert shown["status"] == "approved" and shown["nik"] == "2171024505800003"


def test_bad_input_is_refused_with_record_field_and_fix(office, valid_record):
    bad = {**valid_record, "nik": "21710245058", "nama": "x"}
    proc = jamsos(office, "add", "-", stdin=json.dumps(bad))
    assert proc.returncode == 1
    assert "NIK 21710245058" in proc.stderr  # the record
    assert "nik: NIK harus 16 digit angka" in proc.stderr  # the field and the fix
    assert "Kolom tidak dikenal: nama" in proc.stderr


def test_broken_json_and_wrong_usage(office):
    proc = jamsos(office, "add", "-", stdin="{oops")
    assert proc.returncode == 1 and "bukan JSON yang sah (baris 1" in proc.stderr
    assert jamsos(office, "delete", "x", "--reason", "bosan").returncode == 2
    assert jamsos(office, "frobnicate").returncode == 2


def test_wrong_password_is_refused(office):
    proc = jamsos(office, "list", env_extra={"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "salah"})
    assert proc.returncode == 1 and "kata sandi salah" in proc.stderr


def test_check_detects_an_edited_audit_row(office, valid_record):
    jamsos(office, "add", "-", stdin=json.dumps(valid_record))
    assert jamsos(office, "check").returncode == 0
    with sqlite3.connect(office / "jamsos.sqlite") as conn:
        conn.execute("UPDATE audit_event SET details='{}' WHERE action='create'")
    proc = jamsos(office, "check")
    assert proc.returncode == 1 and "PUTUS di peristiwa nomor" in proc.stdout


def test_backup_and_restore(office, valid_record, tmp_path):
    jamsos(office, "add", "-", stdin=json.dumps(valid_record))
    assert jamsos(office, "backup", "--to", str(tmp_path / "c.sqlite")).returncode == 0
    not_ours = tmp_path / "x.sqlite"
    not_ours.write_text("hello")
    proc = jamsos(office, "restore", str(not_ours))
    assert proc.returncode == 1 and "bukan berkas cadangan Jamsos" in proc.stderr
    assert jamsos(office, "restore", str(tmp_path / "c.sqlite")).returncode == 0


def _files(folder):
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_reading_commands_write_no_backup_and_no_file(office, valid_record):
    """Issue 18: a command that only reads makes no automatic backup, even when the newest change has none yet
    (here the backups were removed after the change); only its sign-in is audited in the database."""
    assert jamsos(office, "add", "-", stdin=json.dumps(valid_record)).returncode == 0
    assert [p.name for p in (office / "backups").glob("*auto*")], "a changing command leaves a backup"
    for made in (office / "backups").iterdir():
        made.unlink()
    database = ("jamsos.sqlite", "jamsos.sqlite-wal", "jamsos.sqlite-shm")
    with sqlite3.connect(office / "jamsos.sqlite") as db:
        events_before = db.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    before = _files(office)
    for args in (("list", "--json"), ("search", "aminah"), ("check",)):
        assert jamsos(office, *args).returncode == 0, args
    after = _files(office)
    assert sorted(after) == sorted(before)  # no backup, no log, no new file of any kind
    assert {name: v for name, v in after.items() if name not in database} == \
        {name: v for name, v in before.items() if name not in database}
    with sqlite3.connect(office / "jamsos.sqlite") as db:
        actions = [r[0] for r in db.execute("SELECT action FROM audit_event WHERE id > ? ORDER BY id",
                                            (events_before,))]
    assert actions == ["login", "login"]  # list and search sign in; check does not
    assert jamsos(office, "approve", "--all-ready").returncode == 0
    assert [p.name for p in (office / "backups").glob("*auto*")], "the next change is backed up again"


def test_commands_before_init_say_what_to_do(tmp_path):
    proc = jamsos(tmp_path / "empty", "list")
    assert proc.returncode == 2 and "jamsos init" in proc.stderr


def _office_with_two_bundles(office, valid_record, stick):
    from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file

    identity = stick.parent / "hub-identity.json"
    identity.write_bytes(hub_identity_file(generate_hub_keys(), escrow_public=generate_escrow_key().public_key(),
                                           name="Hub Uji"))
    assert jamsos(office, "device", "trust-hub", str(identity), "--yes").returncode == 0
    stick.mkdir()
    for nik in ("2171024505800003", "2171024505800011"):
        assert jamsos(office, "add", "-", stdin=json.dumps({**valid_record, "nik": nik})).returncode == 0
        assert jamsos(office, "approve", "--all-ready").returncode == 0
        proc = jamsos(office, "bundle", "export", "--to", str(stick))
        assert proc.returncode == 0, proc.stderr
    return sorted(stick.glob("*.jamsos"))


def test_bundle_verify_checks_every_file_on_a_stick(office, valid_record, tmp_path):
    stick = tmp_path / "stick"
    first, second = _office_with_two_bundles(office, valid_record, stick)
    proc = jamsos(office, "bundle", "verify", str(first), str(second))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("SAH  ") == 2 and "Kelurahan Sungai Jodoh, nomor 1-2" in proc.stdout
    assert "Jumlah: 2 berkas diperiksa, 2 sah, 0 tidak sah." in proc.stdout
    damaged = bytearray(second.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    (stick / "jamsos-rusak.jamsos").write_bytes(bytes(damaged))
    (stick / "catatan.txt").write_text("bukan bundel")
    proc = jamsos(office, "bundle", "verify", str(stick))
    assert proc.returncode == 1
    assert "TIDAK SAH  jamsos-rusak.jamsos:" in proc.stdout and "catatan.txt" not in proc.stdout
    assert "Jumlah: 3 berkas diperiksa, 2 sah, 1 tidak sah." in proc.stdout and "ekspor ulang" in proc.stdout
    found = json.loads(jamsos(office, "--json", "bundle", "verify", str(stick)).stdout)
    assert (found["valid"], found["invalid"]) == (2, 1)
    assert [f["ok"] for f in found["files"]] == [True, True, False]  # in name order
    (tmp_path / "kosong").mkdir()
    proc = jamsos(office, "bundle", "verify", str(tmp_path / "kosong"))
    assert proc.returncode == 0 and f"Tidak ada berkas .jamsos di {tmp_path / 'kosong'}" in proc.stdout
    assert jamsos(office, "bundle", "verify", str(tmp_path / "tidak-ada")).returncode == 2


def test_sync_without_a_hub_address_tells_a_command_line_user_how_to_set_it(office):
    proc = jamsos(office, "sync", "--once")
    assert proc.returncode == 1
    assert "Pengaturan" not in proc.stderr  # not the GUI
    assert "jamsos settings hub-url https://" in proc.stderr and "jamsos bundle export --to" in proc.stderr
