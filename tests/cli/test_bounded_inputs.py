"""Bounded inputs at the command line: JSON in another encoding gets a message that says how to fix it, a record
too large for a bundle is named instead of failing the export with exit 3, and guessing passwords waits."""

import json
import sqlite3

from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file
from tests.cli.test_cli import jamsos
from tests.cli.test_cli import office as office  # noqa: F401 - the set-up office fixture


def test_utf16_and_latin1_json_get_a_clear_message(office, valid_record, tmp_path):
    record = {**valid_record, "full_name": "José Ñoño"}
    for encoding, words in (("utf-16", "UTF-16"), ("latin-1", "Latin-1")):
        path = tmp_path / f"data-{encoding}.json"
        path.write_bytes(json.dumps(record, ensure_ascii=False).encode(encoding))
        proc = jamsos(office, "add", str(path))
        assert proc.returncode == 1, proc.stderr
        assert words in proc.stderr and "simpan ulang dengan pengodean UTF-8" in proc.stderr
    assert json.loads(jamsos(office, "--json", "list").stdout) == []


def test_a_record_too_large_for_a_bundle_is_named(office, valid_record, tmp_path):
    keys, escrow = generate_hub_keys(), generate_escrow_key()
    identity = tmp_path / "hub.json"
    identity.write_bytes(hub_identity_file(keys, escrow_public=escrow.public_key(), name="Disnaker Batam"))
    assert jamsos(office, "device", "trust-hub", str(identity), "--yes").returncode == 0
    people = [valid_record, {**valid_record, "nik": "2171024505800011", "full_name": "Budi Santoso"}]
    assert jamsos(office, "add", "-", stdin=json.dumps(people)).returncode == 0
    assert jamsos(office, "approve", "--all-ready").returncode == 0
    # a record saved by version 0.1.0, before fields had maximum lengths: a 2 MB address in its queued change
    with sqlite3.connect(office / "jamsos.sqlite") as conn:
        rows = conn.execute("SELECT id, snapshot FROM outbox WHERE seq IS NOT NULL").fetchall()
        for entry_id, snapshot in rows:
            data = json.loads(snapshot)
            if data["full_name"] == "BUDI SANTOSO":
                data["address"] = "Jl. " + "x" * 2_000_000
                conn.execute("UPDATE outbox SET snapshot=? WHERE id=?", (json.dumps(data), entry_id))
    out = tmp_path / "stick"
    out.mkdir()
    proc = jamsos(office, "bundle", "export", "--to", str(out))
    assert proc.returncode == 1, proc.stderr
    assert "BUDI SANTOSO" in proc.stderr and "Alamat" in proc.stderr and "2171 **** **** 0011" in proc.stderr
    assert list(out.iterdir()) == []


def test_guessing_a_password_on_the_command_line_waits(office):
    backups = sorted(p.name for p in (office / "backups").iterdir())
    for _ in range(5):
        proc = jamsos(office, "list", env_extra={"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "tebakan123"})
        assert proc.returncode == 1 and "kata sandi salah" in proc.stderr
    attempts = json.loads((office / "signin-attempts.json").read_text())
    assert attempts["pc"][0] == 5 and attempts["users"]["admin"][0] == 5  # every separate process counted
    # seven more wrong guesses a moment ago (as a guessing script would make): the wait is now minutes, so
    # even the right password is refused without being checked, however slow this machine runs the CLI
    attempts["users"]["admin"][0] = attempts["pc"][0] = 12
    (office / "signin-attempts.json").write_text(json.dumps(attempts))
    proc = jamsos(office, "list")
    assert proc.returncode == 1 and "Tunggu" in proc.stderr and "menit" in proc.stderr
    assert jamsos(office, "check").returncode == 0
    assert sorted(p.name for p in (office / "backups").iterdir()) == backups  # no backup from failed sign-ins
