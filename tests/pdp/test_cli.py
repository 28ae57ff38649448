"""The personal-data commands as a clerk or a supervisor runs them: a real `jamsos` process each time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office

from .conftest import folded, person

ADMIN = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "rahasia123"}
CLERK = {"JAMSOS_USER": "siti", "JAMSOS_PASSWORD": "operator123"}


def jamsos(data_dir, *args, stdin=None, env=None):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_")}
    proc = subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, env={**clean, **(env or ADMIN)}, timeout=120)
    assert "Traceback" not in proc.stderr + proc.stdout
    return proc


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "office"
    assert jamsos(folder, "init", "--kelurahan", "21.71.02.1002", "--admin", "admin").returncode == 0
    office = open_office(folder, startup_backup=False)  # a clerk's account, as the admin makes it in the app
    services = Services(office)
    services.auth.login("admin", "rahasia123")
    services.auth.create_operator(username="siti", display_name="Siti", password="operator123", role="operator")
    office.close()
    proc = jamsos(folder, "add", "-", "--json", stdin=json.dumps([
        person(), person("2171021203900004", "Rahmat Hidayat", rt="5", beneficiaries=[])]))
    assert proc.returncode == 0, proc.stderr
    return folder, [r["id"] for r in json.loads(proc.stdout)]


def test_missing_list_form_printing_and_recording_from_the_command_line(data, tmp_path, pdf):
    folder, (siti, rahmat) = data
    listed = jamsos(folder, "consent", "missing")
    assert listed.returncode == 0 and "(2 peserta belum menyerahkan formulir bertanda tangan)" in listed.stdout
    assert "2171 **** **** 0003" in listed.stdout and "2171024505800003" not in listed.stdout  # masked NIK
    assert jamsos(folder, "consent", "form", "--missing", "--rt", "5", "--out", str(tmp_path / "rt5.pdf")
                  ).returncode == 0
    text = folded(pdf.text(tmp_path / "rt5.pdf"))
    assert "RAHMAT HIDAYAT" in text and "SITI AMINAH" not in text
    assert jamsos(folder, "consent", "form", "--blank", "--out", str(tmp_path / "kosong.pdf")).returncode == 0
    assert "Formulir persetujuan (kosong)" in folded(pdf.text(tmp_path / "kosong.pdf"))
    done = jamsos(folder, "consent", "received", siti, "--date", "28-11-2026", env=CLERK)
    assert done.returncode == 0 and "diterima 28-11-2026 oleh siti" in done.stdout
    left = json.loads(jamsos(folder, "--json", "consent", "missing").stdout)
    assert left["total"] == 1 and [p["id"] for p in left["participants"]] == [rahmat]
    again = jamsos(folder, "consent", "received", siti)
    assert again.returncode == 1 and "sudah tercatat" in again.stderr
    bad = jamsos(folder, "consent", "received", rahmat, "--date", "kemarin")
    assert bad.returncode == 2 and "tulis seperti 2026-11-30" in bad.stderr


def test_show_report_writes_the_copy_of_a_participants_data(data, tmp_path, pdf):
    folder, (siti, _rahmat) = data
    proc = jamsos(folder, "show", siti, "--report", str(tmp_path / "salinan.pdf"), env=CLERK)
    assert proc.returncode == 0 and "Salinan data peserta tersimpan" in proc.stdout
    text = folded(pdf.text(tmp_path / "salinan.pdf"))
    assert "SALINAN DATA PRIBADI PESERTA" in text and "2171024505800003" in text and "BUDI SANTOSO" in text
    unknown = jamsos(folder, "show", "tidak-ada", "--report", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "tidak ditemukan" in unknown.stderr


def test_purge_dry_run_and_the_permission(data):
    folder, (siti, _rahmat) = data
    assert jamsos(folder, "delete", siti, "--reason", "pindah").returncode == 0
    dry = jamsos(folder, "purge", "--dry-run")
    assert dry.returncode == 0 and "Masa simpan: 5 tahun" in dry.stdout and "Uji coba: 0 peserta" in dry.stdout
    clerk = jamsos(folder, "purge", env=CLERK)
    assert clerk.returncode == 1 and "tidak boleh memusnahkan data pribadi" in clerk.stderr
    done = json.loads(jamsos(folder, "--json", "purge").stdout)
    assert done["erased"] == [] and done["dry_run"] is False
