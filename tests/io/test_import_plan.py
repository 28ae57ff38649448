"""Planning an import from messy workbooks: each row's outcome and the message the clerk reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sheet_helpers import HEADERS, SUNGAI_JODOH, TODAY, make_nik, person

from jamsos_desktop.domain.problems import blocking
from jamsos_desktop.domain.record import check_record
from jamsos_desktop.io import (
    ImportDefaults,
    ImportPlan,
    MappingError,
    Outcome,
    RowResult,
    Table,
    plan_import,
    propose_mapping,
    read_table,
)

EXISTING = make_nik(dt.date(1980, 5, 20), "P", "0008")  # person(8)'s NIK, already registered


def _plan(table: Table, existing: set[str] | None = None, **kwargs: object) -> ImportPlan:
    return plan_import(table.rows, propose_mapping(table.headers), existing_niks=existing or set(), today=TODAY,
                       **kwargs)  # type: ignore[arg-type]


def _by_row(plan: ImportPlan) -> dict[int, RowResult]:
    return {r.row: r for r in plan.rows}


def _texts(result: RowResult) -> list[str]:
    return [p.text() for p in result.problems]


@pytest.fixture
def messy(xlsx: Callable[..., Path]) -> Table:
    rows = [
        ["DAFTAR KADER POSYANDU"], ["KELURAHAN SUNGAI JODOH"], [],
        HEADERS,                                                                      # row 4
        person(1),                                                                    # 5 clean
        person(2, NIK=int(make_nik(dt.date(1980, 5, 14), "P", "0002"))),              # 6 NIK typed as a number
        person(3, NIK=float(make_nik(dt.date(1980, 5, 15), "P", "0003"))),            # 7 NIK as a float
        person(4, Tgl_Lahir="16 Mei 1980", Nama_Lengkap="  Dewi   Lestari  ", Kelurahan="Sei Jodoh "),  # 8
        [9, " ", None, "", None, None, None, None, None, None, None, None, None, None],  # 9 only the row number
        person(1),                                                                    # 10 same as row 5
        person(5, JK="Laki-laki"),                                                    # 11 sex differs from NIK
        person(6, Tgl_Lahir="31-02-1980"),                                            # 12 no such date
        person(7, Kelurahan="Tiban Barru", JK="X"),                                   # 13 two bad cells
        person(8),                                                                    # 14 already registered
        person(9, No_HP=81234567890, RT="RT 03", RW="012", Tgl_Lahir="21/05/80"),     # 15 typed forms
        person(10, Nama_Lengkap="", Alamat=None),                                     # 16 missing values
        ["  "],                                                                       # 17 whitespace only
        person(11, NIK="2.17102E+15"),                                                # 18 NIK as Excel shows it
    ]
    return read_table(xlsx(rows, merges=["A1:N1"], text_columns=[2]))


def test_each_row_outcome(messy: Table) -> None:
    plan = _plan(messy, {EXISTING})
    outcomes = {r.row: r.outcome for r in plan.rows}
    assert outcomes == {
        5: Outcome.ADD, 6: Outcome.REFUSED, 7: Outcome.REFUSED, 8: Outcome.ADD, 9: Outcome.BLANK,
        10: Outcome.DUPLICATE, 11: Outcome.ADD, 12: Outcome.REFUSED, 13: Outcome.REFUSED, 14: Outcome.DUPLICATE,
        15: Outcome.ADD, 16: Outcome.REFUSED, 17: Outcome.BLANK, 18: Outcome.REFUSED,
    }
    assert plan.counts == {"add": 4, "duplicate": 2, "refused": 6, "blank": 2}
    assert plan.summary() == "4 ditambahkan, 2 duplikat, 6 ditolak, 2 baris kosong dilewati."


def test_numeric_nik_is_refused_with_the_fix_and_never_imported(messy: Table) -> None:
    rows = _by_row(_plan(messy))
    for number in (6, 7, 18):
        blocking = rows[number].blocking
        assert len(blocking) == 1, _texts(rows[number])
        assert blocking[0].field == "nik" and blocking[0].column == "NIK" and blocking[0].column_letter == "B"
        assert blocking[0].text().startswith(f"baris {number}, kolom NIK (B): NIK ")
        assert "format kolom NIK sebagai Teks lalu ketik ulang" in blocking[0].message
    assert "2171025405800000" in rows[6].blocking[0].message or "2171025405800002" in rows[6].blocking[0].message


def test_clean_rows_are_normalised_for_the_service(messy: Table) -> None:
    rows = _by_row(_plan(messy))
    first = rows[5].record
    assert first is not None
    assert first["nik"] == make_nik(dt.date(1980, 5, 13), "P", "0001")
    assert first["kelurahan_code"] == SUNGAI_JODOH and first["category"] == "kader_posyandu"
    assert first["rt"] == "003" and first["rw"] == "012" and first["phone"] == "+6281234567890"
    assert first["birth_date"] == "1980-05-13" and first["sex"] == "P"  # the record keeps ISO dates
    assert [p.code for p in rows[5].problems] == ["sk_number.missing"]  # a warning: still added
    eighth = rows[8].record
    assert eighth is not None
    assert eighth["full_name"] == "DEWI LESTARI" and eighth["kelurahan_code"] == SUNGAI_JODOH
    assert eighth["birth_date"] == "1980-05-16"
    typed = rows[15].record
    assert typed is not None
    assert (typed["phone"], typed["rt"], typed["rw"], typed["birth_date"]) == \
        ("+6281234567890", "003", "012", "1980-05-21")


def test_duplicates_name_the_earlier_row_or_the_database(messy: Table) -> None:
    rows = _by_row(_plan(messy, {EXISTING}))
    assert rows[10].duplicate_of == "baris 5"
    assert _texts(rows[10])[0] == "baris 10, kolom NIK (B): NIK sama dengan baris 5: baris ini dilewati, periksa " \
                                  "mana yang benar."
    assert rows[14].duplicate_of == "database"
    assert f"NIK {EXISTING} sudah terdaftar" in _texts(rows[14])[0]


def test_warnings_do_not_stop_a_row(messy: Table) -> None:
    result = _by_row(_plan(messy))[11]
    assert result.outcome is Outcome.ADD
    assert any(p.code == "nik.sex_mismatch" and p.column == "JK" for p in result.warnings)


def test_one_message_per_unreadable_cell(messy: Table) -> None:
    rows = _by_row(_plan(messy))
    date_problems = [p for p in rows[12].problems if p.field == "birth_date"]
    assert len(date_problems) == 1  # not also "Tanggal lahir wajib diisi"
    assert date_problems[0].text().startswith("baris 12, kolom Tgl Lahir (E): Tanggal lahir '31-02-1980' bukan")
    texts = _texts(rows[13])
    assert any("kolom Kelurahan (K): Kelurahan 'Tiban Barru' tidak ada di Kota Batam" in t and "Tiban Baru?" in t
               for t in texts)
    assert any("kolom JK (F): Jenis kelamin 'X' tidak dikenal" in t for t in texts)
    assert len(rows[13].blocking) == 2


def test_every_blocking_problem_is_listed(messy: Table) -> None:
    result = _by_row(_plan(messy))[16]
    assert {(p.field, p.code) for p in result.blocking} == {("full_name", "full_name.required"),
                                                             ("address", "address.required")}
    assert any(t.startswith("baris 16, kolom Nama Lengkap (C): Nama lengkap wajib diisi") for t in _texts(result))


def test_reimporting_the_same_file_adds_nothing(messy: Table) -> None:
    first = _plan(messy, {EXISTING})
    registered = {EXISTING} | {r["nik"] for r in first.records_to_add}
    second = _plan(messy, registered)
    assert second.counts["add"] == 0
    assert second.counts["duplicate"] == first.counts["add"] + first.counts["duplicate"]
    assert second.counts["refused"] == first.counts["refused"]


def test_later_clean_row_after_a_refused_one_is_added_with_a_warning(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([HEADERS, person(1, Alamat=None), person(1)]))
    rows = _by_row(_plan(table))
    assert rows[2].outcome is Outcome.REFUSED and rows[3].outcome is Outcome.ADD
    assert any(p.code == "nik.also_refused" and "baris 2" in p.message for p in rows[3].warnings)


def test_defaults_fill_sheets_without_kelurahan_or_category(xlsx: Callable[..., Path]) -> None:
    headers = [h for h in HEADERS if h not in ("Kelurahan", "Kategori")]
    row = [v for h, v in zip(HEADERS, person(1), strict=True) if h not in ("Kelurahan", "Kategori")]
    table = read_table(xlsx([headers, row]))
    without = _plan(table).rows[0]
    assert without.outcome is Outcome.REFUSED
    assert {p.code for p in without.blocking} == {"kelurahan_code.required", "category.required"}
    assert _texts(without)[0].startswith("baris 2: ")  # no column to point at
    defaults = ImportDefaults(kelurahan_code=SUNGAI_JODOH, category="Kader Posyandu")
    added = _plan(table, defaults=defaults).rows[0]
    assert added.outcome is Outcome.ADD and added.record is not None
    assert added.record["kelurahan_code"] == SUNGAI_JODOH and added.record["category"] == "kader_posyandu"


def test_blank_kelurahan_cell_takes_the_default(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([HEADERS, person(1, Kelurahan=None)]))
    result = _plan(table, defaults=ImportDefaults(kelurahan_code="21.71.01.1003")).rows[0]
    assert result.record is not None and result.record["kelurahan_code"] == "21.71.01.1003"


def test_position_names_the_category_when_there_is_no_category_column(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([["NIK", "Nama", "Tempat/Tgl Lahir", "L/P", "Alamat", "RT/RW", "Kelurahan", "Jabatan",
                              "No. HP"],
                             [make_nik(dt.date(1975, 1, 2), "L", "0101"), "Ahmad Yani", "Batam, 02-01-1975", "L",
                              "Jl. Kenanga", "RT 03/RW 12", "Sungai Jodoh", "Ketua RT", "081277778888"]]))
    result = _plan(table).rows[0]
    assert result.outcome is Outcome.ADD, _texts(result)
    record = result.record
    assert record is not None
    assert (record["category"], record["position"], record["birth_place"], record["rt"], record["rw"]) == \
        ("ketua_rt", "Ketua RT", "Batam", "003", "012")


def test_unknown_category_is_refused_by_the_domain_with_the_list(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([HEADERS, person(1, Kategori="Guru Ngaji")]))
    result = _plan(table).rows[0]
    assert result.outcome is Outcome.REFUSED
    problem = next(p for p in result.blocking if p.field == "category")
    assert problem.column == "Kategori" and "Kader Posyandu" in problem.message


def test_kecamatan_column_is_checked_against_the_kelurahan(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([[*HEADERS, "Kecamatan"], [*person(1), "Sekupang"], [*person(2), "Batu Ampar"]]))
    rows = _plan(table).rows
    assert rows[0].outcome is Outcome.ADD
    assert any(p.code == "kecamatan.mismatch" and "bukan Sekupang" in p.message for p in rows[0].warnings)
    assert not any(p.field == "kecamatan" for p in rows[1].problems)


def test_beneficiary_columns_make_one_beneficiary(xlsx: Callable[..., Path]) -> None:
    headers = [*HEADERS, "Nama Ahli Waris", "Hubungan", "HP Ahli Waris"]
    table = read_table(xlsx([headers, [*person(1), "Budi", "Suami", "0813 1111 2222"],
                             [*person(2), "Rudi", "Tetangga", None]]))
    rows = _plan(table).rows
    assert rows[0].record is not None
    assert rows[0].record["beneficiaries"] == [{"name": "BUDI", "relationship": "suami", "phone": "+6281311112222",
                                               "birth_date": None}]
    assert rows[1].outcome is Outcome.REFUSED
    assert rows[1].blocking[0].column == "Nama Ahli Waris"


def test_mapping_without_nik_column_cannot_be_planned(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([["Nama", "Alamat"], ["Siti", "Jl. Mawar"]]))
    with pytest.raises(MappingError, match="Kolom NIK tidak ditemukan"):
        _plan(table)


def test_clerk_remaps_a_column(xlsx: Callable[..., Path]) -> None:
    headers = [h if h != "No HP" else "Kontak Lain" for h in HEADERS]
    table = read_table(xlsx([headers, person(1)]))
    mapping = propose_mapping(table.headers)
    assert mapping.column_of("phone") is None
    mapping = mapping.with_field(table.headers.index("Kontak Lain"), "phone")
    result = plan_import(table.rows, mapping, existing_niks=set(), today=TODAY).rows[0]
    assert result.record is not None and result.record["phone"] == "+6281234567890"


def test_progress_is_reported(xlsx: Callable[..., Path]) -> None:
    table = read_table(xlsx([HEADERS, *[person(i) for i in range(1, 1101)]]))
    seen: list[int] = []
    plan = plan_import(table.rows, propose_mapping(table.headers), existing_niks=set(), today=TODAY,
                       progress=seen.append)
    assert seen == [500, 1000] and plan.counts["add"] == 1100


def test_plan_as_json(messy: Table) -> None:
    data = _plan(messy).as_dict()
    assert data["counts"]["add"] == 5
    refused = next(r for r in data["rows"] if r["row"] == 6)
    assert refused["outcome"] == "refused" and refused["problems"][0]["column"] == "NIK"
    assert all(r["outcome"] != "blank" for r in data["rows"])


def test_semicolon_csv_in_windows_1252_end_to_end(tmp_path: Path) -> None:
    nik_a, nik_b = make_nik(dt.date(1980, 5, 12), "P", "0001"), make_nik(dt.date(1975, 1, 2), "L", "0002")
    lines = [
        "Daftar Ketua RT Kelurahan Sei Jodoh;;;;;;;;",
        "NIK;Nama Lengkap;Tempat/Tgl Lahir;L/P;Alamat;RT/RW;Kelurahan;Kategori;HP/WA",
        f"{nik_a};Siti Aminah  ;Batam, 12 Mei 1980;Perempuan;Jl. Café 3;RT 03/RW 12;Sei Jodoh;ketua rt;0812 3456 7890",
        ";;;;;;;;",
        f"{nik_b};José Rizal;Medan, 02-01-75;Laki-laki;Jl. Kenanga;03/012;Sungai Jodoh;Ketua RT;+62 812-1111-2222",
        "2,17102E+15;Budi;Batam;LK;Jl. X;RT tiga;Sungai Jodoh;Ketua RT;081299998888",
        f"{nik_a};Siti Aminah;Batam, 12-05-1980;P;Jl. Café 3;3/12;Sungai Jodoh;ketua rt;081234567890",
    ]
    path = tmp_path / "rt.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    table = read_table(path)
    plan = _plan(table)
    rows = _by_row(plan)
    assert {n: r.outcome for n, r in rows.items()} == {3: Outcome.ADD, 4: Outcome.BLANK, 5: Outcome.ADD,
                                                       6: Outcome.REFUSED, 7: Outcome.DUPLICATE}
    first = rows[3].record
    assert first is not None
    assert (first["full_name"], first["birth_place"], first["birth_date"], first["address"], first["rt"],
            first["rw"], first["category"], first["phone"]) == \
        ("SITI AMINAH", "Batam", "1980-05-12", "Jl. Café 3", "003", "012", "ketua_rt", "+6281234567890")
    second = rows[5].record
    assert second is not None and second["full_name"] == "JOSÉ RIZAL" and second["birth_date"] == "1975-01-02"
    texts = _texts(rows[6])
    assert texts[0].startswith("baris 6, kolom NIK (A): NIK tertulis sebagai angka Excel (2,17102E+15)")
    assert "format kolom NIK sebagai Teks lalu ketik ulang" in texts[0]
    assert any(t.startswith("baris 6, kolom Tempat/Tgl Lahir (C): Tempat/tanggal lahir 'Batam' tidak berisi "
                            "tanggal")
               for t in texts)
    assert any(t.startswith("baris 6, kolom RT/RW (F): RT/RW 'RT tiga' tidak terbaca") for t in texts)
    assert rows[7].duplicate_of == "baris 3"


def test_planned_records_pass_check_record_again_unchanged(messy: Table) -> None:
    for record in _plan(messy).records_to_add:
        again, problems = check_record(record, today=TODAY)
        assert again == record and not blocking(problems)
