"""What a field of the participant record is: one frozen `FieldSpec` per field, and the generic steps every
field goes through in `check_record` (JSON type, length, normalise, rule).

The specs themselves, in record order, are the registry in `domain/registry.py`; every other layer (the store's
columns, spreadsheet import and export, the hub's BPJS list, the form, the JSON Schema) is derived from it or
checked against it by a test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from jamsos_desktop.domain.categories import CategoryRules
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.wilayah import Areas


class Kind(StrEnum):
    """The JSON shape of a field's value in the record (and so its column type and its JSON Schema)."""

    TEXT = "text"  # a string ("" when empty)
    DATE = "date"  # "YYYY-MM-DD" or null
    MONEY = "money"  # whole rupiah (integer) or null
    CODES = "codes"  # a list of short codes (programs)
    RECORDS = "records"  # a list of objects with their own fields (beneficiaries)


class Storage(StrEnum):
    """Where the office database keeps a field."""

    COLUMN = "column"  # its own column of `participant`, named like the field
    JOINED = "joined"  # a list kept in one text column, comma separated (programs)
    TABLE = "table"  # rows of a child table (beneficiaries)
    SYSTEM = "system"  # a column the services manage themselves (id, status)


class Widget(StrEnum):
    """How the participant form shows a field (forms/participant_form.ui; ui/ names the widget)."""

    LINE = "line"  # a line edit
    CHOICE = "choice"  # a combo box
    DATE = "date"  # a date edit
    CHECKS = "checks"  # a group of check boxes
    SHOWN = "shown"  # read-only text, set by the app or the hub
    TABLE = "table"  # an editable table


@dataclass(frozen=True)
class Column:
    """A spreadsheet column for a field: header, width, and whether the cell must be text (identity numbers,
    phones and RT/RW keep their leading zeros and every digit). `local`: in the BPJS list, a column Batam adds
    to what BPJS asks for; those come after BPJS's own."""

    header: str
    width: float = 18
    as_text: bool = False
    local: bool = False


@dataclass(frozen=True)
class Context:
    """What field rules may consult besides the value."""

    areas: Areas
    categories: CategoryRules
    today: dt.date


RAW_SLACK = 4
Normaliser = Callable[[Any], Any]
Rule = Callable[["FieldSpec", Any, dict[str, Any], Context], list[Problem]]
Display = Callable[[Any], Any]


@dataclass(frozen=True)
class Empty:
    """What an empty value means: `level` BLOCK (required) or WARN (asked for), and the hint that says what to do."""

    level: Level
    hint: str


@dataclass(frozen=True)
class FieldSpec:
    """One field of the participant record.

    `max_length` bounds the normalised value: characters for text, digits for money, items for lists.
    `minimum`/`maximum` bound a money value. `unreadable` is the (code, message) when the normaliser cannot read
    the value. `aliases` are spreadsheet header names besides the label. `to_hub`: the field travels in the
    change snapshot. `since`: the record schema version that introduced the field (a peer that reads an older
    version never gets it). `category_extra`: shown and asked for only for the categories that list it in
    resources/reference/categories.json.
    """

    name: str
    label: str
    kind: Kind
    max_length: int
    normalise: Normaliser
    rule: Rule | None = None
    empty: Empty | None = None
    unreadable: tuple[str, str] | None = None
    minimum: int | None = None
    maximum: int | None = None
    choices: Mapping[str, str] | None = None
    accepts_int: bool = False
    aliases: tuple[str, ...] = ()
    imported: bool = True
    export: Column | None = None
    bpjs: Column | None = None
    display: Display | None = None
    widget: Widget | None = None
    storage: Storage = Storage.COLUMN
    to_hub: bool = True
    category_extra: bool = False
    since: int = 1
    items: tuple[FieldSpec, ...] = ()
    raw_limit: int = field(init=False, repr=False, compare=False)
    empty_value: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A raw text longer than raw_limit is refused before it is normalised: a megabyte pasted in costs nothing.
        object.__setattr__(self, "raw_limit", RAW_SLACK * self.max_length + 32)
        empty = {Kind.TEXT: "", Kind.DATE: None, Kind.MONEY: None, Kind.CODES: (), Kind.RECORDS: ()}[self.kind]
        object.__setattr__(self, "empty_value", empty)

    def blank(self) -> Any:
        """The value of an empty field: "", None, or a new empty list."""
        return [] if self.empty_value == () else self.empty_value

    def shown(self, value: Any) -> Any:
        """The value as a person reads it (labels for codes, local phone form, a date object for a date)."""
        return self.display(value) if self.display else value



