"""Printing cards through the service: serials never repeat, reprints counted, every print audited, and
the QR codes on the page verify against the office key."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from jamsos_desktop.cards import Cancelled
from jamsos_desktop.services.cards import CardProblem
from jamsos_desktop.services.demo import synthetic_records
from tests.conftest import missing_tool


@pytest.fixture
def approved(services):
    saved = services.participants.register_many(synthetic_records(3, seed=9, kelurahan_code="21.71.02.1002"))
    services.participants.approve([s.id for s in saved])
    return [s.id for s in saved]


def test_print_records_issues_and_audit(services, approved, tmp_path):
    first = services.cards.print_cards(approved, tmp_path / "a.pdf")
    assert first.cards == 3 and first.provisional == 3 and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    again = services.cards.print_cards(approved[:1], tmp_path / "b.pdf", layout="single")
    assert first.serials == ["1002-000001", "1002-000002", "1002-000003"] and again.serials == ["1002-000004"]
    with sqlite3.connect(services.office.db_path) as conn:
        issues = conn.execute("SELECT serial, reprint_number FROM card_issue ORDER BY serial").fetchall()
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_event WHERE action LIKE '%print'")]
    assert issues[-1] == ("1002-000004", 1)
    assert actions == ["print", "print", "print", "reprint"]


def test_cancelled_print_records_nothing_and_never_reuses_serials(services, approved, tmp_path):
    with pytest.raises(Cancelled):
        services.cards.print_cards(approved, tmp_path / "c.pdf", cancelled=lambda: True)
    assert not (tmp_path / "c.pdf").exists()
    with sqlite3.connect(services.office.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM card_issue").fetchone() == (0,)
    assert services.cards.print_cards(approved[:1], tmp_path / "d.pdf").serials == ["1002-000004"]


def test_records_waiting_for_approval_get_no_card(services, tmp_path):
    (saved,) = services.participants.register_many(synthetic_records(1, seed=2, kelurahan_code="21.71.02.1002"))
    with pytest.raises(CardProblem, match="belum disetujui supervisor. Minta supervisor menyetujuinya") as refused:
        services.cards.print_cards([saved.id], tmp_path / "x.pdf")
    assert "ready" not in str(refused.value)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows: pdftoppm (poppler) is a Linux tool here; on Windows "
                    "the QR is read off QtPdf's rendering (tests/ui/test_cards_page.py)")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason=missing_tool("poppler-utils", "apt-get install poppler-utils"))
def test_qr_on_the_printed_page_verifies_and_a_changed_character_does_not(services, approved, tmp_path):
    import zxingcpp
    from PIL import Image

    services.cards.print_cards(approved[:1], tmp_path / "one.pdf", layout="single")
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(tmp_path / "one.pdf"),
                    str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    (code,) = zxingcpp.read_barcodes(Image.open(png))
    check = services.cards.verify(code.text)
    assert check.ok and check.serial == "1002-000001"
    forged = code.text[:-3] + ("A" if code.text[-3] != "A" else "B") + code.text[-2:]
    assert not services.cards.verify(forged).ok


def _set_status(services, pid: str, status: str, reason: str) -> None:
    """The state a hub receipt leaves (services.receipts sets the same two fields)."""
    from jamsos_desktop.store import participants as repo

    with services.office.db.write() as s:
        p = repo.get(s, pid)
        p.status, p.status_reason = status, reason
        s.add(p)


def test_a_hub_duplicate_gets_no_card_and_the_message_says_what_the_clerk_can_do(services, approved, tmp_path):
    _set_status(services, approved[0], "duplicate", "NIK 2171010101800001 sudah terdaftar di Kelurahan Pemping.")
    with pytest.raises(CardProblem) as refused:
        services.cards.print_cards(approved[:1], tmp_path / "x.pdf")
    text = str(refused.value)
    assert "Kelurahan Pemping" in text and "keputusan Disnaker" in text and "perbaiki NIK" in text
    assert "duplicate" not in text and "supervisor dulu" not in text  # no raw status, no fix that cannot work


def test_a_record_the_hub_rejected_gets_no_card_and_the_message_gives_the_reason(services, approved, tmp_path):
    _set_status(services, approved[0], "rejected", "Nama tidak sesuai Dukcapil")
    with pytest.raises(CardProblem, match="ditolak Disnaker: Nama tidak sesuai Dukcapil") as refused:
        services.cards.print_cards(approved[:1], tmp_path / "x.pdf")
    assert "rejected" not in str(refused.value) and "Perbaiki" in str(refused.value)


@pytest.mark.slow  # 300 participants registered and approved first: about 10 s of CPU
def test_a_large_run_on_two_processes_keeps_the_one_reservation_and_its_order(services, tmp_path, monkeypatch):
    """From split.SPLIT_FROM cards the second half is drawn by a child process: the serials are still reserved
    once, here, and the pages carry them in order (the child's half included)."""
    from pypdf import PdfReader

    from jamsos_desktop.cards import split

    monkeypatch.setattr(split.os, "cpu_count", lambda: 2)  # two processes even on a one-core test machine
    count = split.SPLIT_FROM + 3
    saved = services.participants.register_many(synthetic_records(count, seed=5, kelurahan_code="21.71.02.1002"))
    ids = [s.id for s in saved]
    services.participants.approve(ids)
    result = services.cards.print_cards(ids, tmp_path / "banyak.pdf")
    assert result.serials == [f"1002-{n:06d}" for n in range(1, count + 1)]
    pages = PdfReader(tmp_path / "banyak.pdf").pages
    assert len(pages) == 2 * -(-count // 10)
    fronts = [page.extract_text() for page in pages[::2]]
    printed = [serial for text in fronts for serial in result.serials if serial in text]
    assert printed == result.serials  # every serial on a front page, sheet by sheet in the reserved order
