"""The A4 registration and consent form: the participant's data, what happens to it, their rights, signatures.

One form per participant (filled from the record), or a blank one to fill by hand. Page 1 holds the data
and the heirs; the notice (UU PDP Pasal 21), the statement and the signature boxes follow, so the signature
always sits under the text it agrees to. Every page's footer names the participant and the form's ID, so
pages of a stack of forms cannot be mixed up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, PageBreak, Spacer, Table, TableStyle

from jamsos_desktop.reports import pdp_text
from jamsos_desktop.reports.document import (
    RULE,
    WIDTH,
    FooterMark,
    build,
    fields,
    grid,
    letterhead,
    para,
    styles,
)

BLANK_HEIR_ROWS = 3
BOX = "\u2610"  # ☐, a box to tick by hand


@dataclass(frozen=True)
class ConsentForm:
    """What one form shows; `participant_id` None means a blank form to fill by hand."""

    office_name: str
    kelurahan: str
    participant_id: str | None
    name: str
    fields: Sequence[tuple[str, str]]
    heirs: Sequence[Sequence[str]]
    contribution: str
    retention_years: int
    contact: str
    printed_at: dt.datetime
    categories: Sequence[str] = field(default=())  # blank forms: the categories to tick
    category_fields: Sequence[str] = field(default=())  # blank forms: what a category may ask for besides


def _bullets(items: Sequence[str]) -> ListFlowable:
    st = styles()
    return ListFlowable([ListItem(para(escape(i), st.body), leftIndent=10) for i in items], bulletType="bullet",
                        start="•", leftIndent=10, bulletFontSize=8)


def _data_section(form: ConsentForm) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para("A. Data peserta", st.heading)]
    if form.participant_id is None:
        rows: list[tuple[str, object]] = [(label, value or Spacer(1, 1)) for label, value in form.fields]
        table = fields(rows, columns=1, label_mm=45)
        table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        out.append(table)
        ticks = "   ".join(f"{BOX}&nbsp;" + escape(c).replace(" ", "&nbsp;") for c in form.categories)
        out += [Spacer(1, 2 * mm), para(f"<b>Kategori</b> (centang satu): {ticks}", st.cell)]
        if form.category_fields:
            extra = fields([("Keterangan kategori", para(escape(", ".join(form.category_fields)) + " (isi yang "
                                                         "sesuai kategori):", st.small))], label_mm=45)
            extra.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 16)]))
            out.append(extra)
    else:
        out.append(fields(form.fields, columns=1, label_mm=45))
    out += [para("B. Ahli waris", st.heading)]
    heirs = form.heirs if form.participant_id else [[Spacer(1, 1)] * 4] * BLANK_HEIR_ROWS
    table = grid(["Nama", "Hubungan", "Tanggal lahir", "Nomor HP"], heirs, [70, 35, 34, WIDTH / mm - 139],
                 empty="Tidak ada ahli waris yang dicatat.")
    if form.participant_id is None and isinstance(table, Table):
        table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)]))
    out.append(table)
    out += [para("C. Program", st.heading),
            para(escape(pdp_text.PROGRAMME) + (f" Iuran untuk Anda: <b>{escape(form.contribution)} per bulan</b>."
                                                if form.contribution else ""))]
    return out


def _notice_section(form: ConsentForm) -> list[Flowable]:
    st = styles()
    recipients = [f"{who}: {what}" for who, what in pdp_text.RECIPIENTS]
    return [
        para("D. Untuk apa data Anda dipakai", st.heading), _bullets(pdp_text.PURPOSES),
        para(escape(pdp_text.HEIRS), st.body),
        para("E. Siapa yang menerima data Anda", st.heading), _bullets(recipients),
        para(escape(pdp_text.NOT_SHARED), st.body),
        para("F. Dasar pemrosesan", st.heading), para(escape(pdp_text.LEGAL_BASIS)),
        para("G. Berapa lama data disimpan", st.heading), para(escape(pdp_text.retention(form.retention_years))),
        para("H. Hak Anda", st.heading),
        para("Menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda berhak:"),
        _bullets(pdp_text.RIGHTS), para(escape(pdp_text.NO_AUTOMATED_DECISION)),
        para("I. Kontak", st.heading), para(escape(pdp_text.contact(form.office_name, form.contact))),
    ]


def _signature_section(form: ConsentForm) -> list[Flowable]:
    st = styles()
    statement = ListFlowable([ListItem(para(escape(s)), leftIndent=14) for s in pdp_text.STATEMENT],
                             bulletType="1", leftIndent=14, bulletFontSize=9)
    name = escape(form.name) if form.participant_id else "." * 40
    boxes = Table([[para("Peserta,"), para("Petugas kelurahan yang menerima,")],
                   [Spacer(1, 16 * mm), Spacer(1, 16 * mm)],
                   [para(f"( {name} )"), para("( " + "." * 40 + " )")]],
                  colWidths=[WIDTH / 2, WIDTH / 2])
    boxes.setStyle(TableStyle([("LINEABOVE", (0, 2), (-1, 2), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    office = Table([[para("<b>Diisi petugas:</b> formulir bertanda tangan diterima tanggal "
                          ".................... oleh .................................... dan dicatat di aplikasi "
                          "(Hak Peserta &gt; Formulir persetujuan).", st.small)]], colWidths=[WIDTH])
    office.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    return [KeepTogether([
        para("J. Pernyataan dan persetujuan", st.heading),
        para("Dengan menandatangani formulir ini saya menyatakan bahwa:"), statement, Spacer(1, 3 * mm),
        para("Batam, tanggal ...................................."), Spacer(1, 2 * mm), boxes,
        Spacer(1, 3 * mm), office])]


def _one_form(form: ConsentForm) -> list[Flowable]:
    st = styles()
    number = f"Nomor formulir: {form.participant_id}" if form.participant_id else "Nomor formulir: (diisi petugas)"
    return [
        FooterMark(_footer(form)), letterhead(form.office_name), Spacer(1, 3 * mm),
        para("FORMULIR PENDAFTARAN DAN PERSETUJUAN DATA PRIBADI", st.title),
        para("Peserta Jaminan Sosial Ketenagakerjaan (JKK dan JKM) yang dibiayai APBD Kota Batam", st.subtitle),
        para(f"{escape(number)} · Kelurahan {escape(form.kelurahan)}", st.subtitle), Spacer(1, 2 * mm),
        *_data_section(form), *_notice_section(form), *_signature_section(form),
    ]


def write_consent_forms(path: Path, forms: Sequence[ConsentForm]) -> Path:
    """One PDF holding every form, each starting on a new page."""
    story: list[Flowable] = []
    for i, form in enumerate(forms):
        if i:
            story.append(PageBreak())
        story += _one_form(form)
    return build(path, story, title="Formulir pendaftaran dan persetujuan data pribadi", footer=_footer(forms[0]))


def _footer(form: ConsentForm) -> str:
    printed = f"dicetak {form.printed_at.astimezone():%d-%m-%Y %H:%M}"
    if form.participant_id is None:
        return f"Formulir persetujuan (kosong) · {form.office_name} · {printed}"
    return f"Formulir persetujuan · {form.name} · ID {form.participant_id} · {printed}"
