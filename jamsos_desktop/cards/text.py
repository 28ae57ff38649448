"""Fonts and text fitting for the card: shrink, then wrap, never overflow.

The card font ships in resources/fonts/ so every office PC prints the same card. Fitting works on
reportlab's glyph widths (stringWidth), which are the widths the PDF will use, so "fits" here means fits
on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jamsos_desktop.paths import resource

REGULAR = "JamsosSans"
BOLD = "JamsosSans-Bold"
ELLIPSIS = "\u2026"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the shipped fonts with reportlab once per process; returns (regular, bold) names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    return REGULAR, BOLD


def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_size(text: str, font: str, max_width: float, max_size: float, min_size: float) -> float:
    """The largest size (in 0.25 pt steps) at which text fits max_width; min_size if none does."""
    natural = width(text, font, max_size)
    if natural <= max_width:
        return max_size
    # Width scales linearly with size, so compute the size directly instead of trying each step.
    size = int(max_size * max_width / natural * 4) / 4
    return max(size, min_size)


def truncate(text: str, font: str, size: float, max_width: float) -> str:
    """Cut text with an ellipsis so it fits; the last resort, only for absurdly long values."""
    if width(text, font, size) <= max_width:
        return text
    while text and width(text + ELLIPSIS, font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _split_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    """Break a word wider than the line (a name typed without spaces) at character boundaries."""
    pieces, current = [], ""
    for ch in word:
        if current and width(current + ch, font, size) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; over-long words are broken so no line is wider than max_width."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if width(word, font, size) <= max_width:
            current = word
        else:
            *full, current = _split_word(word, font, size, max_width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Block:
    """Lines of text fitted into a box: draw each line at size, baselines leading apart."""

    size: float
    leading: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        """From the first line's ascender to the last line's descender: one size, plus one leading per extra line."""
        return self.size + (len(self.lines) - 1) * self.leading


def fit_block(text: str, font: str, max_width: float, max_height: float, *, max_size: float, min_size: float,
              one_line_min: float, leading: float = 1.12) -> Block:
    """Shrink to one line down to one_line_min, then wrap and shrink down to min_size, then truncate.

    A block's height (Block.height) is what the card layout reserves for it, and it never exceeds max_height
    unless even one line at min_size is taller.
    """
    size = fit_size(text, font, max_width, max_size, min_size)
    if size >= one_line_min and size <= max_height and width(text, font, size) <= max_width:
        return Block(size, size * leading, (text,))
    size = min(max_size, one_line_min)
    while size >= min_size:
        lines = wrap(text, font, size, max_width)
        if (len(lines) - 1) * leading * size + size <= max_height:
            return Block(size, size * leading, tuple(lines))
        size -= 0.25
    size = min_size
    max_lines = max(1, int((max_height - size) / (leading * size)) + 1)
    lines = wrap(text, font, size, max_width)
    kept = lines[:max_lines]
    if len(lines) > max_lines:
        kept[-1] = truncate(kept[-1] + " " + " ".join(lines[max_lines:]), font, size, max_width)
    return Block(size, size * leading, tuple(kept))
