"""Column mapping: header names people use, the clerk's changes, and what a mapping lacks."""

from __future__ import annotations

import pytest

from jamsos_desktop.domain.problems import Level
from jamsos_desktop.io.columns import TARGETS, Mapping, guess_target, mapping_problems, propose_mapping
from jamsos_desktop.io.table import combine_headers, find_header


@pytest.mark.parametrize(("header", "target"), [
    ("NIK", "nik"), ("No. KTP", "nik"), ("No NIK", "nik"), ("NOMOR INDUK KEPENDUDUKAN", "nik"),
    ("NIK (16 digit)", "nik"), ("NIK*", "nik"), ("No KK", "kk_number"), ("Nomor Kartu Keluarga", "kk_number"),
    ("Nama", "full_name"), ("Nama Lengkap", "full_name"), ("NAMA LENGKAP (sesuai KTP)", "full_name"),
    ("Tempat Lahir", "birth_place"), ("Tgl Lahir", "birth_date"), ("Tanggal Lahir", "birth_date"),
    ("Tgl. Lahir", "birth_date"), ("Tanggal\nLahir", "birth_date"), ("Tempat/Tgl Lahir", "birth_place_date"),
    ("Tempat, Tanggal Lahir", "birth_place_date"), ("TTL", "birth_place_date"), ("JK", "sex"), ("L/P", "sex"),
    ("Jenis Kelamin", "sex"), ("No HP", "phone"), ("No. Telp", "phone"), ("HP/WA", "phone"), ("No. HP / WA", "phone"),
    ("Alamat", "address"), ("RT", "rt"), ("RW", "rw"), ("RT/RW", "rt_rw"), ("Kelurahan", "kelurahan_code"),
    ("Kecamatan", "kecamatan"), ("Kategori", "category"), ("Jabatan", "position"), ("No SK", "sk_number"),
    ("Nomor SK", "sk_number"), ("Nama Posyandu", "posyandu_name"), ("Nama Ibu Kandung", "mother_name"),
    ("Status Perkawinan", "marital_status"), ("Pekerjaan", "job"), ("Aplikasi", "company"), ("Perusahaan", "company"),
    ("No KUSUKA", "kusuka_number"), ("Kelompok Tani", "farmer_group"), ("Penghasilan", "declared_income"),
    ("Penghasilan (Rp)", "declared_income"), ("Email", "email"), ("E-mail", "email"), ("Program", "programs"),
    ("Nama Ahli Waris", "beneficiary_name"), ("Hubungan", "beneficiary_relationship"),
    ("HP Ahli Waris", "beneficiary_phone"), ("Full Name", "full_name"), ("Date of Birth", "birth_date"),
    ("Phone", "phone"), ("Address", "address"), ("Gender", "sex"),
])
def test_headers_people_use(header: str, target: str) -> None:
    assert guess_target(header) == target


@pytest.mark.parametrize("header", ["No", "No.", "No Urut", "Keterangan", "Tanda Tangan", "", None, "Status",
                                    "DAFTAR KADER POSYANDU KELURAHAN SUNGAI JODOH"])
def test_headers_that_feed_nothing(header: str | None) -> None:
    assert guess_target(header) is None


def test_every_app_label_maps_back() -> None:
    for target, label in TARGETS.items():
        assert guess_target(label) == target, label


def test_propose_mapping_first_column_wins_and_keeps_headers() -> None:
    mapping = propose_mapping(["No", "NIK ", "Nama", "No HP", "No WA", None])
    assert mapping.headers == ("No", "NIK", "Nama", "No HP", "No WA", "")
    assert mapping.targets == (None, "nik", "full_name", "phone", None, None)
    assert mapping.column_of("phone") == 3


def test_clerk_changes_a_column() -> None:
    mapping = propose_mapping(["NIK", "Nama", "No HP", "No WA"])
    changed = mapping.with_field(2, None).with_field(3, "phone")
    assert changed.column_of("phone") == 3
    assert mapping.column_of("phone") == 2  # immutable
    with pytest.raises(ValueError):
        mapping.with_field(0, "no_such_field")


def test_mapping_round_trips_through_a_dict_with_repeated_headers() -> None:
    mapping = Mapping(("NIK", "Nama", "Nama"), ("nik", "full_name", None))
    assert mapping.as_dict() == {"NIK": "nik", "Nama": "full_name", "Nama (2)": None}
    assert Mapping.from_dict(mapping.headers, {"NIK": "nik", "Nama (2)": "mother_name"}).targets == \
        ("nik", None, "mother_name")


def test_mapping_problems() -> None:
    mapping = Mapping(("Nama", "Nama Ibu", "Alamat"), ("full_name", "full_name", "address"))
    problems = mapping_problems(mapping)
    blocking = {p.code for p in problems if p.level is Level.BLOCK}
    assert blocking == {"mapping.nik", "mapping.twice"}
    missing = {p.field for p in problems if p.code == "mapping.missing"}
    assert {"sex", "rt", "rw", "kelurahan_code", "category", "birth_date"} <= missing
    twice = next(p for p in problems if p.code == "mapping.twice")
    assert "Nama, Nama Ibu" in twice.message
    with_defaults = mapping_problems(mapping, default_kelurahan="21.71.02.1002", default_category="ketua_rt")
    assert not {"kelurahan_code", "category"} & {p.field for p in with_defaults}


def test_combined_columns_satisfy_their_fields() -> None:
    mapping = propose_mapping(["NIK", "Nama", "Tempat/Tgl Lahir", "JK", "Alamat", "RT/RW", "Kelurahan", "Kategori"])
    assert mapping_problems(mapping) == []


def test_header_found_under_a_title_block() -> None:
    rows: list[list[object]] = [["DAFTAR KETUA RT/RW"], ["Kelurahan Sungai Jodoh"], [], ["No", "NIK", "Nama", "Alamat"], [1, "217", "A"]]
    assert find_header(rows) == (3, 1)


def test_no_header_found() -> None:
    assert find_header([["a", "b"], [1, 2]]) is None


def test_two_row_header_with_group_above() -> None:
    upper = ["No", "NIK", "Tempat/Tgl Lahir", None, "Alamat", None, None, "Ahli Waris", None]
    lower = [None, None, "Tempat", "Tgl", "Jalan", "RT", "RW", "Nama", "Hubungan"]
    assert find_header([upper, lower, [1, "2171"]]) == (0, 2)
    headers = combine_headers(upper, lower)
    assert [guess_target(h) for h in headers] == [None, "nik", "birth_place", "birth_date", "address", "rt", "rw",
                                                   "beneficiary_name", "beneficiary_relationship"]


def test_group_row_above_the_best_row_joins_it() -> None:
    upper = [None, None, None, "Tempat/Tgl Lahir", None]
    lower = ["No", "NIK", "Nama", "Tempat", "Tanggal"]
    assert find_header([["JUDUL"], upper, lower, [1, "2171"]]) == (1, 2)


def test_data_row_under_header_is_not_a_sub_header() -> None:
    header = ["NIK", "Nama", "Alamat", "RT", "RW"]
    assert find_header([header, ["2171025205800003", "Siti", "Jl. Mawar", "3", "12"]]) == (0, 1)
