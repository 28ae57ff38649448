"""Sizes and positions: the CR80 card, the A4 sheet of 2 x 5 and its crop marks, in PDF points.

Kept apart from the drawing so tests can check the numbers the PDF is built from.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

CARD_W = 85.60 * mm  # ID-1 / CR80 (ISO/IEC 7810)
CARD_H = 53.98 * mm
CORNER_RADIUS = 3.18 * mm
COLS, ROWS = 2, 5
PAGE_W, PAGE_H = A4
BLOCK_W, BLOCK_H = COLS * CARD_W, ROWS * CARD_H  # 171.2 x 269.9 mm: cards touch, one cut between two cards
BLOCK_X = (PAGE_W - BLOCK_W) / 2
BLOCK_Y = (PAGE_H - BLOCK_H) / 2
CARDS_PER_SHEET = COLS * ROWS
MARK_GAP = 2 * mm  # crop marks start this far outside the trim, so a slightly off cut never shows them
MARK_LEN = 5 * mm
MARK_WIDTH = 0.25  # pt


def slot_origin(index: int, *, back: bool = False) -> tuple[float, float]:
    """Lower-left corner of sheet slot index (0 = top left, row by row).

    A back page is turned over the long edge, so a card's back sits in the mirrored column of the same row.
    """
    row, col = divmod(index, COLS)
    if back:
        col = COLS - 1 - col
    return BLOCK_X + col * CARD_W, BLOCK_Y + (ROWS - 1 - row) * CARD_H


def cut_lines() -> tuple[list[float], list[float]]:
    """x positions of the vertical cuts and y positions of the horizontal cuts."""
    xs = [BLOCK_X + c * CARD_W for c in range(COLS + 1)]
    ys = [BLOCK_Y + r * CARD_H for r in range(ROWS + 1)]
    return xs, ys


def draw_crop_marks(canvas: Canvas) -> None:
    """Short lines in the margin on the extension of every cut, never inside the trimmed block."""
    xs, ys = cut_lines()
    top, bottom = BLOCK_Y + BLOCK_H, BLOCK_Y
    left, right = BLOCK_X, BLOCK_X + BLOCK_W
    path = canvas.beginPath()
    for x in xs:
        path.moveTo(x, top + MARK_GAP)
        path.lineTo(x, top + MARK_GAP + MARK_LEN)
        path.moveTo(x, bottom - MARK_GAP)
        path.lineTo(x, bottom - MARK_GAP - MARK_LEN)
    for y in ys:
        path.moveTo(left - MARK_GAP, y)
        path.lineTo(left - MARK_GAP - MARK_LEN, y)
        path.moveTo(right + MARK_GAP, y)
        path.lineTo(right + MARK_GAP + MARK_LEN, y)
    canvas.saveState()
    canvas.setLineWidth(MARK_WIDTH)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
