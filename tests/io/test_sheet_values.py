"""One test per value parser, with the forms people type."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import normalize_phone, normalize_rt_rw
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.io import values as v

NIK = "2171025205800003"


# --- identity numbers (NIK, KK, KUSUKA) ----------------------------------------------------------------------

@pytest.mark.parametrize("cell", [NIK, f" {NIK} ", f"'{NIK}", "2171 0252 0580 0003", "2171025205800000"])
def test_identity_text_keeps_text_cells(cell: str) -> None:
    assert v.identity_text(cell, "NIK").replace(" ", "") in (NIK, "2171025205800000")


@pytest.mark.parametrize("cell", [
    2171025205800000,  # what Excel keeps of 2171025205800003 typed into a number cell
    2171025205800003,  # intact, but a number cell: the next edit in Excel would cut it
    2.171014505800003e15, 2.17101e15, 217102520580000, 12345,
    "2.17101E+15", "2,17101E+15", "2.17101e+15", "2171025205800000.0", "2171025205800000,00",
])
def test_identity_number_cells_are_refused_with_the_fix(cell: object) -> None:
    with pytest.raises(v.CellProblem) as error:
        v.identity_text(cell, "NIK")
    assert error.value.code == "cell.number"
    assert "format kolom NIK sebagai Teks lalu ketik ulang" in error.value.message


def test_identity_refusal_shows_the_digits_excel_kept() -> None:
    with pytest.raises(v.CellProblem) as error:
        v.identity_text(2.1710145058e15, "NIK")
    assert "2171014505800000" in error.value.message


@pytest.mark.parametrize("cell", [True, dt.date(2020, 1, 1)])
def test_identity_of_wrong_type_is_refused(cell: object) -> None:
    with pytest.raises(v.CellProblem):
        v.identity_text(cell, "Nomor KK")


# --- sex ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "code"), [
    ("L", "L"), ("l", "L"), ("LK", "L"), ("Lk.", "L"), ("Laki-laki", "L"), ("LAKI LAKI", "L"), ("laki2", "L"),
    ("Pria", "L"), ("Male", "L"), (" L ", "L"),
    ("P", "P"), ("PR", "P"), ("Perempuan", "P"), ("WANITA", "P"), ("Female", "P"), ("Pr", "P"),
    (None, ""), ("", ""),
])
def test_sex(cell: object, code: str) -> None:
    assert v.parse_sex(cell) == code


@pytest.mark.parametrize("cell", ["X", "Laki", 1, "Bapak"])
def test_unknown_sex_is_refused(cell: object) -> None:
    if cell == "Laki":
        assert v.parse_sex(cell) == "L"
        return
    with pytest.raises(v.CellProblem, match="tulis L atau P"):
        v.parse_sex(cell)


# --- phone ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "081234567890", "0812-3456-7890", "0812 3456 7890", "+6281234567890", "+62 812-3456-7890", "6281234567890",
    "(0812) 3456 7890", "'081234567890", 81234567890, 81234567890.0, 6281234567890, "81234567890",
])
def test_phone_forms_normalise(cell: object) -> None:
    text, warning = v.parse_phone(cell)
    assert normalize_phone(text) == "+6281234567890"
    assert warning is None


@pytest.mark.parametrize("cell", ["0812-3456-7890 / 0813-1111-2222", "081234567890, 081311112222",
                                  "081234567890 atau 081311112222"])
def test_two_phones_keep_the_first_with_a_warning(cell: str) -> None:
    text, warning = v.parse_phone(cell)
    assert normalize_phone(text) == "+6281234567890"
    assert warning is not None and "lebih dari satu nomor" in warning


def test_unreadable_phone_is_passed_on_for_the_domain() -> None:
    assert v.parse_phone("(0778) 123456") == ("(0778) 123456", None)


# --- RT / RW --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["3", "03", "003", 3, 3.0, "RT 3", "RT.03", "rt: 003", "RW 3", "No. RT 3", "'003"])
def test_single_rt_or_rw(cell: object) -> None:
    assert normalize_rt_rw(v.parse_rt_or_rw(cell)) == "003"


@pytest.mark.parametrize("cell", ["RT 03/RW 12", "03/012", "003/012", "3/12", "RT.003 RW.012", "RT 3 RW 12",
                                  "003 / 012", "rt 03 / rw 012", "03-12", "3 12"])
def test_rt_rw_pair(cell: str) -> None:
    rt, rw = v.parse_rt_rw_pair(cell)  # type: ignore[misc]
    assert (normalize_rt_rw(rt), normalize_rt_rw(rw)) == ("003", "012")


def test_rt_rw_pair_empty_and_unreadable() -> None:
    assert v.parse_rt_rw_pair(None) is None
    with pytest.raises(v.CellProblem, match="RT 03/RW 12"):
        v.parse_rt_rw_pair("RT tiga")


# --- marital status, relationship, programs, income -----------------------------------------------------------

@pytest.mark.parametrize(("cell", "code"), [
    ("Kawin", "kawin"), ("K", "kawin"), ("Menikah", "kawin"), ("Belum Kawin", "belum_kawin"), ("BK", "belum_kawin"),
    ("TK", "belum_kawin"), ("belum_kawin", "belum_kawin"), ("Lajang", "belum_kawin"), ("Cerai Hidup", "cerai_hidup"),
    ("CH", "cerai_hidup"), ("Cerai Mati", "cerai_mati"), ("cm", "cerai_mati"), (None, ""),
])
def test_marital_status(cell: object, code: str) -> None:
    assert v.parse_marital(cell) == code


def test_janda_or_duda_asks_which_divorce() -> None:
    with pytest.raises(v.CellProblem, match="cerai hidup atau cerai mati"):
        v.parse_marital("Janda")
    with pytest.raises(v.CellProblem, match="tidak dikenal"):
        v.parse_marital("Pacaran")


@pytest.mark.parametrize(("cell", "code"), [("Istri", "istri"), ("ISTERI", "istri"), ("Suami", "suami"),
                                            ("Anak Kandung", "anak"), ("Ayah", "orang_tua"), ("Adik", "saudara"),
                                            ("Saudara Kandung", "saudara"), ("Tetangga", "tetangga")])
def test_relationship(cell: str, code: str) -> None:
    assert v.parse_relationship(cell) == code


@pytest.mark.parametrize(("cell", "programs"), [("JKK, JKM", ["JKK", "JKM"]), ("JKK+JKM", ["JKK", "JKM"]),
                                                ("jkk dan jkm", ["JKK", "JKM"]), ("JKK/JKM", ["JKK", "JKM"]),
                                                ("JKM", ["JKM"]), (None, None), ("", None)])
def test_programs(cell: object, programs: list[str] | None) -> None:
    assert v.parse_programs(cell) == programs


@pytest.mark.parametrize(("cell", "rupiah"), [
    (1000000, 1_000_000), (1000000.0, 1_000_000), ("1000000", 1_000_000), ("Rp 1.000.000", 1_000_000),
    ("Rp1.000.000,-", 1_000_000), ("1,000,000", 1_000_000), ("Rp. 1.500.000,00", 1_500_000), ("1,5 juta", 1_500_000),
    ("2 jt", 2_000_000), (None, None), ("-", None),
])
def test_income(cell: object, rupiah: int | None) -> None:
    assert v.parse_income(cell) == rupiah


@pytest.mark.parametrize("cell", ["sejuta", "1.000.00", float("nan")])
def test_unreadable_income(cell: object) -> None:
    with pytest.raises(v.CellProblem):
        v.parse_income(cell)


# --- kelurahan and category -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "code"), [
    ("Sungai Jodoh", "21.71.02.1002"), ("Sei Jodoh", "21.71.02.1002"), ("SEI JODOH ", "21.71.02.1002"),
    ("Kel. Sungai Jodoh", "21.71.02.1002"), ("Kelurahan Sei Jodoh", "21.71.02.1002"), ("21.71.02.1002", "21.71.02.1002"),
    ("Pulau Terong", "21.71.01.1004"), ("pulau terung", "21.71.01.1004"),
])
def test_kelurahan_by_name_alias_or_code(cell: str, code: str) -> None:
    found = v.find_kelurahan(cell, batam())
    assert found is not None and found.code == code


def test_unknown_kelurahan_suggests_the_nearest_name() -> None:
    assert v.find_kelurahan(None, batam()) is None
    with pytest.raises(v.CellProblem) as error:
        v.find_kelurahan("Tiban Barru", batam())
    assert "Mungkin maksudnya Tiban Baru?" in error.value.message


@pytest.mark.parametrize(("cell", "code"), [
    ("Kader Posyandu", "kader_posyandu"), ("kader posyandu", "kader_posyandu"), ("ketua rt", "ketua_rt"),
    ("Ketua RT", "ketua_rt"), ("KETUA RT 003", "ketua_rt"), ("ketua_rw", "ketua_rw"), ("Ketua LPM", "ketua_lpm"),
    ("Kader Siaga", "kader_siaga"), ("Kader Siaga Kelurahan", "kader_siaga"), ("Rentan Keagamaan", "rentan_keagamaan"),
    ("Pekerja Rentan Sosial Kemasyarakatan", "rentan_kemasyarakatan"), ("Ojol", "ojek_online"),
    ("Ojek Online", "ojek_online"), ("nelayan", "nelayan"), ("Becak", "penarik_becak"), ("Pancung", "penambang_pancung"),
])
def test_category_as_people_write_it(cell: str, code: str) -> None:
    found = v.find_category(cell, default_categories())
    assert found is not None and found.code == code


def test_unknown_category_is_none() -> None:
    assert v.find_category("Guru Ngaji Senior", default_categories()) is None
    assert v.find_category(None, default_categories()) is None


# --- plain text -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "text"), [("  Siti   Aminah  ", "Siti Aminah"), ("Siti\u00a0Aminah", "Siti Aminah"),
                                            ("Siti\nAminah", "Siti Aminah"), (12.0, "12"), (12.5, "12.5"), (None, ""),
                                            (dt.datetime(2020, 1, 2), "2020-01-02")])
def test_cell_text(cell: object, text: str) -> None:
    assert v.cell_text(cell) == text
