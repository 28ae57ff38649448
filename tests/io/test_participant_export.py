"""Export of participants to .xlsx, its recap sheet, and the round trip back through the importer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from sheet_helpers import HEADERS, TODAY, person

from jamsos_desktop.io import Outcome, plan_import, propose_mapping, read_table, write_participants_xlsx
from jamsos_desktop.io.export import COLUMNS


def _records(xlsx: Callable[..., Path], n: int) -> list[dict[str, Any]]:
    rows = [person(i, RT=str(1 + i % 2), Kategori="Kader Posyandu" if i % 3 else "Ketua RT") for i in range(1, n + 1)]
    table = read_table(xlsx([HEADERS, *rows]))
    plan = plan_import(table.rows, propose_mapping(table.headers), existing_niks=set(), today=TODAY)
    records = plan.records_to_add
    assert len(records) == n
    for i, rec in enumerate(records):
        rec["status"] = ("ready", "approved", "active")[i % 3]
        rec["kpj_number"] = f"{12345678900 + i}" if rec["status"] == "active" else ""
    return records


def test_export_headers_and_text_cells(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    records = _records(xlsx, 3)
    records[0]["beneficiaries"] = [{"name": "BUDI", "relationship": "suami", "phone": "+6281311112222",
                                    "birth_date": dt.date(1978, 1, 2)}]
    records[0]["birth_date"] = "1980-05-13"  # as the JSON record carries it
    assert write_participants_xlsx(records, tmp_path / "out" / "peserta.xlsx") == 3
    wb = openpyxl.load_workbook(tmp_path / "out" / "peserta.xlsx")
    assert wb.sheetnames == ["Peserta", "Ahli Waris", "Rekap"]
    ws = wb["Peserta"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["NIK", "Nomor KK", "Nama lengkap", "Tempat lahir", "Tanggal lahir", "Jenis kelamin"]
    col = {name: i + 1 for i, name in enumerate(header)}
    for name in ("NIK", "Nomor HP", "RT", "RW", "Nomor KPJ", "Nomor KK"):
        cell = ws.cell(row=2, column=col[name])
        assert cell.number_format == "@", name
        assert cell.data_type == "s" or cell.value is None, name
    assert ws.cell(row=4, column=col["Nomor KPJ"]).value == "12345678902"  # the third record is active
    row = {name: ws.cell(row=2, column=i).value for name, i in col.items()}
    assert row["NIK"] == records[0]["nik"] and row["Nomor HP"] == "081234567890"
    assert row["Tanggal lahir"] == dt.datetime(1980, 5, 13) and row["RT"] == "002"
    assert (row["Kelurahan"], row["Kecamatan"], row["Kategori"]) == ("Sungai Jodoh", "Batu Ampar", "Kader Posyandu")
    assert row["Status"] == "Menunggu persetujuan" and row["Program"] == "JKK, JKM"
    heirs = list(wb["Ahli Waris"].iter_rows(values_only=True))
    assert heirs[1][:5] == (records[0]["nik"], records[0]["full_name"], "BUDI", "Suami", "081311112222")


def test_recap_counts_per_rt_rw_and_category(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    write_participants_xlsx(_records(xlsx, 6), tmp_path / "p.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "p.xlsx")["Rekap"].iter_rows(values_only=True))
    assert rows[0][0] == "Rekap per RT/RW"
    assert rows[1] == ("Kelurahan", "RW", "RT", "Menunggu persetujuan", "Disetujui", "Aktif (KPJ ada)", "Jumlah")
    # person(i) lives in RT 1 + i % 2: RT 001 holds i = 2, 4, 6 and RT 002 holds i = 1, 3, 5 (statuses cycle by i - 1)
    assert rows[2] == ("Sungai Jodoh", "012", "001", 1, 1, 1, 3)
    assert rows[3] == ("Sungai Jodoh", "012", "002", 1, 1, 1, 3)
    assert rows[4] == ("Jumlah", None, None, 2, 2, 2, 6)
    by_category = {r[0]: r[3:] for r in rows[7:]}
    assert by_category["Kader Posyandu"] == (2, 2, 0, 4) and by_category["Ketua RT"] == (0, 0, 2, 2)


def test_export_without_recap(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    write_participants_xlsx(iter(_records(xlsx, 1)), tmp_path / "p.xlsx", recap=False)
    assert openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames == ["Peserta", "Ahli Waris"]


def test_round_trip_plans_every_exported_participant_as_duplicate(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    records = _records(xlsx, 12)
    write_participants_xlsx(records, tmp_path / "p.xlsx")
    table = read_table(tmp_path / "p.xlsx")
    mapping = propose_mapping(table.headers)
    assert all(t is not None for h, t in zip(mapping.headers, mapping.targets, strict=True) if h != "Status")
    again = plan_import(table.rows, mapping, existing_niks={r["nik"] for r in records}, today=TODAY)
    assert again.counts == {"add": 0, "duplicate": 12, "refused": 0, "blank": 0}
    fresh = plan_import(table.rows, mapping, existing_niks=set(), today=TODAY)  # e.g. into another office's database
    assert fresh.counts["add"] == 12
    for before, result in zip(records, fresh.rows, strict=True):
        after = result.record
        assert after is not None and result.outcome is Outcome.ADD
        for field in ("nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "rt", "rw",
                      "kelurahan_code", "phone", "category", "position", "posyandu_name", "programs", "kpj_number"):
            assert after[field] == before[field], field


def test_export_columns_cover_the_record() -> None:
    from jamsos_desktop.domain.record import FIELD_LABELS

    exported = {c[0] for c in COLUMNS}
    assert {FIELD_LABELS[f] for f in FIELD_LABELS if f not in ("id", "beneficiaries")} <= exported
