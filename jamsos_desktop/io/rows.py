"""One sheet row -> the raw record dict that `check_record` takes, plus the problems of cells it could not read.

A cell that cannot be translated leaves its field empty and records a problem for that field; the planner
then drops the domain's own complaint about the same field ("wajib diisi"), so the clerk reads one message
per cell, the one that says what was in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from jamsos_desktop.domain.categories import CategoryRules
from jamsos_desktop.domain.fields import Kind
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.registry import FIELD_LABELS, FIELDS
from jamsos_desktop.domain.wilayah import Areas
from jamsos_desktop.io import values as v
from jamsos_desktop.io.columns import Mapping
from jamsos_desktop.io.dates import DateUnreadable, parse_cell_date, split_place_date
from jamsos_desktop.io.table import SheetRow

IDENTITY = ("nik", "kk_number", "kusuka_number")  # long numbers: a number cell is refused (Excel cuts digits)
NUMBER_TEXT = ("sk_number", "kpj_number")  # short numbers: a number cell is fine
# Fields with a parser of their own below; every other imported field is read by its kind (text, date, money).
_OWN_PARSER = (*IDENTITY, *NUMBER_TEXT, "birth_date", "sex", "marital_status", "rt", "rw", "kelurahan_code",
               "phone", "category", "declared_income", "programs")
PLAIN_TEXT = tuple(f.name for f in FIELDS if f.imported and f.kind is Kind.TEXT and f.name not in _OWN_PARSER)
PLAIN_DATES = tuple(f.name for f in FIELDS if f.imported and f.kind is Kind.DATE and f.name not in _OWN_PARSER)
BENEFICIARY = {"beneficiary_name": "name", "beneficiary_relationship": "relationship",
               "beneficiary_phone": "phone", "beneficiary_birth_date": "birth_date"}
# Columns that feed several record fields, in the order their problems should point at them.
_EXPANDS = {"birth_place_date": ("birth_place", "birth_date"), "rt_rw": ("rt", "rw"),
            **{t: ("beneficiaries", "beneficiaries[1]") for t in BENEFICIARY}}


@dataclass(frozen=True)
class ImportDefaults:
    """Values for sheets without such a column, or rows that leave it empty: the office's own kelurahan (code)
    and the category of the whole list (code or label)."""

    kelurahan_code: str | None = None
    category: str | None = None


@dataclass
class RowInput:
    raw: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    # record field -> column index it came from; shared by the reader's rows until a row changes its own
    sources: dict[str, int] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)  # fields whose cell could not be read
    blank: bool = False


class _Remembered:
    """A parser whose answer depends on the cell alone (its value and type), remembered for the cells that repeat
    down a sheet (a kelurahan, a category, "Laki-laki"): at most SIZE answers; a refusal is not remembered, so
    its CellProblem is raised afresh each time. Lists are handed out as copies (the record may be changed)."""

    SIZE = 256

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        self.parse = parse
        self.known: dict[tuple[type, Any], Any] = {}

    def __call__(self, cell: Any) -> Any:
        key = (cell.__class__, cell)
        try:
            found = self.known[key]
        except KeyError:
            found = self.parse(cell)
            if len(self.known) < self.SIZE:
                self.known[key] = found
        except TypeError:  # an unhashable cell (never from the readers): parsed each time
            return self.parse(cell)
        return list(found) if found.__class__ is list else found


class RowReader:
    """Reads rows under one mapping; built once per import so the per-row work is a few dict lookups."""

    def __init__(self, mapping: Mapping, defaults: ImportDefaults, *, areas: Areas, categories: CategoryRules,
                 today: dt.date) -> None:
        self.columns = {t: i for i, t in reversed(list(enumerate(mapping.targets))) if t is not None}
        self._items = list(self.columns.items())
        self._sources = self._record_sources()
        self.defaults = defaults
        self.areas = areas
        self.categories = categories
        self.today = today
        # The per-field parsers, made once (not a partial per cell), for the fields the mapping reads (a field
        # without a column is never present in a row).
        mapped = self.columns
        self._plain_text = tuple(t for t in PLAIN_TEXT if t in mapped)
        self._number_text = tuple(t for t in NUMBER_TEXT if t in mapped)
        self._identity = tuple((t, partial(v.identity_text, label=FIELD_LABELS[t])) for t in IDENTITY if t in mapped)
        self._dates = tuple((t, partial(self._date, label=FIELD_LABELS[t])) for t in PLAIN_DATES if t in mapped)
        self._beneficiary_mapped = any(t in mapped for t in BENEFICIARY)
        # Parsers of a cell alone, over a few distinct values per sheet: each distinct cell parsed once.
        self._sex, self._marital = _Remembered(v.parse_sex), _Remembered(v.parse_marital)
        self._rt_or_rw, self._income = _Remembered(v.parse_rt_or_rw), _Remembered(v.parse_income)
        self._programs, self._relationship = _Remembered(v.parse_programs), _Remembered(v.parse_relationship)
        self._kelurahan = _Remembered(partial(v.find_kelurahan, areas=areas))
        self._kecamatan = _Remembered(partial(v.find_kecamatan, areas=areas))
        self._find_category = _Remembered(partial(v.find_category, categories=categories))

    def read(self, row: SheetRow) -> RowInput:
        cells, width = row.cells, len(row.cells)
        present: dict[str, Any] = {}
        for target, index in self._items:  # is_blank() inlined: this loop runs for every cell of the sheet
            cell = cells[index] if index < width else None
            if cell is not None and (not isinstance(cell, str) or (cell and not cell.isspace())):
                present[target] = cell
        out = RowInput({}, sources=self._sources, blank=not present)
        if out.blank:
            return out
        raw = out.raw
        for target in self._plain_text:
            if target in present:
                raw[target] = v.cell_text(present[target])
        for target, parse in self._identity:
            self._try(out, target, parse, present.get(target))
        for target in self._number_text:
            if target in present:
                raw[target] = v.small_number_text(present[target])
        for target, read_date in self._dates:
            self._try(out, target, read_date, present.get(target))
        self._birth(out, present)
        self._try(out, "sex", self._sex, present.get("sex"))
        self._try(out, "marital_status", self._marital, present.get("marital_status"))
        self._rt_rw(out, present)
        self._area(out, present)
        self._phone(out, present.get("phone"), "phone")
        self._category(out, present)
        self._try(out, "declared_income", self._income, present.get("declared_income"))
        if (programs := self._programs(present.get("programs"))) is not None:
            raw["programs"] = programs
        if self._beneficiary_mapped:
            self._beneficiary(out, present)
        return out

    def _record_sources(self) -> dict[str, int]:
        """Record field (as check_record names it in problems) -> the column it is read from; a column of its
        own wins over a combined one."""
        sources = {t: i for t, i in self._items if t not in _EXPANDS}
        for target, fields in _EXPANDS.items():
            if target in self.columns:
                for name in fields:
                    sources.setdefault(name, self.columns[target])
        return sources

    def _own_sources(self, out: RowInput) -> dict[str, int]:
        """The row's sources to change: a copy of the reader's, made on the first change."""
        if out.sources is self._sources:
            out.sources = dict(self._sources)
        return out.sources

    def _try(self, out: RowInput, target: str, parse: Callable[[Any], Any], cell: Any) -> None:
        if cell is None:
            return
        try:
            out.raw[target] = parse(cell)
        except v.CellProblem as exc:
            out.problems.append(Problem(target, Level.BLOCK, exc.code, exc.message))
            out.unread.add(target)

    def _birth(self, out: RowInput, present: dict[str, Any]) -> None:
        if "birth_place_date" in present:
            try:
                place, born = split_place_date(present["birth_place_date"], today=self.today)
                out.raw["birth_date"] = born
            except DateUnreadable as exc:
                place = exc.place
                self._unread(out, "birth_date", "date.format", f"Tempat/tanggal lahir {exc}")
            if place:
                out.raw["birth_place"] = place
        if "birth_place" in present:
            out.raw["birth_place"] = v.cell_text(present["birth_place"])
        if "birth_date" in present:
            out.unread.discard("birth_date")
            out.problems = [p for p in out.problems if p.field != "birth_date"]
            try:
                out.raw["birth_date"] = parse_cell_date(present["birth_date"], today=self.today)
            except DateUnreadable as exc:
                self._unread(out, "birth_date", "date.format", f"Tanggal lahir {exc}")

    def _date(self, cell: Any, *, label: str) -> dt.date | None:
        try:
            return parse_cell_date(cell, today=self.today)
        except DateUnreadable as exc:
            raise v.CellProblem("date.format", f"{label} {exc}") from exc

    def _unread(self, out: RowInput, target: str, code: str, message: str, level: Level = Level.BLOCK) -> None:
        out.problems.append(Problem(target, level, code, message))
        if level is Level.BLOCK:
            out.unread.add(target)

    def _rt_rw(self, out: RowInput, present: dict[str, Any]) -> None:
        for target in ("rt", "rw"):
            self._try(out, target, self._rt_or_rw, present.get(target))
        pair, source = None, "rt_rw"
        try:
            pair = v.parse_rt_rw_pair(present.get("rt_rw"))
        except v.CellProblem as exc:
            self._unread(out, "rt", exc.code, exc.message)
            out.unread.add("rw")
        if pair is None and "rt" in present and "rw" not in present:
            try:  # an "RT" column holding "003/012"
                pair, source = v.parse_rt_rw_pair(present["rt"]), "rt"
            except v.CellProblem:
                pair = None
        if pair is not None:
            out.raw["rt"] = pair[0] if source == "rt" else out.raw.get("rt", pair[0])
            out.raw.setdefault("rw", pair[1])
            if "rw" not in out.sources:
                self._own_sources(out)["rw"] = self.columns[source]

    def _area(self, out: RowInput, present: dict[str, Any]) -> None:
        kelurahan = None
        try:
            kelurahan = self._kelurahan(present.get("kelurahan_code"))
        except v.CellProblem as exc:
            self._unread(out, "kelurahan_code", exc.code, exc.message)
        if kelurahan is not None:
            out.raw["kelurahan_code"] = kelurahan.code
        elif "kelurahan_code" not in out.unread and self.defaults.kelurahan_code:
            out.raw["kelurahan_code"] = self.defaults.kelurahan_code
            if "kelurahan_code" in out.sources:
                del self._own_sources(out)["kelurahan_code"]
        typed = present.get("kecamatan")
        if typed is None:
            return
        kecamatan = self._kecamatan(typed)
        if kecamatan is None:
            self._unread(out, "kecamatan", "kecamatan.unknown", f"Kecamatan '{v.cell_text(typed)[:40]}' tidak ada di "
                         "Kota Batam: periksa ejaannya (kolom ini hanya untuk pemeriksaan).", Level.WARN)
        elif kelurahan is not None and kelurahan.kecamatan.code != kecamatan.code:
            self._unread(out, "kecamatan", "kecamatan.mismatch", f"Kelurahan {kelurahan.name} ada di Kecamatan "
                         f"{kelurahan.kecamatan.name}, bukan {kecamatan.name}: periksa kelurahan dan kecamatannya.",
                         Level.WARN)

    def _phone(self, out: RowInput, cell: Any, target: str) -> None:
        if cell is None:
            return
        text, warning = v.parse_phone(cell)
        out.raw[target] = text
        if warning:
            out.problems.append(Problem(target, Level.WARN, "phone.several", warning))

    def _category(self, out: RowInput, present: dict[str, Any]) -> None:
        typed = present.get("category")
        found = self._find_category(typed)
        if found is None and typed is None and "position" in present:
            found = self._find_category(present["position"])  # "Jabatan: Ketua RT" names the list
        if found is not None:
            out.raw["category"] = found.code
        elif typed is not None:
            out.raw["category"] = v.cell_text(typed)  # unknown: the domain refuses it and lists the categories
        elif self.defaults.category:
            default = v.find_category(self.defaults.category, self.categories)
            out.raw["category"] = default.code if default else self.defaults.category
            if "category" in out.sources:
                del self._own_sources(out)["category"]

    def _beneficiary(self, out: RowInput, present: dict[str, Any]) -> None:
        if not any(t in present for t in BENEFICIARY):
            return
        ben: dict[str, Any] = {
            "name": v.cell_text(present.get("beneficiary_name")),
            "relationship": self._relationship(present.get("beneficiary_relationship")),
            "phone": v.parse_phone(present["beneficiary_phone"])[0] if "beneficiary_phone" in present else "",
        }
        try:
            ben["birth_date"] = parse_cell_date(present.get("beneficiary_birth_date"), today=self.today)
        except DateUnreadable as exc:  # not "unread": the domain's other checks of the beneficiary still apply
            out.problems.append(Problem("beneficiaries[1]", Level.BLOCK, "beneficiary.date",
                                        f"Tanggal lahir ahli waris {exc}"))
        out.raw["beneficiaries"] = [ben]
