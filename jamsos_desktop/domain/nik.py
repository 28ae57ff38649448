"""NIK (Nomor Induk Kependudukan): structure, parsing and the block/warn rules of DOMAIN.md.

16 digits = province(2) + city(2) + kecamatan(2) + birth date DDMMYY (day + 40 for women) + serial(4).
There is no check digit, so only the structure can be checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsos_desktop.domain.problems import Level, Problem

# Kemendagri province codes (including the 2022 Papua provinces).
PROVINCE_CODES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat", "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan", "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo",
    "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "92": "Papua Barat",
    "93": "Papua Selatan", "94": "Papua Tengah", "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}
BATAM_PREFIX = "2171"
FIELD = "nik"


@dataclass(frozen=True)
class NikParts:
    province: str
    city: str
    kecamatan: str  # the six-digit prefix, e.g. "217101"
    birth_date: dt.date | None  # None when the DDMMYY part is not a real calendar date
    sex: str  # "L" or "P"
    serial: str


_TYPED_SEPARATORS = str.maketrans("", "", " .-\t")


def clean(nik: str) -> str:
    """Drop the spaces, dots and dashes people type inside a NIK."""
    return str(nik).translate(_TYPED_SEPARATORS)


def _century_year(yy: int, today: dt.date) -> int:
    year = 2000 + yy
    return year if year <= today.year else 1900 + yy


def _birth_and_sex(day: int, month: int, yy: int, today: dt.date) -> tuple[dt.date | None, str]:
    """The birth date (None: not a date on the calendar) and sex that a NIK's date digits say (women: day + 40)."""
    sex = "P" if day > 40 else "L"
    try:
        return dt.date(_century_year(yy, today), month, day - 40 if day > 40 else day), sex
    except ValueError:
        return None, sex


def parse(nik: str, *, today: dt.date | None = None) -> NikParts | None:
    """Split a structurally valid NIK into its parts; None if it is not 16 digits."""
    nik = clean(nik)
    if len(nik) != 16 or not nik.isascii() or not nik.isdigit():
        return None
    birth, sex = _birth_and_sex(int(nik[6:8]), int(nik[8:10]), int(nik[10:12]), today or dt.date.today())
    return NikParts(nik[0:2], nik[2:4], nik[0:6], birth, sex, nik[12:16])


def build(*, kecamatan: str, birth_date: dt.date, sex: str, serial: str) -> str:
    """Compose a NIK from its parts (used by tests and demo data)."""
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{kecamatan}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial}"


def mask(nik: str) -> str:
    """The masked form for lists and cards: 2171 **** **** 0003."""
    nik = clean(nik)
    if len(nik) != 16:
        return "*" * len(nik)
    return f"{nik[:4]} **** **** {nik[12:]}"


def validate(
    nik: str,
    *,
    birth_date: dt.date | None = None,
    sex: str | None = None,
    known_kecamatan: frozenset[str] | None = None,
    today: dt.date | None = None,
) -> list[Problem]:
    """Every problem with a NIK at once: blocking structure errors, then warnings against typed data."""
    raw = clean(nik or "")
    if not raw:
        return [Problem(FIELD, Level.BLOCK, "nik.required", "NIK wajib diisi: ketik 16 digit NIK dari KTP.")]
    if not raw.isascii() or not raw.isdigit():
        return [Problem(FIELD, Level.BLOCK, "nik.digits",
                        "NIK hanya boleh berisi angka: hapus huruf atau tanda baca lalu ketik 16 digit dari KTP.")]
    if len(raw) != 16:
        return [Problem(FIELD, Level.BLOCK, "nik.length",
                        f"NIK harus 16 digit angka (yang diketik {len(raw)} digit): periksa lagi KTP.")]
    problems: list[Problem] = []
    if raw[:2] not in PROVINCE_CODES:
        problems.append(Problem(FIELD, Level.BLOCK, "nik.province",
                                f"Dua digit pertama NIK ({raw[:2]}) bukan kode provinsi: periksa digit awal NIK."))
    day, month = int(raw[6:8]), int(raw[8:10])
    if not 1 <= month <= 12:
        problems.append(Problem(FIELD, Level.BLOCK, "nik.month",
                                f"Digit 9-10 NIK adalah bulan lahir, harus 01-12 (tertulis {raw[8:10]})."))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        problems.append(Problem(FIELD, Level.BLOCK, "nik.day",
                                f"Digit 7-8 NIK adalah tanggal lahir, harus 01-31 (laki-laki) atau 41-71 "
                                f"(perempuan), tertulis {raw[6:8]}."))
    if raw[12:] == "0000":
        problems.append(Problem(FIELD, Level.BLOCK, "nik.serial",
                                "Empat digit terakhir NIK tidak mungkin 0000: periksa lagi KTP."))
    if problems:
        return problems
    # parse()'s birth date and sex, from the digits read above (the hub checks every record of a large import)
    nik_birth, nik_sex = _birth_and_sex(day, month, int(raw[10:12]), today or dt.date.today())
    if nik_birth is None:
        problems.append(Problem(FIELD, Level.WARN, "nik.calendar",
                                "Tanggal lahir di dalam NIK bukan tanggal yang ada di kalender: periksa NIK."))
    if birth_date is not None and nik_birth is not None and birth_date != nik_birth:
        problems.append(Problem("birth_date", Level.WARN, "nik.birth_date_mismatch",
                                f"Tanggal lahir ({birth_date:%d-%m-%Y}) berbeda dengan NIK "
                                f"({nik_birth:%d-%m-%Y}): cocokkan dengan KTP."))
    if sex in ("L", "P") and sex != nik_sex:
        expected = "perempuan" if nik_sex == "P" else "laki-laki"
        problems.append(Problem("sex", Level.WARN, "nik.sex_mismatch",
                                f"Menurut NIK peserta {expected}: periksa jenis kelamin atau NIK."))
    if raw[:4] != BATAM_PREFIX:
        problems.append(Problem(FIELD, Level.WARN, "nik.not_batam",
                                f"NIK bukan terbitan Kota Batam (awalan {raw[:4]}, bukan {BATAM_PREFIX}): "
                                "lanjutkan bila peserta pindahan yang KTP-nya belum diganti."))
    elif known_kecamatan is not None and raw[:6] not in known_kecamatan:
        problems.append(Problem(FIELD, Level.WARN, "nik.kecamatan",
                                f"Kode kecamatan di NIK ({raw[:6]}) tidak ada di daftar kecamatan Batam saat ini: "
                                "periksa digit 5-6 NIK."))
    return problems