# --- the generic steps -------------------------------------------------------------------------------------
_TYPE_WORDS = {Kind.TEXT: "teks", Kind.DATE: "tanggal TTTT-BB-HH", Kind.MONEY: "angka rupiah",
               Kind.CODES: "daftar", Kind.RECORDS: "daftar"}


def type_problem(spec: FieldSpec, value: Any, where: str) -> Problem | None:
    """A value of the wrong JSON type (a number where text belongs, an object for a date, ...), named by field."""
    if value is None or isinstance(value, str):
        ok = spec.kind is not Kind.RECORDS or value in (None, "")
    elif isinstance(value, bool):
        ok = False
    elif isinstance(value, int):
        ok = spec.kind is Kind.MONEY or spec.accepts_int
    elif isinstance(value, dt.date):
        ok = spec.kind is Kind.DATE
    elif isinstance(value, list | tuple):
        ok = spec.kind in (Kind.CODES, Kind.RECORDS)
    else:
        ok = False
    if ok:
        return None
    return Problem(where, Level.BLOCK, f"{spec.name}.type",
                   f"{spec.label} harus berupa {_TYPE_WORDS[spec.kind]}, bukan {_json_word(value)}: periksa isian "
                   "ini.")


def _json_word(value: Any) -> str:
    if isinstance(value, bool):
        return "ya/tidak"
    if isinstance(value, int | float):
        return "angka"
    if isinstance(value, dict):
        return "objek"
    if isinstance(value, list | tuple):
        return "daftar"
    if isinstance(value, dt.date):
        return "tanggal"
    return "teks"


def too_long(spec: FieldSpec, length: int, where: str) -> Problem:
    unit = {Kind.CODES: "pilihan", Kind.RECORDS: "orang", Kind.MONEY: "angka"}.get(spec.kind, "karakter")
    return Problem(where, Level.BLOCK, f"{spec.name}.too_long",
                   f"{spec.label} paling banyak {spec.max_length} {unit} (sekarang {length}): persingkat atau "
                   "perbaiki isiannya.")


def out_of_range(spec: FieldSpec, value: int, where: str) -> Problem | None:
    if spec.minimum is not None and value < spec.minimum:
        return Problem(where, Level.BLOCK, f"{spec.name}.range", f"{spec.label} tidak boleh kurang dari "
                       f"{rupiah(spec.minimum)}.")
    if spec.maximum is not None and value > spec.maximum:
        return Problem(where, Level.BLOCK, f"{spec.name}.range", f"{spec.label} paling besar {rupiah(spec.maximum)}: "
                       "periksa angkanya (tanpa sen, tanpa salah ketik nol).")
    return None


def rupiah(amount: int) -> str:
    return f"Rp{amount:,}".replace(",", ".")


def fold_text(value: Any) -> str:
    """Trimmed, with runs of spaces folded (as typed text often has)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "  " in text or text != text.strip() or "\t" in text or "\n" in text:
        return " ".join(text.split())
    return text


def upper_text(value: Any) -> str:
    return fold_text(value).upper()


def lower_text(value: Any) -> str:
    return fold_text(value).lower()


def parse_date(value: Any) -> dt.date | None:
    """YYYY-MM-DD (the record format) or a date; None when empty. Raises ValueError when unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def iso_date(value: Any) -> str | None:
    """A date as the record keeps it: "YYYY-MM-DD", or None when empty. Raises ValueError when unreadable."""
    day = parse_date(value)
    return day.isoformat() if day else None


def date_value(value: Any) -> dt.date | None:
    """The record's ISO text back as a date (None when empty or unreadable): for rules and spreadsheet cells."""
    try:
        return parse_date(value)
    except ValueError:
        return None
