"""Writing cells that Excel shows exactly as stored: identity numbers as text, dates as dates, no formulas.

Three traps are closed here for every sheet this package writes:
- a NIK or phone in a number cell loses digits, so they are written as text cells with number format "@";
- a value starting with "=" would become a formula (and a way to run one on the clerk's PC), so strings are
  always stored as strings;
- control characters make the file unreadable for Excel and text over 32,767 characters is cut by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

TEXT_FORMAT = "@"
DATE_FORMAT = "DD-MM-YYYY"
MAX_CELL_TEXT = 32767
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
WRAP = Alignment(wrap_text=True, vertical="top")


def clean_text(value: str) -> str:
    text: str = ILLEGAL_CHARACTERS_RE.sub("", value)
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def text_cell(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> WriteOnlyCell:
    """A text cell, whatever the value: what Excel shows is exactly the digits given. An empty one still has
    the text format, so a number typed into it later stays text."""
    text = clean_text(_as_text(value))
    cell = WriteOnlyCell(ws, text or None)
    if text:
        cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    for name, value_ in style.items():
        setattr(cell, name, value_)
    return cell


def value_cell(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> WriteOnlyCell:
    """A cell keeping dates and numbers as such; strings (and anything else) stored as plain text."""
    if isinstance(value, bool):
        value = "Ya" if value else "Tidak"
    if isinstance(value, dt.datetime | dt.date) and value.year >= 1900:  # Excel has no earlier dates
        cell = WriteOnlyCell(ws, value)
        cell.number_format = DATE_FORMAT if not isinstance(value, dt.datetime) else "DD-MM-YYYY HH:MM"
    elif isinstance(value, int | float) and value == value and abs(value) != float("inf"):
        cell = WriteOnlyCell(ws, value)
    elif value is None:
        cell = WriteOnlyCell(ws, None)
    else:
        cell = WriteOnlyCell(ws, clean_text(_as_text(value)))
        cell.data_type = "s"
    for name, value_ in style.items():
        setattr(cell, name, value_)
    return cell


def header_cells(ws: WriteOnlyWorksheet, labels: list[str]) -> list[WriteOnlyCell]:
    return [value_cell(ws, label, font=HEADER_FONT, fill=HEADER_FILL, alignment=WRAP) for label in labels]


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Column widths; must be called before the first row is appended to a write-only sheet."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
