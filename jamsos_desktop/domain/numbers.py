"""Small identity numbers and codes: phone, RT/RW, KPJ, KK, e-mail."""

from __future__ import annotations

import re

_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def normalize_phone(text: str) -> str | None:
    """Indonesian mobile number as +628..., from 08.., 628.., +628.. (spaces and dashes allowed); else None."""
    raw = _PHONE_SEPARATORS.sub("", str(text or ""))
    if raw.startswith("+62"):
        national = raw[3:]
    elif raw.startswith("62"):
        national = raw[2:]
    elif raw.startswith("0"):
        national = raw[1:]
    else:
        return None
    if not national.isascii() or not national.isdigit() or not national.startswith("8"):
        return None
    if not 9 <= len(national) <= 12:
        return None
    return "+62" + national


def local_phone(normalized: str) -> str:
    """+62812... -> 0812... for display and search."""
    return "0" + normalized[3:] if normalized.startswith("+62") else normalized


_RT_RW_PREFIX = re.compile(r"^(RT|RW)\s*", re.IGNORECASE)


def normalize_rt_rw(text: str | int | None) -> str | None:
    """RT/RW as three digits ('3', '03', 'RT 3' -> '003'); None when not a number 1-999."""
    raw = str(text if text is not None else "").strip()
    if len(raw) == 3 and raw.isdigit() and raw != "000":  # already in the stored form: the common case
        return raw
    raw = _RT_RW_PREFIX.sub("", raw)
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6:  # int() of a huge digit string is refused anyway
        return None
    value = int(raw)
    return f"{value:03d}" if 1 <= value <= 999 else None


def is_digits(text: str, length: int) -> bool:
    return len(text) == length and text.isascii() and text.isdigit()


def is_kpj(text: str) -> bool:
    """KPJ, the BPJS Ketenagakerjaan membership number: 11 digits, no published check digit."""
    return is_digits(text, 11)


def is_kk(text: str) -> bool:
    """Kartu Keluarga number: 16 digits."""
    return is_digits(text, 16)


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


_RP = re.compile(r"^Rp\.?", re.IGNORECASE)
_CENTS = re.compile(r"[.,]00$")


def parse_rupiah(text: str | int) -> int:
    """Rupiah as typed: 1000000, "1.000.000", "1,000,000", "Rp 1.000.000,00" -> 1000000. ValueError otherwise."""
    if isinstance(text, bool):
        raise ValueError("bukan angka")
    if isinstance(text, int):
        return text
    raw = str(text).strip().replace(" ", "")
    raw = _RP.sub("", raw)
    raw = _CENTS.sub("", raw)  # cents written out: ",00" or ".00"
    digits = raw.replace(".", "").replace(",", "")
    if not digits.isascii() or not digits.isdigit() or len(digits) > 12:
        raise ValueError(f"bukan angka rupiah: {text!r}")
    return int(digits)
