"""Dates as people type them in Indonesian spreadsheets, always day first.

Accepted: Excel date cells and serial numbers, "12-05-1980", "12/05/80", "12.05.1980", "1980-05-12",
"12 Mei 1980", "12-Mei-80", "12 May 1980", "May 12, 1980", "12051980", "120580", with or without a time.
A two-digit year takes the most recent century that is not in the future ("80" -> 1980, "05" -> 2005), the
same rule the NIK uses, so a date typed with two digits agrees with the NIK's own. Month-first dates
("05/13/1980") are refused rather than swapped: a silent swap would corrupt 05/06 forever.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "januari jan january", "februari pebruari feb peb february", "maret mar mrt march", "april apr",
    "mei may", "juni jun june", "juli jul july", "agustus agu agt ags agus aug august",
    "september sep sept", "oktober okt oct october", "november nopember nov nop", "desember des dec december",
), 1):
    for _name in _names.split():
        MONTHS[_name] = _number

_TIME = re.compile(r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)$")
_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})")
_MONTH_D_Y = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}|\d{2})")
DATE_AT_END = re.compile(r"(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}"
                         r"|\d{1,2}[\s\-/.]*[A-Za-z]+\.?[\s\-/.,]*\d{2,4}|\d{5,8})\s*$")
MAX_SERIAL = 2958465  # 9999-12-31 in Excel


class DateUnreadable(ValueError):
    """A value that is not a date; the Indonesian message starts with the value in quotes (the caller puts the
    field's name before it) and tells how to write a date. `place` holds the
    birth place found before an unreadable date in a combined "Tempat/Tgl Lahir" cell."""

    place = ""


def full_year(year: int, today: dt.date) -> int:
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= today.year else 1900 + year


def _make(year: int, month: int, day: int, original: str, today: dt.date) -> dt.date:
    if not 1 <= month <= 12:
        raise DateUnreadable(f"'{original}' tidak bisa dibaca sebagai tanggal: bulan {month} tidak ada (tulis hari "
                             "dulu, lalu bulan, lalu tahun, misalnya 12-05-1980).")
    year = full_year(year, today)
    if year < 1900:
        raise DateUnreadable(f"'{original}': tahun {year} tidak mungkin, periksa tahunnya.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateUnreadable(f"'{original}' bukan tanggal yang ada di kalender: periksa hari dan bulannya.") from None


def _from_serial(value: float, original: str) -> dt.date:
    if not 1 <= value <= MAX_SERIAL:
        raise DateUnreadable(f"'{original}' bukan tanggal: ketik tanggal seperti 12-05-1980.")
    from openpyxl.utils.datetime import from_excel  # openpyxl loads slowly: only when a serial date appears

    result: dt.datetime = from_excel(value)
    return result.date()


def _from_digits(digits: str, today: dt.date) -> dt.date:
    if len(digits) == 8:
        try:
            return _make(int(digits[4:]), int(digits[2:4]), int(digits[:2]), digits, today)
        except DateUnreadable:
            return _make(int(digits[:4]), int(digits[4:6]), int(digits[6:]), digits, today)
    if len(digits) == 6:
        return _make(int(digits[4:]), int(digits[2:4]), int(digits[:2]), digits, today)
    return _from_serial(int(digits), digits)  # five digits: an Excel serial number saved as text


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
    raise DateUnreadable(f"'{_short(str(value))}' bukan tanggal: ketik tanggal seperti 12-05-1980.")


def parse_date_text(text: str, *, today: dt.date) -> dt.date | None:
    original = " ".join(text.split())
    s = _TIME.sub("", original).strip().rstrip(",.")
    if not s or s == "-":
        return None
    if m := _ISO.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), original, today)
    if m := _DMY.fullmatch(s):
        return _make(int(m[3]), int(m[2]), int(m[1]), original, today)
    if m := _D_MONTH_Y.fullmatch(s):
        return _make(int(m[3]), _month(m[2], original), int(m[1]), original, today)
    if m := _MONTH_D_Y.fullmatch(s):
        return _make(int(m[3]), _month(m[1], original), int(m[2]), original, today)
    if s.isascii() and s.isdigit() and len(s) in (5, 6, 8):
        return _from_digits(s, today)
    raise DateUnreadable(f"'{_short(original)}' tidak bisa dibaca sebagai tanggal: tulis seperti 12-05-1980 atau "
                         "12 Mei 1980, atau format sel sebagai Tanggal.")


def _month(name: str, original: str) -> int:
    number = MONTHS.get(name.lower())
    if number is None:
        raise DateUnreadable(f"'{_short(original)}': nama bulan '{_short(name, 20)}' tidak dikenal (tulis misalnya "
                             "Januari, Mei, Agustus, atau Jan, Agu, Des).")
    return number


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        error = DateUnreadable(f"'{_short(text)}' tidak berisi tanggal: tulis tempat dan tanggal seperti "
                               "'Batam, 12-05-1980'.")
        error.place = place
        raise error
    try:
        return place, parse_date_text(match.group(0), today=today or dt.date.today())
    except DateUnreadable as exc:
        exc.place = place
        raise
