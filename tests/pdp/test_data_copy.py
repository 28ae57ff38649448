"""A copy of one participant's data (hak akses): everything held, readable, and its making audited."""

from __future__ import annotations

import json

import pytest

from jamsos_desktop.services.participants import NotFound

from .conftest import folded, person, sign_in
from .helpers import CityHub


@pytest.fixture
def city(office, tmp_path):
    hub = CityHub(tmp_path / "city")
    hub.enrol(office)
    yield hub
    hub.close()


def test_the_copy_holds_record_heirs_cards_forms_sending_and_history(office, city, pdf, tmp_path, clock):
    pid = office.participants.register(person()).id
    office.participants.approve([pid])
    clock.advance(hours=2)
    office.participants.update(pid, {"phone": "0813 1111 2222"})
    office.participants.approve([pid])
    office.consent.record_received(pid, received_by="siti")
    city.round_trip(office)
    office.cards.print_cards([pid], tmp_path / "kartu.pdf")
    sign_in(office, "siti", "operator123")  # any clerk at the desk can hand a person their copy
    out = office.data_copy.write(pid, tmp_path / "salinan.pdf")
    text = folded(pdf.text(out))
    for expected in ("SALINAN DATA PRIBADI PESERTA", "Pasal 7 dan 32", "oleh Siti Operator", "2171024505800003",
                     "SITI AMINAH", "FATIMAH ZAHRA", "081311112222", "BUDI SANTOSO", "ANI LESTARI", "04-03-2015",
                     "Diterima kota", "1002-000001", "tetap", "30-11-2026", "berlaku (data versi 4)",
                     "Data peserta (versi 4)", "flashdisk/berkas", "Diterima 30-11-2026",
                     "Didaftarkan", "Data diubah", "Yang diubah: Nomor HP", "Disetujui supervisor",
                     "Formulir bertanda tangan diterima", "Kartu dicetak", "Diterima oleh peserta",
                     "RAHASIA: berisi data pribadi"):
        assert expected in text, expected
    assert "( Siti Operator )" in text and "( SITI AMINAH )" in text
    seen = pdf.ocr(out, 1)
    assert "SALINAN DATA PRIBADI PESERTA" in seen and "SITI AMINAH" in seen
    sign_in(office, "admin", "rahasia123")
    from jamsos_desktop.services.reports import AuditFilter

    (made,) = office.reports.audit_events(AuditFilter(action="data_copy"))
    assert (made.operator, made.entity_id, json.loads(made.details)) == ("siti", pid, {"file": "salinan.pdf"})


def test_an_unknown_id_is_refused(office, tmp_path):
    with pytest.raises(NotFound, match="tidak ditemukan"):
        office.data_copy.write("bukan-id", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
