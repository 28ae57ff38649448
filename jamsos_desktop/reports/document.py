"""A4 portrait documents for people, not spreadsheets: forms, letters, a copy of someone's data.

One look for all of them: the city letterhead, DejaVu Sans (every Indonesian letter, the same on every PC),
a footer naming the document on every page with "Halaman x dari y", and files written under a temporary
name and renamed, so a full disk never leaves half a PDF behind.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from jamsos_desktop.paths import resource
from jamsos_desktop.reports.errors import NotWritten

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PRIMARY = colors.HexColor("#0E5A73")
MUTED = colors.HexColor("#4a5a63")
RULE = colors.HexColor("#b8c4ca")
TINT = colors.HexColor("#eef3f5")
MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN


def register_fonts() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    return FONT


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    head: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11)
    return Styles(
        title=ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=17, alignment=1),
        subtitle=ParagraphStyle("subtitle", fontName=FONT, fontSize=9, leading=12, alignment=1, textColor=MUTED),
        heading=ParagraphStyle("heading", fontName=BOLD, fontSize=10, leading=14, textColor=PRIMARY,
                               spaceBefore=6, spaceAfter=2, keepWithNext=1),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=MUTED),
        cell=cell,
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        head=ParagraphStyle("head", parent=cell, fontName=BOLD, textColor=colors.white),
    )


def text(value: Any) -> str:
    """A value as safe paragraph markup: empty shows a dash, '<' and '&' are escaped."""
    if value is None or value == "":
        return "–"
    return escape(str(value))


def para(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(markup, style or styles().body)


def letterhead(office_name: str, *, unit: str = "DINAS TENAGA KERJA") -> Table:
    """Logo, city, department and office: the top of the first page."""
    st = styles()
    city = ParagraphStyle("city", parent=st.body, fontName=BOLD, fontSize=11.5, leading=14)
    lines = [para("PEMERINTAH KOTA BATAM", city), para(escape(unit), st.body),
             para(f"<b>{escape(office_name)}</b>" if office_name else "", st.body)]
    table = Table([[Image(str(resource("logo.png")), 16 * mm, 16 * mm), lines]],
                  colWidths=[20 * mm, WIDTH - 20 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, PRIMARY),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def fields(pairs: Sequence[tuple[str, Any]], *, columns: int = 1, label_mm: float = 38) -> Table:
    """Label / value pairs in one or two column pairs, values already text (or a flowable)."""
    st = styles()
    cells = [(para(escape(label), st.label), v if isinstance(v, Flowable) else para(text(v), st.cell))
             for label, v in pairs]
    rows: list[list[Any]] = []
    for i in range(0, len(cells), columns):
        row: list[Any] = []
        for label, value in cells[i:i + columns]:
            row += [label, value]
        row += ["", ""] * (columns - len(cells[i:i + columns]))
        rows.append(row)
    value_mm = WIDTH / mm / columns - label_mm
    table = Table(rows, colWidths=[label_mm * mm, value_mm * mm] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


def grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths_mm: Sequence[float],
         *, empty: str = "Tidak ada.") -> Table | Paragraph:
    """A table with a coloured header row that repeats on each page; a sentence when there are no rows."""
    st = styles()
    if not rows:
        return para(escape(empty), st.cell)
    data = [[para(escape(h), st.head) for h in headers]]
    data += [[v if isinstance(v, Flowable) else para(text(v), st.cell) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT])]))
    return table


class FooterMark(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Sets the footer text from this page on (a PDF of many forms names each form's person on its pages)."""

    def __init__(self, footer: str) -> None:
        super().__init__()
        self.footer = footer
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._page_footer = self.footer


def _footer_canvas(footer: str, confidential: str) -> type[Canvas]:
    class FooterCanvas(Canvas):  # type: ignore[misc]
        """Draws the footer once the page count is known ("Halaman x dari y")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, 9 * mm, state.get("_page_footer") or footer)
                self.drawRightString(A4[0] - MARGIN, 9 * mm, f"Halaman {number} dari {total}")
                if confidential:
                    self.setFont(BOLD, 7.5)
                    self.drawCentredString(A4[0] / 2, A4[1] - 9 * mm, confidential)
                super().showPage()
            super().save()

    return FooterCanvas


def build(path: Path, story: list[Flowable], *, title: str, footer: str, confidential: str = "") -> Path:
    """Write the story as an A4 PDF at `path` (temporary name first); returns the path."""
    register_fonts()
    tmp = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=title, author="Jamsos Desktop")
    try:
        doc.build(story, canvasmaker=_footer_canvas(footer, confidential))
        os.replace(tmp, path)
    except OSError as exc:
        raise NotWritten(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path
