"""Cell values as people type them, turned into what `check_record` accepts.

These parsers only translate spreadsheet forms (numbers, labels, combined cells) into the record's own form;
every rule about the value itself (NIK structure, phone format, RT range, required fields) stays in
domain.record. A parser raises CellProblem when a cell cannot be translated at all; its message is Indonesian
and says how to fix the cell.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from jamsos_desktop.domain.categories import Category, CategoryRules
from jamsos_desktop.domain.numbers import normalize_phone
from jamsos_desktop.domain.record import MARITAL_STATUSES, RELATIONSHIPS
from jamsos_desktop.domain.wilayah import Areas, Kecamatan, Kelurahan

TEXT_FIX = "format kolom {label} sebagai Teks lalu ketik ulang"
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
_DECIMAL_TAIL = re.compile(r"\d+[.,]0+")


class CellProblem(ValueError):
    """A cell that cannot be read; `code` is stable for tests and the GUI, the message is for the clerk."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def cell_text(value: Any) -> str:
    """Any cell as text with runs of whitespace (also non-breaking spaces) collapsed; integral floats lose '.0'."""
    if value.__class__ is str:
        return " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def identity_text(value: Any, label: str) -> str:
    """A long identity number (NIK, KK, KUSUKA) that must be text: a number cell is refused, never repaired.

    Excel keeps 15 significant digits of a number, so typing a 16-digit NIK into a number cell silently turns
    the last digit into 0 (2171014505800003 -> 2171014505800000, shown as 2.17101E+15). openpyxl then reads an
    int or a float. We refuse EVERY numeric cell, not only those that end in 0: a serial ending in 0 is legal
    (…0010), so a truncated NIK cannot be told from a true one, and a number that happens to be intact (written
    by another program) is one Excel edit away from being cut. The fix is the same for the whole column.
    Text that Excel produced from such a number ("2.17101E+15", "2171014505800000.0") is refused the same way.
    """
    fix = TEXT_FIX.format(label=label)
    if isinstance(value, bool):
        raise CellProblem("cell.type", f"{label} berisi nilai benar/salah, bukan nomor: {fix}.")
    if isinstance(value, int | float):
        shown = cell_text(value)
        why = ", dan Excel hanya menyimpan 15 digit sehingga digit terakhir bisa berubah menjadi 0" \
            if len(shown) >= 15 or isinstance(value, float) else ""
        raise CellProblem("cell.number", f"{label} tersimpan sebagai angka ({shown}){why}: {fix} dari dokumen "
                                         "aslinya.")
    if isinstance(value, dt.date):
        raise CellProblem("cell.type", f"{label} berisi tanggal, bukan nomor: {fix}.")
    text = cell_text(value).lstrip("'")
    if text.isascii() and text.isdigit():  # the usual NIK: digits only, neither form below
        return text
    if _SCIENTIFIC.fullmatch(text.replace(" ", "")) or _DECIMAL_TAIL.fullmatch(text.replace(" ", "")):
        raise CellProblem("cell.number", f"{label} tertulis sebagai angka Excel ({text}), digit-digitnya sudah "
                                         f"hilang: {fix} dari dokumen aslinya.")
    return text


def small_number_text(value: Any) -> str:
    """Short numbers where a number cell is harmless (KPJ, SK, RT): 12.0 -> "12"."""
    return cell_text(value).lstrip("'")


_SEX = {"L": ("l", "lk", "laki", "laki laki", "lakilaki", "laki2", "pria", "male", "m", "cowok"),
        "P": ("p", "pr", "prp", "perempuan", "wanita", "female", "f", "w", "cewek")}
_SEX_INDEX = {name: code for code, names in _SEX.items() for name in names}


_NOT_WORD = re.compile(r"[^\w]+")


def _key(value: Any) -> str:
    return " ".join(_NOT_WORD.sub(" ", cell_text(value).lower().replace("_", " ")).split())


def parse_sex(value: Any) -> str:
    """"Laki-laki", "LK", "Pria" -> "L"; "Perempuan", "PR", "Wanita" -> "P"; empty -> ""."""
    key = _key(value)
    if not key:
        return ""
    if key in _SEX_INDEX:
        return _SEX_INDEX[key]
    raise CellProblem("sex.value", f"Jenis kelamin '{cell_text(value)[:40]}' tidak dikenal: tulis L atau P "
                                   "(Laki-laki / Perempuan).")


