"""An office made by the previous release (v0.1.0) keeps working after the upgrade: its scrypt passwords sign in
and are replaced by argon2id, its rows get their state baseline so `jamsos check` stays clean, and its own
backups are accepted by the stricter restore. The hub's escrow key file of v0.1.0 still opens; a new one is
refused by v0.1.0 with its ordinary message, never a traceback."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from jamsos_desktop.hub.keys import load_escrow_private

from .previous import Release

ADMIN = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "rahasia123"}
RECORD = {"nik": "2171024505800003", "full_name": "Siti Aminah", "birth_place": "Batam", "birth_date": "1980-05-05",
          "sex": "P", "mother_name": "Fatimah", "address": "Jl. Mawar No. 1", "rt": "3", "rw": "12",
          "kelurahan_code": "21.71.02.1002", "phone": "0812-3456-7890", "category": "kader_posyandu",
          "posyandu_name": "Posyandu Melati 1", "sk_number": "12/SK/2025"}


def _jamsos(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_") or k == "JAMSOS_TEST_CHEAP_PASSWORDS"}
    env.update(ADMIN)
    proc = subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in proc.stderr
    return proc


def test_an_office_of_the_previous_release_upgrades(previous_release: Release, tmp_path: Path) -> None:
    data = tmp_path / "office"
    old = previous_release.jamsos("--data-dir", str(data), "init", "--kelurahan", "21.71.02.1002", "--admin", "admin",
                                  env=ADMIN)
    assert old.returncode == 0, old.stderr
    added = previous_release.jamsos("--data-dir", str(data), "add", "-", input=json.dumps(RECORD), env=ADMIN)
    assert added.returncode == 0, added.stderr
    old_backup = tmp_path / "cadangan-lama.sqlite"
    assert previous_release.jamsos("--data-dir", str(data), "backup", "--to", str(old_backup),
                                   env=ADMIN).returncode == 0
    with contextlib.closing(sqlite3.connect(data / "jamsos.sqlite")) as conn:
        assert conn.execute("SELECT password_hash FROM operator").fetchone()[0].startswith("scrypt$")

    listed = _jamsos(data, "--json", "list")
    assert listed.returncode == 0, listed.stderr
    assert [p["full_name"] for p in json.loads(listed.stdout)] == ["SITI AMINAH"]
    # closing() (sqlite3's own `with` only commits): Windows cannot restore over a file this test holds open
    with contextlib.closing(sqlite3.connect(data / "jamsos.sqlite")) as conn:
        assert conn.execute("SELECT password_hash FROM operator").fetchone()[0].startswith("$argon2id$")
        baseline = conn.execute("SELECT count(*) FROM audit_event WHERE action='state_baseline'").fetchone()[0]
    assert baseline == 2  # the participant and the admin
    checked = _jamsos(data, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    restored = _jamsos(data, "restore", str(old_backup))
    assert restored.returncode == 0, restored.stderr
    assert _jamsos(data, "check").returncode == 0


def test_escrow_files_across_versions(previous_release: Release, tmp_path: Path) -> None:
    passphrase = "kunci brankas disnaker"
    env = {"JAMSOS_HUB_ESCROW_PASSPHRASE": passphrase, "JAMSOS_TEST_CHEAP_PASSWORDS": "1"}
    old = previous_release.hub("--data-dir", str(tmp_path / "old-hub"), "init", "--name", "Disnaker",
                               "--escrow-out", str(tmp_path / "old-escrow.pem"), env=env)
    assert old.returncode == 0, old.stderr
    load_escrow_private(tmp_path / "old-escrow.pem", passphrase.encode())  # v0.1.0's PBKDF2 PEM still opens

    new = subprocess.run([sys.executable, "-m", "jamsos_desktop.hub", "--data-dir", str(tmp_path / "new-hub"), "init",
                          "--name", "Disnaker", "--escrow-out", str(tmp_path / "new-escrow.pem")],
                         env={**os.environ, **env}, capture_output=True, text=True, timeout=120)
    assert new.returncode == 0, new.stderr
    bundles = tmp_path / "arsip"
    bundles.mkdir()
    refused = previous_release.hub("--data-dir", str(tmp_path / "old-hub"), "import", str(bundles), "--escrow-key",
                                   str(tmp_path / "new-escrow.pem"), env=env)
    assert "Traceback" not in refused.stderr
    assert refused.returncode != 0 and "escrow" in refused.stderr.lower()
