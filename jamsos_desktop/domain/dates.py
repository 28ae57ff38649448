"""Dates as Indonesian clerks type them, always day first: the one reader for the form and the spreadsheets.

Accepted: "15-08-1980", "15/8/1980", "15.08.80", "1980-08-15", "15 Agustus 1980", "15-Agu-80", "15 Aug 1980",
"Aug 15, 1980", "15081980", "150880", with or without a time after it. A two-digit year takes the most recent
century that is not in the future ("80" -> 1980, "05" -> 2005), the same rule the NIK uses, so a date typed
with two digits agrees with the NIK's own. Month-first dates ("08/15/1980") are refused rather than swapped:
a silent swap would corrupt 05/06 forever. Spreadsheet cells (Excel serial numbers) are io/dates.py's.
"""

from __future__ import annotations

import datetime as dt
import re

from jamsos_desktop.domain.errors import Refused

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "januari jan january", "februari pebruari feb peb february", "maret mar mrt march", "april apr",
    "mei may", "juni jun june", "juli jul july", "agustus agu agt ags agus aug august",
    "september sep sept", "oktober okt oct october", "november nopember nov nop", "desember des dec december",
), 1):
    for _name in _names.split():
        MONTHS[_name] = _number
MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember")

_TIME = re.compile(r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)$")
_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})")
_MONTH_D_Y = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}|\d{2})")
HOW_TO_WRITE = "tulis seperti 15-08-1980, 15081980 atau 15 Agustus 1980"


class DateUnreadable(Refused, ValueError):
    """Text that is not a date; the Indonesian message starts with the text in quotes (the caller puts the
    field's name before it) and tells how to write a date. `place` holds the birth place found before an
    unreadable date in a combined "Tempat/Tgl Lahir" cell (io/dates.py)."""

    code = "date.unreadable"
    place = ""


def full_year(year: int, today: dt.date) -> int:
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= today.year else 1900 + year


def make_date(year: int, month: int, day: int, original: str, today: dt.date) -> dt.date:
    if not 1 <= month <= 12:
        raise DateUnreadable(f"'{original}' tidak bisa dibaca sebagai tanggal: bulan {month} tidak ada (tulis hari "
                             "dulu, lalu bulan, lalu tahun, misalnya 15-08-1980).")
    year = full_year(year, today)
    if year < 1900:
        raise DateUnreadable(f"'{original}': tahun {year} tidak mungkin, periksa tahunnya.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateUnreadable(f"'{original}' bukan tanggal yang ada di kalender: periksa hari dan bulannya.") from None


def from_digits(digits: str, today: dt.date) -> dt.date:
    """15081980 (or 19800815) and 150880."""
    if len(digits) == 8:
        try:
            return make_date(int(digits[4:]), int(digits[2:4]), int(digits[:2]), digits, today)
        except DateUnreadable:
            return make_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]), digits, today)
    if len(digits) == 6:
        return make_date(int(digits[4:]), int(digits[2:4]), int(digits[:2]), digits, today)
    raise DateUnreadable(f"'{digits}' tidak bisa dibaca sebagai tanggal: {HOW_TO_WRITE}.")


def parse_typed_date(text: str, *, today: dt.date, hint: str = HOW_TO_WRITE) -> dt.date | None:
    """The date in typed text, None when it is empty; raises DateUnreadable (ending with `hint`)."""
    original = " ".join(text.split())
    s = _TIME.sub("", original).strip().rstrip(",.")
    if not s or s == "-":
        return None
    if m := _ISO.fullmatch(s):
        return make_date(int(m[1]), int(m[2]), int(m[3]), original, today)
    if m := _DMY.fullmatch(s):
        return make_date(int(m[3]), int(m[2]), int(m[1]), original, today)
    if m := _D_MONTH_Y.fullmatch(s):
        return make_date(int(m[3]), month_number(m[2], original), int(m[1]), original, today)
    if m := _MONTH_D_Y.fullmatch(s):
        return make_date(int(m[3]), month_number(m[1], original), int(m[2]), original, today)
    if s.isascii() and s.isdigit() and len(s) in (6, 8):
        return from_digits(s, today)
    raise DateUnreadable(f"'{short(original)}' tidak bisa dibaca sebagai tanggal: {hint}.")


def month_number(name: str, original: str) -> int:
    number = MONTHS.get(name.lower())
    if number is None:
        raise DateUnreadable(f"'{short(original)}': nama bulan '{short(name, 20)}' tidak dikenal (tulis misalnya "
                             "Januari, Mei, Agustus, atau Jan, Agu, Des).")
    return number


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def typed_form(day: dt.date) -> str:
    """How the form shows a date after reading it: 15-08-1980."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
