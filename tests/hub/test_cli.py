"""`jamsos-hub` end to end on the command line: set-up, enrolment with the fingerprint, import, receipts, BPJS."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jamsos_desktop.hub.cli import main
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.bundlefile import bundle_file_name
from jamsos_desktop.sync.escrowfile import read_escrow_file
from jamsos_desktop.sync.hubkeys import read_hub_identity
from jamsos_desktop.sync.manifest import Manifest

from .helpers import BELIAN, FakeOffice

PASSPHRASE = "kata-sandi-escrow-yang-panjang"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("JAMSOS_HUB_DATA_DIR", str(tmp_path / "hubdata"))
    monkeypatch.setenv("JAMSOS_HUB_ESCROW_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("JAMSOS_HUB_DB", raising=False)

    def run_cli(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run_cli


def _setup(run, tmp_path: Path) -> FakeOffice:
    code, out, _ = run("init", "--name", "Disnaker Kota Batam", "--escrow-out", str(tmp_path / "escrow.pem"))
    assert code == 0 and "Hapus berkas itu dari komputer ini" in out
    assert run("identity", "--out", str(tmp_path / "hub.json"))[0] == 0
    office = FakeOffice(tmp_path / "office", read_hub_identity((tmp_path / "hub.json").read_bytes()), BELIAN)
    (tmp_path / "enrol.json").write_bytes(office.enrolment())
    code, _, err = run("enrol", str(tmp_path / "enrol.json"), "--fingerprint", "0000 1111")
    assert code == 1 and "TIDAK SAMA" in err
    code, out, _ = run("enrol", str(tmp_path / "enrol.json"), "--fingerprint",
                       office.identity.fingerprint.replace(" ", "").lower())
    assert code == 0 and "didaftarkan" in out
    return office


def test_init_writes_the_escrow_key_once_under_its_passphrase(run, tmp_path: Path) -> None:
    _setup(run, tmp_path)
    escrow = tmp_path / "escrow.pem"
    if os.name == "posix":  # Windows has no file modes: the user profile's permissions protect it (safefile.py)
        assert oct(escrow.stat().st_mode & 0o777) == "0o600"
    read_escrow_file(escrow.read_bytes(), PASSPHRASE.encode())
    assert escrow.read_bytes().startswith(b"-----BEGIN JAMSOS ESCROW KEY-----")
    code, _, err = run("init", "--escrow-out", str(tmp_path / "escrow2.pem"))
    assert code == 1 and "sudah disiapkan" in err and not (tmp_path / "escrow2.pem").exists()


def test_the_operator_loop_on_the_command_line(run, tmp_path: Path) -> None:
    office = _setup(run, tmp_path)
    people = office.register(3)
    bad = office.new_records(1)[0]
    bad["nik"] = "1"
    office.register_record(bad)
    stick = tmp_path / "stick"
    stick.mkdir()
    data = office.bundle()
    manifest: Manifest = read_manifest(data)[0]
    (stick / bundle_file_name(manifest)).write_bytes(data)

    code, out, _ = run("import", str(stick), "--dry-run")
    assert code == 0 and "UJI COBA" in out and "3 diterima, 1 ditolak" in out and "perubahan nomor 4" in out
    code, out, _ = run("--json", "import", str(stick))
    assert code == 0 and json.loads(out)["totals"]["accepted"] == 3
    code, out, _ = run("import", str(stick))
    assert "sudah pernah diterima" in out

    code, out, _ = run("receipts", "--out", str(stick))
    assert code == 0 and "3 diterima, 1 ditolak" in out
    [receipt_file] = stick.glob("jamsos-receipt-*.jamsos")
    assert [c.verdict for c in office.read_receipt(receipt_file.read_bytes()).changes].count("accepted") == 3
    code, out, _ = run("import", str(stick))  # the receipt on the same stick is skipped, not refused
    assert code == 0 and "dilewati" in out

    assert run("export-bpjs", "--out", str(tmp_path / "bpjs.xlsx"))[0] == 0
    (tmp_path / "kpj.csv").write_text(f"NIK,KPJ\n{people[0]['nik']},12345678901\n2171000000000000,1\n")
    code, out, _ = run("import-kpj", str(tmp_path / "kpj.csv"))
    assert code == 0 and "1 KPJ baru dicatat" in out and "baris 3" in out
    code, out, _ = run("report", "--json", "--html", str(tmp_path / "report.html"))
    figures = json.loads(out)
    assert (figures["total"], figures["with_kpj"], figures["quota"]) == (3, 1, 24300)
    assert "Belian" in (tmp_path / "report.html").read_text(encoding="utf-8")
    code, out, _ = run("settings", "quota", "25000")
    assert code == 0 and "quota = 25000" in out
    assert run("settings", "quota", "banyak")[0] == 1
    code, out, _ = run("devices")
    assert office.device_id in out


def test_refusals_and_usage_errors_have_their_exit_codes(run, tmp_path: Path) -> None:
    assert run("report")[0] == 0  # works before init: no keys needed to count
    code, _, err = run("identity", "--out", str(tmp_path / "x.json"))
    assert code == 1 and "jamsos-hub init" in err
    _setup(run, tmp_path)
    (tmp_path / "junk.jamsos").write_bytes(b"not a bundle")
    code, out, _ = run("import", str(tmp_path / "junk.jamsos"))
    assert code == 1 and "DITOLAK" in out and "bukan bundle Jamsos" in out
    assert run("import", str(tmp_path / "missing"))[0] == 2
    assert run("export-bpjs", "--out", str(tmp_path / "x.csv"))[0] == 2
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_python_dash_m_runs_the_hub_command(tmp_path: Path) -> None:
    env = {**os.environ, "JAMSOS_HUB_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "jamsos_desktop.hub", "--version"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("jamsos-hub ")


def test_hub_verifies_cards_of_any_enrolled_office(hub, make_office):
    import datetime as dt

    from jamsos_desktop.cards import sign_token

    office = make_office(BELIAN)
    token = sign_token(office.identity, serial="1004-000001", participant_id="0f0e0d0c-aaaa-bbbb-cccc-000000000001",
                       valid_until=dt.date(2099, 1, 1))
    check, issuer = hub.verify_card(token)
    assert check.ok and issuer == "Kelurahan Belian"
    forged = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    assert not hub.verify_card(forged)[0].ok
    stranger = make_office(BELIAN, enrol=False)
    foreign = sign_token(stranger.identity, serial="1004-000002", participant_id="0f0e0d0c-aaaa-bbbb-cccc-0000000002",
                         valid_until=dt.date(2099, 1, 1))
    assert hub.verify_card(foreign)[0].outcome == "unknown_key"


def test_revocation_reinstatement_and_the_audit_on_the_command_line(run, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAMSOS_HUB_OPERATOR", "budi")
    office = _setup(run, tmp_path)
    code, out, _ = run("revoke", office.device_id, "--reason", "laptop kantor dicuri")
    assert code == 0 and "dicabut" in out
    code, _, err = run("enrol", str(tmp_path / "enrol.json"), "--yes")
    assert code == 1 and "sudah dicabut" in err and "laptop kantor dicuri" in err and "diaktifkan" not in err
    with pytest.raises(SystemExit) as usage:
        run("reinstate", office.device_id)  # the reason is required
    assert usage.value.code == 2
    assert run("reinstate", office.device_id, "--reason", "ok")[0] == 1  # ... and must say something
    code, out, _ = run("reinstate", office.device_id, "--reason", "laptop ditemukan, dipasang ulang oleh TI")
    assert code == 0 and "dipulihkan" in out
    assert run("settings", "legacy_uploads", "0")[0] == 0
    code, out, _ = run("--json", "audit")
    entries = json.loads(out)
    assert [e["action"] for e in entries][:5] == ["settings.change", "device.reinstate", "device.revoke",
                                                  "device.enrol", "hub.init"]
    assert {e["actor"] for e in entries[:4]} == {"lokal:budi"}
    assert entries[1]["detail"]["reason"] == "laptop ditemukan, dipasang ulang oleh TI"
    code, out, _ = run("check")
    assert code == 0 and "Audit hub utuh: 5 catatan" in out
    code, out, _ = run("security")
    assert code == 0 and "Tidak ada peristiwa keamanan" in out
    assert run("serve", "--host", "0.0.0.0", "--operator-pages")[0] == 2
    assert run("serve", "--tls-cert", str(tmp_path / "missing.pem"), "--tls-key", str(tmp_path / "k.pem"))[0] == 2


def test_check_finds_an_edited_audit_entry(run, tmp_path: Path) -> None:
    import sqlite3

    _setup(run, tmp_path)
    with sqlite3.connect(tmp_path / "hubdata" / "jamsos-hub.sqlite") as db:
        db.execute("UPDATE hub_audit SET actor = 'lokal:orang-lain' WHERE seq = 2")
    code, out, _ = run("check")
    assert code == 1 and "nomor 2" in out and "diubah" in out


def test_programme_commands_open_periods_show_the_quota_and_refuse_clearly(run, tmp_path: Path) -> None:
    _setup(run, tmp_path)
    code, out, _ = run("period", "open", "2027-01", "--months", "6", "--quota", "10", "--budget", "1008000")
    assert code == 0 and "Periode 2027-01 s.d. 2027-06 dibuka: kuota 10 orang, anggaran Rp1.008.000." in out
    code, out, _ = run("period", "list", "--json")
    assert code == 0 and [(p["code"], p["month_to"], p["quota"]) for p in json.loads(out)] == [("2027-01", "2027-06", 10)]
    code, _, err = run("period", "open", "2027-03", "--months", "2")
    assert code == 1 and "bertumpang tindih dengan periode 2027-01 s.d. 2027-06" in err
    code, _, err = run("period", "open", "2027-13")
    assert code == 1 and "TTTT-BB" in err
    code, out, _ = run("quota", "--json")
    assert code == 0 and (json.loads(out)["quota"], json.loads(out)["period"]) == (10, "2027-01")
    code, _, err = run("deactivate", "2171010101800001", "--reason", "meninggal", "--date", "2026-11-01",
                       "--note", "Surat kematian 12/XI/2026")
    assert code == 1 and "tidak ada di daftar peserta hub" in err
    code, _, err = run("deactivate", "2171010101800001", "--reason", "meninggal", "--date", "kemarin", "--note", "x")
    assert code == 2 and "TTTT-BB-HH" in err
    code, out, _ = run("audit", "--json", "--action", "period.open")
    assert code == 0 and [e["target"] for e in json.loads(out)] == ["2027-01"]


def test_the_module_the_script_imports_pulls_in_no_hub() -> None:
    """A large import's second process (hub/prepare.py, spawned) runs the `jamsos-hub` script again before it
    starts, and the script imports jamsos_desktop.hub.cli: that import must not bring the hub, SQLAlchemy or the
    cryptography library with it (0.8 s of the worker's start, while the hub merges alone)."""
    code = ("import sys, jamsos_desktop.hub.cli; print(sorted(m for m in ('sqlalchemy', 'cryptography', "
            "'jamsos_desktop.hub.service', 'jamsos_desktop.hub.cli_commands') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
