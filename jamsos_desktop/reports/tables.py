"""Write a titled table to .xlsx (openpyxl) or to an A4 landscape PDF (reportlab platypus)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jamsos_desktop.paths import resource
from jamsos_desktop.safefile import atomic_output

TEXT_COLUMNS_HINT = ("nik", "phone", "kpj", "kk", "rt", "rw")  # written as text so Excel never mangles them


def write_xlsx(path: Path, *, title: str, subtitle: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
               text_columns: Sequence[int] = (), sheet: str = "Rekap") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([subtitle])
    ws.append([])
    ws.append(list(headers))
    for cell in ws[4]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0E5A73")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        ws.append(list(row))
    for col in text_columns:
        for (cell,) in ws.iter_rows(min_row=5, min_col=col + 1, max_col=col + 1):
            cell.number_format = "@"
            cell.value = "" if cell.value is None else str(cell.value)
    for i, header in enumerate(headers, 1):
        width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:500]]) + 2
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = min(max(width, 8), 45)
    ws.freeze_panes = "A5"
    with atomic_output(path) as tmp:
        wb.save(tmp)
    return path


def _font() -> str:
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    return "DejaVuSans"


def write_pdf(path: Path, *, title: str, subtitle: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
              footer_rows: Sequence[Sequence[Any]] = (), col_widths_mm: Sequence[float] | None = None) -> Path:
    font = _font()
    title_style = ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=14, leading=18)
    sub_style = ParagraphStyle("s", fontName=font, fontSize=9, leading=12, textColor=colors.HexColor("#4a5a63"))
    cell_style = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
    head_style = ParagraphStyle("h", parent=cell_style, fontName="DejaVuSans-Bold", textColor=colors.white)
    data = [[Paragraph(str(h), head_style) for h in headers]]
    data += [[Paragraph(str(v), cell_style) for v in row] for row in rows]
    data += [[Paragraph(f"<b>{v}</b>", cell_style) for v in row] for row in footer_rows]
    widths = [w * mm for w in col_widths_mm] if col_widths_mm else None
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0E5A73")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c4ca")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1 - len(footer_rows)), [colors.white, colors.HexColor("#eef3f5")]),
    ]
    if footer_rows:
        style.append(("BACKGROUND", (0, -len(footer_rows)), (-1, -1), colors.HexColor("#dde7eb")))
    table.setStyle(TableStyle(style))
    with atomic_output(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                                topMargin=12 * mm, bottomMargin=12 * mm, title=title)
        doc.build([Paragraph(title, title_style), Paragraph(subtitle, sub_style), Spacer(1, 5 * mm), table])
    return path
