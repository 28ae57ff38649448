"""Retention of personal data (UU PDP Pasal 43-44): when a record's personal fields are erased, and what stays.

A record the office deleted, or one that stayed rejected (by the supervisor or the city office), is kept for
`years` after that moment so the office can still answer questions about it; then its personal fields are
erased. Ids, dates, statuses, reasons and the category stay: the audit chain and the hub need them.
The personal fields come from the field registry (domain/registry.py): every stored field but KEPT_FIELDS.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.fields import Storage
from jamsos_desktop.domain.registry import FIELDS

DEFAULT_YEARS = 5
MIN_YEARS, MAX_YEARS = 1, 30
RETIRED_STATUSES = ("rejected", "duplicate")  # a verdict nobody corrected: counts like a deletion
PURGE_REASON = "retensi"
REDACTED = "[dihapus]"
REDACTED_MARK = "dihapus_retensi"

# Record fields that say nothing about the person on their own: kept, for the recap and the hub. Every other
# field the participant row keeps in a column is personal and erased (a new field is erased unless listed here).
KEPT_FIELDS = frozenset({"kelurahan_code", "category", "programs"})


def erased_values() -> dict[str, Any]:
    """Participant columns that hold personal data, with the value they get when erased."""
    return {f.name: f.blank() for f in FIELDS if f.storage is Storage.COLUMN and f.name not in KEPT_FIELDS}


# Audit details that are not personal: kept (text is scrubbed of long digit runs such as a NIK).
KEPT_DETAIL_KEYS = frozenset({"reason", "status", "serial", "reprint", "revision"})
_NUMBER_RUN = re.compile(r"\+?\d[\d .\-]*\d")
_ID_DIGITS = 9  # a number this long may identify a person (NIK, KK, KPJ, phone); a date has 8 digits


class RetentionRefused(Refused):
    """A retention setting out of range; the message says the allowed range."""

    code = "retention.years"


def check_years(value: object) -> int:
    text = str(value).strip()
    if not text.isdigit() or not MIN_YEARS <= int(text) <= MAX_YEARS:
        raise RetentionRefused(f"Masa simpan harus angka bulat {MIN_YEARS}-{MAX_YEARS} tahun (bawaan "
                               f"{DEFAULT_YEARS} tahun).")
    return int(text)


def years_before(moment: dt.datetime, years: int) -> dt.datetime:
    """The same calendar moment `years` earlier (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def purge_due_on(retired_at: dt.datetime, years: int) -> dt.date:
    """The first day a record retired at `retired_at` may be erased."""
    later = years_before(retired_at, -years)
    return later.date()


def scrub_text(text: str) -> str:
    """Free text with long digit runs (a NIK, KK, KPJ or phone number typed into a reason) blanked."""
    return _NUMBER_RUN.sub(lambda m: REDACTED if sum(c.isdigit() for c in m[0]) >= _ID_DIGITS else m[0], text)


def redact_details(details: dict[str, Any]) -> dict[str, Any]:
    """An audit event's details with personal values erased: keys stay (which fields changed), values go."""
    out: dict[str, Any] = {}
    for key, value in details.items():
        if key == REDACTED_MARK:
            continue
        if key in KEPT_DETAIL_KEYS and isinstance(value, str | int) and not isinstance(value, bool):
            out[key] = scrub_text(value) if isinstance(value, str) else value
        elif key == "changed" and isinstance(value, dict):
            out[key] = {name: REDACTED for name in value}
        else:
            out[key] = REDACTED
    out[REDACTED_MARK] = True
    return out


def is_redacted(details: dict[str, Any]) -> bool:
    """True when the details are exactly what redact_details() leaves (a seal accepts nothing else)."""
    return details.get(REDACTED_MARK) is True and redact_details(details) == details
