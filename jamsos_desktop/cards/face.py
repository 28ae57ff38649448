"""The front of the card: city header, the participant's details, the signed QR code, SEMENTARA when provisional.

Everything that is the same on every card (header, logo, field labels) is drawn once per PDF as a form
XObject and reused; each card adds only its own text and QR code. Coordinates are card-local, in points,
origin at the card's lower-left corner; the caller translates to the card's place on the page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jamsos_desktop.cards.geometry import CARD_H, CARD_W
from jamsos_desktop.cards.model import CardData, format_date
from jamsos_desktop.cards.qr import draw_qr
from jamsos_desktop.cards.style import (
    INK,
    MARGIN,
    MUTED,
    PENDING,
    TINT,
    WARNING,
    WHITE,
    card_clip,
    draw_block,
    draw_card_base,
    logo_path,
)
from jamsos_desktop.cards.text import BOLD, REGULAR, Block, fit_block, fit_size, truncate, width

FORM_NAME = "jamsos_card_front"
TITLE = "KARTU PESERTA JAMINAN SOSIAL KETENAGAKERJAAN"
SUBTITLE = "Dibiayai APBD Kota Batam"
PROVISIONAL = "SEMENTARA"

HEADER_H = 11.5 * mm
STRIPE_H = 0.8 * mm
FOOTER_H = 6.0 * mm
LOGO = 8.5 * mm
QR_SIZE = 21.0 * mm
QR_X = CARD_W - 2.8 * mm - QR_SIZE
QR_Y = FOOTER_H + 2.2 * mm
NAME_TOP = CARD_H - HEADER_H - STRIPE_H - 1.6 * mm
NAME_BOTTOM = QR_Y + QR_SIZE + 1.5 * mm  # the name may use the full width above the QR code
NAME_W = CARD_W - 2 * MARGIN
LABEL_W = 15.0 * mm
VALUE_X = MARGIN + LABEL_W
VALUE_W = QR_X - 1.2 * mm - VALUE_X
ROW_PITCH = 3.3 * mm
FIRST_ROW = NAME_BOTTOM - 3.0 * mm  # baseline of the first field row
LABELS = ("No. KPJ", "NIK", "Kategori", "RT / RW", "Kelurahan", "Program", "Masa berlaku")
FOOTER_BASELINE = 2.2 * mm


def define_front_form(canvas: Canvas) -> None:
    """Draw the parts every front shares, once per document."""
    canvas.beginForm(FORM_NAME, 0, 0, CARD_W, CARD_H)
    draw_card_base(canvas, header_h=HEADER_H, stripe_h=STRIPE_H)
    canvas.setFillColorRGB(*TINT)
    canvas.rect(0, 0, CARD_W, FOOTER_H, stroke=0, fill=1)
    logo_y = CARD_H - HEADER_H + (HEADER_H - LOGO) / 2
    canvas.drawImage(logo_path(), MARGIN - 0.8 * mm, logo_y, LOGO, LOGO, mask="auto", preserveAspectRatio=True)
    title_x = MARGIN + LOGO + 0.8 * mm
    title_w = CARD_W - title_x - 2.5 * mm
    size = fit_size(TITLE, BOLD, title_w, 6.6, 4.5)
    canvas.setFillColorRGB(*WHITE)
    canvas.setFont(BOLD, size)
    canvas.drawString(title_x, CARD_H - HEADER_H / 2 + 0.35 * mm, TITLE)
    canvas.setFont(REGULAR, 5.6)
    canvas.setFillColorRGB(0.86, 0.92, 0.94)
    canvas.drawString(title_x, CARD_H - HEADER_H / 2 - 2.5 * mm, SUBTITLE)
    canvas.setFont(REGULAR, 5.0)
    canvas.setFillColorRGB(*MUTED)
    for i, label in enumerate(LABELS):
        canvas.drawString(MARGIN, FIRST_ROW - i * ROW_PITCH, label)
    canvas.endForm()


def _values(card: CardData) -> tuple[str, ...]:
    area = f"{card.kelurahan_name}, Kec. {card.kecamatan_name}" if card.kecamatan_name else card.kelurahan_name
    return (card.kpj_number or "DALAM PROSES", card.masked_nik, card.category_label, f"{card.rt} / {card.rw}",
            area, ", ".join(card.programs), card.coverage)


def _draw_watermark(canvas: Canvas) -> None:
    """A large light diagonal SEMENTARA behind the text: seen at a glance, still leaves the details readable."""
    canvas.saveState()
    card_clip(canvas)
    canvas.setFillColorRGB(*WARNING)
    canvas.setFillAlpha(0.16)
    canvas.translate(CARD_W * 0.40, CARD_H * 0.40)
    canvas.rotate(22)
    canvas.setFont(BOLD, 25)
    canvas.drawCentredString(0, -9, PROVISIONAL)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, card: CardData) -> None:
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 5.4)
    text = f"No. Kartu {card.serial}"
    canvas.drawString(MARGIN, FOOTER_BASELINE, text)
    canvas.setFont(REGULAR, 5.0)
    canvas.setFillColorRGB(*MUTED)
    issued = f"Terbit {format_date(card.issue_date)}"
    canvas.drawString(MARGIN + width(text, BOLD, 5.4) + 2.5 * mm, FOOTER_BASELINE, issued)
    if card.provisional:
        canvas.setFillColorRGB(*WARNING)
        canvas.roundRect(QR_X, 1.0 * mm, QR_SIZE, FOOTER_H - 2.0 * mm, 0.8 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(*WHITE)
        canvas.setFont(BOLD, 6.4)
        canvas.drawCentredString(QR_X + QR_SIZE / 2, FOOTER_BASELINE, PROVISIONAL)


def fit_name(full_name: str) -> Block:
    """The name as printed: capitals as on the KTP, one line down to 7.5 pt, else up to two lines >= 5.5 pt."""
    return fit_block(full_name.upper(), BOLD, NAME_W, NAME_TOP - NAME_BOTTOM, max_size=9.5, min_size=5.5,
                     one_line_min=7.5)


def draw_front(canvas: Canvas, card: CardData) -> None:
    """One card front at the current origin; the form must already be defined in this document."""
    canvas.doForm(FORM_NAME)
    if card.provisional and not card.specimen:  # a specimen carries CONTOH across it instead
        _draw_watermark(canvas)
    name = fit_name(card.full_name)
    # Centred in its band, so one-line and two-line names leave the same space above the details.
    draw_block(canvas, name, BOLD, MARGIN, NAME_TOP - (NAME_TOP - NAME_BOTTOM - name.height) / 2, INK)
    for i, value in enumerate(_values(card)):
        font, top = (BOLD, 6.8) if i == 0 else (REGULAR, 6.2)
        size = fit_size(value, font, VALUE_W, top, 4.6)
        canvas.setFont(font, size)
        canvas.setFillColorRGB(*(PENDING if i == 0 and not card.kpj_number else INK))
        canvas.drawString(VALUE_X, FIRST_ROW - i * ROW_PITCH, truncate(value, font, size, VALUE_W))
    draw_qr(canvas, card.token, QR_X, QR_Y, QR_SIZE)
    _draw_footer(canvas, card)

