"""The printed card is 85.60 x 53.98 mm within 0.1 mm, measured on the rendered page, not taken on trust.

Method: pdftoppm renders strips of the page at 1200 dpi (0.021 mm per pixel). Box-resizing a strip to one
pixel wide (or high) averages each row (or column), so a crop mark becomes a dip in a one-dimensional
profile; its darkness-weighted centre gives the mark's position to a fraction of a pixel. The distance
between neighbouring marks is the card size the cutter will produce. The drawn cards are measured the same
way: the dark header band of each card starts a fixed distance below that card's top edge, so the pitch
from one header to the next (down a column, and across a row) is the card size as drawn, independent of
anti-aliasing and of the rounded corners, and it must agree with the crop marks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from jamsos_desktop.cards import CardData, face, render_cards
from jamsos_desktop.cards.geometry import BLOCK_X, BLOCK_Y, CARD_H, CARD_W, MARK_GAP, PAGE_H

if TYPE_CHECKING:
    from conftest import Poppler

DPI = 1200
MM_PER_PX = 25.4 / DPI
PT_PER_PX = 72 / DPI
TOLERANCE_MM = 0.1


def px(points: float) -> int:
    return int(points / PT_PER_PX)


def dips(profile: list[float], threshold: float) -> list[tuple[float, int, int]]:
    """(centre, first, last) of each run where darkness (255 - value) exceeds threshold."""
    runs: list[tuple[float, int, int]] = []
    start = None
    for i, value in enumerate([*profile, 255.0]):
        dark = 255 - value
        if dark > threshold and start is None:
            start = i
        elif dark <= threshold and start is not None:
            weights = [255 - profile[j] for j in range(start, i)]
            centre = sum(j * w for j, w in zip(range(start, i), weights, strict=True)) / sum(weights)
            runs.append((centre, start, i - 1))
            start = None
    return runs


def row_profile(strip: Image.Image) -> list[float]:
    return [float(v) for v in strip.resize((1, strip.height), Image.Resampling.BOX).tobytes()]


def column_profile(strip: Image.Image) -> list[float]:
    return [float(v) for v in strip.resize((strip.width, 1), Image.Resampling.BOX).tobytes()]


def gaps_mm(positions: list[float]) -> list[float]:
    return [(b - a) * MM_PER_PX for a, b in zip(positions, positions[1:], strict=False)]


def test_card_size_on_the_sheet_from_crop_marks_and_drawn_cards(
        tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData]) -> None:
    pdf = tmp_path / "sheet.pdf"
    render_cards([make_card(i) for i in range(1, 11)], pdf)
    page_h_px = px(PAGE_H)

    # Left margin, up to 0.5 mm before the trim: only the horizontal crop marks are there.
    left = poppler.png(pdf, dpi=DPI, crop=(0, 0, px(BLOCK_X) - 24, page_h_px))
    marks = dips(row_profile(left), threshold=20)
    assert len(marks) == 6
    heights = gaps_mm([c for c, _, _ in marks])
    assert all(abs(h - 53.98) <= TOLERANCE_MM for h in heights), heights
    # Marks stay outside the trim: their right ends stop MARK_GAP before the block.
    dark_box = left.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert dark_box is not None
    assert dark_box[2] * MM_PER_PX <= (BLOCK_X - MARK_GAP) / 72 * 25.4 + 0.05

    # Top margin, down to 0.5 mm above the trim: only the vertical crop marks.
    top_h = px(PAGE_H - BLOCK_Y - 5 * CARD_H) - 24
    top = poppler.png(pdf, dpi=DPI, crop=(0, 0, px(BLOCK_X * 2 + 2 * CARD_W), top_h))
    xs = [c for c, _, _ in dips(column_profile(top), threshold=20)]
    assert len(xs) == 3
    widths = gaps_mm(xs)
    assert all(abs(w - 85.60) <= TOLERANCE_MM for w in widths), widths

    # Drawn cards: a one-pixel column through the header bands near each card's right edge (clear of text
    # and QR code) shows five dark bands; their starts are one card height apart.
    column_x = px(BLOCK_X + CARD_W - 1.2 * 72 / 25.4)
    column = poppler.png(pdf, dpi=DPI, crop=(column_x, 0, 1, page_h_px))
    bands = [first for _, first, last in dips(row_profile(column), 120) if (last - first) * MM_PER_PX > 8]
    assert len(bands) == 5
    assert all(abs(h - 53.98) <= TOLERANCE_MM for h in gaps_mm(bands)), gaps_mm(bands)
    # The drawn block lines up with the marks: the top header starts at the top cut, lowered only by the
    # rounded corner (0.69 mm at 1.2 mm from the edge).
    assert 0.5 <= (bands[0] - marks[0][0]) * MM_PER_PX <= 0.9

    # A one-pixel row through the lowest part of the first row's header (below logo and subtitle): two dark
    # runs, one per card, starting one card width apart.
    row_y = px(PAGE_H - BLOCK_Y - 5 * CARD_H + face.HEADER_H - 0.8 * 72 / 25.4)
    row = poppler.png(pdf, dpi=DPI, crop=(0, row_y, px(2 * BLOCK_X + 2 * CARD_W), 1))
    runs = [first for _, first, last in dips(column_profile(row), 120) if (last - first) * MM_PER_PX > 50]
    assert len(runs) == 2
    assert abs(gaps_mm(runs)[0] - 85.60) <= TOLERANCE_MM, gaps_mm(runs)


def test_single_layout_page_is_exactly_one_card(tmp_path: Path, poppler: Poppler,
                                                make_card: Callable[..., CardData]) -> None:
    pdf = tmp_path / "single.pdf"
    render_cards([make_card(1), make_card(2)], pdf, layout="single")
    sizes = poppler.page_sizes(pdf)
    assert len(sizes) == 4  # front, back, front, back
    for w, h in sizes:
        assert abs(w / 72 * 25.4 - 85.60) <= TOLERANCE_MM
        assert abs(h / 72 * 25.4 - 53.98) <= TOLERANCE_MM
    image = poppler.png(pdf, dpi=600)
    assert abs(image.width * 25.4 / 600 - 85.60) <= 0.1 and abs(image.height * 25.4 / 600 - 53.98) <= 0.1