def parse_phone(value: Any) -> tuple[str, str | None]:
    """(phone text for the record, warning or None). A number cell lost its leading 0 (812... -> 0812...);
    two numbers in one cell keep the first one, with a warning."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = cell_text(value)
        return ("0" + digits if digits.startswith("8") else digits), None
    text = cell_text(value).lstrip("'")
    if not text or normalize_phone(text):
        return text, None
    parts = [p.strip() for p in _PHONE_SPLIT.split(text) if p.strip()]
    if len(parts) > 1 and normalize_phone(parts[0]):
        return parts[0], f"Ada lebih dari satu nomor HP ('{text[:60]}'): hanya {parts[0]} yang disimpan."
    if text.startswith("8") and normalize_phone("0" + text):
        return "0" + text, None
    return text, None


_PHONE_SPLIT = re.compile(r"[,;/]|\s+atau\s+|\s+dan\s+")
_RT_PREFIX = re.compile(r"^(?:no\.?\s*)?(?:rt|rw)\s*[.:]?\s*", re.IGNORECASE)
_RT_RW = re.compile(r"(?:rt)?\s*[.:]?\s*(\d{1,3})\s*(?:[/\-,;|]|\s)\s*(?:rw)?\s*[.:]?\s*(\d{1,3})", re.IGNORECASE)


def parse_rt_or_rw(value: Any) -> str:
    """One RT or RW as typed ("3", 3.0, "003", "RT. 03") with its prefix dropped; domain pads and checks it.
    An absurdly long value is refused here: int() of a string over 4,300 digits raises in the domain."""
    text = _RT_PREFIX.sub("", small_number_text(value)).strip()
    if len(text) > 20:
        raise CellProblem("rt_rw.format", f"RT/RW '{text[:20]}…' terlalu panjang: tulis angka 1-999, misalnya 003.")
    return text


def parse_rt_rw_pair(value: Any) -> tuple[str, str] | None:
    """"RT 03/RW 12", "03/012", "003 012" -> ("03", "012"); None when the cell is empty."""
    text = small_number_text(value)
    if not text:
        return None
    match = _RT_RW.fullmatch(text.strip())
    if match is None:
        raise CellProblem("rt_rw.format", f"RT/RW '{text[:40]}' tidak terbaca: tulis seperti 003/012 atau "
                                          "RT 03/RW 12.")
    return match[1], match[2]


def _options(labels: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    index = {_key(code): code for code in labels}
    index.update({_key(label): code for code, label in labels.items()})
    index.update({_key(k): v for k, v in extra.items()})
    return index


_MARITAL = _options(MARITAL_STATUSES, {
    "k": "kawin", "menikah": "kawin", "sudah menikah": "kawin", "sudah kawin": "kawin", "nikah": "kawin",
    "married": "kawin", "bk": "belum_kawin", "tk": "belum_kawin", "belum menikah": "belum_kawin",
    "tidak kawin": "belum_kawin", "lajang": "belum_kawin", "single": "belum_kawin", "ch": "cerai_hidup",
    "cerai": "cerai_hidup", "divorced": "cerai_hidup", "cm": "cerai_mati", "widowed": "cerai_mati",
})
_RELATIONSHIP = _options(RELATIONSHIPS, {
    "isteri": "istri", "anak kandung": "anak", "ayah": "orang_tua", "ibu": "orang_tua", "bapak": "orang_tua",
    "orangtua": "orang_tua", "ortu": "orang_tua", "kakak": "saudara", "adik": "saudara", "saudara": "saudara",
    "lain lain": "lainnya", "lain": "lainnya",
})


def parse_marital(value: Any) -> str:
    key = _key(value)
    if not key:
        return ""
    if key in _MARITAL:
        return _MARITAL[key]
    choices = ", ".join(MARITAL_STATUSES.values())
    if key in ("janda", "duda"):
        raise CellProblem("marital.value", f"'{cell_text(value)}' bisa cerai hidup atau cerai mati: tulis salah satu "
                                           f"dari {choices}.")
    raise CellProblem("marital.value", f"Status perkawinan '{cell_text(value)[:40]}' tidak dikenal: tulis salah satu "
                                       f"dari {choices}.")


def parse_relationship(value: Any) -> str:
    """A beneficiary's relationship as its code; an unknown word is passed on for the domain to refuse."""
    key = _key(value)
    return _RELATIONSHIP.get(key, cell_text(value).lower())


_PROGRAMS_SPLIT = re.compile(r"[\s,;/+&]+|\bdan\b", re.IGNORECASE)


