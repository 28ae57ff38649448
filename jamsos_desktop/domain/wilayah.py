"""Batam's kecamatan and kelurahan (Kemendagri 2025 codes) loaded from the shipped reference CSV.

Names are matched forgivingly: case and spacing do not matter, "Sei" and "Sungai" are the same word, and
the spellings seen in the wild (wilayah_aliases.csv) resolve to the official name.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jamsos_desktop.paths import resource


@dataclass(frozen=True)
class Kecamatan:
    code: str  # 21.71.01
    name: str
    nik_prefix: str  # 217101


@dataclass(frozen=True)
class Kelurahan:
    code: str  # 21.71.01.1002
    name: str
    kecamatan: Kecamatan


_NOT_KEY = re.compile(r"[^a-z0-9 ]")
_KELURAHAN_WORD = re.compile(r"^(kel\.?|kelurahan)\s+", re.IGNORECASE)
_KECAMATAN_WORD = re.compile(r"^(kec\.?|kecamatan)\s+", re.IGNORECASE)


def _key(name: str) -> str:
    words = _NOT_KEY.sub(" ", name.lower()).split()
    words = ["sungai" if w in ("sei", "sui", "sg") else w for w in words]
    return " ".join(words)


class Areas:
    """The list of areas with lookups by code and by (alias-tolerant) name."""

    def __init__(self, kecamatan: list[Kecamatan], kelurahan: list[Kelurahan], aliases: dict[str, str]) -> None:
        self.kecamatan = kecamatan
        self.kelurahan = kelurahan
        self._kelurahan_by_code = {k.code: k for k in kelurahan}
        self._kecamatan_by_code = {k.code: k for k in kecamatan}
        self._kelurahan_by_name: dict[str, Kelurahan] = {_key(k.name): k for k in kelurahan}
        self._kecamatan_by_name: dict[str, Kecamatan] = {_key(k.name): k for k in kecamatan}
        for alias, official in aliases.items():
            if _key(official) in self._kelurahan_by_name:
                self._kelurahan_by_name[_key(alias)] = self._kelurahan_by_name[_key(official)]
            if _key(official) in self._kecamatan_by_name:
                self._kecamatan_by_name[_key(alias)] = self._kecamatan_by_name[_key(official)]
        self.nik_prefixes = frozenset(k.nik_prefix for k in kecamatan)

    def kelurahan_by_code(self, code: str) -> Kelurahan | None:
        return self._kelurahan_by_code.get(code)

    def kecamatan_by_code(self, code: str) -> Kecamatan | None:
        return self._kecamatan_by_code.get(code)

    def find_kelurahan(self, text: str) -> Kelurahan | None:
        """A kelurahan by official code or by name, tolerant of spelling variants ("Sei Jodoh", "Pulau Terong")."""
        text = str(text or "").strip()
        key = _key(_KELURAHAN_WORD.sub("", text))
        return self._kelurahan_by_code.get(text) or self._kelurahan_by_name.get(key)

    def find_kecamatan(self, text: str) -> Kecamatan | None:
        text = str(text or "").strip()
        key = _key(_KECAMATAN_WORD.sub("", text))
        return self._kecamatan_by_code.get(text) or self._kecamatan_by_name.get(key)

    def kelurahan_in(self, kecamatan_code: str) -> list[Kelurahan]:
        return [k for k in self.kelurahan if k.kecamatan.code == kecamatan_code]


def load_areas(csv_path: Path, aliases_path: Path | None = None) -> Areas:
    kecamatan: dict[str, Kecamatan] = {}
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    for row in rows:
        if row["level"] == "kecamatan":
            kecamatan[row["kode_kemendagri"]] = Kecamatan(row["kode_kemendagri"], row["nama"], row["nik_prefix"])
    kelurahan = [
        Kelurahan(row["kode_kemendagri"], row["nama"], kecamatan[row["kode_kecamatan_kemendagri"]])
        for row in rows
        if row["level"] == "kelurahan"
    ]
    aliases: dict[str, str] = {}
    if aliases_path is not None and aliases_path.exists():
        aliases = {r["alias"]: r["nama"] for r in csv.DictReader(aliases_path.open(encoding="utf-8"))}
    return Areas(list(kecamatan.values()), kelurahan, aliases)


@cache
def batam() -> Areas:
    """The shipped Batam area list (read once)."""
    return load_areas(
        resource("reference", "batam_wilayah_kemendagri_2025.csv"),
        resource("reference", "wilayah_aliases.csv"),
    )
