"""Calendar months as the programme counts them: "YYYY-MM" text (sorts and compares as text), and the few
operations the ledger, the funded periods and the coverage rule need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from jamsos_desktop.hub.errors import HubRefused


def check_month(value: str) -> str:
    """`value` if it is a month written YYYY-MM, else refused with the form to use."""
    value = (value or "").strip()
    try:
        if len(value) != 7 or value[4] != "-":
            raise ValueError
        dt.date.fromisoformat(value + "-01")
    except ValueError:
        raise HubRefused(f"Bulan {value!r} tidak terbaca: tulis TTTT-BB, misalnya 2027-01.", reason="bad_month") from None
    return value


def index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def of_index(i: int) -> str:
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def add(month: str, n: int) -> str:
    return of_index(index(month) + n)


def of_day(day: dt.date) -> str:
    return f"{day:%Y-%m}"


def next_after(day: dt.date) -> str:
    """The month after the month of `day`."""
    return add(of_day(day), 1)


def first_day(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def span(month_from: str, month_to: str) -> Iterator[str]:
    """Every month from `month_from` to `month_to`, both included (nothing when `month_to` is earlier)."""
    for i in range(index(month_from), index(month_to) + 1):
        yield of_index(i)


def runs_by_year(months: Iterable[str]) -> Iterator[list[str]]:
    """Sorted months split into runs of consecutive months within one calendar year (each year's APBD pays its
    own months)."""
    current: list[str] = []
    for month in months:
        if current and (month[:4] != current[-1][:4] or index(month) != index(current[-1]) + 1):
            yield current
            current = []
        current.append(month)
    if current:
        yield current
