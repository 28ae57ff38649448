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
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_")}
    env.update(ENV_USER if env_extra is None else env_extra)
    proc = subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in proc.stderr + proc.stdout
    return proc


@pytest.fixture
def office(tmp_path):
    data = tmp_path / "office"
    proc = jamsos(data, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin")
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


def test_commands_before_init_say_what_to_do(tmp_path):
    proc = jamsos(tmp_path / "empty", "list")
    assert proc.returncode == 2 and "jamsos init" in proc.stderr
