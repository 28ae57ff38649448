"""Text fitting measured with the same glyph widths the PDF uses: long names shrink, then wrap, never overflow."""

from __future__ import annotations

import pytest

from jamsos_desktop.cards import face
from jamsos_desktop.cards.text import BOLD, ELLIPSIS, Block, fit_size, register_fonts, width, wrap

NAME_60 = "RADEN MUHAMMAD ABDURRAHMAN WAHYUDIN SYAHPUTRA BIN HAJI ABDUL"
NAME_H = face.NAME_TOP - face.NAME_BOTTOM  # the band reserved for the name, above the details


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def fitted(text: str) -> Block:
    return face.fit_name(text)  # the same call draw_front makes


def test_sixty_character_name_wraps_inside_the_name_box() -> None:
    assert len(NAME_60) == 60
    block = fitted(NAME_60)
    assert len(block.lines) == 2, "60 characters do not fit one line at a readable size"
    assert block.size >= 5.5
    assert all(width(line, BOLD, block.size) <= face.NAME_W for line in block.lines)
    assert block.height <= NAME_H
    assert " ".join(block.lines) == NAME_60  # nothing lost
    # the page text of a rendered card is checked against the card edges in test_card_render.py


def test_short_name_stays_one_line_at_full_size() -> None:
    block = fitted("SITI AMINAH")
    assert block.lines == ("SITI AMINAH",) and block.size == 9.5


def test_medium_name_shrinks_before_it_wraps() -> None:
    text = "MUHAMMAD RIZKY PRATAMA SYAHPUTRA WIJAYA"
    block = fitted(text)
    assert block.lines == (text,)
    assert 7.5 <= block.size < 9.5
    assert width(text, BOLD, block.size) <= face.NAME_W


def test_name_without_spaces_is_broken_not_overflowing() -> None:
    block = fitted("W" * 60)
    assert "".join(block.lines) == "W" * 60
    assert all(width(line, BOLD, block.size) <= face.NAME_W for line in block.lines)
    assert block.height <= NAME_H


def test_absurdly_long_text_is_truncated_inside_the_box() -> None:
    block = fitted("ABDUL " * 60)
    assert block.lines[-1].endswith(ELLIPSIS)
    assert all(width(line, BOLD, block.size) <= face.NAME_W for line in block.lines)
    assert block.height <= NAME_H


def test_fit_size_and_wrap_respect_width() -> None:
    text = "Pekerja Rentan Sosial Kemasyarakatan"
    size = fit_size(text, BOLD, 100, 8, 3)
    assert size < 8 and width(text, BOLD, size) <= 100
    assert all(width(line, BOLD, 6) <= 60 for line in wrap(text, BOLD, 6, 60))
