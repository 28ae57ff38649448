"""The breach clock: a lost stick, a lost backup or a stolen PC gives a dated letter to the city office with the
3 x 24-hour deadline (rendered and read back), and the list of the people affected."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from jamsos_desktop.domain.roles import NotAllowed
from jamsos_desktop.services.breach import BreachRefused

from .conftest import folded, person, sign_in
from .helpers import CityHub


@pytest.fixture
def city(office, tmp_path):
    hub = CityHub(tmp_path / "city")
    hub.enrol(office)
    yield hub
    hub.close()


def _two_people(office):
    a = office.participants.register(person()).id
    b = office.participants.register(person("2171021203900004", "Rahmat Hidayat", sex="L", birth_date="1990-03-12",
                                            beneficiaries=[])).id
    office.participants.approve([a, b])
    return a, b


def test_a_lost_stick_names_the_bundle_the_people_and_the_deadline(office, city, clock, pdf, tmp_path):
    a, b = _two_people(office)
    sent = office.sync.export_bundle(city.folder)
    clock.advance(hours=5)
    discovered = clock.now - dt.timedelta(hours=2)
    found = office.breach.exposure("bundle", source=sent.bundle_id, discovered_at=discovered,
                                   note="Tas berisi flashdisk tertinggal di angkot")
    assert {p["id"] for p in found.people} == {a, b}
    assert (found.heirs, found.children, found.encrypted) == (2, 1, True)  # Ani, born 2015, is a child
    letter, people = office.breach.write_report(found, tmp_path / "laporan")
    text = folded(pdf.text(letter))
    deadline = (discovered + dt.timedelta(hours=72)).astimezone()
    for expected in ("Pemberitahuan kegagalan pelindungan data pribadi", "Kepala Dinas Tenaga Kerja Kota Batam",
                     "Pasal 46 ayat (2)", "Peserta 2 orang", "2 orang, di antaranya 1 anak", sent.path.name,
                     "Tas berisi flashdisk tertinggal di angkot", "Isi berkas kiriman terenkripsi",
                     f"Batas waktu pemberitahuan (3 x 24 jam sejak diketahui): {deadline:%d-%m-%Y pukul %H.%M}",
                     "Sisa waktu saat surat ini dibuat: 70 jam", f"Batam, {clock.now.astimezone():%d-%m-%Y}"):
        assert expected in text, expected
    assert "SITI AMINAH" not in text and "2171024505800003" not in text  # the letter names no one
    seen = pdf.ocr(letter, 1)
    assert "Batas waktu pemberitahuan" in seen and "Pemberitahuan kegagalan pelindungan data pribadi" in seen
    sheet = load_workbook(people).active
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=5)]
    assert sorted(r[2] for r in rows) == ["RAHMAT HIDAYAT", "SITI AMINAH"] and "2171024505800003" in [r[1] for r in rows]


def test_a_lost_backup_counts_who_was_on_record_when_it_was_made(office, clock, pdf, tmp_path):
    a, _b = _two_people(office)
    office.maintenance.backup(tmp_path / "cadangan.sqlite")
    clock.advance(days=1)
    office.participants.register(person("2171024101850005", "Dewi Lestari", beneficiaries=[]))  # after the backup
    (source,) = [s for s in office.breach.sources() if s.key == "cadangan.sqlite"]
    found = office.breach.exposure("backup", source=source.key)
    assert len(found.people) == 2 and not found.encrypted
    letter, _people = office.breach.write_report(found, tmp_path)
    text = folded(pdf.text(letter))
    assert "cadangan.sqlite" in text and "Berkas cadangan tidak terenkripsi" in text and "Peserta 2 orang" in text
    stolen = office.breach.exposure("pc")
    assert len(stolen.people) == 3
    letter, _people = office.breach.write_report(stolen, tmp_path / "pc")
    text = folded(pdf.text(letter))
    assert "mencabut perangkat kantor ini di server Disnaker" in text and office.settings.get("office.device_id") in text
    assert "Peserta 3 orang" in text


def test_a_late_report_says_the_deadline_has_passed_and_bad_choices_are_refused(office, clock, pdf, tmp_path):
    _two_people(office)
    found = office.breach.exposure("pc", discovered_at=clock.now - dt.timedelta(days=4))
    letter, _ = office.breach.write_report(found, tmp_path)
    assert "Batas waktu sudah lewat saat surat ini dibuat" in folded(pdf.text(letter))
    with pytest.raises(BreachRefused, match="Pilih berkas kiriman"):
        office.breach.exposure("bundle", source="bukan-bundel")
    with pytest.raises(BreachRefused, match="belum lewat"):
        office.breach.exposure("pc", discovered_at=clock.now + dt.timedelta(days=1))
    sign_in(office, "siti", "operator123")
    with pytest.raises(NotAllowed):
        office.breach.exposure("pc")
