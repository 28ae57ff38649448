"""The QR code on the card, drawn as one filled PDF path.

reportlab's QrCodeWidget draws one rectangle object per module and is about ten times slower; here each
row's dark runs become rectangles of a single path, filled once, which is also what keeps rasterisers from
showing hairline seams between modules.
"""

from __future__ import annotations

from functools import cache

import qrcode
from qrcode.util import MODE_ALPHA_NUM, QRData
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2  # white border drawn around the code; the card's white margin adds to it

# Choosing the best of 8 masks costs qrcode ~5 ms per code in pure Python, five times the rest of the
# encoding, and would alone cap printing below 200 cards/s. Any mask is valid QR; the token is high-entropy
# signature data, so the penalty differences between masks are small. The tests decode every code printed.
FIXED_MASK = 2


ALPHANUMERIC = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:")


def _new_code(version: int | None) -> qrcode.QRCode:
    return qrcode.QRCode(version=version, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1,
                         border=0, mask_pattern=FIXED_MASK)


@cache
def _alphanumeric_version(length: int) -> int:
    """The smallest version for an alphanumeric text of this length; tokens of one serial length share it,
    so the search (a fifth of the encoding time) runs once per PDF instead of once per card."""
    code = _new_code(None)
    code.add_data(QRData("0" * length, mode=MODE_ALPHA_NUM))
    code.best_fit()
    return int(code.version)


def matrix(text: str) -> list[list[bool]]:
    """Module matrix (True = dark), ~15% error correction (cards get scratched); tokens use alphanumeric mode."""
    if text and ALPHANUMERIC.issuperset(text):
        code = _new_code(_alphanumeric_version(len(text)))
        code.add_data(QRData(text, mode=MODE_ALPHA_NUM))
        code.make(fit=False)
    else:
        code = _new_code(None)
        code.add_data(text)
        code.make(fit=True)
    return [[bool(m) for m in row] for row in code.modules]


def _runs(modules: list[list[bool]]) -> list[str]:
    """One "x y w 1 re" per horizontal run of dark modules, in module units."""
    ops: list[str] = []
    for r, row in enumerate(modules):
        c, n = 0, len(row)
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            ops.append(f"{start} {r} {c - start} 1 re")
    return ops


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the code for text with its quiet zone in the square (x, y, size), lower-left origin."""
    modules = matrix(text)
    cell = size / (len(modules) + 2 * QUIET_MODULES)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # Scale to module units with rows running downwards, then write the path as integers in one literal:
    # reportlab's path object formats every float in Python and was most of the time per card.
    canvas.translate(x + QUIET_MODULES * cell, y + size - QUIET_MODULES * cell)
    canvas.scale(cell, -cell)
    canvas.addLiteral(" ".join(_runs(modules)) + " f")
    canvas.restoreState()
