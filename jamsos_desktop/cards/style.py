"""The card's look in one place: colours, margins and the few drawing helpers both faces share."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jamsos_desktop.cards.geometry import CARD_H, CARD_W, CORNER_RADIUS
from jamsos_desktop.cards.text import BOLD, Block
from jamsos_desktop.paths import resource

# A calm deep teal with a gold rule: reads well in colour and still separates into clear greys on a
# black-and-white office laser printer.
PRIMARY = (0.055, 0.353, 0.451)
ACCENT = (0.878, 0.647, 0.149)
INK = (0.10, 0.12, 0.15)
MUTED = (0.36, 0.40, 0.44)
TINT = (0.925, 0.953, 0.961)
WARNING = (0.78, 0.12, 0.12)
PENDING = (0.72, 0.38, 0.0)  # amber: "DALAM PROSES" is a normal state, not an error
WHITE = (1.0, 1.0, 1.0)
OUTLINE = (0.70, 0.72, 0.74)

MARGIN = 3.5 * mm
ASCENT = 0.76  # DejaVu Sans ascender as a fraction of the font size: places a block's first baseline


def logo_path() -> str:
    """The city logo, a replaceable file: put the city's own resources/logo.png in place of the placeholder."""
    return str(resource("logo.png"))


def card_clip(canvas: Canvas) -> None:
    """Clip further drawing to the rounded card, so nothing can paint outside the trim."""
    path = canvas.beginPath()
    path.roundRect(0, 0, CARD_W, CARD_H, CORNER_RADIUS)
    canvas.clipPath(path, stroke=0, fill=0)


def draw_card_base(canvas: Canvas, *, header_h: float, stripe_h: float) -> None:
    """What front and back share: the card clipped to its rounded shape, white, with the header band and the
    accent stripe under it."""
    card_clip(canvas)
    canvas.setFillColorRGB(*WHITE)
    canvas.rect(0, 0, CARD_W, CARD_H, stroke=0, fill=1)
    canvas.setFillColorRGB(*PRIMARY)
    canvas.rect(0, CARD_H - header_h, CARD_W, header_h, stroke=0, fill=1)
    canvas.setFillColorRGB(*ACCENT)
    canvas.rect(0, CARD_H - header_h - stripe_h, CARD_W, stripe_h, stroke=0, fill=1)


def draw_outline(canvas: Canvas) -> None:
    """A hairline rounded border: on paper sheets it shows where to round the corners after cutting."""
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeColorRGB(*OUTLINE)
    canvas.roundRect(0, 0, CARD_W, CARD_H, CORNER_RADIUS, stroke=1, fill=0)
    canvas.restoreState()


SPECIMEN_WORD = "CONTOH"


def draw_specimen_mark(canvas: Canvas) -> None:
    """A preview, not a card: CONTOH across the card, big enough that nobody mistakes the print for a card."""
    canvas.saveState()
    card_clip(canvas)
    canvas.setFillColorRGB(*WARNING)
    canvas.setFillAlpha(0.28)
    canvas.translate(CARD_W / 2, CARD_H / 2)
    canvas.rotate(28)
    canvas.setFont(BOLD, 30)
    canvas.drawCentredString(0, -10, SPECIMEN_WORD)
    canvas.setFont(BOLD, 6.5)
    canvas.drawCentredString(0, -22, "BUKAN KARTU - TIDAK BERLAKU")
    canvas.restoreState()


def draw_block(canvas: Canvas, block: Block, font: str, x: float, top: float, colour: tuple[float, float, float]
               ) -> float:
    """Draw fitted lines with the first line's ascender at top; returns the last baseline."""
    canvas.setFont(font, block.size)
    canvas.setFillColorRGB(*colour)
    y = top - ASCENT * block.size
    for i, line in enumerate(block.lines):
        if i:
            y -= block.leading
        canvas.drawString(x, y, line)
    return y
