"""Which columns of BPJS's return file hold what: the NIK and the KPJ number, and, when BPJS gives them, the
membership start date, the row's status (accepted or rejected) and BPJS's reason.

Recognised by their header, compared without case, punctuation or extra spaces, from the vocabulary in
resources/reference/bpjs_columns.json ("NIK", "No. KTP", "NOMOR IDENTITAS", ...; "KPJ", "NOMOR KEPESERTAAN", ...;
"TMT", "Tanggal Kepesertaan", ...; "Status"; "Keterangan", "Alasan Penolakan", ...), which also lists the status
words meaning accepted or rejected, and the headers the city wants on the registration list sent to BPJS
(`registration_headers`, {shipped header: the city's header}; hub/bpjs.py). The city keeps its own copy as `bpjs_columns.json` in the hub's data folder:
each list it names replaces the shipped one. When one file is headed otherwise, the operator gives a mapping
file (`jamsos-hub import-kpj FILE --mapping M.json`): a JSON object {column header as written in the file:
field}, the field being one of FIELDS (null ignores that column), e.g. {"IDENTITAS PESERTA": "nik", "NO. KARTU":
"kpj_number"}. The mapping wins over the recognised headers. Documented for operators in docs/hub.md, R5.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.io.columns import guess_target, header_key
from jamsos_desktop.io.table import Guess
from jamsos_desktop.paths import resource

FIELDS = {"nik": "NIK", "kpj_number": "nomor KPJ", "start_date": "tanggal kepesertaan", "status": "status",
          "reason": "keterangan"}
FILE_NAME = "bpjs_columns.json"
EXAMPLE = '{"NOMOR IDENTITAS": "nik", "NO. KEPESERTAAN": "kpj_number"}'
HOW_TO_NAME_COLUMNS = ("Ganti judul kolomnya (misalnya 'NIK' dan 'No. KPJ'), atau beri berkas pemetaan: jamsos-hub "
                       f"import-kpj BERKAS --mapping pemetaan.json berisi {EXAMPLE}.")


@dataclass(frozen=True)
class Vocabulary:
    """Known headers (normalised) -> field, and status words (normalised) -> "accepted" / "rejected"."""

    headers: dict[str, str]
    statuses: dict[str, str]
    registration_headers: dict[str, str]  # the registration list's own header -> the city's header for it

    def status_of(self, text: str) -> str | None:
        return self.statuses.get(header_key(text))


def _lists(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise HubRefused(f"Berkas {path.name} di folder data hub tidak bisa dibaca: {exc.strerror or exc}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HubRefused(f"Berkas {path.name} di folder data hub bukan JSON yang sah. Perbaiki atau hapus berkas itu "
                         "(hub lalu memakai daftar judul bawaan).") from exc
    out: dict[str, Any] = {}
    for section in ("return_columns", "status_words"):
        found = data.get(section, {}) if isinstance(data, dict) else None
        if not isinstance(found, dict) or not all(isinstance(v, list) for v in found.values()):
            raise HubRefused(f"Berkas {path.name}: bagian '{section}' harus berisi daftar judul per isian, seperti "
                             "berkas bawaan resources/reference/bpjs_columns.json.")
        out[section] = {k: [str(x) for x in v] for k, v in found.items()}
    renamed = data.get("registration_headers", {}) if isinstance(data, dict) else {}
    if not isinstance(renamed, dict) or not all(isinstance(v, str) and v.strip() for v in renamed.values()):
        raise HubRefused(f"Berkas {path.name}: bagian 'registration_headers' harus berisi {{judul bawaan: judul baru}}.")
    out["registration_headers"] = {str(k): v.strip()[:100] for k, v in renamed.items()}
    return out


def vocabulary(data_dir: Path | None = None) -> Vocabulary:
    """The shipped vocabulary, with the lists of the city's own copy (in `data_dir`) in place of the shipped ones."""
    lists = _lists(resource("reference", FILE_NAME))
    own = data_dir / FILE_NAME if data_dir is not None else None
    if own is not None and own.is_file():
        for section, entries in _lists(own).items():
            lists[section].update(entries)
    unknown = sorted(set(lists["return_columns"]) - set(FIELDS))
    if unknown:
        raise HubRefused(f"Berkas {FILE_NAME}: isian tidak dikenal ({', '.join(unknown)}); yang bisa: "
                         f"{', '.join(FIELDS)}.")
    headers = {header_key(h): f for f, names in lists["return_columns"].items() for h in names}
    statuses = {header_key(w): s for s, words in lists["status_words"].items() if s in ("accepted", "rejected")
                for w in words}
    return Vocabulary(headers, statuses, dict(lists["registration_headers"]))


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
        allowed = ", ".join(f'"{f}"' for f in FIELDS)
        raise HubRefused(f"Berkas pemetaan {path.name}: isian tidak dikenal ({', '.join(wrong)}); yang bisa hanya "
                         f"{allowed}, atau null untuk mengabaikan kolom.")
    for field in FIELDS:
        named = [k for k, v in data.items() if v == field]
        if len(named) > 1:
            raise HubRefused(f"Berkas pemetaan {path.name} memetakan {FIELDS[field]} dari lebih dari satu kolom "
                             f"({', '.join(named)}): pilih satu saja.")
    return dict(data)


