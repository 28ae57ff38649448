"""The KPJ file's NIK and KPJ columns: headers as BPJS writes them, and the operator's `--mapping` file."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN
from .test_cli import _setup, run  # noqa: F401 - the shared CLI fixture and set-up


@pytest.fixture
def people(hub: Hub, make_office, tmp_path: Path) -> list[dict]:
    office = make_office(BELIAN)
    found = office.register(2)
    import_bytes(hub, tmp_path / "in", office.bundle())
    return found


@pytest.mark.parametrize("nik_header,kpj_header", [("NOMOR IDENTITAS", "NO. KEPESERTAAN"), ("No. KTP", "No. KPJ"),
                                                   ("NIK TK", "NOMOR PESERTA")])
def test_bpjs_headers_are_recognised_in_a_csv_below_a_title(hub: Hub, people, tmp_path: Path, nik_header: str,
                                                           kpj_header: str) -> None:
    csv = tmp_path / "kpj.csv"
    csv.write_text(f"DAFTAR KPJ PESERTA BARU;;\nNO;{nik_header};NAMA TK;{kpj_header}\n"
                   f"1;{people[0]['nik']};{people[0]['full_name']};12345678901\n", encoding="utf-8")
    report = hub.import_kpj(csv)
    assert (report.assigned, report.invalid, report.unmatched) == (1, [], [])


def test_bpjs_headers_are_recognised_in_an_xlsx(hub: Hub, people, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["BPJS Ketenagakerjaan Cabang Batam"])
    sheet.append([])
    sheet.append(["No", "Nomor Identitas", "Nama Tenaga Kerja", "Nomor Kepesertaan"])
    sheet.append([1, people[1]["nik"], people[1]["full_name"], "12345678902"])
    book.save(tmp_path / "kpj.xlsx")
    assert hub.import_kpj(tmp_path / "kpj.xlsx").assigned == 1


def test_unknown_headers_are_refused_with_the_headers_found_and_the_mapping_way(hub: Hub, people,
                                                                                tmp_path: Path) -> None:
    csv = tmp_path / "kpj.csv"
    csv.write_text(f"IDENT;NOMOR BPJS BARU\n{people[0]['nik']};12345678901\n", encoding="utf-8")
    with pytest.raises(HubRefused) as refused:
        hub.import_kpj(csv)
    assert "--mapping" in refused.value.message and '"kpj_number"' in refused.value.message
    mapping = {"IDENT": "nik", "Nomor BPJS baru": "kpj_number"}  # compared without case or punctuation
    assert hub.import_kpj(csv, mapping=mapping).assigned == 1


def test_the_mapping_wins_over_a_recognised_header(hub: Hub, people, tmp_path: Path) -> None:
    csv = tmp_path / "kpj.csv"
    csv.write_text(f"NIK;NIK BARU;KPJ\n0000000000000000;{people[0]['nik']};12345678901\n", encoding="utf-8")
    report = hub.import_kpj(csv, mapping={"NIK": None, "NIK BARU": "nik"})
    assert report.assigned == 1 and report.unmatched == []
    with pytest.raises(HubRefused, match="'NO KTP' dari berkas pemetaan tidak ada di baris judul"):
        hub.import_kpj(csv, mapping={"NO KTP": "nik"})


def test_import_kpj_with_a_mapping_file_on_the_command_line(run, tmp_path: Path) -> None:  # noqa: F811
    office = _setup(run, tmp_path)
    [person] = office.register(1)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "b.jamsos").write_bytes(office.bundle())
    assert run("import", str(stick))[0] == 0
    csv = tmp_path / "kpj.csv"
    csv.write_text(f"ID PESERTA,KARTU\n{person['nik']},12345678901\n", encoding="utf-8")
    code, _, err = run("import-kpj", str(csv))
    assert code == 1 and "kolom NIK dan kolom KPJ tidak ditemukan" in err and "--mapping" in err
    mapping = tmp_path / "pemetaan.json"
    for text, words in (("{oops", "bukan JSON yang sah (baris 1"), ('["nik"]', "tidak berbentuk benar"),
                        ('{"ID PESERTA": "nomor"}', "isian tidak dikenal"),
                        ('{"A": "nik", "B": "nik"}', "lebih dari satu kolom"),
                        ('{"NO KTP": "nik", "KARTU": "kpj_number"}', "kolom 'NO KTP', 'KARTU' dari berkas "
                                                                     "pemetaan tidak ditemukan")):
        mapping.write_text(text, encoding="utf-8")
        code, _, err = run("import-kpj", str(csv), "--mapping", str(mapping))
        assert code == 1 and words in err, (text, err)
    assert run("import-kpj", str(csv), "--mapping", str(tmp_path / "tidak-ada.json"))[0] == 1
    mapping.write_text(json.dumps({"ID PESERTA": "nik", "KARTU": "kpj_number"}), encoding="utf-8")
    code, out, err = run("import-kpj", str(csv), "--mapping", str(mapping))
    assert code == 0 and "1 KPJ baru dicatat" in out, err
