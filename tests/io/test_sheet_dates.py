"""Dates as typed in Indonesian spreadsheets (day first), and "Tempat/Tgl Lahir" in one cell."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos_desktop.io.dates import DateUnreadable, parse_cell_date, split_place_date

TODAY = dt.date(2025, 10, 1)
MAY_12 = dt.date(1980, 5, 12)


@pytest.mark.parametrize("value", [
    dt.datetime(1980, 5, 12), dt.datetime(1980, 5, 12, 13, 30), MAY_12,
    29353, 29353.0, 29353.25, "29353",  # Excel serial numbers (number cell or CSV text)
    "12-05-1980", "12/05/1980", "12.05.1980", "12/5/1980", "12 - 05 - 1980", "12-05-80", "12/05/80", "12.05.80",
    "1980-05-12", "1980/05/12", "1980-05-12 00:00:00", "12/05/1980 0:00", "12-05-1980.",
    "12 Mei 1980", "12 mei 80", "12 MEI 1980", "12-Mei-1980", "12-Mei-80", "12Mei1980", "12 May 1980", "12 Mei, 1980",
    "May 12, 1980", "12 Mei 1980 ", " 12\u00a0Mei\u00a01980",
    "12051980", "120580", 12051980, 120580, 12051980.0,
])
def test_forms_of_12_may_1980(value: object) -> None:
    assert parse_cell_date(value, today=TODAY) == MAY_12


@pytest.mark.parametrize(("text", "expected"), [
    ("1 Januari 1970", dt.date(1970, 1, 1)), ("3 Feb 1971", dt.date(1971, 2, 3)), ("3 Pebruari 1971", dt.date(1971, 2, 3)),
    ("4 Maret 72", dt.date(1972, 3, 4)), ("5 Apr 1973", dt.date(1973, 4, 5)), ("6 Juni 1974", dt.date(1974, 6, 6)),
    ("7 Juli 1975", dt.date(1975, 7, 7)), ("8 Agustus 1976", dt.date(1976, 8, 8)), ("8 Agt 1976", dt.date(1976, 8, 8)),
    ("8 Ags 1976", dt.date(1976, 8, 8)), ("8 Aug 1976", dt.date(1976, 8, 8)), ("9 Sept 1977", dt.date(1977, 9, 9)),
    ("10 Okt 1978", dt.date(1978, 10, 10)), ("10 October 1978", dt.date(1978, 10, 10)),
    ("11 Nopember 1979", dt.date(1979, 11, 11)), ("12 Des 1979", dt.date(1979, 12, 12)),
    ("12 December 1979", dt.date(1979, 12, 12)), ("31 Des 99", dt.date(1999, 12, 31)),
])
def test_indonesian_and_english_month_names(text: str, expected: dt.date) -> None:
    assert parse_cell_date(text, today=TODAY) == expected


@pytest.mark.parametrize(("text", "year"), [
    ("01-01-00", 2000), ("01-01-05", 2005), ("01-01-25", 2025), ("01-01-26", 1926), ("01-01-61", 1961),
    ("01-01-99", 1999),
])
def test_two_digit_year_takes_latest_century_not_in_future(text: str, year: int) -> None:
    assert parse_cell_date(text, today=TODAY) == dt.date(year, 1, 1)


@pytest.mark.parametrize("value", [None, "", "   ", "-"])
def test_empty_is_none(value: object) -> None:
    assert parse_cell_date(value, today=TODAY) is None


@pytest.mark.parametrize(("value", "says"), [
    ("31-02-1980", "bukan tanggal yang ada di kalender"),
    ("05/13/1980", "bulan 13 tidak ada"),  # month first: refused, never swapped
    ("12 Mai 1980", "nama bulan 'Mai' tidak dikenal"),
    ("kemarin", "tidak bisa dibaca sebagai tanggal"),
    ("12-05-0980", "tahun 980 tidak mungkin"),
    (0, "bukan tanggal"), (-5, "bukan tanggal"), (10**9, "bukan tanggal"), (True, "bukan tanggal"),
    (float("nan"), "bukan tanggal"), (dt.time(10, 0), "bukan tanggal"),
])
def test_unreadable_dates_say_how_to_write_them(value: object, says: str) -> None:
    with pytest.raises(DateUnreadable) as error:
        parse_cell_date(value, today=TODAY)
    assert says in str(error.value)


@pytest.mark.parametrize(("value", "place"), [
    ("Batam, 12-05-1980", "Batam"), ("Batam,12/05/80", "Batam"), ("BATAM / 12 Mei 1980", "BATAM"),
    ("Tanjung Pinang, 12 Mei 1980", "Tanjung Pinang"), ("Tanjung Balai Karimun 12-05-1980", "Tanjung Balai Karimun"),
    ("Batam/12/05/1980", "Batam"), ("Batam - 1980-05-12", "Batam"), ("  Batam ,  12.05.1980 ", "Batam"),
    (dt.datetime(1980, 5, 12), ""),
])
def test_place_and_date_in_one_cell(value: object, place: str) -> None:
    assert split_place_date(value, today=TODAY) == (place, MAY_12)


def test_place_without_date_keeps_the_place() -> None:
    with pytest.raises(DateUnreadable) as error:
        split_place_date("Batam", today=TODAY)
    assert error.value.place == "Batam"
    assert "Batam, 12-05-1980" in str(error.value)


def test_place_with_impossible_date_keeps_the_place() -> None:
    with pytest.raises(DateUnreadable) as error:
        split_place_date("Medan, 31-02-1980", today=TODAY)
    assert error.value.place == "Medan"
