"""Consent on paper: the form renders (looked at as PNG, read back by OCR), the signed form is recorded with
its date and receiver, and the list of participants whose signed form is missing follows."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jamsos_desktop.domain.problems import RecordRefused
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.participants import WrongState

from .conftest import folded, person, sign_in


def test_the_filled_form_shows_the_data_the_notice_and_the_signature_lines(office, pdf, tmp_path):
    office.settings.set("pdp.retention_years", "7")
    office.settings.set("pdp.contact", "PPDP Disnaker Batam, ppdp@batam.go.id")
    saved = office.participants.register(person())
    out = office.consent.print_forms([saved.id], tmp_path / "formulir.pdf")
    text = folded(pdf.text(out))
    assert pdf.pages(out) == 2
    for expected in ("FORMULIR PENDAFTARAN DAN PERSETUJUAN DATA PRIBADI", "Kelurahan Sungai Jodoh",
                     "2171024505800003", "SITI AMINAH", "Tempat lahir Batam", "05-05-1980", "FATIMAH ZAHRA", "RT 003 RW 012",
                     "081234567890", "Kader Posyandu", "Posyandu Melati 1", "BUDI SANTOSO", "Suami", "ANI LESTARI",
                     "Anak", "Rp16.800 per bulan", "BPJS Ketenagakerjaan", "Dinas Tenaga Kerja Kota Batam",
                     "data disimpan 7 tahun sejak itu", "PPDP Disnaker Batam, ppdp@batam.go.id",
                     "paling lambat 3 x 24 jam", "Pasal 20 ayat (2)", "( SITI AMINAH )",
                     "Petugas kelurahan yang menerima", f"ID {saved.id}", "Halaman 2 dari 2"):
        assert expected in text, expected
    page1 = pdf.ocr(out, 1)  # what a person sees on the printed page
    for expected in ("FORMULIR PENDAFTARAN", "2171024505800003", "SITI AMINAH", "BUDI SANTOSO"):
        assert expected in page1, expected
    assert "Pernyataan dan persetujuan" in pdf.ocr(out, 2)


def test_a_blank_form_has_room_to_write_and_every_category_to_tick(office, pdf, tmp_path):
    out = office.consent.print_blank(tmp_path / "kosong.pdf")
    text = folded(pdf.text(out))
    assert pdf.pages(out) == 2
    assert "Nomor formulir: (diisi petugas)" in text and "Formulir persetujuan (kosong)" in text
    assert "☐ Ketua RT" in text and "☐ Penambang Pancung" in text and "Nomor Kartu KUSUKA" in text
    assert "Sungai Jodoh, Kec. Batu Ampar" in text  # the office's own kelurahan, printed
    assert "–" not in text.split("B. Ahli waris")[0]  # empty lines to write on, not dashes
    assert "Formulir" in pdf.ocr(out, 1)


def test_many_forms_in_one_file_name_each_person_on_their_pages(office, pdf, tmp_path):
    a = office.participants.register(person()).id
    b = office.participants.register(person("2171021203900004", "Rahmat Hidayat", sex="L",
                                            birth_date="1990-03-12", beneficiaries=[])).id
    out = office.consent.print_forms([a, b], tmp_path / "dua.pdf")
    pages = pdf.text(out).split("\f")
    assert "SITI AMINAH" in pages[0] and "SITI AMINAH" in pages[1]
    assert "RAHMAT HIDAYAT" in pages[2] and f"ID {b}" in pages[2] and "SITI AMINAH" not in pages[2]
    assert "Tidak ada ahli waris yang dicatat." in pages[2]
    with office.office.db.read() as s:
        from sqlalchemy import text

        prints = s.execute(text("SELECT entity_id, details FROM audit_event WHERE action='consent_form_print'")).all()
    assert sorted(p[0] for p in prints) == sorted([a, b]) and json.loads(prints[0][1])["file"] == "dua.pdf"


def test_recording_the_signed_form_and_the_missing_list(office, clock):
    a = office.participants.register(person()).id
    b = office.participants.register(person("2171021203900004", "Rahmat Hidayat", rt="5")).id
    assert [r["id"] for r in office.consent.missing()] == [a, b]  # by RW, RT, name
    assert office.consent.missing_count(ListFilter(rt="005")) == 1
    sign_in(office, "siti", "operator123")  # a clerk records it
    record = office.consent.record_received(a, received_on=dt.date(2026, 11, 28), received_by="lurah")
    assert (record.received_on, record.received_by, record.recorded_by) == (dt.date(2026, 11, 28), "lurah", "siti")
    assert [r["id"] for r in office.consent.missing()] == [b]
    assert office.consent.counts() == {"total": 2, "signed": 1, "missing": 1}
    with pytest.raises(WrongState, match="sudah tercatat"):
        office.consent.record_received(a)
    office.consent.cancel(a)  # a mistake: cancelled, not deleted
    assert office.consent.status(a) is None and office.consent.missing_count() == 2
    office.consent.record_received(a)
    assert office.consent.status(a).received_on == dt.date(2026, 11, 30)
    office.participants.delete(b, reason="salah_input")
    assert office.consent.missing() == []  # a deleted record needs no form


def test_bad_dates_and_receivers_are_refused_with_the_fix(office):
    pid = office.participants.register(person()).id
    with pytest.raises(RecordRefused, match="belum lewat"):
        office.consent.record_received(pid, received_on=dt.date(2026, 12, 1))
    with pytest.raises(RecordRefused, match="terlalu lama"):
        office.consent.record_received(pid, received_on=dt.date(1926, 12, 1))
    with pytest.raises(RecordRefused, match="Operator 'budi' tidak ada"):
        office.consent.record_received(pid, received_by="budi")
    office.participants.delete(pid, reason="salah_input")
    with pytest.raises(WrongState, match="sudah dihapus"):
        office.consent.record_received(pid)
