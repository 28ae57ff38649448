"""Dates as people type them in Indonesian spreadsheets, always day first.

Accepted: Excel date cells and serial numbers, "12-05-1980", "12/05/80", "12.05.1980", "1980-05-12",
"12 Mei 1980", "12-Mei-80", "12 May 1980", "May 12, 1980", "12051980", "120580", with or without a time.
A two-digit year takes the most recent century that is not in the future ("80" -> 1980, "05" -> 2005), the
same rule the NIK uses, so a date typed with two digits agrees with the NIK's own. Month-first dates
("05/13/1980") are refused rather than swapped: a silent swap would corrupt 05/06 forever. The reading of
typed text is domain/dates.py's (the participant form uses the same); this module adds spreadsheet cells.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jamsos_desktop.domain.dates import (
    MONTHS,
    DateUnreadable,
    from_digits,
    full_year,
    make_date,
    parse_typed_date,
    short,
)

DATE_AT_END = re.compile(r"(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}"
                         r"|\d{1,2}[\s\-/.]*[A-Za-z]+\.?[\s\-/.,]*\d{2,4}|\d{5,8})\s*$")
MAX_SERIAL = 2958465  # 9999-12-31 in Excel
CELL_HINT = "tulis seperti 12-05-1980 atau 12 Mei 1980, atau format sel sebagai Tanggal"
__all__ = ["MONTHS", "DateUnreadable", "full_year", "make_date", "parse_cell_date", "parse_date_text",
           "split_place_date"]


def _from_serial(value: float, original: str) -> dt.date:
    if not 1 <= value <= MAX_SERIAL:
        raise DateUnreadable(f"'{original}' bukan tanggal: ketik tanggal seperti 12-05-1980.")
    from openpyxl.utils.datetime import from_excel  # openpyxl loads slowly: only when a serial date appears

    result: dt.datetime = from_excel(value)
    return result.date()


def _from_digits(digits: str, today: dt.date) -> dt.date:
    if len(digits) == 5:
        return _from_serial(int(digits), digits)  # five digits: an Excel serial number saved as text
    return from_digits(digits, today)


def parse_cell_date(value: Any, *, today: dt.date | None = None) -> dt.date | None:
    """The date in a cell, None when the cell is empty; raises DateUnreadable with the fix in Indonesian."""
    today = today or dt.date.today()
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if 100000 <= value <= 99999999:  # 120580 or 12051980 typed into a number cell
            return _from_digits(f"{value:06d}" if value < 1000000 else f"{value:08d}", today)
        return _from_serial(value, str(value))
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return _from_serial(value, f"{value:g}")
    if isinstance(value, str):
        return parse_date_text(value, today=today)
    raise DateUnreadable(f"'{short(str(value))}' bukan tanggal: ketik tanggal seperti 12-05-1980.")


def parse_date_text(text: str, *, today: dt.date) -> dt.date | None:
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit() and len(stripped) == 5:
        return _from_serial(int(stripped), stripped)
    return parse_typed_date(text, today=today, hint=CELL_HINT)


def split_place_date(value: Any, *, today: dt.date | None = None) -> tuple[str, dt.date | None]:
    """ "Batam, 12-05-1980" -> ("Batam", date). Raises DateUnreadable (with the place in .place) when a place is
    there but no readable date follows it."""
    if value is None or isinstance(value, dt.date | int | float):
        return "", parse_cell_date(value, today=today)
    text = " ".join(str(value).split())
    match = DATE_AT_END.search(text)
    place = text[: match.start()] if match else text
    place = place.strip(" ,/;-")
    if match is None:
        error = DateUnreadable(f"'{short(text)}' tidak berisi tanggal: tulis tempat dan tanggal seperti "
                               "'Batam, 12-05-1980'.")
        error.place = place
        raise error
    try:
        return place, parse_date_text(match.group(0), today=today or dt.date.today())
    except DateUnreadable as exc:
        exc.place = place
        raise
