"""Put cards on pages and write the PDF: A4 sheets of 2 x 5 with crop marks, or one card per page.

`sheet`: for each group of up to ten cards, a front page, then a back page with the columns mirrored so a
long-edge duplex print puts every back behind its own front. Print at actual size ("fit to page" shrinks
the card). `single`: page size = card size, front page then back page per card, for PVC card printers.

Cancellation: `cancelled()` is asked before each card; when it says True, render_cards raises Cancelled
and writes nothing (a Path output is written to a temporary name and only renamed when complete).

Runs of SPLIT_FROM cards or more are drawn on two processes and joined into one PDF (split.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from jamsos_desktop.cards import split
from jamsos_desktop.cards.back import define_back_form, draw_back
from jamsos_desktop.cards.face import define_front_form, draw_front
from jamsos_desktop.cards.geometry import (
    CARD_H,
    CARD_W,
    CARDS_PER_SHEET,
    PAGE_H,
    PAGE_W,
    draw_crop_marks,
    slot_origin,
)
from jamsos_desktop.cards.model import Cancelled, CardData
from jamsos_desktop.cards.style import draw_outline, draw_specimen_mark
from jamsos_desktop.cards.text import register_fonts
from jamsos_desktop.safefile import atomic_output

Layout = Literal["sheet", "single"]
LAYOUTS: tuple[Layout, ...] = ("sheet", "single")
Progress = Callable[[int, int], None]


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams as binary instead of reportlab's default ASCII85 wrapping.

    ASCII85 makes the file 25% bigger and its pure-Python encoder took a quarter of the time for 1,000
    cards; every PDF reader and printer has read binary streams since PDF 1.2. rl_config is process-wide,
    so the old value is put back (cards/ is the only reportlab user in the app).
    """
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def _place(canvas: Canvas, draw: Callable[[Canvas, CardData], None], card: CardData, x: float, y: float,
           *, outline: bool) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    draw(canvas, card)
    if card.specimen:
        draw_specimen_mark(canvas)
    if outline:
        draw_outline(canvas)
    canvas.restoreState()


def _sheet(canvas: Canvas, cards: Sequence[CardData], tick: Callable[[], None]) -> None:
    for start in range(0, len(cards), CARDS_PER_SHEET):
        group = cards[start : start + CARDS_PER_SHEET]
        for slot, card in enumerate(group):
            tick()
            _place(canvas, draw_front, card, *slot_origin(slot), outline=True)
        draw_crop_marks(canvas)
        canvas.showPage()
        for slot, card in enumerate(group):
            _place(canvas, draw_back, card, *slot_origin(slot, back=True), outline=True)
        draw_crop_marks(canvas)
        canvas.showPage()


def _single(canvas: Canvas, cards: Sequence[CardData], tick: Callable[[], None]) -> None:
    # No outline here: PVC blanks are already cut, and a border printed slightly off-centre would show.
    for card in cards:
        tick()
        _place(canvas, draw_front, card, 0, 0, outline=False)
        canvas.showPage()
        _place(canvas, draw_back, card, 0, 0, outline=False)
        canvas.showPage()


def write_pdf(cards: Sequence[CardData], target: str | BinaryIO, layout: Layout, tick: Callable[[], None]) -> None:
    """Draw the cards as one complete PDF on target; tick() is called before each card and may raise to stop.

    Bytes reach the target only at canvas.save(), at the end, so a stop before it leaves nothing written.
    """
    page = (PAGE_W, PAGE_H) if layout == "sheet" else (CARD_W, CARD_H)
    with _binary_streams():
        canvas = Canvas(target, pagesize=page, pageCompression=1)
        canvas.setTitle("Kartu Peserta Jaminan Sosial Ketenagakerjaan - Kota Batam")
        canvas.setAuthor("Jamsos Desktop")
        define_front_form(canvas)
        define_back_form(canvas)
        (_sheet if layout == "sheet" else _single)(canvas, cards, tick)
        canvas.save()


def render_cards(
    cards: Sequence[CardData],
    out: Path | BinaryIO,
    *,
    layout: Layout = "sheet",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
) -> None:
    """Write the cards' fronts and backs as one PDF to a file path or a binary stream.

    progress(done, total) is called as cards are drawn, the last time as (total, total) once the PDF is
    written. Raises Cancelled (nothing written) when cancelled() turns True, and ValueError for an empty
    list or an unknown layout. processes: 1 or 2; None chooses (two from split.SPLIT_FROM cards, on a PC
    with two cores or more). The PDF has the same pages in the same order either way.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"Tata letak {layout!r} tidak dikenal: pilih 'sheet' (A4, 10 kartu) atau 'single'.")
    if not cards:
        raise ValueError("Tidak ada kartu untuk dicetak: pilih minimal satu peserta.")
    register_fonts()
    total = len(cards)

    def report(done: int) -> None:
        """Before the card after `done` cards: stop if the clerk cancelled, else tell how far the run is."""
        if cancelled is not None and cancelled():
            raise Cancelled(f"Pencetakan kartu dibatalkan setelah {done} dari {total} kartu.")
        if progress is not None and done:
            progress(done, total)

    per_page = CARDS_PER_SHEET if layout == "sheet" else 1
    cut = split.cut_at(total, per_page) if (processes or split.processes_for(total)) > 1 else total

    def write(target: str | BinaryIO) -> None:
        if cut < total:
            split.render_split(cards, target, layout=layout, cut=cut, report=report)
            return
        done = 0

        def tick() -> None:
            nonlocal done
            report(done)
            done += 1

        write_pdf(cards, target, layout, tick)

    if isinstance(out, Path):
        # A temporary name beside the target, renamed when complete: a failed or cancelled run never leaves
        # a half-written PDF that looks like the real one (and never replaces a good one with it).
        with atomic_output(out) as part:
            write(str(part))
    else:
        write(out)
    if progress is not None:
        progress(total, total)