def read_headers(path: Path) -> dict[str, str]:
    """`export-bpjs --mapping FILE`: {shipped header: header for this file}, refused when not that shape."""
    how = 'Isinya harus objek JSON {judul bawaan: judul baru}, misalnya {"NIK": "NOMOR IDENTITAS"}.'
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise HubRefused(f"Berkas pemetaan {path} tidak bisa dibaca: {exc.strerror or exc}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HubRefused(f"Berkas pemetaan {path.name} bukan JSON yang sah. {how}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) and v.strip() for v in data.values()):
        raise HubRefused(f"Berkas pemetaan {path.name} tidak berbentuk benar. {how}")
    return {str(k): v.strip()[:100] for k, v in data.items()}


def guesser(mapping: dict[str, str | None] | None, words: Vocabulary | None = None) -> Guess:
    """Header -> a field of FIELDS or None: the mapping first, then the vocabulary, then the office's headings."""
    chosen = {header_key(h): f for h, f in (mapping or {}).items()}
    known = (words or vocabulary()).headers

    def guess(header: Any) -> str | None:
        key = header_key(header)
        if key in chosen:
            return chosen[key]
        if key in known:
            return known[key]
        target = guess_target(header)  # also the office's own export headings ("NIK", "Nomor KPJ", ...)
        return target if target in ("nik", "kpj_number") else None

    return guess


def find_columns(headers: Sequence[str], mapping: dict[str, str | None] | None,
                 words: Vocabulary | None = None) -> dict[str, int]:
    """{field: column index} of the fields found; the first of several matching columns wins, as in the office
    import. The NIK is needed, and the KPJ unless a status column says which rows BPJS rejected."""
    keys = [header_key(h) for h in headers]
    absent = [h for h in (mapping or {}) if header_key(h) not in keys]
    shown = ", ".join(f"'{h}'" for h in headers if h) or "(kosong)"
    if absent:
        raise HubRefused(f"Kolom {', '.join(repr(h) for h in absent)} dari berkas pemetaan tidak ada di baris judul "
                         f"berkas KPJ. Judul yang ada: {shown}. Perbaiki berkas pemetaan.")
    guess = guesser(mapping, words)
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        target = guess(header) if header else None
        if target is not None:
            found.setdefault(target, i)
    needed = ["nik"] + ([] if "status" in found else ["kpj_number"])
    missing = [f for f in ("nik", "kpj_number") if f in needed and f not in found]
    if missing:
        names = " dan ".join(f"kolom {FIELDS[f]}" for f in missing)
        raise HubRefused(f"Berkas KPJ tanpa {names} yang dikenali. Judul yang ada: {shown}. {HOW_TO_NAME_COLUMNS}")
    return found
