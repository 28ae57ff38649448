"""Spreadsheet import through the service: dry run writes nothing, the good rows land in one go,
re-importing adds nothing, and the export maps back onto itself."""

from __future__ import annotations

import openpyxl
import pytest

from jamsos_desktop.services.listing import ListFilter


def _sheet(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR KADER POSYANDU KELURAHAN SUNGAI JODOH 2026"])
    ws.append([])
    ws.append(["No", "NIK", "Nama Lengkap", "Tempat/Tgl Lahir", "JK", "Alamat", "RT/RW", "No HP", "Nama Posyandu"])
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=4, min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.number_format = "@"
    wb.save(path)
    return path


ROWS = [
    [1, "2171024505800003", "Siti Aminah ", "Batam, 05-05-1980", "P", "Jl. Mawar 1", "RT 03/RW 12", "0812 3456 7890",
     "Posyandu Melati"],
    [2, 2171024606810004, "Dewi Lestari", "Batam, 06-06-1981", "P", "Jl. Mawar 2", "3/12", "081234567891",
     "Posyandu Melati"],
    [3, "2171024707820005", "Rina 99", "Batam, 07-07-1982", "P", "Jl. Mawar 3", "03/012", "081234567892",
     "Posyandu Melati"],
    [4, "2171024808830006", "Fitri Yanti", "Batam, 8 Agustus 1983", "Perempuan", "Jl. Mawar 4", "RT 3 / RW 12",
     "+6281234567893", "Posyandu Melati"],
]


def test_dry_run_then_commit_then_reimport(services, tmp_path):
    path = _sheet(tmp_path / "kader.xlsx", ROWS)
    table = services.imports.read(path)
    mapping = services.imports.propose(table)
    plan = services.imports.plan(table, mapping, category="kader_posyandu")
    assert plan.counts["add"] == 2 and plan.counts["refused"] == 2
    refused = {r.row: " ".join(p.text() for p in r.problems) for r in plan.rows if str(r.outcome) == "refused"}
    assert "Teks lalu ketik ulang" in refused[5]  # the numeric NIK
    assert "huruf" in refused[6]  # digits in the name
    assert services.participants.count() == 0  # planning writes nothing
    report = services.imports.write_report(plan, table, tmp_path / "laporan.xlsx", dry_run=True)
    assert openpyxl.load_workbook(report).active.max_row >= 5
    assert services.imports.commit(plan, source_name=path.name).added == 2
    found = services.participants.search("fitri")
    assert len(found) == 1 and found[0]["rt"] == "003" and found[0]["rw"] == "012"
    again = services.imports.plan(services.imports.read(path), mapping, category="kader_posyandu")
    assert again.counts["add"] == 0 and again.counts["duplicate"] == 2


def test_export_then_reimport_plans_only_duplicates(services, tmp_path):
    path = _sheet(tmp_path / "kader.xlsx", [ROWS[0], ROWS[3]])
    table = services.imports.read(path)
    services.imports.commit(services.imports.plan(table, services.imports.propose(table),
                                                  category="kader_posyandu"), source_name="kader.xlsx")
    out = tmp_path / "ekspor.xlsx"
    assert services.imports.export(out, ListFilter()) == 2
    ws = openpyxl.load_workbook(out).worksheets[0]
    headers = [c.value for c in ws[1]]
    nik_cells = [row[headers.index("NIK")] for row in ws.iter_rows(min_row=2)]
    phone_cells = [row[headers.index("Nomor HP")] for row in ws.iter_rows(min_row=2)]
    assert sorted(c.value for c in nik_cells) == ["2171024505800003", "2171024808830006"]
    assert all(c.number_format == "@" and isinstance(c.value, str) for c in nik_cells + phone_cells)
    table = services.imports.read(out)
    plan = services.imports.plan(table, services.imports.propose(table))
    assert plan.counts["duplicate"] == 2 and plan.counts["add"] == 0


def test_the_rows_and_the_files_audit_event_are_one_transaction(services, tmp_path, monkeypatch):
    """The import's own event (import_file, with the counts) is written with the rows: if it cannot be, no row
    lands either, and when it is, it follows the rows' own events."""
    from jamsos_desktop.services import imports
    from jamsos_desktop.store import audit

    path = _sheet(tmp_path / "kader.xlsx", [ROWS[0], ROWS[3]])
    table = services.imports.read(path)
    plan = services.imports.plan(table, services.imports.propose(table), category="kader_posyandu")

    def fail(*args, **kwargs):
        raise OSError("disk full")

    with monkeypatch.context() as patched, pytest.raises(OSError, match="disk full"):
        patched.setattr(imports.audit, "append", fail)
        services.imports.commit(plan, source_name=path.name)
    assert services.participants.count() == 0
    assert services.imports.commit(plan, source_name=path.name).added == 2
    with services.office.db.read() as s:
        events = [(e.action, e.entity) for e in audit._events(s)][-3:]
    assert events == [("import", "participant"), ("import", "participant"), ("import_file", "file")]
