"""Column mapping: which sheet column feeds which record field, proposed from the header and confirmed by the clerk.

Headers are matched by their normalised text ("No. KTP" -> "no ktp") against the Indonesian and English names
and common variants below, and against every label the app itself writes (the registry's labels), so an exported
file maps back by itself. A record field's aliases live in its registry entry (domain/registry.py); only the
combined targets' aliases are here. A `Mapping` is a plain, immutable object: the GUI shows it, the clerk
changes a column with `with_field`, and `mapping_problems` says what is wrong with it before anything is planned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.registry import FIELDS

# Targets a column can feed: record fields plus a few that the importer splits or assembles itself.
COMBINED_TARGETS: dict[str, str] = {
    "birth_place_date": "Tempat/tanggal lahir (satu kolom)",
    "rt_rw": "RT/RW (satu kolom)",
    "kecamatan": "Kecamatan (untuk pemeriksaan)",
    "beneficiary_name": "Nama ahli waris",
    "beneficiary_relationship": "Hubungan ahli waris",
    "beneficiary_phone": "Nomor HP ahli waris",
    "beneficiary_birth_date": "Tanggal lahir ahli waris",
}
TARGETS: dict[str, str] = {
    **{f.name: f.label for f in FIELDS if f.imported},
    **COMBINED_TARGETS,
}

# Header names of each target besides its label: the record fields' own come from the registry.
_ALIASES: dict[str, tuple[str, ...]] = {
    **{f.name: f.aliases for f in FIELDS if f.imported},
    "birth_place_date": ("tempat tgl lahir", "tempat tanggal lahir", "tempat dan tanggal lahir", "tempat tgl lhr",
                         "tmp tgl lahir", "tmpt tgl lahir", "ttl", "tempat lahir tanggal lahir",
                         "tempat lahir tgl lahir", "place and date of birth"),
    "rt_rw": ("rt rw", "rt dan rw", "no rt rw"),
    "kecamatan": ("kecamatan", "kec", "nama kecamatan", "district"),
    "beneficiary_name": ("ahli waris", "nama ahli waris"),
    "beneficiary_relationship": ("hubungan ahli waris", "hubungan", "hubungan keluarga"),
    "beneficiary_phone": ("hp ahli waris", "no hp ahli waris", "nomor hp ahli waris"),
    "beneficiary_birth_date": ("tgl lahir ahli waris", "tanggal lahir ahli waris"),
}


def header_key(text: object) -> str:
    """Normalised header text: lower case, punctuation and line breaks as single spaces, '*' marks dropped."""
    return " ".join(re.sub(r"[^\w]+", " ", str(text or "").lower().replace("_", " ")).split())


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for target, label in TARGETS.items():
        index.setdefault(header_key(label), target)
    for target, names in _ALIASES.items():
        for name in names:
            index[header_key(name)] = target
    return index


_INDEX = _build_index()


def guess_target(header: object) -> str | None:
    """The target a header names, or None: exact alias first, then without a "(...)" remark ("NIK (16 digit)")."""
    key = header_key(header)
    if key in _INDEX:
        return _INDEX[key]
    bare = header_key(re.sub(r"\(.*?\)|\[.*?\]", " ", str(header or "")))
    return _INDEX.get(bare) if bare else None


@dataclass(frozen=True)
class Mapping:
    """Per sheet column: its header text and the target it feeds (None = ignored)."""

    headers: tuple[str, ...]
    targets: tuple[str | None, ...]

    def column_of(self, target: str) -> int | None:
        """Index of the first column that feeds `target`."""
        return next((i for i, t in enumerate(self.targets) if t == target), None)

    def with_field(self, column: int, target: str | None) -> Mapping:
        """A copy with one column re-mapped (what the clerk's drop-down does); raises ValueError on a bad target."""
        if target is not None and target not in TARGETS:
            raise ValueError(f"unknown target {target!r}")
        targets = list(self.targets)
        targets[column] = target
        return Mapping(self.headers, tuple(targets))

    def as_dict(self) -> dict[str, str | None]:
        """{column header: target} for display or saving (later duplicate headers get a ' (2)' suffix)."""
        out: dict[str, str | None] = {}
        for header, target in zip(self.headers, self.targets, strict=True):
            name, n = header, 2
            while name in out:
                name, n = f"{header} ({n})", n + 1
            out[name] = target
        return out

    @classmethod
    def from_dict(cls, headers: Sequence[str], chosen: dict[str, str | None]) -> Mapping:
        """A mapping from {header: target} as edited by the clerk; headers not named are ignored."""
        mapping = cls(tuple(headers), (None,) * len(headers))
        for i, name in enumerate(mapping.as_dict()):
            if chosen.get(name) is not None:
                mapping = mapping.with_field(i, chosen[name])
        return mapping


def propose_mapping(headers: Iterable[object]) -> Mapping:
    """Map every recognised header; when two columns name the same target, the first one wins."""
    texts = tuple(" ".join(str(h).split()) if h is not None else "" for h in headers)
    seen: set[str] = set()
    targets: list[str | None] = []
    for text in texts:
        target = guess_target(text)
        if target in seen:
            target = None
        if target is not None:
            seen.add(target)
        targets.append(target)
    return Mapping(texts, tuple(targets))


_NEEDED = {
    "full_name": ("full_name",), "birth_place": ("birth_place", "birth_place_date"),
    "birth_date": ("birth_date", "birth_place_date"), "sex": ("sex",), "address": ("address",),
    "rt": ("rt", "rt_rw"), "rw": ("rw", "rt_rw"),
}


def mapping_problems(mapping: Mapping, *, default_kelurahan: str | None = None,
                     default_category: str | None = None) -> list[Problem]:
    """What is wrong with a mapping: BLOCK = cannot plan (no NIK column, a target twice); WARN = every row will
    be refused for want of a column (the clerk should pick one or supply a default)."""
    problems: list[Problem] = []
    if mapping.column_of("nik") is None:
        problems.append(Problem("nik", Level.BLOCK, "mapping.nik", "Kolom NIK tidak ditemukan: pilih kolom yang "
                                                                  "berisi NIK."))
    for target in dict.fromkeys(t for t in mapping.targets if t is not None):
        columns = [h or f"kolom {i + 1}" for i, (h, t) in enumerate(zip(mapping.headers, mapping.targets,
                                                                           strict=True)) if t == target]
        if len(columns) > 1:
            problems.append(Problem(target, Level.BLOCK, "mapping.twice",
                                    f"{TARGETS[target]} dipetakan dari lebih dari satu kolom ({', '.join(columns)}): "
                                    "pilih satu saja."))
    needed = dict(_NEEDED)
    if not default_kelurahan:
        needed["kelurahan_code"] = ("kelurahan_code",)
    if not default_category:
        needed["category"] = ("category", "position")  # "Jabatan: Ketua RT" names the category (io/rows.py)
    for field, sources in needed.items():
        if not any(mapping.column_of(s) is not None for s in sources):
            problems.append(Problem(field, Level.WARN, "mapping.missing",
                                    f"Tidak ada kolom untuk {TARGETS[field]}: semua baris akan ditolak, pilih "
                                    "kolomnya" + (" atau isi nilai bawaan." if field in ("kelurahan_code",
                                                                                       "category") else ".")))
    return problems
