"""The import report: the clerk's own rows, each with its outcome and every problem, as an .xlsx to fix and
re-import, plus a summary sheet (counts, file, mapping).

Rows keep their original sheet row number in the first column, so "baris 14" in a message is easy to find
in the original file. Columns mapped to identity numbers or phones are written as text cells ("@").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.io.cells import WRAP, header_cells, set_widths, text_cell, value_cell
from jamsos_desktop.io.columns import TARGETS
from jamsos_desktop.io.plan import OUTCOME_LABELS, ImportPlan, Outcome, RowResult
from jamsos_desktop.io.table import Table
from jamsos_desktop.safefile import atomic_output

# Identity numbers, phones and RT/RW (the registry's text cells) and the combined columns that hold them.
TEXT_TARGETS = {f.name for f in FIELDS if f.export and f.export.as_text} | {"beneficiary_phone", "rt_rw"}
FILLS = {Outcome.ADD: PatternFill("solid", fgColor="E2F0D9"), Outcome.DUPLICATE: PatternFill("solid", fgColor="FFF2CC"),
         Outcome.REFUSED: PatternFill("solid", fgColor="F8CBAD")}


def _result_label(result: RowResult, dry_run: bool) -> str:
    if dry_run and result.outcome is Outcome.ADD:
        return "Akan ditambahkan"
    return OUTCOME_LABELS[result.outcome]


def problems_cell_text(result: RowResult) -> str:
    """Every problem of a row in one cell, one per line: blocking first, warnings marked as such."""
    lines = []
    for mark, problems in (("", result.blocking), ("Peringatan: ", result.warnings)):
        for p in problems:
            column = f"[{p.column or '(tanpa judul)'}] " if p.column is not None else ""
            lines.append(f"{column}{mark}{p.message}")
    return "\n".join(lines)


def write_report(plan: ImportPlan, table: Table, out_path: str | Path, *, dry_run: bool = False) -> Path:
    """Write the report workbook: sheet "Hasil Impor" (Baris, the original columns, Hasil, Masalah) and sheet
    "Ringkasan". Blank rows are left out. With dry_run=True rows to be added read "Akan ditambahkan"."""
    out_path = Path(out_path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Hasil Impor")
    headers = list(table.headers)
    text_columns = {i for i, t in enumerate(plan.mapping.targets) if t in TEXT_TARGETS}
    set_widths(ws, [7] + [18 if i in text_columns else 16 for i in range(len(headers))] + [16, 70])
    ws.freeze_panes = "B2"
    ws.append(header_cells(ws, ["Baris", *[h or f"(kolom {i + 1})" for i, h in enumerate(headers)], "Hasil",
                                "Masalah"]))
    by_number = {row.number: row for row in table.rows}
    for result in plan.rows:
        if result.outcome is Outcome.BLANK:
            continue
        source = by_number.get(result.row)
        cells = list(source.cells) if source is not None else []
        cells += [None] * (len(headers) - len(cells))
        fill = FILLS[result.outcome]
        ws.append([
            value_cell(ws, result.row),
            *[text_cell(ws, c) if i in text_columns and c is not None else value_cell(ws, c)
              for i, c in enumerate(cells[: len(headers)])],
            value_cell(ws, _result_label(result, dry_run), fill=fill),
            value_cell(ws, problems_cell_text(result), alignment=WRAP),
        ])
    _summary(wb, plan, table, dry_run)
    with atomic_output(out_path, make_parents=True) as tmp:  # a full stick never leaves half a workbook
        wb.save(tmp)
    return out_path


def _summary(wb: Workbook, plan: ImportPlan, table: Table, dry_run: bool) -> None:
    ws = wb.create_sheet("Ringkasan")
    set_widths(ws, [34, 60])
    counts = plan.counts
    lines: list[tuple[str, object]] = [
        ("Laporan impor peserta" + (" (uji coba, belum disimpan)" if dry_run else ""), ""),
        ("Dibuat", dt.datetime.now().replace(microsecond=0)),
        ("Berkas", table.source),
        ("Lembar", table.sheet or "-"),
        ("Catatan pembacaan", "; ".join(table.notes)),
        ("", ""),
        ("Akan ditambahkan" if dry_run else "Ditambahkan", counts["add"]),
        ("Duplikat (NIK sudah ada)", counts["duplicate"]),
        ("Ditolak", counts["refused"]),
        ("Baris kosong dilewati", counts["blank"]),
        ("Peringatan pada baris yang ditambahkan",
         sum(1 for r in plan.rows if r.outcome is Outcome.ADD and r.warnings)),
        ("", ""),
        ("Kolom di berkas", "Diisi ke"),
    ]
    for label, value in lines:
        ws.append([value_cell(ws, label), value_cell(ws, value)])
    for header, target in zip(plan.mapping.headers, plan.mapping.targets, strict=True):
        ws.append([value_cell(ws, header or "(tanpa judul)"),
                   value_cell(ws, TARGETS[target] if target else "(diabaikan)")])
