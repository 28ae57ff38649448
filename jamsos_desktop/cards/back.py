"""The back of the card: what the card is, how to claim, the BPJS contact centre, and where to return it.

The fixed text is laid out once per PDF as a form XObject; each card adds its kelurahan (for "if found,
return to ...") and its serial, which also lets a clerk match a cut back to its front.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jamsos_desktop.cards.geometry import CARD_H, CARD_W
from jamsos_desktop.cards.model import CardData
from jamsos_desktop.cards.style import (
    INK,
    MARGIN,
    MUTED,
    PRIMARY,
    TINT,
    WHITE,
    draw_block,
    draw_card_base,
)
from jamsos_desktop.cards.text import BOLD, REGULAR, Block, fit_block, truncate, wrap

FORM_NAME = "jamsos_card_back"
HEADING = "INFORMASI PESERTA DAN CARA KLAIM"
ABOUT = ("Kartu ini tanda kepesertaan program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) "
         "BPJS Ketenagakerjaan yang iurannya dibayar Pemerintah Kota Batam melalui APBD. "
         "Kartu ini tidak dapat dipindahtangankan.")
CLAIM_TITLE = "Cara mengajukan klaim:"
CLAIM_STEPS = (
    "Kecelakaan kerja: segera laporkan kepada pemberi kerja atau Kantor Kelurahan, dan kepada "
    "BPJS Ketenagakerjaan. Simpan bukti berobat.",
    "Peserta meninggal dunia: ahli waris melapor ke Kantor Kelurahan dan mengajukan klaim JKM ke kantor "
    "BPJS Ketenagakerjaan dengan membawa kartu ini, KTP dan KK.",
)
CONTACT_LABEL = "Layanan BPJS Ketenagakerjaan"
CONTACT_NUMBER = "175"
VERIFY_HINT = "Keaslian kartu: pindai kode QR di bagian depan."

HEADER_H = 6.5 * mm
FOOTER_H = 5.0 * mm
TEXT_W = CARD_W - 2 * MARGIN
BODY_SIZE = 5.5
LEADING = 1.2
CONTACT_H = 7.0 * mm
RETURN_TOP = FOOTER_H + 1.0 * mm + 2 * BODY_SIZE * LEADING + 0.5 * mm


def _paragraph(canvas: Canvas, text: str, font: str, x: float, top: float, text_w: float) -> float:
    """Wrap and draw static text; returns the y just under its last line."""
    block = Block(BODY_SIZE, BODY_SIZE * LEADING, tuple(wrap(text, font, BODY_SIZE, text_w)))
    draw_block(canvas, block, font, x, top, INK)
    return float(top - block.height - 0.9 * mm)


def define_back_form(canvas: Canvas) -> None:
    """Draw the parts every back shares, once per document."""
    canvas.beginForm(FORM_NAME, 0, 0, CARD_W, CARD_H)
    draw_card_base(canvas, header_h=HEADER_H, stripe_h=0.6 * mm)
    canvas.setFillColorRGB(*WHITE)
    canvas.setFont(BOLD, 6.4)
    canvas.drawCentredString(CARD_W / 2, CARD_H - HEADER_H / 2 - 2.2, HEADING)
    y = _paragraph(canvas, ABOUT, REGULAR, MARGIN, CARD_H - HEADER_H - 2.2 * mm, TEXT_W)
    y = _paragraph(canvas, CLAIM_TITLE, BOLD, MARGIN, y, TEXT_W)
    indent = 3.0 * mm
    for number, step in enumerate(CLAIM_STEPS, start=1):
        canvas.setFont(REGULAR, BODY_SIZE)
        canvas.drawString(MARGIN, y - 0.76 * BODY_SIZE, f"{number}.")
        y = _paragraph(canvas, step, REGULAR, MARGIN + indent, y, TEXT_W - indent)
    # The contact centre number is what a participant needs in a hurry: large, boxed, never wrapped.
    box_y = RETURN_TOP + 1.2 * mm
    if y < box_y + CONTACT_H:  # only an edit of the texts above can cause this; the tests render a back
        raise AssertionError("Teks belakang kartu terlalu panjang: menimpa kotak layanan 175.")
    canvas.setFillColorRGB(*TINT)
    canvas.roundRect(MARGIN, box_y, TEXT_W, CONTACT_H, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(*PRIMARY)
    canvas.setFont(BOLD, 14)
    canvas.drawRightString(CARD_W - MARGIN - 2.5 * mm, box_y + 2.0 * mm, CONTACT_NUMBER)
    canvas.setFont(BOLD, 6.2)
    canvas.drawString(MARGIN + 2.5 * mm, box_y + 4.0 * mm, CONTACT_LABEL)
    canvas.setFont(REGULAR, 5.0)
    canvas.setFillColorRGB(*MUTED)
    canvas.drawString(MARGIN + 2.5 * mm, box_y + 1.5 * mm, "Pusat layanan telepon (contact centre)")
    canvas.setFillColorRGB(*TINT)
    canvas.rect(0, 0, CARD_W, FOOTER_H, stroke=0, fill=1)
    canvas.setFont(REGULAR, 4.8)
    canvas.setFillColorRGB(*MUTED)
    canvas.drawRightString(CARD_W - MARGIN, 1.8 * mm, VERIFY_HINT)
    canvas.endForm()


def return_address(card: CardData) -> str:
    place = f"Kantor Kelurahan {card.kelurahan_name}"
    if card.kecamatan_name:
        place += f", Kecamatan {card.kecamatan_name}"
    return f"Jika menemukan kartu ini, kembalikan ke {place}, Kota Batam."


def draw_back(canvas: Canvas, card: CardData) -> None:
    """One card back at the current origin; the form must already be defined in this document."""
    canvas.doForm(FORM_NAME)
    block = fit_block(return_address(card), BOLD, TEXT_W, RETURN_TOP - FOOTER_H - 1.0 * mm,
                      max_size=BODY_SIZE, min_size=4.4, one_line_min=BODY_SIZE)
    draw_block(canvas, block, BOLD, MARGIN, RETURN_TOP, INK)
    canvas.setFont(BOLD, 5.0)
    canvas.setFillColorRGB(*INK)
    canvas.drawString(MARGIN, 1.8 * mm, truncate(f"No. Kartu {card.serial}", BOLD, 5.0, 35 * mm))
