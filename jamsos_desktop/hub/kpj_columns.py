"""Which columns of a KPJ file from BPJS hold the NIK and the KPJ number.

Recognised by their header: the words BPJS and offices use ("NIK", "No. KTP", "NOMOR IDENTITAS", "NIK TK";
"KPJ", "No. KPJ", "NOMOR KEPESERTAAN", ...), compared without case, punctuation or extra spaces. When a
file is headed otherwise, the operator gives a mapping file (`jamsos-hub import-kpj FILE --mapping M.json`):
a JSON object {column header as written in the file: field}, the field being "nik" or "kpj_number" (null
ignores that column), e.g. {"IDENTITAS PESERTA": "nik", "NO. KARTU": "kpj_number"}. The mapping wins over
the recognised headers. Documented for operators in docs/hub.md, section 5.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.io.columns import guess_target, header_key
from jamsos_desktop.io.table import Guess

FIELDS = {"nik": "NIK", "kpj_number": "nomor KPJ"}
_ALIASES = {
    "nik": ("nik", "no nik", "nomor nik", "nik ktp", "no ktp", "nomor ktp", "ktp", "no e ktp", "nomor identitas",
            "no identitas", "no id", "identitas", "nik tk", "nik tenaga kerja", "nik peserta", "nik pekerja",
            "no induk kependudukan", "nomor induk kependudukan"),
    "kpj_number": ("kpj", "no kpj", "nomor kpj", "kpj baru", "no kpj baru", "no kepesertaan", "nomor kepesertaan",
                   "no peserta", "nomor peserta", "no kartu peserta", "nomor kartu peserta", "no kartu", "nomor kartu",
                   "no kpj bpjs", "nomor kpj bpjs"),
}
_INDEX = {header_key(name): field for field, names in _ALIASES.items() for name in names}
EXAMPLE = '{"NOMOR IDENTITAS": "nik", "NO. KEPESERTAAN": "kpj_number"}'
HOW_TO_NAME_COLUMNS = ("Ganti judul kolomnya (misalnya 'NIK' dan 'No. KPJ'), atau beri berkas pemetaan: jamsos-hub "
                       f"import-kpj BERKAS --mapping pemetaan.json berisi {EXAMPLE}.")


def read_mapping(path: Path) -> dict[str, str | None]:
    """The operator's mapping file, refused with what is wrong and how the file should look."""
    how = f"Isinya harus objek JSON {{judul kolom: isian}}, misalnya {EXAMPLE}."
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise HubRefused(f"Berkas pemetaan {path} tidak bisa dibaca: {exc.strerror or exc}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f" (baris {exc.lineno}, kolom {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise HubRefused(f"Berkas pemetaan {path.name} bukan JSON yang sah{where}. {how}") from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise HubRefused(f"Berkas pemetaan {path.name} tidak berbentuk benar. {how}")
    wrong = [f"{k!r}: {v!r}" for k, v in data.items() if v is not None and v not in FIELDS]
    if wrong:
        raise HubRefused(f"Berkas pemetaan {path.name}: isian tidak dikenal ({', '.join(wrong)}); yang bisa hanya "
                         "\"nik\", \"kpj_number\", atau null untuk mengabaikan kolom.")
    for field in FIELDS:
        named = [k for k, v in data.items() if v == field]
        if len(named) > 1:
            raise HubRefused(f"Berkas pemetaan {path.name} memetakan {FIELDS[field]} dari lebih dari satu kolom "
                             f"({', '.join(named)}): pilih satu saja.")
    return dict(data)


def guesser(mapping: dict[str, str | None] | None) -> Guess:
    """Header -> "nik" / "kpj_number" / None: the mapping first, then the known headers of both vocabularies."""
    chosen = {header_key(h): f for h, f in (mapping or {}).items()}

    def guess(header: Any) -> str | None:
        key = header_key(header)
        if key in chosen:
            return chosen[key]
        if key in _INDEX:
            return _INDEX[key]
        target = guess_target(header)  # also the office's own export headings ("NIK", "Nomor KPJ", ...)
        return target if target in FIELDS else None

    return guess


def find_columns(headers: Sequence[str], mapping: dict[str, str | None] | None) -> tuple[int, int]:
    """(NIK column, KPJ column); the first of several matching columns wins, as in the office import."""
    keys = [header_key(h) for h in headers]
    absent = [h for h in (mapping or {}) if header_key(h) not in keys]
    shown = ", ".join(f"'{h}'" for h in headers if h) or "(kosong)"
    if absent:
        raise HubRefused(f"Kolom {', '.join(repr(h) for h in absent)} dari berkas pemetaan tidak ada di baris judul "
                         f"berkas KPJ. Judul yang ada: {shown}. Perbaiki berkas pemetaan.")
    guess = guesser(mapping)
    targets = [guess(h) if h else None for h in headers]
    if "nik" not in targets or "kpj_number" not in targets:
        missing = " dan ".join(f"kolom {FIELDS[f]}" for f in FIELDS if f not in targets)
        raise HubRefused(f"Berkas KPJ tanpa {missing} yang dikenali. Judul yang ada: {shown}. {HOW_TO_NAME_COLUMNS}")
    return targets.index("nik"), targets.index("kpj_number")
