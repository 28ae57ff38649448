"""A preview issues nothing; a reprint revokes the earlier card; a deleted person's card is no longer active.

Seen before: every "Buat kartu" used new card numbers and was recorded as a print just to look, a reprint
never revoked the old card (both verified as valid), and a deceased person's card still verified as "sah".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from jamsos_desktop.cards.token import TokenOutcome, sign_token
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.sync.identity import load_identity
from tests.conftest import missing_tool


@pytest.fixture
def approved(services):
    saved = services.participants.register_many(synthetic_records(3, seed=9, kelurahan_code="21.71.02.1002"))
    services.participants.approve([s.id for s in saved])
    return [s.id for s in saved]


def card_rows(services):
    with sqlite3.connect(services.office.db_path) as conn:
        return conn.execute("SELECT serial, participant_id, reprint_number, revoked FROM card_issue "
                            "ORDER BY serial").fetchall()


def token_of(services, serial, participant_id):
    """The text of the card's QR code (as cards/ signs it for the card)."""
    return sign_token(load_identity(services.office.keys_dir), serial=serial, participant_id=participant_id,
                      valid_until=services.office.today() + dt.timedelta(days=365))


def test_a_preview_uses_no_serial_and_records_nothing(services, approved, tmp_path):
    with sqlite3.connect(services.office.db_path) as conn:
        events_before = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    preview = services.cards.preview_cards(approved, tmp_path / "contoh.pdf")
    assert preview.cards == 3 and (tmp_path / "contoh.pdf").read_bytes().startswith(b"%PDF")
    assert card_rows(services) == []
    with sqlite3.connect(services.office.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == events_before
    issued = services.cards.print_cards(approved[:1], tmp_path / "kartu.pdf")
    assert issued.serials == ["1002-000001"]  # the preview reserved nothing


@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                    reason=missing_tool("poppler-utils", "apt-get install poppler-utils"))
def test_the_preview_says_contoh_and_its_qr_code_is_no_card(services, approved, tmp_path):
    import zxingcpp
    from PIL import Image

    services.cards.preview_cards(approved[:1], tmp_path / "contoh.pdf", layout="single")
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "contoh.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = text.split()
    assert "No. Kartu CONTOH" in text and "1002-" not in text  # no serial
    assert words.count("CONTOH") >= 3 and "BUKAN" in words  # the mark across front and back
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(tmp_path / "contoh.pdf"),
                    str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    codes = [c.text for c in zxingcpp.read_barcodes(Image.open(png))]
    assert codes and all(services.cards.verify(code).outcome is TokenOutcome.INVALID for code in codes)


def test_a_reprint_revokes_the_earlier_card(services, approved, tmp_path):
    first = services.cards.print_cards(approved, tmp_path / "a.pdf")
    again = services.cards.print_cards(approved[:1], tmp_path / "b.pdf")
    assert again.revoked == [first.serials[0]]
    assert card_rows(services) == [("1002-000001", approved[0], 0, 1), ("1002-000002", approved[1], 0, 0),
                                   ("1002-000003", approved[2], 0, 0), ("1002-000004", approved[0], 1, 0)]
    old = services.cards.verify(token_of(services, first.serials[0], approved[0]))
    assert old.outcome is TokenOutcome.REVOKED and not old.ok
    assert "DICABUT" in old.message and "1002-000004" in old.message
    assert services.cards.verify(token_of(services, "1002-000004", approved[0])).ok
    assert services.cards.verify(token_of(services, first.serials[1], approved[1])).ok
    with sqlite3.connect(services.office.db_path) as conn:
        (details,) = conn.execute("SELECT details FROM audit_event WHERE action = 'reprint'").fetchone()
    assert json.loads(details)["revoked"] == ["1002-000001"]
    history = services.cards.history()
    assert [(c.serial, c.revoked) for c in history][:2] == [("1002-000004", False), ("1002-000003", False)]
    assert services.cards.holders(approved) == 3


def test_a_deleted_persons_card_is_not_active(services, approved, tmp_path):
    issued = services.cards.print_cards(approved[:1], tmp_path / "a.pdf")
    services.participants.delete(approved[0], reason="meninggal")
    check = services.cards.verify(token_of(services, issued.serials[0], approved[0]))
    assert check.outcome is TokenOutcome.INACTIVE and not check.ok
    assert "TIDAK AKTIF" in check.message and "meninggal dunia" in check.message


def test_jamsos_verify_card_says_dicabut_and_tidak_aktif(services, approved, tmp_path):
    first = services.cards.print_cards(approved[:2], tmp_path / "a.pdf")
    services.cards.print_cards(approved[:1], tmp_path / "b.pdf")
    services.participants.delete(approved[1], reason="pindah")
    revoked = token_of(services, first.serials[0], approved[0])
    inactive = token_of(services, first.serials[1], approved[1])
    services.office.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_")}

    def verify(token):
        return subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir",
                               str(services.office.data_dir), "verify-card", token, "--json"],
                              capture_output=True, text=True, env=env, timeout=120)

    for token, outcome, word in ((revoked, "revoked", "DICABUT"), (inactive, "inactive", "TIDAK AKTIF")):
        proc = verify(token)
        assert proc.returncode == 1, proc.stderr
        answer = json.loads(proc.stdout)
        assert answer["outcome"] == outcome and word in answer["message"] and not answer["ok"]
