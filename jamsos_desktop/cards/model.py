"""What goes on one card, as plain values, and how to build it from a participant record.

The drawing code only sees CardData, so it never touches the database or the domain lists, and a test can
make a card from literals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.nik import mask
from jamsos_desktop.domain.numbers import normalize_rt_rw
from jamsos_desktop.domain.wilayah import batam

MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
DEFAULT_PROGRAMS = ("JKK", "JKM")


class Cancelled(Exception):
    """render_cards stopped because cancelled() returned True; nothing was written to the output."""


@dataclass(frozen=True)
class CardData:
    """Everything printed on one card (front and back), already formatted for people."""

    serial: str
    participant_id: str
    full_name: str
    kpj_number: str | None  # None or "" prints "DALAM PROSES"
    masked_nik: str  # e.g. "2171 **** **** 0003"; never the full NIK
    category_label: str
    rt: str  # three digits, "003"
    rw: str
    kelurahan_name: str
    kecamatan_name: str
    programs: tuple[str, ...]
    coverage: str  # e.g. "Jan 2026 s.d. Des 2026" (see format_coverage)
    issue_date: dt.date
    provisional: bool  # printed before the hub accepted the record: the card says SEMENTARA
    token: str  # the signed QR text from token.sign_token
    specimen: bool = False  # a preview: marked CONTOH, no serial, its QR code is no token


def format_coverage(start: dt.date, end: dt.date) -> str:
    """A coverage period as people read it on the card: "Jan 2026 s.d. Des 2026"."""
    return f"{MONTHS_ID[start.month - 1]} {start.year} s.d. {MONTHS_ID[end.month - 1]} {end.year}"


def format_date(day: dt.date) -> str:
    return f"{day.day:02d} {MONTHS_ID[day.month - 1]} {day.year}"


def card_data_from_record(
    record: Mapping[str, Any],
    *,
    serial: str,
    token: str,
    issue_date: dt.date,
    coverage: str,
    provisional: bool,
    specimen: bool = False,
) -> CardData:
    """CardData from a participant record dict (DESIGN.md "Participant record").

    Unknown category or kelurahan codes print the code itself rather than stopping a whole batch: the record
    was validated when saved, and a reference list changing later must not block printing.
    """
    category_code = str(record.get("category") or "")
    category = default_categories().get(category_code)
    kelurahan_code = str(record.get("kelurahan_code") or "")
    kelurahan = batam().kelurahan_by_code(kelurahan_code)
    programs = tuple(record.get("programs") or DEFAULT_PROGRAMS)
    return CardData(
        serial=serial,
        participant_id=str(record["id"]),
        full_name=" ".join(str(record.get("full_name") or "").split()),
        kpj_number=(str(record.get("kpj_number") or "").strip() or None),
        masked_nik=mask(str(record.get("nik") or "")),
        category_label=category.label if category else category_code,
        rt=normalize_rt_rw(record.get("rt")) or str(record.get("rt") or "-"),
        rw=normalize_rt_rw(record.get("rw")) or str(record.get("rw") or "-"),
        kelurahan_name=kelurahan.name if kelurahan else kelurahan_code,
        kecamatan_name=kelurahan.kecamatan.name if kelurahan else "",
        programs=programs,
        coverage=coverage,
        issue_date=issue_date,
        provisional=provisional,
        token=token,
        specimen=specimen,
    )
