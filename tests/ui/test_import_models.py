"""The import wizard's item models, without a window: the column mapping and the dry-run report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from jamsos_desktop.io import TARGETS, ImportDefaults, plan_import, propose_mapping, read_table
from jamsos_desktop.ui.models.import_mapping import TARGET_ROLE, ImportMappingModel, column_letter, column_samples
from jamsos_desktop.ui.models.import_report import ImportReportModel

CSV = """DAFTAR KETUA RT
NIK;Nama;Tempat Lahir;Tgl Lahir;JK;Alamat;RT;RW;Jabatan;Catatan
2171021205850001;Budi Santoso;Batam;12-05-1985;L;Jl. Raja Ali Haji 5;3;12;Ketua RT;
2171021205850001;Budi Santoso;Batam;12-05-1985;L;Jl. Raja Ali Haji 5;3;12;Ketua RT;dobel
21710212058;Andi;Batam;12-05-1985;L;Jl. Raja Ali Haji 6;4;12;Ketua RT;
;;;;;;;;;
"""


def table(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "rt.csv"
    path.write_text(CSV, encoding="utf-8")
    return read_table(path)


def test_column_letters_and_samples(tmp_path: Path) -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    samples = column_samples(table(tmp_path), limit=2)
    assert samples[1] == "Budi Santoso · Budi Santoso" and samples[9] == "dobel"


def test_mapping_model_shows_and_changes_the_mapping(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = table(tmp_path)
    model = ImportMappingModel(TARGETS)
    changes: list[bool] = []
    model.mapping_changed.connect(lambda: changes.append(True))
    model.set_mapping(propose_mapping(sheet.headers), column_samples(sheet))
    assert model.rowCount() == 10 and model.columnCount() == 4 and changes == [True]
    assert model.data(model.index(0, 0)) == "A" and model.data(model.index(0, 1)) == "NIK"
    assert model.data(model.index(0, 3)) == TARGETS["nik"] and model.data(model.index(0, 3), TARGET_ROLE) == "nik"
    assert model.data(model.index(9, 3)) == "(tidak dipakai)" and model.data(model.index(9, 3), TARGET_ROLE) == ""
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable

    assert model.setData(model.index(9, 3), "job", TARGET_ROLE)
    assert model.mapping.targets[9] == "job" and len(changes) == 2
    assert not model.setData(model.index(9, 3), "job", TARGET_ROLE)  # no change, no signal
    assert model.setData(model.index(0, 3), "")
    assert model.mapping.column_of("nik") is None and len(changes) == 3


def test_report_model_lists_rows_by_outcome(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = table(tmp_path)
    plan = plan_import(sheet.rows, propose_mapping(sheet.headers), existing_niks=set(),
                       defaults=ImportDefaults(kelurahan_code="21.71.02.1002"), today=dt.date(2026, 1, 5))
    model = ImportReportModel()
    model.set_plan(plan)
    assert model.rowCount() == 3  # the blank row is counted, not listed
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Siap diimpor", "Duplikat", "Ditolak"]
    assert model.data(model.index(0, 0)) == 3 and model.data(model.index(0, 2)) == "BUDI SANTOSO"
    assert "baris 3" in model.problems_text(1)
    model.set_outcome_filter("refused")
    assert model.rowCount() == 1 and model.result(0).row == 5
    assert "16 digit" in model.data(model.index(0, 3))
    assert "baris 5, kolom NIK (A)" in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    model.set_outcome_filter("")
    assert model.rowCount() == 3
    model.set_plan(None)
    assert model.rowCount() == 0