def parse_programs(value: Any) -> list[str] | None:
    """"JKK, JKM", "JKK+JKM", "JKK dan JKM" -> ["JKK", "JKM"]; None when empty (the domain's default applies)."""
    items = [p for p in _PROGRAMS_SPLIT.split(cell_text(value)) if p.strip()]
    return [p.upper() for p in items] or None


_INCOME_JUTA = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:juta|jt)", re.IGNORECASE)
_INCOME_NOISE = re.compile(r"(?i)^rp\.?|,-$|\.-$|,00$|\s")
_THOUSANDS = (re.compile(r"\d{1,3}(?:\.\d{3})+"), re.compile(r"\d{1,3}(?:,\d{3})+"))


def parse_income(value: Any) -> int | None:
    """Rupiah as typed: 1000000, "Rp 1.000.000", "1,000,000", "Rp1.000.000,-", "1,5 juta"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value or abs(value) > 1e15:
            raise CellProblem("income.format", "Penghasilan bukan angka rupiah yang wajar: periksa sel ini.")
        return round(value)
    text = _INCOME_NOISE.sub("", cell_text(value))
    if not text or text == "-":
        return None
    if m := _INCOME_JUTA.fullmatch(text):
        return round(float(m[1].replace(",", ".")) * 1_000_000)
    if text.isascii() and text.isdigit() and len(text) <= 15:
        return int(text)
    if _THOUSANDS[0].fullmatch(text) or _THOUSANDS[1].fullmatch(text):
        return int(text.replace(".", "").replace(",", ""))
    raise CellProblem("income.format", f"Penghasilan '{text[:40]}' tidak terbaca: tulis angka rupiah, misalnya "
                                       "1000000 atau Rp 1.000.000.")


def find_kelurahan(value: Any, areas: Areas) -> Kelurahan | None:
    """The kelurahan named or coded in a cell; None when empty; CellProblem (with a suggestion) when unknown."""
    text = cell_text(value)
    if not text:
        return None
    found = areas.find_kelurahan(text)
    if found is not None:
        return found
    names = {k.name.lower(): k.name for k in areas.kelurahan}
    close = difflib.get_close_matches(text.lower(), names, n=1, cutoff=0.75)
    hint = f" Mungkin maksudnya {names[close[0]]}?" if close else ""
    raise CellProblem("kelurahan.unknown", f"Kelurahan '{text[:40]}' tidak ada di Kota Batam: tulis nama kelurahan "
                                           f"seperti di daftar (misalnya Sungai Jodoh) atau kodenya.{hint}")


def find_kecamatan(value: Any, areas: Areas) -> Kecamatan | None:
    text = cell_text(value)
    return areas.find_kecamatan(text) if text else None


_CATEGORY_ALIASES = {
    "rt": "ketua_rt", "rw": "ketua_rw", "lpm": "ketua_lpm", "posyandu": "kader_posyandu",
    "kader siaga": "kader_siaga", "siaga": "kader_siaga", "rentan keagamaan": "rentan_keagamaan",
    "pekerja rentan keagamaan": "rentan_keagamaan", "rentan sosial keagamaan": "rentan_keagamaan",
    "keagamaan": "rentan_keagamaan", "rentan kemasyarakatan": "rentan_kemasyarakatan",
    "pekerja rentan kemasyarakatan": "rentan_kemasyarakatan", "kemasyarakatan": "rentan_kemasyarakatan",
    "rentan sosial kemasyarakatan": "rentan_kemasyarakatan", "ojol": "ojek_online", "ojek": "ojek_online",
    "ojek daring": "ojek_online", "driver online": "ojek_online", "becak": "penarik_becak",
    "pancung": "penambang_pancung", "tukang pancung": "penambang_pancung", "tani": "petani",
}


_NUMBER_TAIL = re.compile(r"(\s+\d+)+$")


def find_category(value: Any, categories: CategoryRules) -> Category | None:
    """A category by code, label or the short names people use ("ketua rt", "Kader Siaga", "ojol"); None when
    empty or unknown (an unknown name is passed on so the domain refuses it with the list of categories)."""
    key = _key(value)
    if not key:
        return None
    for candidate in (key, _NUMBER_TAIL.sub("", key)):  # "Ketua RT 003" -> "ketua rt"
        found = categories.get(candidate.replace(" ", "_")) or categories.find(candidate)
        code = _CATEGORY_ALIASES.get(candidate)
        if found is None and code is not None:
            found = categories.get(code)
        if found is not None:
            return found
    return None
